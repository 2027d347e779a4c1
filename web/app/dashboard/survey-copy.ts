import type { SurveyDraft, SurveyInput } from '../../../schema/survey.ts';
import type { LocalizedText } from '../../../schema/lang.ts';
import { waveFamily, waveOf } from '../../../schema/waves.ts';

import { withSuffix } from '../../../schema/slugs.ts';

export { SLUG_MAX, slugify, withSuffix } from '../../../schema/slugs.ts';

export { waveOf } from '../../../schema/waves.ts';

/**
 * The slug of the next wave of a survey: "besoins" → "besoins-vague-2", "besoins-vague-2" → "besoins-vague-3",
 * skipping slugs already used in the organisation.
 */
export function nextWaveSlug(slug: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = waveFamily(slug);
  let wave = waveOf(slug) + 1;
  let candidate = withSuffix(base, `-vague-${wave}`);
  while (used.has(candidate)) candidate = withSuffix(base, `-vague-${++wave}`);
  return candidate;
}

/** « Titre » → « Titre – vague 2 » / “Title – wave 2”, replacing an earlier wave suffix. */
export function waveTitle(title: LocalizedText, wave: number): LocalizedText {
  const strip = (s: string) => s.replace(/ – (vague|wave) \d+$/, '');
  return {
    fr: `${strip(title.fr)} – vague ${wave}`,
    ...(title.en ? { en: `${strip(title.en)} – wave ${wave}` } : {}),
  };
}

/** A slug free in the organisation: `wanted`, else `wanted-2`, `wanted-3`… */
export function freeSlug(wanted: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(wanted)) return wanted;
  let n = 2;
  while (used.has(withSuffix(wanted, `-${n}`))) n++;
  return withSuffix(wanted, `-${n}`);
}

/** A stored survey as a new definition: its questions and settings, without what the server owns. */
export function definitionOf(survey: SurveyInput & { id?: string; status?: string; version?: number }): SurveyDraft {
  const { id: _id, status: _status, version: _version, ...definition } = survey;
  return structuredClone(definition);
}

/** The smallest valid survey: one page, one question, for the editor to take from there. */
export function blankSurvey(title: string, slug: string, lang: 'fr' | 'en'): SurveyDraft {
  const fr = lang === 'fr';
  return {
    slug,
    title: { fr: title },
    settings: { k: 5, resultsVisibility: 'private' },
    pages: [
      {
        id: 'page-1',
        questions: [
          {
            id: 'question-1',
            type: 'single',
            label: { fr: fr ? 'Première question' : 'First question' },
            options: [
              { id: 'yes', label: { fr: fr ? 'Oui' : 'Yes' } },
              { id: 'no', label: { fr: fr ? 'Non' : 'No' } },
            ],
          },
        ],
      },
    ],
  };
}
