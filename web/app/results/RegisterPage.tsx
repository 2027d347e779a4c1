import type { ProcessingRecord } from '../../../schema/processing-record.ts';
import { localeOf, useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { paths } from '../routes.ts';
import { PrintButton, PrintFrame } from '../share/PrintFrame.tsx';
import { useLoad } from '../survey/load.ts';
import { coordResultsText } from './text.ts';

/** `/app/o/:orgId/s/:surveyId/register`: the survey's draft entry for the GDPR record of processing, to print. */
export function RegisterPage({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const [privacy] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].privacy.$get({ param: { orgId, id: surveyId } }), lang), [surveyId, lang]);
  const today = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'long' }).format(new Date());
  return (
    <PrintFrame
      orgId={orgId}
      surveyId={surveyId}
      pageTitle={text.registerTitle}
      back={{ href: paths.survey(orgId, surveyId, 'results'), label: text.backToResults }}
      toolbar={<PrintButton />}
    >
      {({ organisation }) =>
        privacy.kind !== 'ok' ? <Loading /> : <Register record={privacy.data.record as ProcessingRecord} organisation={organisation} today={today} />
      }
    </PrintFrame>
  );
}

function Register({ record, organisation, today }: { record: ProcessingRecord; organisation: string; today: string }) {
  const text = useText(coordResultsText);
  return (
    <article class="register" data-testid="register">
      <p class="register-org">{organisation}</p>
      <h2 class="register-title">
        {text.registerTitle} — {record.title}
      </h2>
      <p class="register-lead">{text.registerLead}</p>
      <table class="register-table">
        <tbody>
          {record.fields.map((field) => (
            <tr key={field.id}>
              <th scope="row">{field.label}</th>
              <td>
                {field.entries.length === 1 ? (
                  field.entries[0]
                ) : (
                  <ul>
                    {field.entries.map((entry, index) => (
                      <li key={index}>{entry}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {record.notes.length > 0 && (
        <ul class="register-notes">
          {record.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
      <p class="register-date">{text.registerDate(today)}</p>
    </article>
  );
}
