import type { BoxInput, BoxTemplate } from '../../../schema/ideas.ts';

/**
 * The box editor's form, pure: what the inputs hold, and the BoxInput sent. Numbers stay text while
 * typed (the API names a field it refuses); new themes get an id from their label.
 */
export type ThemeRow = { id: string; fr: string; en: string; locked: boolean };
export type BoxForm = {
  slug: string;
  titleFr: string;
  titleEn: string;
  introFr: string;
  introEn: string;
  themes: ThemeRow[];
  audience: 'public' | 'members';
  k: string;
  reportsToHide: string;
  retentionMonths: string;
  kioskDailyCap: string;
  status: 'open' | 'closed';
};

type Source = Pick<BoxInput, 'title' | 'intro' | 'themes' | 'audience'> &
  Partial<Pick<BoxInput, 'slug' | 'k' | 'reportsToHide' | 'retentionMonths' | 'kioskDailyCap' | 'status'>>;

export function formFrom(box: Source, lockThemes: boolean): BoxForm {
  return {
    slug: box.slug ?? '',
    titleFr: box.title.fr,
    titleEn: box.title.en ?? '',
    introFr: box.intro.fr,
    introEn: box.intro.en ?? '',
    themes: box.themes.map((t) => ({ id: t.id, fr: t.label.fr, en: t.label.en ?? '', locked: lockThemes })),
    audience: box.audience,
    k: String(box.k ?? 5),
    reportsToHide: String(box.reportsToHide ?? 3),
    retentionMonths: String(box.retentionMonths ?? 12),
    kioskDailyCap: String(box.kioskDailyCap ?? 300),
    status: box.status ?? 'open',
  };
}

export const emptyBox = (): Source => ({ title: { fr: '' }, intro: { fr: '' }, themes: [{ id: 'general', label: { fr: 'Général' } }], audience: 'public' });

export const fromTemplate = (template: BoxTemplate | null): BoxForm => formFrom(template ? template.box : emptyBox(), false);

/** A theme id from its label: lower case, accents and punctuation dropped, unique among `taken`. */
export function themeId(label: string, taken: string[]): string {
  const base =
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'theme';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

const text = (fr: string, en: string) => (en.trim() ? { fr: fr.trim(), en: en.trim() } : { fr: fr.trim() });
const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

export function inputFrom(form: BoxForm): BoxInput {
  return {
    slug: form.slug.trim(),
    title: text(form.titleFr, form.titleEn),
    intro: text(form.introFr, form.introEn),
    themes: form.themes.map((t) => ({ id: t.id, label: text(t.fr, t.en) })),
    audience: form.audience,
    k: number(form.k),
    reportsToHide: number(form.reportsToHide),
    retentionMonths: number(form.retentionMonths),
    kioskDailyCap: number(form.kioskDailyCap),
    status: form.status,
  };
}

/** A new theme row: its id is fixed from the label when the form is sent (`withThemeIds`). */
export const newTheme = (): ThemeRow => ({ id: '', fr: '', en: '', locked: false });

/** Gives every new theme an id from its label, keeping the ids of existing ones. */
export function withThemeIds(form: BoxForm): BoxForm {
  const taken = form.themes.filter((t) => t.id).map((t) => t.id);
  return {
    ...form,
    themes: form.themes.map((t) => {
      if (t.id) return t;
      const id = themeId(t.fr, taken);
      taken.push(id);
      return { ...t, id };
    }),
  };
}
