import { useState } from 'preact/hooks';
import type { Box, IdeaAdmin } from '../../../schema/ideas.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Link } from '../frame/router.tsx';
import { Alert } from '../ui/Alert.tsx';
import { boxPaths } from './box-routes.ts';
import type { ModerationBody } from './boxes-api.ts';
import { FlaggedText } from './FlaggedText.tsx';
import { actionsFor, type QueueAction } from './moderation.ts';
import { ActionForm } from './ActionForm.tsx';
import { boxText } from './text.ts';

type Props = {
  orgId: string;
  box: Box;
  idea: IdeaAdmin;
  /** Ideas this one can be merged into. */
  targets: IdeaAdmin[];
  canEdit: boolean;
  onModerate: (body: ModerationBody) => Promise<ErrorItem[]>;
};

/** One idea in the queue: its text with personal details flagged, where it came from, and what can be done. */
export function QueueCard({ orgId, box, idea, targets, canEdit, onModerate }: Props) {
  const text = useText(boxText);
  const lang = useLang();
  const [open, setOpen] = useState<QueueAction | null>(null);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const run = async (body: ModerationBody) => {
    const refused = await onModerate(body);
    setErrors(refused);
    if (!refused.length) setOpen(null);
  };
  const theme = box.themes.find((t) => t.id === idea.theme);
  const n = (value: number) => formatNumber(lang, value);
  const headingId = `idea-${idea.id}`;
  return (
    <li class="card queue-card" data-testid="queue-card" data-idea-id={idea.id}>
      <h2 id={headingId} class="queue-heading">
        <span class={`tag queue-status queue-status-${idea.status}`}>{text.status[idea.status]}</span>
        <span class="tag">{text.source[idea.source]}</span>
        <span class="queue-theme">{surveyText(theme?.label, lang)}</span>
      </h2>
      <FlaggedText text={idea.text} flags={idea.flags} />
      {idea.flags.length > 0 && (
        <p class="queue-flags">
          <strong>{text.flagsTitle} :</strong> {[...new Set(idea.flags.map((f) => text.flag[f.kind]))].join(', ')}
        </p>
      )}
      {idea.mustReword && <p class="banner banner-warning">{text.mustReword}</p>}
      <p class="queue-meta">
        <span>{text.waited(n(idea.waitedDays))}</span>
        <span>{idea.supportsAtMost > idea.supports ? text.supportsRange(n(idea.supports), n(idea.supportsAtMost)) : text.supports(n(idea.supports))}</span>
        {idea.reports > 0 && <span class="queue-reports">{text.reports(n(idea.reports))}</span>}
      </p>
      {errors.length > 0 && (
        <Alert focusKey={errors}>
          <p>{errors.map((e) => e.message).join(' · ')}</p>
        </Alert>
      )}
      <div class="queue-actions">
        {canEdit &&
          actionsFor(idea).map((action) =>
            action === 'approve' || action === 'hide' || action === 'unhide' ? (
              <button
                key={action}
                type="button"
                class={action === 'approve' ? 'button button-small' : 'button button-secondary button-small'}
                onClick={() => void run({ action })}
              >
                {text[action]}
                <span class="sr-only"> : {idea.text.slice(0, 60)}</span>
              </button>
            ) : (
              <button
                key={action}
                type="button"
                class="button button-secondary button-small"
                aria-expanded={open === action}
                onClick={() => setOpen(open === action ? null : action)}
              >
                {text[action]}
                <span class="sr-only"> : {idea.text.slice(0, 60)}</span>
              </button>
            ),
          )}
        <Link class="button button-quiet button-small" href={boxPaths.idea(orgId, box.id, idea.id)}>
          {text.open}
          <span class="sr-only"> : {idea.text.slice(0, 60)}</span>
        </Link>
      </div>
      {open && (open === 'redact' || open === 'decline' || open === 'merge') && (
        <ActionForm kind={open} idea={idea} targets={targets} onSubmit={run} onCancel={() => setOpen(null)} />
      )}
    </li>
  );
}
