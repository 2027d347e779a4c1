import { Field, type FieldProps } from './Field.tsx';

type Props = Omit<FieldProps, 'type' | 'inputMode' | 'min' | 'max'> & { min: number; max: number };

/** A whole number between `min` and `max`, typed on a phone's numeric keypad: k, caps, durations, counts. */
export function CountField(props: Props) {
  return <Field {...props} type="number" inputMode="numeric" />;
}
