import { useState } from 'preact/hooks';
import type { IdeaAdmin, PublicStatus } from '../../../schema/ideas.ts';
import type { ErrorItem } from '../../../schema/messages.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { Field } from '../ui/Field.tsx';
import { FormProblems, splitErrors } from '../ui/FormProblems.tsx';
import { SelectField } from '../ui/SelectField.tsx';
import type { ModerationBody } from './boxes-api.ts';
import { boxText } from './text.ts';

const STATUSES: PublicStatus[] = ['received', 'studying', 'retained', 'done', 'rejected'];
/** As schema/ideas.ts ANSWERED_STATUSES: these need a public answer. */
const NEEDS_ANSWER: PublicStatus[] = ['retained', 'done', 'rejected'];

/** The public status of a published idea, with the public answer that « retenue », « réalisée » and « non retenue » need. */
export function StatusForm({ idea, onSubmit }: { idea: IdeaAdmin; onSubmit: (body: ModerationBody) => Promise<ErrorItem[]> }) {
  const text = useText(boxText);
  const [status, setStatus] = useState<PublicStatus>((STATUSES as string[]).includes(idea.status) ? (idea.status as PublicStatus) : 'received');
  const [fr, setFr] = useState(idea.answer?.fr ?? '');
  const [en, setEn] = useState(idea.answer?.en ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (NEEDS_ANSWER.includes(status) && !fr.trim()) {
      setGeneral(null);
      return setErrors({ 'status-answer': text.answerRequired });
    }
    const answer = fr.trim() ? (en.trim() ? { fr: fr.trim(), en: en.trim() } : { fr: fr.trim() }) : undefined;
    const refused = await onSubmit(answer ? { action: 'status', status, answer } : { action: 'status', status });
    const split = splitErrors(refused, { answer: 'status-answer', status: 'status-select' });
    setErrors(split.fields);
    setGeneral(split.general);
  };
  return (
    <form class="card" onSubmit={submit} noValidate aria-labelledby="status-title">
      <h2 id="status-title">{text.statusTitle}</h2>
      <FormProblems
        fields={[
          ['status-select', text.statusLabel],
          ['status-answer', text.answerFr],
        ]}
        errors={errors}
        general={general}
        attempt={attempt}
      />
      <SelectField
        id="status-select"
        label={text.statusLabel}
        value={status}
        choices={STATUSES.map((s) => ({ value: s, label: text.status[s] }))}
        onChange={(value) => setStatus(value as PublicStatus)}
      />
      <Field
        id="status-answer"
        label={text.answerFr}
        hint={text.answerHint}
        value={fr}
        onInput={setFr}
        error={errors['status-answer']}
        required={NEEDS_ANSWER.includes(status)}
      />
      <Field id="status-answer-en" label={text.answerEn} value={en} onInput={setEn} />
      <button type="submit" class="button">
        {text.saveStatus}
      </button>
    </form>
  );
}
