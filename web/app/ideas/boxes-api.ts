import type { InferRequestType } from 'hono/client';
import { useMemo } from 'preact/hooks';
import type { Box, BoxSummary, BoxTemplate, IdeaAdmin, KioskSummary } from '../../../schema/ideas.ts';
import { useLang, type Lang } from '../../shared/i18n/lang.ts';
import { attempt, useApi, type Outcome } from '../api.ts';

/**
 * The idea box's coordinator routes (schema/ideas.ts), through the typed `hc` client. Each call says
 * the contract's type it gives: if the worker's replies stop fitting it, the type check fails here.
 */
export function useBoxesApi(orgId: string) {
  const api = useApi();
  const lang = useLang();
  return useMemo(() => boxesApi(api, lang, orgId), [api, lang, orgId]);
}

type Api = ReturnType<typeof useApi>;
type Boxes = Api['orgs'][':orgId']['boxes'];
export type BoxBody = InferRequestType<Boxes['$post']>['json'];
export type ModerationBody = InferRequestType<Boxes[':boxId']['ideas'][':ideaId']['moderate']['$post']>['json'];
export type PromoteBody = InferRequestType<Boxes[':boxId']['ideas'][':ideaId']['promote']['$post']>['json'];

function boxesApi(api: Api, lang: Lang, orgId: string) {
  const boxes = api.orgs[':orgId'].boxes;
  const org = { orgId };
  const box = (boxId: string) => ({ orgId, boxId });
  const idea = (boxId: string, ideaId: string) => ({ orgId, boxId, ideaId });
  return {
    list: (): Promise<Outcome<{ boxes: BoxSummary[] }>> => attempt(boxes.$get({ param: org }), lang),
    templates: (): Promise<Outcome<{ templates: readonly BoxTemplate[] }>> => attempt(boxes.templates.$get({ param: org }), lang),
    create: (json: BoxBody): Promise<Outcome<Box>> => attempt(boxes.$post({ param: org, json }), lang),
    get: (boxId: string): Promise<Outcome<Box>> => attempt(boxes[':boxId'].$get({ param: box(boxId) }), lang),
    update: (boxId: string, json: BoxBody): Promise<Outcome<Box>> => attempt(boxes[':boxId'].$put({ param: box(boxId), json }), lang),
    ideas: (boxId: string): Promise<Outcome<{ ideas: IdeaAdmin[] }>> => attempt(boxes[':boxId'].ideas.$get({ param: box(boxId) }), lang),
    paperSlip: (boxId: string, json: { text: string; theme: string }): Promise<Outcome<IdeaAdmin>> =>
      attempt(boxes[':boxId'].ideas.$post({ param: box(boxId), json }), lang),
    moderate: (boxId: string, ideaId: string, json: ModerationBody): Promise<Outcome<IdeaAdmin>> =>
      attempt(boxes[':boxId'].ideas[':ideaId'].moderate.$post({ param: idea(boxId, ideaId), json }), lang),
    promote: (boxId: string, ideaId: string, json: PromoteBody): Promise<Outcome<{ sessionId: string; questionId: string }>> =>
      attempt(boxes[':boxId'].ideas[':ideaId'].promote.$post({ param: idea(boxId, ideaId), json }), lang),
    importTexts: (boxId: string, json: { surveyId: string; questionId: string; theme?: string }): Promise<Outcome<{ created: number }>> =>
      attempt(boxes[':boxId']['import-texts'].$post({ param: box(boxId), json }), lang),
    kiosks: (boxId: string): Promise<Outcome<{ kiosks: KioskSummary[] }>> => attempt(boxes[':boxId'].kiosks.$get({ param: box(boxId) }), lang),
    enrol: (boxId: string, label: string): Promise<Outcome<{ kioskId: string; link: string }>> =>
      attempt(boxes[':boxId'].kiosks.$post({ param: box(boxId), json: { label } }), lang),
    revoke: (boxId: string, kioskId: string): Promise<Outcome<null>> =>
      attempt(boxes[':boxId'].kiosks[':kioskId'].$delete({ param: { orgId, boxId, kioskId } }), lang),
    /** Addresses for links and images (downloads, the QR code), from the same typed client. */
    urls: (boxId: string) => ({
      csv: boxes[':boxId']['export.csv'].$url({ param: box(boxId) }).pathname,
      xlsx: boxes[':boxId']['export.xlsx'].$url({ param: box(boxId) }).pathname,
      qr: `${boxes[':boxId']['qr.svg'].$url({ param: box(boxId) }).pathname}?lang=${lang}`,
    }),
  };
}

export type BoxesApi = ReturnType<typeof boxesApi>;
