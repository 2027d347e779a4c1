import type { ComponentChildren } from 'preact';

type Props = { id?: string; class?: string; tag?: 'p' | 'div'; children: ComponentChildren };

/** What a field expects, said once under its label and read with its control (which lists this id in aria-describedby). */
export function FieldHint({ id, class: className = 'field-hint', tag: Tag = 'p', children }: Props) {
  return (
    <Tag id={id} class={className}>
      {children}
    </Tag>
  );
}
