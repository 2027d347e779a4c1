import { useLang, useText } from '../../shared/i18n/lang.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { attempt, useApi } from '../api.ts';
import { Link } from '../frame/router.tsx';
import { paths } from '../routes.ts';
import { CodeBatches } from '../share/CodeBatches.tsx';
import { useLoad } from '../survey/load.ts';
import { coordResultsText } from './text.ts';

/** Every batch of participation codes issued, for every member to see beside the results they shape. */
export function ResultsCodes({ orgId, surveyId }: { orgId: string; surveyId: string }) {
  const text = useText(coordResultsText);
  const lang = useLang();
  const api = useApi();
  const [codes] = useLoad(() => attempt(api.orgs[':orgId'].surveys[':id'].codes.$get({ param: { orgId, id: surveyId } }), lang), [surveyId, lang]);
  return (
    <section aria-labelledby="results-codes-title" class="card results-section">
      <h2 id="results-codes-title">{text.codesTitle}</h2>
      {codes.kind === 'ok' ? <CodeBatches id="results-batches" batches={codes.data.batches} population={codes.data.population} /> : <Loading />}
      <p>
        <Link href={paths.survey(orgId, surveyId, 'share')}>{text.codesManage}</Link>
      </p>
    </section>
  );
}
