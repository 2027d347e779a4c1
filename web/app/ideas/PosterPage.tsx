import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Logo } from '../../shared/ui/Logo.tsx';
import { useMe } from '../frame/me.ts';
import { BoxFrame } from './BoxFrame.tsx';
import { useBoxesApi } from './boxes-api.ts';
import { publicLink } from './links.ts';
import { boxText } from './text.ts';
import { shortAddress } from '../../ideas/paths.ts';

/** `/app/o/:orgId/boxes/:boxId/poster`: an A4 poster for the waiting room — the invitation in plain words, a large QR code, the short address. */
export function PosterPage({ orgId, boxId }: { orgId: string; boxId: string }) {
  const text = useText(boxText);
  const lang = useLang();
  const api = useBoxesApi(orgId);
  const me = useMe();
  const organisation = me?.organisations.find((o) => o.id === orgId)?.name ?? '';
  return (
    <BoxFrame orgId={orgId} boxId={boxId} tab="poster" pageTitle={text.posterTitle} wide>
      {(box) => {
        const url = publicLink(box);
        return (
          <>
            <div class="print-toolbar no-print">
              <p class="muted">{text.posterHelp}</p>
              <button type="button" class="button" onClick={() => window.print()}>
                {text.print}
              </button>
            </div>
            <section class="sheet-preview" aria-label={text.posterPreview}>
              <article class="sheet poster" data-testid="box-poster">
                <p class="poster-org">{organisation}</p>
                <h2 class="poster-title">{surveyText(box.title, lang)}</h2>
                <p class="poster-invite">{text.posterInvite}</p>
                <img class="poster-qr" src={api.urls(box.id).qr} alt={text.qrAlt(shortAddress(url))} width="400" height="400" />
                <p class="poster-tags">{text.posterHow}</p>
                <p class="poster-link">{shortAddress(url)}</p>
                <p class="poster-tags">{text.posterAnonymous}</p>
                <p class="poster-tags">{text.posterPaper}</p>
                <p class="poster-footer">
                  <Logo />
                  <span>Pouls · {organisation}</span>
                </p>
              </article>
            </section>
          </>
        );
      }}
    </BoxFrame>
  );
}
