import { ErrorList } from '../../ui/ErrorList.tsx';
import { useEditorLook } from './look.ts';

/** The problems with an editor field or list, right above it, in the editor's look (ui/ErrorList). */
export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  const look = useEditorLook();
  return <ErrorList id={id} messages={messages} class={look.error} prefix={look.errorPrefix} />;
}
