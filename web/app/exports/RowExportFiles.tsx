import { useState } from 'preact/hooks';
import { errorsOf } from '../../shared/api/client.ts';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Alert } from '../ui/Alert.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { saveBlob } from '../ui/download.ts';
import { Icon } from '../ui/Icon.tsx';
import { exportsText } from './text.ts';
import type { RowExports } from './useRowExports.ts';

export type RowFile = { url: string; filename: string; label: string; help?: string; testId: string };

type Props = {
  availability: RowExports['answers'];
  owner: boolean;
  k: number;
  files: RowFile[];
  /** Asks `GET …/exports` again: after a refusal, what can be had has changed since the page loaded. */
  onRefused: () => void;
};

/**
 * Row-by-row files (owners, closed surveys): says beforehand whether they can be had and why not, and
 * warns that the first download keeps the survey closed for good (asked again in a dialog). Should the
 * survey change meanwhile (a colleague reopens it), the refusal says why once, and the state is read again.
 */
export function RowExportFiles({ availability, owner, k, files, onRefused }: Props) {
  const lang = useLang();
  const text = useText(exportsText);
  const [asking, setAsking] = useState<RowFile | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; key: number } | null>(null);

  const refused = refusal && (
    <Alert focusKey={refusal.key} tone="warning">
      <p data-testid="row-export-refusal">
        <strong>{text.refused}</strong>
        {refusal.message}
      </p>
    </Alert>
  );
  if (!owner)
    return (
      <p class="banner banner-info" data-testid="row-export-state">
        {text.ownersOnly}
      </p>
    );
  if (!availability.available)
    return (
      <>
        <p class="banner banner-info" data-testid="row-export-state">
          <strong>{text.unavailable}</strong>
          {text.why(availability.reason, formatNumber(lang, k))}
        </p>
        {refused}
      </>
    );

  const download = async (file: RowFile) => {
    setAsking(null);
    setBusy(file.testId);
    setRefusal(null);
    try {
      const response = await fetch(file.url, { headers: { 'Accept-Language': lang } });
      if (!response.ok) {
        const errors = await errorsOf(response);
        // The server's words follow « Export refusé : » as they are: they carry no prefix of their own.
        setRefusal({ message: errors.map((e) => e.message).join(' · ') || `HTTP ${response.status}`, key: Date.now() });
        onRefused();
      } else saveBlob(await response.blob(), file.filename);
    } catch {
      setRefusal({ message: text.offline, key: Date.now() });
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <p class="muted" data-testid="row-export-state">
        {text.available}
      </p>
      <p class="banner banner-warning" id="row-export-warning">
        {text.oneFile}
      </p>
      <ul class="download-list">
        {files.map((file) => (
          <li key={file.testId}>
            <button
              type="button"
              class="button button-secondary"
              disabled={busy !== null}
              aria-describedby="row-export-warning"
              onClick={() => setAsking(file)}
              data-testid={file.testId}
            >
              <Icon name="download" />
              {busy === file.testId ? text.downloading : file.label}
            </button>
            {file.help && <span class="muted"> {file.help}</span>}
          </li>
        ))}
      </ul>
      {refused}
      {asking && (
        <ConfirmDialog title={text.confirmTitle} confirmLabel={text.confirm} danger onConfirm={() => void download(asking)} onCancel={() => setAsking(null)}>
          <p>{text.confirmBody}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
