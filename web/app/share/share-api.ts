import type { Api } from '../../shared/api/client.ts';
import type { Lang } from '../../shared/i18n/lang.ts';

/** Addresses of a survey's QR images, from the typed client (the language picks the SVG's title). */
export function qrUrls(api: Api, orgId: string, surveyId: string, lang: Lang) {
  const share = api.orgs[':orgId'].surveys[':id'].share;
  const param = { param: { orgId, id: surveyId } };
  return {
    svg: `${share['qr.svg'].$url(param).pathname}?lang=${lang}`,
    png: `${share['qr.png'].$url(param).pathname}?size=1024&lang=${lang}`,
  };
}

/** The link without its scheme, for print: « pouls.example.fr/s/besoins ». */
export function shortLink(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
