import { formatNumber } from '../../shared/i18n/format.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { currentOrganisation, useMe } from '../frame/me.ts';
import { Link } from '../frame/router.tsx';
import { roleAllows } from '../roles.ts';
import { useLoad } from '../survey/load.ts';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { boxPaths } from './box-routes.ts';
import { useBoxesApi } from './boxes-api.ts';
import { boxText } from './text.ts';

/** `/app/o/:orgId/boxes`: the organisation's idea boxes, with what waits for moderation. */
export function BoxesPage({ orgId }: { orgId: string }) {
  const text = useText(boxText);
  const lang = useLang();
  const me = useMe();
  const org = me ? currentOrganisation(me, orgId) : null;
  const api = useBoxesApi(orgId);
  const [list, reload] = useLoad(() => api.list(), [orgId, lang]);
  return (
    <CoordinatorFrame title={text.listTitle} orgId={orgId}>
      <p class="lead">{text.listLead}</p>
      {org && roleAllows(org.role, 'editor') && (
        <p>
          <Link class="button" href={boxPaths.create(orgId)}>
            {text.newBox}
          </Link>
        </p>
      )}
      {list.kind === 'loading' ? (
        <Loading />
      ) : list.kind !== 'ok' ? (
        <LoadError inPage onRetry={() => void reload()} message={list.kind === 'failed' ? list.message : undefined} />
      ) : list.data.boxes.length === 0 ? (
        <p class="empty-state">{text.noBoxes}</p>
      ) : (
        <ul class="survey-list" data-testid="boxes">
          {list.data.boxes.map((box) => (
            <li key={box.id} class="survey-item">
              <div class="survey-item-main">
                <h2 class="survey-item-title">
                  <Link href={boxPaths.queue(orgId, box.id)}>{surveyText(box.title, lang)}</Link>
                </h2>
                <p class="survey-item-meta">
                  <span class="survey-item-slug">/b/{box.slug}</span> · {text.audience[box.audience]} · {text.boxStatus[box.status]}
                </p>
                <p class="survey-item-meta">
                  <strong>{text.pendingCount(formatNumber(lang, box.pending))}</strong> · {text.publishedCount(formatNumber(lang, box.published))}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </CoordinatorFrame>
  );
}
