import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../schema/accounts.ts';
import { demoSurvey } from '../../schema/demo.ts';
import type { SurveyResults } from '../../schema/results.ts';
import worker from '../../worker/index.ts';
import type { QuestionTexts, SurveyActivity } from '../../worker/routes/results-coordinator.ts';
import { account, call, createSurvey, demoAnswers, release, submit, surveyPath, type Account, type ErrorBody } from './helpers.ts';
import { parisDay, parisTime } from '../../worker/domain/paris-time.ts';

type Survey = Awaited<ReturnType<typeof createSurvey>>;

const today = () => parisDay(new Date());
const get = (survey: Survey, rest: string, who: Account | null = survey.owner, headers: Record<string, string> = {}) =>
  call(surveyPath(survey, rest), { headers: { ...(who?.headers ?? {}), ...headers } });
const post = (survey: Survey, rest: string, who: Account | null = survey.owner) =>
  call(surveyPath(survey, rest), { method: 'POST', headers: who?.headers ?? {} });

async function errorsOf(response: Response): Promise<ErrorBody['errors']> {
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  return ((await response.json()) as ErrorBody).errors;
}

async function submitAll(slug: string, answerSets: Record<string, unknown>[]): Promise<void> {
  for (const answers of answerSets) {
    const response = await submit(slug, answers);
    expect(response.status, await response.clone().text()).toBe(201);
  }
}

/**
 * Parses an export back with an independent RFC 4180 parser, after checking the BOM: first the
 * notes (one line each, up to a blank line), then the header and the rows.
 */
async function csvRecords(response: Response): Promise<{ raw: string; notes: string[]; header: string[]; rows: Record<string, string>[] }> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(raw.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  const blank = parsed.data.findIndex((row) => row.length === 1 && row[0] === '');
  const notes = parsed.data.slice(0, blank).map((row) => row[0]!);
  const [header, ...data] = parsed.data.slice(blank + 1).filter((row) => !(row.length === 1 && row[0] === '')) as [string[], ...string[][]];
  return { raw, notes, header, rows: data.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]!]))) };
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

/** The cells of sheet1.xml as a grid of strings, from its inline strings and numbers. */
function sheetGrid(xml: string): string[][] {
  const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [...xml.matchAll(/<row r="(\d+)">(.*?)<\/row>/gs)].map(([, , cells]) => {
    const row: string[] = [];
    for (const [, column, body] of cells!.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(.*?)<\/c>/gs)) {
      const value = /<v>(.*?)<\/v>/s.exec(body!)?.[1] ?? /<t xml:space="preserve">(.*?)<\/t>/s.exec(body!)?.[1] ?? '';
      row[columnIndex(column!)] = value.replace(/&(lt|gt|amp|quot);/g, (entity) => XML_ENTITIES[entity]!);
    }
    return Array.from(row, (cell) => cell ?? '');
  });
}

const surveyWithK3 = (publish = true) => createSurvey({ settings: { k: 3, resultsVisibility: 'private' } }, publish);

describe('GET …/surveys/:id/activity', () => {
  it('lists participation release by release, each with the responses it added (never per day, never live)', async () => {
    const survey = await surveyWithK3();
    await submitAll(survey.slug, [demoAnswers(), demoAnswers(), demoAnswers()]);
    expect(await release(survey.id)).toBe(1);
    await submitAll(survey.slug, [demoAnswers()]);
    const activity = (await (await get(survey, '/activity')).json()) as SurveyActivity;
    expect(activity).toMatchObject({ k: 3, releaseHour: 7, releases: [{ number: 1, kind: 'scheduled', responses: 3, added: 3 }] });
    expect(activity.nextReleaseAt).toEqual(expect.any(String));
    expect(JSON.stringify(activity)).not.toMatch(/"total"|"days"/);
    await submitAll(survey.slug, [demoAnswers(), demoAnswers()]);
    await release(survey.id);
    expect(((await (await get(survey, '/activity')).json()) as SurveyActivity).releases.map((r) => r.added)).toEqual([3, 3]);
  });

  it('is empty before the first release', async () => {
    const survey = await surveyWithK3();
    await submitAll(survey.slug, [demoAnswers()]);
    expect(await (await get(survey, '/activity')).json()).toMatchObject({ k: 3, releases: [] });
  });
});

describe('GET …/surveys/:id/texts/:questionId', () => {
  const comments = ['Plus de réunions ; moins de mails', 'Des "outils" partagés', 'Deux\nlignes', 'Merci', 'Un local commun', 'RAS'];

  it('gives editors every text of a question as released, in a new random order each time', async () => {
    const survey = await surveyWithK3();
    // Nine responses, six with a text: skips are not texts.
    const skip = demoAnswers({ comments: undefined });
    await submitAll(survey.slug, [...comments.map((c) => demoAnswers({ comments: c })), skip, skip, skip]);
    await release(survey.id);
    const editor = await account('editor', survey.owner.organisationId);
    const orders = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = await get(survey, '/texts/comments', editor);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('private, no-store');
      const body = (await response.json()) as QuestionTexts;
      expect(body.question).toBe('comments');
      expect(body.count).toBe(6);
      expect(body.release).toBe(1);
      expect(body.texts.toSorted()).toEqual(comments.toSorted());
      orders.add(JSON.stringify(body.texts));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuses viewers', async () => {
    const survey = await surveyWithK3();
    const viewer = await account('viewer', survey.owner.organisationId);
    const response = await get(survey, '/texts/comments', viewer);
    expect(response.status).toBe(403);
    expect((await errorsOf(response))[0]?.path).toBe('role');
  });

  it('refuses while fewer than k people wrote something, without saying how many', async () => {
    const survey = await surveyWithK3();
    // Three responses, but only two texts: « prefer not » and skips are not texts.
    await submitAll(survey.slug, [demoAnswers({ comments: 'Un' }), demoAnswers({ comments: 'Deux' }), demoAnswers({ comments: undefined })]);
    await release(survey.id);
    const response = await get(survey, '/texts/comments', survey.owner, { 'Accept-Language': 'en' });
    expect(response.status).toBe(409);
    expect(await errorsOf(response)).toEqual([{ path: 'questionId', message: 'Fewer than 3 people answered this question: texts are shown from 3' }]);
  });

  it('answers 404 for an unknown question, 400 for a question without free text', async () => {
    const survey = await surveyWithK3();
    const unknown = await get(survey, '/texts/nope');
    expect(unknown.status).toBe(404);
    expect((await errorsOf(unknown))[0]?.path).toBe('questionId');
    const notText = await get(survey, '/texts/coordination');
    expect(notText.status).toBe(400);
    expect(await errorsOf(notText)).toEqual([{ path: 'questionId', message: 'Cette question ne recueille pas de texte libre' }]);
  });

  it('accepts no subgroup filter, and only fr or en', async () => {
    const survey = await surveyWithK3();
    await submitAll(
      survey.slug,
      comments.slice(0, 3).map((c) => demoAnswers({ comments: c })),
    );
    await release(survey.id);
    const filtered = await get(survey, '/texts/comments?profession=nurse');
    expect(filtered.status).toBe(400);
    expect(await errorsOf(filtered)).toEqual([
      { path: 'profession', message: 'Les textes libres ne sont jamais détaillés par sous-groupe : seul ?lang est accepté' },
    ]);
    expect((await get(survey, '/texts/comments?lang=de')).status).toBe(400);
    expect((await get(survey, '/texts/comments?lang=en')).status).toBe(200);
  });
});

describe('GET …/surveys/:id/export.csv and export.xlsx', () => {
  /**
   * Coordinator-written option labels that a CSV must quote (`;`, `"`, a line break) or defuse
   * (a formula): respondents' texts never reach an export, labels do.
   */
  const OTHER = { fr: 'Autre ; "précisez"\nsur deux lignes', en: 'Other; "specify"\non two lines' };
  const FORMULA = { fr: '=HYPERLINK("http://evil.example")', en: '=HYPERLINK("http://evil.example/en")' };
  const labelled = () => {
    const draft = structuredClone(demoSurvey);
    const profession = draft.pages[0]!.questions[0]! as { options: { id: string; label: { fr: string; en?: string } }[] };
    for (const option of profession.options) {
      if (option.id === 'other') option.label = OTHER;
      if (option.id === 'physio') option.label = FORMULA;
    }
    return draft.pages;
  };
  /**
   * Six responses, k = 3, all released: `obstacles` (2 answers), `last_meeting` (3) and a matrix
   * row with 1 answer test the column rule. Every response has texts; none may come out.
   */
  const responses = [
    demoAnswers({
      profession: 'gp',
      years: 5,
      coordination: 1,
      obstacles: 'Trop de "réunions"',
      comments: 'Texte avec ; point-virgule',
      worklife: { time: 1, isolated: 2, support: 3 },
    }),
    demoAnswers({
      profession: 'nurse',
      years: 12,
      coordination: 2,
      obstacles: 'Le temps',
      comments: 'Deux\nlignes "citées"',
      worklife: { time: 2, isolated: 3 },
    }),
    demoAnswers({ profession: 'pharmacist', years: null, coordination: 5, comments: '=HYPERLINK("http://texte.example")', worklife: { time: 3, isolated: 4 } }),
    demoAnswers({ profession: null, years: 20, coordination: 4, comments: 'Merci', last_meeting: undefined, worklife: { time: 4, isolated: 5 } }),
    demoAnswers({ profession: 'other', years: 33, coordination: 3, last_meeting: undefined, worklife: { time: 5, isolated: 1 } }),
    demoAnswers({ profession: 'physio', years: 41, coordination: 3, last_meeting: undefined, worklife: { time: 1, isolated: 1 } }),
  ];
  const TEXTS = /point-virgule|citées|texte\.example|Merci|réunions|Le temps/;
  const PROFESSION = 'Quelle est votre profession ?';
  const YEARS = 'Depuis combien d’années exercez-vous sur le territoire ?';
  const LAST_MEETING = 'Date de votre dernière réunion pluriprofessionnelle';
  const COORDINATION = 'Êtes-vous satisfait·e de la coordination entre professionnels du territoire ?';
  const COMMENTS = 'Autre chose à nous dire ?';
  const OBSTACLES = 'Qu’est-ce qui freine la coordination, selon vous ?';
  const TIME = 'Dites-nous si vous êtes d’accord avec chaque phrase — J’ai assez de temps pour mes patients';
  const SUPPORT = 'Dites-nous si vous êtes d’accord avec chaque phrase — Je sais vers qui me tourner en cas de difficulté';
  const MENTAL = 'Quels sujets la CPTS devrait-elle traiter en priorité ? — Santé mentale';
  const ACCESS = 'Classez vos trois priorités pour l’année — Accès à un médecin traitant';

  /** Answered, closed (which releases it at once) and exported by its owner: the one row file it will ever have. */
  async function answeredSurvey(): Promise<Survey> {
    const survey = await createSurvey({ settings: { k: 3, resultsVisibility: 'private', participationCodes: false }, pages: labelled() });
    await submitAll(survey.slug, responses);
    expect((await post(survey, '/close')).status).toBe(200);
    return survey;
  }

  it('writes a French-Excel CSV: BOM, `;`, CRLF, RFC 4180 quotes, defused formulas, a file name', async () => {
    const survey = await answeredSurvey();
    const response = await get(survey, '/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${survey.slug}-reponses.csv"`);
    expect(response.headers.get('Cache-Control')).toBe('private, no-store');
    const { raw, rows, notes } = await csvRecords(response);
    expect(notes[0]).toMatch(/^Publication n° 1 du .* : 6 réponses\.$/);
    expect(notes.join('\n')).toMatch(/k-anonymat : chaque combinaison de réponses de profil de ce fichier décrit au moins 3 lignes/);
    expect(raw).toContain(`\r\n\r\n${PROFESSION};${YEARS};`);
    expect(raw.endsWith('\r\n')).toBe(true);
    expect(rows).toHaveLength(6);
  });

  it('quotes and defuses coordinators’ labels wherever a profile keeps them', async () => {
    // Three GPs and three « autre » (formula label): both profile values reach k and stay as written.
    const survey = await createSurvey({ settings: { k: 3, resultsVisibility: 'private', participationCodes: false }, pages: labelled() });
    await submitAll(survey.slug, [...[1, 2, 3].map(() => demoAnswers({ profession: 'other' })), ...[1, 2, 3].map(() => demoAnswers({ profession: 'physio' }))]);
    await post(survey, '/close');
    const { raw, rows } = await csvRecords(await get(survey, '/export.csv'));
    expect(raw).toContain('"Autre ; ""précisez""\nsur deux lignes"');
    expect(raw).toContain(`'=HYPERLINK(""http://evil.example"")`);
    expect(rows.map((r) => r[PROFESSION]).toSorted()).toEqual([`'${FORMULA.fr}`, `'${FORMULA.fr}`, `'${FORMULA.fr}`, OTHER.fr, OTHER.fr, OTHER.fr].toSorted());
  });

  it('gives back what was answered, numbers as ranges and dates as months, rare profiles merged into « autre »', async () => {
    const survey = await answeredSurvey();
    const { rows, notes } = await csvRecords(await get(survey, '/export.csv'));
    // Six professions, one person each: all merged, the file says so.
    expect(rows.map((r) => r[PROFESSION])).toEqual(Array(6).fill('Autre ou non renseigné'));
    expect(notes.join('\n')).toMatch(/Recodage : Quelle est votre profession \? — « Médecin généraliste »[\s\S]* regroupés en « Autre ou non renseigné »/);
    const byCoordination = Object.fromEntries(rows.map((r) => [r[COORDINATION], r]));
    expect(byCoordination['1']).toMatchObject({ [YEARS]: '5–9', [LAST_MEETING]: '2026-10', [TIME]: '1', [MENTAL]: '1', [ACCESS]: '1' });
    expect(byCoordination['2']).toMatchObject({ [YEARS]: '10–14', [LAST_MEETING]: '2026-10' });
    expect(byCoordination['5']).toMatchObject({ [YEARS]: 'Préfère ne pas répondre' });
    expect(byCoordination['4']).toMatchObject({ [YEARS]: '20–24', [LAST_MEETING]: '' });
    const mean = rows.reduce((sum, r) => sum + Number(r[COORDINATION]), 0) / rows.length;
    expect(mean).toBe(3);
  });

  it('leaves out columns fewer than k people answered, and never writes the day', async () => {
    const survey = await answeredSurvey();
    const { header, raw } = await csvRecords(await get(survey, '/export.csv'));
    expect(header).not.toContain(SUPPORT); // 1 answer
    expect(header).toContain(TIME);
    expect(header).toContain(LAST_MEETING); // 3 answers
    expect(header.join(' ').toLowerCase()).not.toMatch(/\bjour\b|\bday\b/);
    expect(raw).not.toContain(today());
    expect(raw).not.toContain('2026-10-14');
  });

  it('is for owners only, and never writes free texts', async () => {
    const survey = await answeredSurvey();
    const org = survey.owner.organisationId;
    for (const who of [await account('viewer', org), await account('editor', org)]) expect((await get(survey, '/export.csv', who)).status).toBe(403);
    for (const file of ['/export.csv', '/export.csv?lang=en']) {
      const response = await get(survey, file);
      expect(response.status).toBe(200);
      const { header, raw } = await csvRecords(response);
      expect(header).not.toContain(COMMENTS);
      expect(header).not.toContain(OBSTACLES);
      expect(header).not.toContain('Anything else to tell us?');
      expect(raw).not.toMatch(TEXTS);
      expect(header).toContain(file.endsWith('en') ? 'What is your profession?' : PROFESSION);
    }
    const xlsx = unzipSync(new Uint8Array(await (await get(survey, '/export.xlsx')).arrayBuffer()));
    expect(strFromU8(xlsx['xl/worksheets/sheet1.xml']!)).not.toMatch(TEXTS);
  });

  it('labels in English with ?lang=en, and refuses another language', async () => {
    const survey = await answeredSurvey();
    const { header, rows, notes } = await csvRecords(await get(survey, '/export.csv?lang=en'));
    expect(header[0]).toBe('What is your profession?');
    expect(rows.map((r) => r['What is your profession?'])).toEqual(Array(6).fill('Other or not given'));
    expect(notes[0]).toMatch(/^Release no\. 1 of .*: 6 responses\.$/);
    const bad = await get(survey, '/export.csv?lang=klingon');
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad))[0]?.path).toBe('lang');
    expect((await get(survey, '/export.xlsx?lang=de')).status).toBe(400);
    expect((await get(survey, '/export.csv?profession=gp')).status).toBe(400);
  });

  it('refuses while the survey is open, or with nothing released, saying why', async () => {
    const survey = await surveyWithK3();
    await submitAll(survey.slug, responses.slice(0, 3));
    await release(survey.id);
    const open = await get(survey, '/export.csv');
    expect(open.status).toBe(409);
    expect((await errorsOf(open))[0]!.message).toMatch(/s’ouvrent une fois le questionnaire clos/);
    const empty = await surveyWithK3();
    await submitAll(empty.slug, responses.slice(0, 2));
    await post(empty, '/close');
    for (const file of ['/export.csv', '/export.xlsx']) {
      const response = await get(empty, file);
      expect(response.status).toBe(409);
      expect(await errorsOf(response)).toEqual([{ path: 'responses', message: 'Aucune publication encore : rien à exporter' }]);
    }
    expect(await (await get(empty, '/exports')).json()).toEqual({
      owner: true,
      answers: { available: false, reason: 'no_release' },
      scores: { available: false, reason: 'no_instrument' },
    });
  });

  it('keeps the survey closed for good once exported row by row: a second file would give the new rows', async () => {
    const survey = await answeredSurvey();
    expect((await post(survey, '/publish')).status).toBe(200);
    await post(survey, '/close');
    expect((await get(survey, '/export.csv')).status).toBe(200);
    const reopen = await post(survey, '/publish');
    expect(reopen.status).toBe(409);
    expect((await errorsOf(reopen))[0]!.message).toMatch(/nouvelle vague/);
  });

  it('writes an .xlsx with the same table', async () => {
    const survey = await answeredSurvey();
    const response = await get(survey, '/export.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('Content-Disposition')).toBe(`attachment; filename="${survey.slug}-reponses.xlsx"`);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="Réponses"');
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(xml).not.toContain('<f>'); // text stays text: no formula cell
    const grid = sheetGrid(xml);
    const [header, ...rows] = grid.slice(grid.findIndex((row) => row.join('') === '') + 1);

    const { header: csvHeader, rows: csvRows } = await csvRecords(await get(survey, '/export.csv'));
    expect(header).toEqual(csvHeader);
    expect(rows).toHaveLength(6);
    // Same content as the CSV, row for row once both are sorted (CSV defuses formulas with a leading ').
    const asCsv = (row: string[]) => JSON.stringify(row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
    expect(rows.map(asCsv).sort()).toEqual(csvRows.map((r) => JSON.stringify(csvHeader.map((h) => r[h]))).sort());
    expect(rows.flat()).toContain('Autre ou non renseigné');
    expect(xml).toMatch(/t="inlineStr"><is><t xml:space="preserve">Depuis combien/);
  });
});

describe('texts read releases only', () => {
  it('move only when a release brings at least k new texts', async () => {
    const survey = await createSurvey({ settings: { k: 5, resultsVisibility: 'private' } });
    const editor = await account('editor', survey.owner.organisationId);
    const texts = async () => {
      const response = await get(survey, '/texts/comments', editor);
      expect(response.status).toBe(200);
      return ((await response.json()) as QuestionTexts).texts.toSorted();
    };
    const comment = (i: number) => demoAnswers({ comments: `Texte ${i}` });

    await submitAll(survey.slug, [1, 2, 3, 4].map(comment));
    expect((await get(survey, '/texts/comments', editor)).status).toBe(409); // nothing released yet
    await submitAll(survey.slug, [comment(5)]);
    expect((await get(survey, '/texts/comments', editor)).status).toBe(409); // not before the release
    await release(survey.id);
    const firstFive = await texts();
    expect(firstFive).toEqual(['Texte 1', 'Texte 2', 'Texte 3', 'Texte 4', 'Texte 5']);

    // A 6th person writes, then 4 more answer without a text: a release is made, the texts do not move.
    await submitAll(survey.slug, [comment(6), ...[1, 2, 3, 4].map(() => demoAnswers({ comments: undefined }))]);
    expect(await release(survey.id)).toBe(2);
    expect(await texts()).toEqual(firstFive);

    await submitAll(survey.slug, [7, 8, 9, 10, 11].map(comment));
    expect(await release(survey.id)).toBe(3);
    expect(await texts()).toEqual(Array.from({ length: 11 }, (_, i) => `Texte ${i + 1}`).toSorted());
  });
});

describe('exporting 10,000 responses', () => {
  it('writes them all as CSV, in random order, within a fraction of a second', async () => {
    const survey = await createSurvey({ settings: { k: 5, resultsVisibility: 'private' } });
    const professions = ['gp', 'nurse', 'pharmacist', 'physio', 'admin', 'other'];
    // The coordination score and the three matrix rows spell out i mod 625 in base 5.
    const digit = (i: number, place: number) => 1 + (Math.floor(i / 5 ** place) % 5);
    const answers = Array.from({ length: 10_000 }, (_, i) =>
      JSON.stringify(
        demoAnswers({
          profession: professions[i % professions.length],
          years: i % 51,
          coordination: digit(i, 0),
          worklife: { time: digit(i, 1), isolated: digit(i, 2), support: digit(i, 3) },
          comments: `Réponse ${i} ; avec des "guillemets"`,
        }),
      ),
    );
    // Straight into D1, 2,000 rows per statement, then closed: the closing release takes them all.
    const statements = [];
    for (let start = 0; start < answers.length; start += 2000)
      statements.push(
        env.DB.prepare('INSERT INTO responses (id, survey_id, answers) SELECT lower(hex(randomblob(16))), ?1, value FROM json_each(?2)').bind(
          survey.id,
          `[${answers.slice(start, start + 2000).join(',')}]`,
        ),
      );
    await env.DB.batch(statements);
    const closing = performance.now();
    expect((await post(survey, '/close')).status).toBe(200);
    console.log(`Closing release of 10,000 responses: ${(performance.now() - closing).toFixed(0)} ms`);

    const codeOf = (coordination: string, time: string, isolated: string, support: string) =>
      Number(coordination) - 1 + 5 * (Number(time) - 1) + 25 * (Number(isolated) - 1) + 125 * (Number(support) - 1);
    const timings: number[] = [];
    const firstLines: string[] = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const response = await get(survey, '/export.csv');
      const raw = await response.text();
      timings.push(performance.now() - started);
      expect(response.status).toBe(200);
      const lines = raw.split('\r\n');
      expect(lines.pop()).toBe('');
      const table = lines.slice(lines.indexOf('') + 1);
      expect(table).toHaveLength(10_001);
      firstLines.push(table.slice(1, 20).join('\n'));
      if (run === 0) {
        expect(raw).not.toContain('Réponse');
        const parsed = Papa.parse<string[]>(table.join('\r\n'), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        expect(parsed.data).toHaveLength(10_001);
        const header = parsed.data[0]!;
        const at = (name: string) => header.findIndex((h) => h.startsWith(name));
        const columns = [
          at('Êtes-vous satisfait'),
          at('Dites-nous si vous êtes d’accord avec chaque phrase — J’ai'),
          at('Dites-nous si vous êtes d’accord avec chaque phrase — Je me'),
          at('Dites-nous si vous êtes d’accord avec chaque phrase — Je sais'),
        ] as const;
        const codes = parsed.data.slice(1).map((row) => codeOf(...(columns.map((c) => row[c]!) as [string, string, string, string])));
        // Every response once: each of the 625 codes 16 times.
        expect(codes.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 10_000 }, (_, i) => i % 625).toSorted((a, b) => a - b));
        // Neither the order rows were written in nor the storage order.
        const stored = await env.DB.prepare('SELECT answers FROM responses WHERE survey_id = ? ORDER BY id').bind(survey.id).all<{ answers: string }>();
        const storedCodes = stored.results.map((r) => {
          const a = JSON.parse(r.answers) as { coordination: number; worklife: { time: number; isolated: number; support: number } };
          return codeOf(...([a.coordination, a.worklife.time, a.worklife.isolated, a.worklife.support].map(String) as [string, string, string, string]));
        });
        expect(codes).not.toEqual(storedCodes);
        expect(codes).not.toEqual(Array.from({ length: 10_000 }, (_, i) => i % 625));
      }
    }
    expect(new Set(firstLines).size).toBeGreaterThan(1);
    console.log(
      `CSV export of 10,000 responses: ${timings.map((t) => `${t.toFixed(0)} ms`).join(', ')} (median ${timings.toSorted((a, b) => a - b)[1]!.toFixed(0)} ms)`,
    );

    // The workbook, for the record: no time limit asserted, the same rows.
    const started = performance.now();
    const xlsx = new Uint8Array(await (await get(survey, '/export.xlsx')).arrayBuffer());
    const elapsed = performance.now() - started;
    const sheet = strFromU8(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!);
    expect(sheet.match(/<row /g)!.length).toBeGreaterThan(10_001);
    console.log(`XLSX export of 10,000 responses: ${elapsed.toFixed(0)} ms, ${(xlsx.length / 1024).toFixed(0)} KB`);
  });
});

describe('archiving and closing', () => {
  it('records the closing day, and clears it when the survey reopens', async () => {
    const survey = await surveyWithK3();
    const closedOn = async () =>
      (await env.DB.prepare('SELECT closed_on FROM surveys WHERE id = ?').bind(survey.id).first<{ closed_on: string | null }>())?.closed_on;
    expect(await closedOn()).toBeNull();
    expect((await post(survey, '/close')).status).toBe(200);
    expect(await closedOn()).toBe(today());
    expect((await post(survey, '/publish')).status).toBe(200);
    expect(await closedOn()).toBeNull();
  });

  it('archives a closed survey out of the main list and back', async () => {
    const survey = await surveyWithK3();
    const listed = async () => {
      const { surveys } = (await (await call(`/api/orgs/${survey.owner.organisationId}/surveys`, { headers: survey.owner.headers })).json()) as {
        surveys: { id: string; archived: boolean }[];
      };
      return surveys.find((s) => s.id === survey.id)?.archived;
    };
    expect(await listed()).toBe(false);

    const open = await post(survey, '/archive');
    expect(open.status).toBe(409);
    expect((await errorsOf(open))[0]?.path).toBe('status');

    await post(survey, '/close');
    const editor = await account('editor', survey.owner.organisationId);
    const archived = await post(survey, '/archive', editor);
    expect(archived.status).toBe(200);
    expect(await archived.json()).toEqual({ id: survey.id, archived: true });
    expect(await listed()).toBe(true);
    // The definition is untouched: same version.
    expect((await get(survey, '')).headers.get('ETag')).toBe('"3"');

    expect(await (await post(survey, '/unarchive', editor)).json()).toEqual({ id: survey.id, archived: false });
    expect(await listed()).toBe(false);
    expect((await post(survey, '/archive', await account('viewer', survey.owner.organisationId))).status).toBe(403);
  });

  it('archives drafts too', async () => {
    const draft = await surveyWithK3(false);
    expect(await (await post(draft, '/archive')).json()).toEqual({ id: draft.id, archived: true });
  });
});

describe('the daily retention purge', () => {
  /** The day `months` months before `day`, kept on the 28th at most so every month has it. */
  const monthsBefore = (day: string, months: number) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1 - months, Math.min(d, 28))).toISOString().slice(0, 10);
  };
  const count = async (table: string, surveyId: string) =>
    (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE survey_id = ?`).bind(surveyId).first<{ n: number }>())!.n;
  const purgedOn = async (surveyId: string) =>
    (await env.DB.prepare('SELECT purged_on FROM surveys WHERE id = ?').bind(surveyId).first<{ purged_on: string | null }>())!.purged_on;

  async function runCron(): Promise<void> {
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: parisTime(today(), 3, 17).getTime(), cron: '17 * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
  }

  async function answeredAndClosed(monthsAgo: number | null, settings: object = {}): Promise<Survey> {
    const survey = await createSurvey({ settings: { k: 3, resultsVisibility: 'private', ...settings } });
    await submitAll(survey.slug, [demoAnswers({ comments: 'Un' }), demoAnswers({ comments: 'Deux' }), demoAnswers({ comments: 'Trois' })]);
    await env.DB.prepare("INSERT INTO participation_codes (survey_id, code_hash) VALUES (?, 'h1'), (?, 'h2')").bind(survey.id, survey.id).run();
    if (monthsAgo !== null) {
      await post(survey, '/close');
      await env.DB.prepare('UPDATE surveys SET closed_on = ? WHERE id = ?').bind(monthsBefore(today(), monthsAgo), survey.id).run();
    }
    return survey;
  }

  it('deletes the raw responses of surveys closed longer than their retention, and keeps their results', async () => {
    const expired = await answeredAndClosed(13);
    const recent = await answeredAndClosed(11);
    const open = await answeredAndClosed(null);
    const shortRetention = await answeredAndClosed(7, { retentionMonths: 6 });

    await runCron();

    for (const survey of [expired, shortRetention]) {
      expect(await count('responses', survey.id)).toBe(0);
      expect(await count('submission_keys', survey.id)).toBe(0);
      expect(await count('participation_codes', survey.id)).toBe(0);
      expect(await purgedOn(survey.id)).toBe(today());
      // The published figures stay, for comparing later waves.
      const results = (await (await get(survey, '/results')).json()) as SurveyResults;
      expect(results).toMatchObject({ responses: 3, release: { number: 1, kind: 'closing', responses: 3 } });
      expect(results.questions.find((q) => q.id === 'coordination')).toMatchObject({ suppressed: false, answered: 3 });
      expect((await (await get(survey, '/activity')).json()) as SurveyActivity).toMatchObject({ releases: [{ number: 1, added: 3 }] });
      // What needs raw responses says why it is gone.
      for (const path of ['/export.csv', '/export.xlsx', '/texts/comments']) {
        const response = await get(survey, path);
        expect(response.status).toBe(410);
        expect((await errorsOf(response))[0]).toMatchObject({ path: 'purgedOn' });
      }
    }
    for (const survey of [recent, open]) {
      expect(await count('responses', survey.id)).toBe(3);
      expect(await count('submission_keys', survey.id)).toBe(3);
      expect(await count('participation_codes', survey.id)).toBe(2);
      expect(await purgedOn(survey.id)).toBeNull();
    }
    expect((await get(recent, '/export.csv')).status).toBe(200);

    // A second run changes nothing.
    await runCron();
    expect(await purgedOn(expired.id)).toBe(today());
    expect(await count('responses', recent.id)).toBe(3);
  });

  it('keeps a purged survey closed: its history is gone, a new wave carries on', async () => {
    const survey = await answeredAndClosed(13);
    await runCron();
    expect(await count('responses', survey.id)).toBe(0);
    const reopen = await post(survey, '/publish');
    expect(reopen.status).toBe(409);
    expect((await errorsOf(reopen))[0]!.message).toMatch(/effacées.*nouvelle vague/);
  });
});

describe('access to the new coordinator routes', () => {
  type Actor = 'anonymous' | 'other organisation' | Role;
  const routes: { name: string; needs: Role; request: (survey: Survey, who: Account | null) => Promise<Response> }[] = [
    { name: 'activity', needs: 'viewer', request: (s, who) => get(s, '/activity', who) },
    { name: 'texts', needs: 'editor', request: (s, who) => get(s, '/texts/comments', who) },
    { name: 'CSV export', needs: 'owner', request: (s, who) => get(s, '/export.csv', who) },
    { name: 'XLSX export', needs: 'owner', request: (s, who) => get(s, '/export.xlsx', who) },
    { name: 'exports available', needs: 'viewer', request: (s, who) => get(s, '/exports', who) },
    { name: 'archive', needs: 'editor', request: (s, who) => post(s, '/archive', who) },
    { name: 'unarchive', needs: 'editor', request: (s, who) => post(s, '/unarchive', who) },
    { name: 'privacy', needs: 'viewer', request: (s, who) => get(s, '/privacy', who) },
  ];
  const RANK: Record<Role, number> = { viewer: 0, editor: 1, owner: 2 };
  const threeTexts = [demoAnswers({ comments: 'Un' }), demoAnswers({ comments: 'Deux' }), demoAnswers({ comments: 'Trois' })];

  for (const route of routes) {
    it(`${route.name}: 401 signed out, 403 outsiders and lower roles, 404 another organisation’s survey`, async () => {
      const survey = await surveyWithK3();
      await submitAll(survey.slug, threeTexts);
      await post(survey, '/close'); // so that archiving is allowed too
      const org = survey.owner.organisationId;
      const actors: Record<Actor, Account | null> = {
        anonymous: null,
        'other organisation': await account('owner'),
        viewer: await account('viewer', org),
        editor: await account('editor', org),
        owner: survey.owner,
      };
      for (const [actor, who] of Object.entries(actors) as [Actor, Account | null][]) {
        const response = await route.request(survey, who);
        const refused = actor === 'anonymous' ? 401 : actor === 'other organisation' || RANK[actor] < RANK[route.needs] ? 403 : null;
        if (refused) {
          expect(response.status, actor).toBe(refused);
          expect((await errorsOf(response))[0]?.path).toBe(refused === 401 ? 'session' : actor === 'other organisation' ? 'orgId' : 'role');
        } else expect(response.status, actor).toBeLessThan(300);
      }
      // Another organisation's survey, asked for under one's own organisation, does not exist.
      const elsewhere = await surveyWithK3();
      const response = await route.request({ ...elsewhere, owner: survey.owner }, survey.owner);
      expect(response.status).toBe(404);
      expect((await errorsOf(response))[0]?.path).toBe('id');
    });
  }

  it('never answers 500 to odd input', async () => {
    const survey = await surveyWithK3();
    await submitAll(survey.slug, threeTexts);
    const odd = [
      '/texts/%27%3B%20DROP%20TABLE%20responses%3B--',
      `/texts/${'x'.repeat(500)}`,
      '/texts/%E2%9C%93',
      '/texts/comments?lang=',
      '/texts/comments?lang=en&lang=fr',
      '/texts/',
      '/export.csv?lang[]=en',
      '/export.xlsx?lang=EN',
      '/export.json',
      '/activity?lang=xx',
      '/privacy?lang=en',
    ];
    for (const path of odd) {
      const response = await get(survey, path);
      expect(response.status, path).toBeLessThan(500);
    }
    expect((await call(`/api/orgs/${survey.owner.organisationId}/surveys/not-a-survey/export.csv`, { headers: survey.owner.headers })).status).toBe(404);
  });
});
