import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { codesFor } from './codes-store.ts';
import { PrintButton, PrintFrame, shareBack } from './PrintFrame.tsx';
import { qrUrls, shortLink } from './share-api.ts';
import { shareText } from './text.ts';

const PER_SHEET = 10;

/** The QR code fetched once (through the typed client) and inlined as a data: URL, rather than one request per card. */
function useQrDataUrl(orgId: string, surveyId: string, fallback: string): string | null {
  const api = useApi();
  const [data, setData] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.orgs[':orgId'].surveys[':id'].share['qr.svg']
      .$get({ param: { orgId, id: surveyId } })
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((svg) => live && setData(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setData(fallback));
    return () => {
      live = false;
    };
  }, [api, orgId, surveyId]);
  return data;
}

/** `/app/o/:orgId/s/:surveyId/cards`: the codes just created, on A4 sheets of ten cut-out cards. */
export function CardsPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(shareText);
  const lang = useLang();
  const api = useApi();
  const codes = codesFor(surveyId);
  const qr = useQrDataUrl(orgId, surveyId, qrUrls(api, orgId, surveyId, lang).svg);
  const sheets: string[][] = [];
  for (let i = 0; codes && i < codes.length; i += PER_SHEET) sheets.push(codes.slice(i, i + PER_SHEET));
  return (
    <PrintFrame
      orgId={orgId}
      surveyId={surveyId}
      pageTitle={text.cardsPageTitle}
      back={shareBack(orgId, surveyId, text.backToShare)}
      toolbar={
        codes && (
          <>
            <p class="banner banner-warning">
              <strong>{text.onceWarning}</strong>
            </p>
            <p class="muted">
              {text.cardsHelp(formatNumber(lang, codes.length))} {text.printHelp}
            </p>
            <PrintButton />
          </>
        )
      }
    >
      {({ survey, url }) =>
        !codes ? (
          <section class="card">
            <h2>{text.cardsMissingTitle}</h2>
            <p>{text.cardsMissing}</p>
            <p>
              <Link class="button" href={paths.survey(orgId, surveyId, 'share')}>
                {text.backToShare}
              </Link>
            </p>
          </section>
        ) : (
          <section class="sheet-preview" aria-label={text.cardsPreview}>
            {sheets.map((sheet, index) => (
              <div class="sheet cards-sheet" key={index}>
                {sheet.map((code) => (
                  <article class="code-card" key={code} data-testid="code-card">
                    <p class="code-card-title">{surveyText(survey.title, lang)}</p>
                    <div class="code-card-body">
                      {qr && <img class="code-card-qr" src={qr} alt="" width="96" height="96" />}
                      <div>
                        <p class="code-card-how">
                          {text.cardHow} <span class="code-card-link">{shortLink(url)}</span>
                        </p>
                        <p class="code-card-label">{text.cardCode}</p>
                        <p class="code-card-code">{code}</p>
                      </div>
                    </div>
                    <p class="code-card-note">{text.cardNote}</p>
                  </article>
                ))}
              </div>
            ))}
          </section>
        )
      }
    </PrintFrame>
  );
}
