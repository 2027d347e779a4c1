import type { ErrorItem } from '../../../schema/messages.ts';
import { useText } from '../../shared/i18n/lang.ts';
import { ErrorSummary } from '../../shared/ui/ErrorSummary.tsx';
import { Alert } from './Alert.tsx';
import { uiText } from './text.ts';

export type FieldErrors = Record<string, string | undefined>;

type Props = {
  /** Field id → label, in the order of the form: summary links follow it. */
  fields: [id: string, label: string][];
  errors: FieldErrors;
  /** A problem no field explains (wrong password, server unreachable…). */
  general?: string | null;
  /** Bumped on each submit, so the summary is announced and focused again. */
  attempt: number;
};

/**
 * The problems of a form after a submit: a summary linking to each field in error (the shared
 * ErrorSummary, which takes focus and is read out), or one alert when no field is concerned.
 */
export function FormProblems({ fields, errors, general, attempt }: Props) {
  const text = useText(uiText);
  const items = fields.filter(([id]) => errors[id]).map(([id, label]) => ({ targetId: `${id}-field`, label, message: errors[id]! }));
  if (general && items.length === 0)
    return (
      <Alert focusKey={attempt}>
        <p>{general}</p>
      </Alert>
    );
  if (items.length === 0) return null;
  if (general) items.push({ targetId: fields[0]![0] + '-field', label: text.errorTitle, message: general });
  return <ErrorSummary title={text.errorTitle} items={items} attempt={attempt} />;
}

/** Splits API errors between the form's fields (by `path`) and what is left for a general alert. */
export function splitErrors(errors: ErrorItem[], fieldIds: Record<string, string>): { fields: FieldErrors; general: string | null } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const error of errors) {
    const field = fieldIds[error.path.split('.')[0] ?? ''];
    if (field) fields[field] = fields[field] ? `${fields[field]} · ${error.message}` : error.message;
    else rest.push(error.message);
  }
  return { fields, general: rest.length ? rest.join(' · ') : null };
}
