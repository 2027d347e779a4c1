import { useState } from 'preact/hooks';
import type { IdeaAdmin } from '../../../schema/ideas.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { liveApi } from '../live/live-api.ts';
import { useLoad } from '../survey/load.ts';
import { Alert } from '../ui/Alert.tsx';
import { CheckboxRow } from '../ui/CheckboxRow.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import type { PromoteBody } from './boxes-api.ts';
import { RadioRow } from './RadioRow.tsx';
import { boxText } from './text.ts';

type Props = { orgId: string; idea: IdeaAdmin; others: IdeaAdmin[]; onSubmit: (body: PromoteBody) => Promise<ErrorItem[]> };

/** An idea (with others of the box) into a live workshop question: ranking or dots, in a session or a new one. */
export function PromoteForm({ orgId, idea, others, onSubmit }: Props) {
  const text = useText(boxText);
  const lang = useLang();
  const [sessions] = useLoad(() => liveApi.list(lang, orgId), [orgId, lang]);
  const [type, setType] = useState<'ranking' | 'dots'>('ranking');
  const [sessionId, setSessionId] = useState('');
  const [withIds, setWithIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (withIds.length === 0) return setErrors([{ path: 'with', message: text.promoteNeedsTwo }]);
    setErrors(await onSubmit({ type, with: withIds, ...(sessionId ? { sessionId } : {}) }));
  };
  const open = sessions.kind === 'ok' ? sessions.data.sessions.filter((s) => s.status !== 'closed') : [];
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="promote-title">
      <h2 id="promote-title">{text.promoteTitle}</h2>
      <p class="muted">{text.promoteLead}</p>
      {errors.length > 0 && (
        <Alert focusKey={attempt}>
          <p>{errors.map((e) => e.message).join(' · ')}</p>
        </Alert>
      )}
      <fieldset class="fieldset">
        <legend>{text.promoteType}</legend>
        <RadioRow id="promote-ranking" name="promote-type" checked={type === 'ranking'} title={text.promoteTypes.ranking} onChange={() => setType('ranking')} />
        <RadioRow id="promote-dots" name="promote-type" checked={type === 'dots'} title={text.promoteTypes.dots} onChange={() => setType('dots')} />
      </fieldset>
      <SelectField
        id="promote-session"
        label={text.promoteSession}
        value={sessionId}
        prompt={text.promoteNewSession}
        choices={open.map((s) => ({ value: s.id, label: `${surveyText(s.title, lang)} (${s.code})` }))}
        onChange={setSessionId}
      />
      <fieldset class="fieldset">
        <legend>{text.promoteWith}</legend>
        {others.map((other) => (
          <CheckboxRow
            key={other.id}
            id={`with-${other.id}`}
            label={other.text}
            checked={withIds.includes(other.id)}
            disabled={!withIds.includes(other.id) && withIds.length >= 9}
            onChange={(on) => setWithIds(on ? [...withIds, other.id] : withIds.filter((x) => x !== other.id))}
          />
        ))}
      </fieldset>
      <button type="submit" class="button" disabled={idea.status === 'pending'}>
        {text.promote}
      </button>
    </form>
  );
}
