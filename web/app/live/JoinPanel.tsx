import { useText } from '../../shared/i18n/lang.ts';
import { FitBox } from './FitBox.tsx';
import { Qr } from './Qr.tsx';
import { liveConsoleText } from './text.ts';

/** How to join, always in view on the projector: the QR code, the address and the code, each on one line whatever the screen. */
export function JoinPanel({ joinUrl, code }: { joinUrl: string; code: string }) {
  const text = useText(liveConsoleText);
  const address = joinUrl.replace(/^https?:\/\//, '').replace(/\/live\/.*$/, '/live');
  return (
    <aside class="projector-join" aria-labelledby="projector-join-title" data-testid="projector-join">
      <h2 id="projector-join-title">{text.join}</h2>
      <Qr value={joinUrl} label={text.qrAlt(joinUrl)} class="projector-qr" size={240} />
      <FitBox as="p" class="projector-url" testId="projector-url">
        {address}
      </FitBox>
      <p class="projector-code-label">{text.joinCode}</p>
      <FitBox as="p" class="projector-code">
        <strong data-testid="projector-code">{code}</strong>
      </FitBox>
    </aside>
  );
}
