import { ErrorList } from '../../ui/ErrorList.tsx';
import { editorLook } from './look.ts';

/** The problems with an editor field or list, right above it, in the editor's look (ui/ErrorList). */
export function FieldErrors({ id, messages }: { id: string; messages: readonly string[] }) {
  return <ErrorList id={id} messages={messages} class={editorLook.error} />;
}
