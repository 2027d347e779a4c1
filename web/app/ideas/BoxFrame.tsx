import type { ComponentChildren } from 'preact';
import type { Box } from '../../../schema/ideas.ts';
import { useLang, useText } from '../../shared/i18n/lang.ts';
import { surveyText } from '../../shared/i18n/survey-text.ts';
import { Loading } from '../../shared/ui/Loading.tsx';
import { CoordinatorFrame } from '../frame/CoordinatorFrame.tsx';
import { Link } from '../frame/router.tsx';
import { useLoad } from '../survey/load.ts';
import { LoadError } from '../../shared/ui/LoadError.tsx';
import { boxPaths } from './box-routes.ts';
import { useBoxesApi } from './boxes-api.ts';
import { publicLink } from './links.ts';
import { boxText } from './text.ts';

export type BoxTab = 'queue' | 'add' | 'kiosks' | 'poster' | 'settings' | null;

type Props = {
  orgId: string;
  boxId: string;
  tab: BoxTab;
  /** The page's name before the box's title (« Réglages – … »); none on the box's main page. */
  pageTitle?: string;
  wide?: boolean;
  children: (box: Box, reload: () => Promise<void>) => ComponentChildren;
};

/** Every page of one box: the app's frame, the box loaded, its pages as tabs, its public links and exports. */
export function BoxFrame({ orgId, boxId, tab, pageTitle, wide, children }: Props) {
  const text = useText(boxText);
  const lang = useLang();
  const api = useBoxesApi(orgId);
  const [box, reload] = useLoad(() => api.get(boxId), [orgId, boxId, lang]);
  const boxTitle = box.kind === 'ok' ? surveyText(box.data.title, lang) : text.listTitle;
  const title = pageTitle ? `${pageTitle} – ${boxTitle}` : boxTitle;
  const urls = api.urls(boxId);
  const tabs: [Exclude<BoxTab, null>, string, string][] = [
    ['queue', text.tabQueue, boxPaths.queue(orgId, boxId)],
    ['add', text.tabAdd, boxPaths.page(orgId, boxId, 'add')],
    ['kiosks', text.tabKiosks, boxPaths.page(orgId, boxId, 'kiosks')],
    ['poster', text.tabPoster, boxPaths.page(orgId, boxId, 'poster')],
    ['settings', text.tabSettings, boxPaths.page(orgId, boxId, 'settings')],
  ];
  return (
    <CoordinatorFrame title={title} orgId={orgId} back={{ href: boxPaths.list(orgId), label: text.backToBoxes }} wide={wide}>
      {box.kind === 'loading' ? (
        <Loading />
      ) : box.kind !== 'ok' ? (
        <LoadError inPage onRetry={() => void reload()} message={box.kind === 'failed' ? box.message : undefined} />
      ) : (
        <>
          <nav class="box-tabs no-print" aria-label={text.boxNav}>
            <ul>
              {tabs.map(([name, label, href]) => (
                <li key={name}>
                  <Link href={href} aria-current={tab === name ? 'page' : undefined}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
            <ul class="box-links">
              <li>
                <a href={publicLink(box.data)} target="_blank" rel="noopener">
                  {text.publicPage}
                </a>
              </li>
              <li>
                <a href={publicLink(box.data, 'display')} target="_blank" rel="noopener">
                  {text.displayPage}
                </a>
              </li>
              <li>
                <a href={urls.csv} download>
                  {text.exportCsv}
                </a>
              </li>
              <li>
                <a href={urls.xlsx} download>
                  {text.exportXlsx}
                </a>
              </li>
            </ul>
          </nav>
          {children(box.data, reload)}
        </>
      )}
    </CoordinatorFrame>
  );
}
