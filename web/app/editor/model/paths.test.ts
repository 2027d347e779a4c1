import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { demoSurvey } from '../../../../schema/demo.ts';
import { toErrorItems } from '../../../../schema/messages.ts';
import { SurveyInput } from '../../../../schema/survey.ts';
import { domId, keys, locateErrors, messagesFor, targetOf } from './paths.ts';

const demo = v.parse(SurveyInput, demoSurvey);

describe('targetOf', () => {
  it('names the survey’s own fields, with the language side', () => {
    expect(targetOf('title.fr', demo)).toEqual({ key: 'title', section: 'details', lang: 'fr' });
    expect(targetOf('description', demo)).toEqual({ key: 'description', section: 'details' });
    expect(targetOf('slug', demo)).toEqual({ key: 'slug', section: 'settings' });
    expect(targetOf('settings.k', demo)).toEqual({ key: 'settings.k', section: 'settings' });
    expect(targetOf('settings.purpose.en', demo)).toEqual({ key: 'settings.purpose', section: 'settings', lang: 'en' });
    expect(targetOf('settings.supportContacts.fr', demo)).toEqual({ key: 'settings.supportContacts', section: 'settings', lang: 'fr' });
    expect(targetOf('settings.colour', demo)).toEqual({ key: 'settings', section: 'settings' });
  });

  it('names pages by id', () => {
    expect(targetOf('pages.1.title.fr', demo)).toMatchObject({ key: 'page:needs.title', lang: 'fr', pageId: 'needs' });
    expect(targetOf('pages.1.questions', demo)).toMatchObject({ key: 'page:needs' });
    expect(targetOf('pages.1.id', demo)).toMatchObject({ key: 'page:needs' });
    expect(targetOf('pages.9.questions.0', demo)).toEqual({ key: 'pages', section: 'questions' });
    expect(targetOf('pages', demo)).toEqual({ key: 'pages', section: 'questions' });
  });

  it('names questions and their fields by id', () => {
    expect(targetOf('pages.0.questions.0.label.fr', demo)).toEqual({
      key: 'q:profession.label',
      lang: 'fr',
      section: 'questions',
      pageId: 'practice',
      questionId: 'profession',
    });
    expect(targetOf('pages.0.questions.1.unit.en', demo)).toMatchObject({ key: 'q:years.unit', lang: 'en' });
    expect(targetOf('pages.0.questions.1.max', demo)).toMatchObject({ key: 'q:years.max' });
    expect(targetOf('pages.0.questions.0.id', demo)).toMatchObject({ key: 'q:profession' });
    expect(targetOf('pages.0.questions.0.showIf.value', demo)).toMatchObject({ key: 'q:profession.showIf' });
  });

  it('names options and rows by their own id', () => {
    expect(targetOf('pages.0.questions.0.options.1.label.fr', demo)).toMatchObject({ key: 'q:profession.options:nurse', lang: 'fr' });
    expect(targetOf('pages.0.questions.0.options.1.id', demo)).toMatchObject({ key: 'q:profession.options:nurse' });
    expect(targetOf('pages.0.questions.0.options', demo)).toMatchObject({ key: 'q:profession.options' });
    expect(targetOf('pages.0.questions.0.options.99', demo)).toMatchObject({ key: 'q:profession.options' });
  });

  it('names scale points by value, in scale questions and in a grid’s shared scale', () => {
    const coordination = demo.pages.flatMap((p) => p.questions).findIndex((q) => q.id === 'coordination');
    const page = demo.pages.findIndex((p) => p.questions.some((q) => q.id === 'coordination'));
    const index = demo.pages[page]!.questions.findIndex((q) => q.id === 'coordination');
    expect(coordination).toBeGreaterThan(0);
    expect(targetOf(`pages.${page}.questions.${index}.labels.0.label.en`, demo)).toMatchObject({ key: 'q:coordination.labels:1', lang: 'en' });
    expect(targetOf(`pages.${page}.questions.${index}.max`, demo)).toMatchObject({ key: 'q:coordination.max' });
    const gridPage = demo.pages.findIndex((p) => p.questions.some((q) => q.id === 'worklife'));
    const grid = demo.pages[gridPage]!.questions.findIndex((q) => q.id === 'worklife');
    expect(targetOf(`pages.${gridPage}.questions.${grid}.scale.max`, demo)).toMatchObject({ key: 'q:worklife.scale.max' });
    expect(targetOf(`pages.${gridPage}.questions.${grid}.scale.labels.0.value`, demo)).toMatchObject({ key: 'q:worklife.scale.labels:1' });
    expect(targetOf(`pages.${gridPage}.questions.${grid}.items.0.label.fr`, demo)).toMatchObject({ key: 'q:worklife.items:time', lang: 'fr' });
  });

  it('sends what the editor cannot show to the summary', () => {
    expect(targetOf('$', demo)).toEqual({ key: '$', section: 'global' });
    expect(targetOf('If-Match', demo)).toEqual({ key: '$', section: 'global' });
  });

  it('maps every problem valibot finds in a broken survey to a field the editor has', () => {
    const broken = structuredClone(demo) as unknown as { pages: { questions: Record<string, unknown>[] }[]; settings: Record<string, unknown> };
    broken.settings.k = 1;
    broken.pages[0]!.questions[0]!.label = { fr: '' };
    broken.pages[0]!.questions[1]!.min = 60;
    const parsed = v.safeParse(SurveyInput, broken, { lang: 'fr' });
    expect(parsed.success).toBe(false);
    const located = locateErrors(toErrorItems(parsed.success ? [] : parsed.issues), demo);
    expect(located.map((e) => e.target.key)).toEqual(['settings.k', 'q:profession.label', 'q:years.min']);
  });
});

describe('messagesFor and domId', () => {
  const errors = locateErrors(
    [
      { path: 'title.fr', message: 'Obligatoire' },
      { path: 'title.en', message: 'Trop long' },
      { path: 'title', message: 'Manquant' },
    ],
    demo,
  );

  it('splits a bilingual field’s problems by side, the whole-text ones going to French', () => {
    expect(messagesFor(errors, 'title', 'fr')).toEqual(['Obligatoire', 'Manquant']);
    expect(messagesFor(errors, 'title', 'en')).toEqual(['Trop long']);
    expect(messagesFor(errors, 'title')).toHaveLength(3);
    expect(messagesFor(errors, 'description')).toEqual([]);
  });

  it('makes valid, distinct element ids', () => {
    expect(domId(keys.entry('profession', 'options', 'nurse'), 'fr')).toBe('ed-q:profession.options:nurse-fr');
    expect(domId(keys.page('p 1'))).toBe('ed-page:p_1');
    expect(domId(keys.point('mood', 3))).not.toBe(domId(keys.point('mood', 3, true)));
  });
});
