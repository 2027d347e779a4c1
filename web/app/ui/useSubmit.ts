import { useState } from 'preact/hooks';
import type { ErrorItem } from '../../../schema/messages.ts';
import { splitErrors, type FieldErrors } from './FormProblems.tsx';

/**
 * What a form keeps between submits: the problems by field and the one no field explains, how many
 * submits there were (FormProblems announces each again), and whether a request is under way.
 */
export function useSubmit() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [tries, setTries] = useState(0);
  const [busy, setBusy] = useState(false);
  return {
    errors,
    general,
    tries,
    busy,
    setErrors,
    setGeneral,
    /** A new submit: counted, earlier problems replaced by what the page found itself; true when it found none. */
    check(found: FieldErrors = {}): boolean {
      setTries((n) => n + 1);
      setErrors(found);
      setGeneral(null);
      return !Object.values(found).some(Boolean);
    },
    /** The request, with the form busy (its button disabled) until the answer. */
    async send<T>(request: Promise<T>): Promise<T> {
      setBusy(true);
      const outcome = await request;
      setBusy(false);
      return outcome;
    },
    /** A refusal from the API: each error beside its field (by `path`), the rest in one alert. */
    refuse(refusal: ErrorItem[], fieldOfPath: Record<string, string>): void {
      const split = splitErrors(refusal, fieldOfPath);
      setErrors(split.fields);
      setGeneral(split.general);
    },
  };
}
