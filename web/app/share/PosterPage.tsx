import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useApi } from '../api.ts';
import { Logo } from '../../shared/ui/Logo.tsx';
import { PrintButton, PrintFrame, shareBack } from './PrintFrame.tsx';
import { qrUrls, shortLink } from './share-api.ts';
import { shareText } from './text.ts';

/** `/app/o/:orgId/s/:surveyId/poster`: an A4 poster — title, invitation, a large QR code, the short link. */
export function PosterPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(shareText);
  const lang = useLang();
  const api = useApi();
  const qr = qrUrls(api, orgId, surveyId, lang);
  return (
    <PrintFrame
      orgId={orgId}
      surveyId={surveyId}
      pageTitle={text.posterPageTitle}
      back={shareBack(orgId, surveyId, text.backToShare)}
      toolbar={
        <>
          <p class="muted">{text.printHelp}</p>
          <PrintButton />
        </>
      }
    >
      {({ survey, url, organisation }) => (
        <section class="sheet-preview" aria-label={text.posterPreview}>
          <article class="sheet poster" data-testid="poster">
            <p class="poster-org">{organisation}</p>
            <h2 class="poster-title">{surveyText(survey.title, lang)}</h2>
            <p class="poster-invite">{text.posterInvite}</p>
            <img class="poster-qr" src={qr.svg} alt={text.qrAlt(url)} width="400" height="400" />
            <p class="poster-link">{shortLink(url)}</p>
            <p class="poster-tags">{text.posterAnonymous}</p>
            <p class="poster-footer">
              <Logo />
              <span>Pouls · {organisation}</span>
            </p>
          </article>
        </section>
      )}
    </PrintFrame>
  );
}
