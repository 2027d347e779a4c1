/** Offers a file to save without leaving the page (a fetched export, the editor's JSON). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a text as a file to save (export, « télécharger ma version »). */
export function downloadText(filename: string, content: string, type = 'application/json'): void {
  saveBlob(new Blob([content], { type: `${type};charset=utf-8` }), filename);
}

/** Copies a text; false where the clipboard is not available (an insecure page, a refusal). */
export async function copyText(content: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(content);
    return true;
  } catch {
    return false;
  }
}
