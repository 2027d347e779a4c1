import type { IdeaSource, IdeaStatus, Theme } from '../../../schema/ideas.ts';
import { localize, type Lang } from '../../../schema/lang.ts';
import type { ExportTable } from '../export-table.ts';
import { isPublic, type StoredIdea } from './model.ts';
import { waitedDays } from './views.ts';

const STATUS: Record<Lang, Record<IdeaStatus, string>> = {
  fr: {
    pending: 'en attente de modération',
    declined: 'refusée par la modération',
    received: 'reçue',
    studying: 'à l’étude',
    retained: 'retenue',
    done: 'réalisée',
    rejected: 'non retenue',
    withdrawn: 'retirée',
    merged: 'regroupée',
    hidden: 'masquée',
  },
  en: {
    pending: 'awaiting moderation',
    declined: 'declined by moderation',
    received: 'received',
    studying: 'under study',
    retained: 'retained',
    done: 'done',
    rejected: 'not retained',
    withdrawn: 'withdrawn',
    merged: 'merged',
    hidden: 'hidden',
  },
};
export const statusLabel = (status: IdeaStatus, lang: Lang) => STATUS[lang][status];

const SOURCE: Record<Lang, Record<IdeaSource, string>> = {
  fr: { online: 'en ligne', kiosk: 'borne', paper: 'papier', survey: 'questionnaire' },
  en: { online: 'online', kiosk: 'kiosk', paper: 'paper', survey: 'survey' },
};

/**
 * The box's ideas as a table (CSV or XLSX): published ideas, and those merged into them, with their
 * theme, origin, status, supports (from k, as the public sees them), days waited, answer and links.
 * Nothing about authors or supporters exists to export; pending, declined, hidden and withdrawn
 * ideas stay out (their texts were never published).
 */
export function ideasTable(ideas: readonly StoredIdea[], themes: readonly Theme[], k: number, today: string, lang: Lang): ExportTable {
  const fr = lang === 'fr';
  const themeLabel = new Map(themes.map((t) => [t.id, localize(t.label, lang)]));
  const shown = ideas.filter((i) => isPublic(i.status) || i.status === 'merged');
  const textOf = new Map(ideas.map((i) => [i.id, i.text]));
  const under = fr ? `moins de ${k}` : `fewer than ${k}`;
  return {
    notes: [
      fr
        ? `Idées publiées et idées regroupées, le ${today}. Aucune donnée sur les auteur·rices ni sur qui a soutenu quoi n’existe. Soutiens montrés à partir de ${k}.`
        : `Published and merged ideas, on ${today}. No data about authors nor about who supported what exists. Supports shown from ${k}.`,
    ],
    header: fr
      ? ['Thème', 'Idée', 'Origine', 'Statut', 'Soutiens', 'Proposée le', 'Jours d’attente', 'Réponse publique', 'Regroupée dans', 'Ateliers']
      : ['Theme', 'Idea', 'Origin', 'Status', 'Supports', 'Proposed on', 'Days waited', 'Public answer', 'Merged into', 'Workshops'],
    rows: shown.map((i) => [
      themeLabel.get(i.theme) ?? i.theme,
      i.text,
      SOURCE[lang][i.source],
      statusLabel(i.status, lang),
      i.status === 'merged' ? null : i.supports >= k ? i.supports : under,
      i.createdOn,
      waitedDays(i, today),
      i.answer ? localize(i.answer, lang) : null,
      i.mergedInto ? (textOf.get(i.mergedInto) ?? i.mergedInto) : null,
      i.history
        .filter((e) => e.link?.kind === 'live' && e.note)
        .map((e) => localize(e.note, lang))
        .join(' | ') || null,
    ]),
  };
}
