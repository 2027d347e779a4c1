/**
 * The scored report printed as a document: a coordinator compares by profession, then prints. The PDF
 * is read back page by page, as images (pdftoppm) and as text (pdftotext): page 1 is the cover
 * (organisation, survey, questionnaires, dates, release, k), the contents follow, every other page
 * carries its number and the survey at its foot, no page is blank or holds only a heading, no page ends
 * on a heading or the lead under it, no word is cut, and the whole document is in one language —
 * French, then English. The Print button opens the browser's print.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newSession, type Session } from './support/browser.ts';
import { answersOf, createHealthSurvey, PROFESSIONS, submitHealth } from './support/health-survey.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { printedPages, type PrintedPage } from './support/pdf.ts';
import { releaseNow } from './support/release.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const SHOTS = process.env.POULS_SCREENSHOTS;
const ORGANISATION = 'CPTS du Val de Loire';
const slug = `sante-imprime-${Date.now().toString(36)}`;

/** One line of text as a reader sees it: French narrow and no-break spaces as spaces, runs of spaces as one. */
const norm = (text: string) =>
  text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/** A page's lines of text, without the footer (survey and page number). */
const bodyLines = (page: PrintedPage) =>
  page.text
    .split('\n')
    .map(norm)
    .filter((line) => line && !/\d+ ?\/ ?\d+$/.test(line));
/** A page's text as one paragraph (lines wrap anywhere). */
const flat = (page: PrintedPage) => norm(page.text);

let session: Session;
let owner: Owner;
let surveyId: string;

beforeAll(async () => {
  session = await newSession();
  owner = await createOwner(session.context, baseUrl, persistTo, ORGANISATION);
  surveyId = await createHealthSurvey(session.context.request, baseUrl, owner.orgId, slug);
  for (let i = 0; i < PROFESSIONS.length; i++) await submitHealth(baseUrl, slug, answersOf(i));
  await releaseNow(surveyId);
});

afterAll(async () => {
  await owner?.remove();
  await session?.close();
});

/** Prints the page as the browser's « Save as PDF » does (print media, the CSS page size) and reads it back. */
async function print(page: Page, shots: string): Promise<{ pages: PrintedPage[]; pdf: Buffer }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  return { pdf, pages: printedPages(pdf, SHOTS ? { dir: SHOTS, name: shots, pages: 3 } : undefined) };
}

/** What must never end a page: the headings, and the lead paragraph under a section's heading. */
async function keepWithNext(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.report h2, .report h3, .report h4, .report-lead')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.innerText),
  );
  await page.emulateMedia({ media: 'screen' });
  return texts.map(norm);
}

/** A line of the PDF that is (the start or end of) one of these texts, the section number aside. */
const isPartOf = (line: string, texts: string[]) =>
  texts.some((text) => line === text || line.replace(/^\d+\. /, '') === text || (line.length >= 12 && (text.startsWith(line) || text.endsWith(line))));

/** What a printed report must be, in either language: checks made on its pages as images and as text. */
type Expected = { contents: string; sections: string[]; footer: string; foreign: RegExp; cover: string[] };

async function expectDocument(page: Page, shots: string, expected: Expected): Promise<PrintedPage[]> {
  const keep = await keepWithNext(page);
  const { pdf, pages } = await print(page, shots);
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  // A4 is 595.3 × 841.9 points; Chromium rounds its page box up to whole pixels.
  expect(Math.abs(Number(box?.[1]) - 595.3)).toBeLessThan(2);
  expect(Math.abs(Number(box?.[2]) - 841.9)).toBeLessThan(2);
  // 29 professionals, two questionnaires: a handful of pages, not thirteen.
  expect(pages.length).toBeGreaterThanOrEqual(5);
  expect(pages.length).toBeLessThanOrEqual(10);
  // No blank page (as images: ink on every page).
  for (const sheet of pages) expect(sheet.inkShare, `ink on page ${sheet.number}`).toBeGreaterThan(0.03);

  // Page 1, the cover: who, what, when, which release, which rule; no page number, and nothing else.
  const [cover, contents] = pages as [PrintedPage, PrintedPage, ...PrintedPage[]];
  for (const line of expected.cover) expect(flat(cover), line).toContain(line);
  expect(flat(cover)).not.toMatch(new RegExp(`${expected.contents}|1\\. ${expected.sections[0]}|\\d+ ?/ ?\\d+$`));
  // As an image: the cover's text starts well below the top margin, and spans the page down to its facts.
  expect(cover.inkTop).toBeGreaterThan(0.1);
  expect(cover.inkSpan).toBeGreaterThan(0.5);

  // Page 2: the contents, numbered as the sections are.
  expect(bodyLines(contents)[0]).toBe(expected.contents);
  const listed = bodyLines(contents).filter((line) => /^\d+\. /.test(line));
  expect(listed.slice(0, expected.sections.length)).toEqual(expected.sections.map((title, index) => `${index + 1}. ${title}`));
  // Each section's heading carries that number: listed once in the contents, then printed once, in order.
  const occurrences = pages.flatMap((sheet) => bodyLines(sheet).map((line) => ({ line, page: sheet.number })));
  let previous = 2;
  for (const [index, title] of expected.sections.entries()) {
    const seen = occurrences.filter(({ line }) => line === `${index + 1}. ${title}`);
    expect(
      seen.map((o) => o.page),
      `« ${index + 1}. ${title} »: in the contents, then as a heading`,
    ).toHaveLength(2);
    expect(seen[0]!.page).toBe(2);
    expect(seen[1]!.page).toBeGreaterThanOrEqual(previous);
    previous = seen[1]!.page;
  }

  for (const sheet of pages.slice(1)) {
    // Every page after the cover: the survey and its number at its foot (pdftotext may drop the spaces around the slash).
    expect(
      norm(sheet.text)
        .match(/(\d+) ?\/ ?(\d+)$/)
        ?.slice(1)
        .map(Number),
      `footer of page ${sheet.number}`,
    ).toEqual([sheet.number, pages.length]);
    expect(flat(sheet)).toContain(expected.footer);
    // No page holds only a heading; none ends on a heading or the lead under it.
    const lines = bodyLines(sheet).filter((line) => !line.startsWith(expected.footer));
    expect(lines.filter((line) => !isPartOf(line, keep)).length, `content on page ${sheet.number}`).toBeGreaterThan(3);
    expect(isPartOf(lines.at(-1)!, keep), `page ${sheet.number} ends with « ${lines.at(-1)} »`).toBe(false);
  }
  // One language throughout.
  expect(pages.map(flat).join(' ')).not.toMatch(expected.foreign);
  return pages;
}

const FRENCH: Expected = {
  contents: 'Sommaire',
  sections: ['Participation', 'Scores', 'Évolution entre les vagues', 'Réponses question par question', 'Méthode'],
  footer: `${ORGANISATION} — Santé des professionnels`,
  foreign: /French description|Free of charge|Public domain|Working translation|Release no\.|Contents|hidden:/,
  cover: [
    ORGANISATION,
    'RAPPORT DE RÉSULTATS',
    'Santé des professionnels',
    'Questionnaires : Inventaire de burnout de Copenhague (CBI), Indice de bien-être OMS-5 (WHO-5)',
    'Réponses publiées le ',
    'Ce rapport décrit la publication n° 1 du ',
    ': 29 réponses.',
    'Seuil d’anonymat : aucun chiffre sur moins de 5 personnes.',
  ],
};

describe('the printed report', () => {
  it('is a document: a cover, contents, numbered pages, headings kept with what follows, in French then in English', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/app/o/${owner.orgId}/s/${surveyId}/report`);
    await page.getByTestId('report').waitFor();
    const participationWords = norm(await page.getByRole('region', { name: 'Participation' }).locator('dl').innerText());

    // On paper: no menus, tabs or forms; the cover and the contents instead.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Ce questionnaire' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Comparer selon').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimer' }).isVisible()).toBe(false);
    expect(await page.getByTestId('report-cover').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByTestId('report-cover').isVisible()).toBe(false);

    // Printed as it is: no comparison chosen, so none printed.
    const pages = await expectDocument(page, 'report-print', FRENCH);
    const printed = pages.map(flat).join(' ');
    expect(printed).not.toContain('Comparer des groupes');
    // Words whole (the participation figures read « non renseigné », never « renseign / é »).
    for (const word of new Set(participationWords.split(' ').filter((w) => /^\p{L}{4,}$/u.test(w))))
      expect(printed, `« ${word} » printed whole`).toMatch(new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u'));
    expect(printed).toContain('non renseigné');
    // The method's sources and licences in French too.
    expect(printed).toContain('Gratuit, sans redevance de licence ; la source doit être citée.');

    // Compared by profession: the comparison's section, and the cover says so.
    await page.getByLabel('Comparer selon').selectOption('profession');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await page.getByRole('table', { name: /^Épuisement personnel, selon «\sQuelle est votre profession/ }).waitFor();
    // The comparison is in the address: it can be passed on, and it stays through a change of language.
    expect(new URL(page.url()).search).toBe('?by=profession');
    const compared = await expectDocument(page, 'report-print-compared', {
      ...FRENCH,
      sections: ['Participation', 'Scores', 'Comparer des groupes', 'Évolution entre les vagues', 'Réponses question par question', 'Méthode'],
      cover: [...FRENCH.cover, 'Comparaison des groupes selon « Quelle est votre profession ? ».'],
    });
    expect(compared.map(flat).join(' ')).toContain('groupe masqué : moins de 5 personnes');

    // In English, the same document in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('table', { name: /^Personal burnout, by “What is your profession/ }).waitFor();
    const english = await expectDocument(page, 'report-print-en', {
      contents: 'Contents',
      sections: ['Participation', 'Scores', 'Compare groups', 'Change across waves', 'Answers question by question', 'Method'],
      footer: `${ORGANISATION} — Health of professionals`,
      foreign: /Sommaire|Publication n°|Gratuit|Domaine public|Description en français|groupe masqué|Réponses publiées|Traduction de travail|masqué :/,
      cover: [
        ORGANISATION,
        'RESULTS REPORT',
        'Health of professionals',
        'This report describes release no. 1 of ',
        'Groups compared by “What is your profession?”.',
      ],
    });
    expect(english.map(flat).join(' ')).toContain('Free of charge, no licence fee; the source must be cited.');
    await page.getByRole('button', { name: 'Passer en français' }).click();
    await page.getByRole('button', { name: 'Imprimer' }).waitFor();

    // Last (headless Chromium then keeps the page in its print job): the button opens the browser's print.
    const printing = page.evaluate(() => new Promise<boolean>((resolve) => addEventListener('beforeprint', () => resolve(true), { once: true })));
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await printing).toBe(true);
  });
});
