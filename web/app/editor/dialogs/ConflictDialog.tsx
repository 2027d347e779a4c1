import { useState } from 'preact/hooks';
import { useText } from '../../../shared/i18n/lang.ts';
import { copyText, downloadText } from '../../ui/download.ts';
import { editorText } from '../text.ts';
import { Dialog } from './Dialog.tsx';

type Props = {
  /** The person's own version, as an exported file. */
  mine: string;
  filename: string;
  onReload: () => void;
  onLater: () => void;
};

/**
 * Someone else saved meanwhile (412). Nothing is overwritten: the person copies (or downloads) their
 * version, then loads the other one. Saving stays stopped until they do.
 */
export function ConflictDialog({ mine, filename, onReload, onLater }: Props) {
  const text = useText(editorText);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <Dialog id="ed-conflict" title={text.conflictTitle} onClose={onLater} tone="warning">
      <p>{text.conflictBody}</p>
      <p>{text.conflictChoose}</p>
      <div class="ed-actions ed-actions-stacked">
        <button type="button" class="button button-secondary" autofocus onClick={async () => setCopied((await copyText(mine)) ? 'yes' : 'no')}>
          {text.conflictCopy}
        </button>
        <button type="button" class="button button-secondary" onClick={() => downloadText(filename, mine)}>
          {text.conflictDownload}
        </button>
        <button type="button" class="button" onClick={onReload}>
          {text.conflictReload}
        </button>
        <button type="button" class="link-button ed-link-button" onClick={onLater}>
          {text.conflictLater}
        </button>
      </div>
      <p class="ed-dialog-status" role="status">
        {copied === 'yes' ? text.conflictCopied : copied === 'no' ? text.conflictCopyFailed : ''}
      </p>
    </Dialog>
  );
}
