import { useState } from 'preact/hooks';
import type { LiveControl, LiveIdea, LiveQuestionView, LiveSessionAdmin } from '../../../schema/live.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import type { ChannelStatus } from '../../shared/live/useLiveChannel.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { navigate } from '../frame/router.tsx';
import { roleAllows } from '../roles.ts';
import { paths } from '../routes.ts';
import { Alert, LiveStatus } from '../ui/Alert.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { CopyField } from '../ui/CopyField.tsx';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { CardsSection } from './CardsSection.tsx';
import { fromInput } from './form-model.ts';
import { listNotice, liveApi } from './live-api.ts';
import { Qr } from './Qr.tsx';
import { QuestionControl } from './QuestionControl.tsx';
import { RunCard } from './RunCard.tsx';
import { SessionForm } from './SessionForm.tsx';
import { liveConsoleText } from './text.ts';
import { useLiveAdmin } from './useLiveAdmin.ts';
import './live.css';

/** `/app/o/:orgId/live/:sessionId`: run a workshop — start and end it, drive each question, read the live tallies, moderate ideas. */
export function LiveConsolePage({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const live = useLiveAdmin(orgId, sessionId, lang);
  const title = live.load.kind === 'ok' ? surveyText(live.load.session.title, lang) : text.listTitle;
  return (
    <CoordinatorFrame
      title={title}
      orgId={orgId}
      wide
      back={{ href: paths.live(orgId), label: text.consoleBack }}
      headingExtra={
        live.load.kind === 'ok' && (
          <span class={`badge badge-${live.load.session.status}`} data-testid="session-status">
            <span class="badge-dot" aria-hidden="true" />
            {text.status[live.load.session.status]}
          </span>
        )
      }
    >
      {live.load.kind === 'loading' ? (
        <Loading />
      ) : live.load.kind !== 'ok' ? (
        <LoadError inPage onRetry={() => void live.reload().catch(() => undefined)} message={live.load.kind === 'failed' ? live.load.message : undefined} />
      ) : (
        <Console orgId={orgId} session={live.load.session} onSession={live.setSession} status={live.status} />
      )}
    </CoordinatorFrame>
  );
}

function Console({
  orgId,
  session,
  onSession,
  status,
}: {
  orgId: string;
  session: LiveSessionAdmin;
  onSession: (s: LiveSessionAdmin) => void;
  status: ChannelStatus;
}) {
  const text = useText(liveConsoleText);
  const lang = useLang();
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  const canEdit = !!org && roleAllows(org.role, 'editor');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<{ text: string; key: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const title = surveyText(session.title, lang);
  const remove = async () => {
    setConfirmDelete(false);
    setBusy(true);
    setError(null);
    const outcome = await liveApi.remove(lang, orgId, session.id);
    setBusy(false);
    if (!outcome.ok) return setError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
    listNotice.set(text.deleted(title));
    navigate(paths.live(orgId));
  };

  const run = async (call: () => ReturnType<typeof liveApi.get>, done: string) => {
    setBusy(true);
    setError(null);
    const outcome = await call();
    setBusy(false);
    if (!outcome.ok) return setError({ text: outcome.errors.map((e) => e.message).join(' · '), key: Date.now() });
    onSession(outcome.data);
    setMessage(done);
  };
  const control = (view: LiveQuestionView, action: LiveControl['action']) =>
    run(() => liveApi.control(lang, orgId, session.id, view.question.id, action), text.done(text.actions[action], surveyText(view.question.label, lang)));
  const moderate = (idea: LiveIdea, action: 'approve' | 'hide') =>
    run(() => liveApi.moderate(lang, orgId, session.id, idea.id, action), `${action === 'approve' ? text.approve : text.hideIdea} : « ${idea.text} »`);
  const locked = new Set(session.questions.filter((q) => q.state !== 'idle').map((q) => q.question.id));

  return (
    <div class="live-console">
      <LiveStatus message={message} visible />
      {error && (
        <Alert focusKey={error.key}>
          <p>{error.text}</p>
        </Alert>
      )}
      <div class="live-console-top">
        <section class="card live-join" aria-labelledby="live-join-title">
          <h2 id="live-join-title">{text.join}</h2>
          <p class="live-join-code">
            <span class="live-join-code-label">{text.joinCode}</span> <strong data-testid="join-code">{session.code}</strong>
          </p>
          <Qr value={session.joinUrl} label={text.qrAlt(session.joinUrl)} class="live-qr" size={160} />
          <CopyField id="live-join-url" label={text.joinAt} value={session.joinUrl} />
          <p>
            <a class="button button-secondary" href={paths.liveProjector(orgId, session.id)} target="_blank" rel="noopener">
              {text.projector}
            </a>
          </p>
        </section>
        <RunCard
          orgId={orgId}
          session={session}
          status={status}
          canEdit={canEdit}
          busy={busy}
          onStart={() => void run(() => liveApi.start(lang, orgId, session.id), text.started)}
          onEnd={() => void run(() => liveApi.end(lang, orgId, session.id), text.ended)}
        />
      </div>

      {canEdit && (
        <details class="card disclosure live-edit" open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
          <summary>{text.edit}</summary>
          <p class="muted">{text.editHint}</p>
          {editing && (
            <SessionForm
              key={session.version}
              initial={fromInput(session.definition)}
              locked={locked}
              submitLabel={text.save}
              busyLabel={text.saving}
              onSubmit={async (input) => {
                const outcome = await liveApi.update(lang, orgId, session.id, session.version, input);
                if (!outcome.ok) return outcome.errors;
                onSession(outcome.data);
                setMessage(text.saved);
                setEditing(false);
                return [];
              }}
            />
          )}
        </details>
      )}

      <h2>{text.questions}</h2>
      <ol class="live-console-questions">
        {session.questions.map((view, index) => (
          <li key={view.question.id}>
            <QuestionControl
              view={view}
              index={index}
              k={session.definition.settings?.k ?? 5}
              canEdit={canEdit}
              busy={busy}
              sessionOpen={session.status === 'open'}
              onScreen={session.status === 'open' && session.current === view.question.id}
              presence={session.presence}
              onControl={control}
              onModerate={moderate}
            />
          </li>
        ))}
      </ol>

      {canEdit && <CardsSection orgId={orgId} session={session} />}

      {canEdit && (
        <section class="card live-delete" aria-labelledby="live-delete-title">
          <h2 id="live-delete-title">{text.deleteSession}</h2>
          <p class="muted">{text.deleteHint}</p>
          <p>
            <button type="button" class="button button-danger" disabled={busy} onClick={() => setConfirmDelete(true)}>
              {text.deleteSession}
            </button>
          </p>
        </section>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={text.deleteTitle(title)}
          confirmLabel={text.deleteSession}
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => void remove()}
        >
          <p>{text.deleteBody}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
