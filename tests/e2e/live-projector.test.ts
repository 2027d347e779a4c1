/**
 * Issue 11, the projector: an organiser puts a college vote on the projector at 1280×720, 1920×1080 and
 * 3840×2160 (nothing overflows, the join code and the address each on one line; a screenshot at each
 * size), shows an earlier question again from the console, and runs a word cloud whose words mostly
 * wait (the screen says why, and how many). axe-core checks each screen.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, newSession, type Session } from './support/browser.ts';
import { control, expectNothingOverflows, linesOf, roomVote, shotPath, startSession, type LiveRun } from './support/live.ts';
import { createOwner, type Owner } from './support/owner.ts';
import { openRoom, type Room } from './support/room.ts';

const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
const fr = (text: string) => ({ fr: text });
const SNP = 'Soins non programmés : quelle organisation pour le territoire ?';
const WORDS = 'Un mot pour l’accès aux soins ?';
const options = ['Maison médicale de garde', 'Régulation libérale par le 15', 'Créneaux réservés en cabinet'].map((label, i) => ({
  id: `o${i + 1}`,
  label: fr(label),
}));
const input = {
  title: fr('Assemblée territoriale de la CPTS'),
  settings: {
    k: 3,
    colleges: [
      { id: 'med', label: fr('Médecins généralistes'), weight: 50 },
      { id: 'para', label: fr('Infirmier·es et paramédicaux'), weight: 30 },
      { id: 'pharma', label: fr('Pharmacien·nes'), weight: 20 },
    ],
  },
  questions: [
    { id: 'snp', type: 'single', label: fr(SNP), options },
    { id: 'words', type: 'words', label: fr(WORDS), maxWords: 2 },
  ],
};

let organiser: Session;
let console_: Page;
let projector: Page;
let owner: Owner;
let room: Room;
let run: LiveRun;

beforeAll(async () => {
  organiser = await newSession();
  console_ = organiser.page;
  await console_.setViewportSize({ width: 1280, height: 900 });
  owner = await createOwner(organiser.context, baseUrl, persistTo, 'CPTS du projecteur');
  projector = await organiser.context.newPage();
  room = await openRoom();
});
afterAll(async () => {
  await room?.close();
  await organiser?.close();
  await owner?.remove();
});

describe('the projector', () => {
  it('fits a college vote on the screen at 1280×720, 1920×1080 and 3840×2160', async () => {
    run = await startSession(console_, baseUrl, owner.orgId, input);
    await control(run, 'snp', 'open');
    const ballots: [string, string][] = [
      ['med', 'o2'],
      ['med', 'o2'],
      ['med', 'o1'],
      ['para', 'o1'],
      ['para', 'o1'],
      ['para', 'o3'],
      ['pharma', 'o2'],
      ['pharma', 'o3'],
      ['pharma', 'o3'],
    ];
    for (const [college, value] of ballots) await roomVote(run, { questionId: 'snp', value, college });
    await control(run, 'snp', 'reveal');
    await projector.goto(`${baseUrl}/app/o/${owner.orgId}/live/${run.id}/projector`);
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      await projector.setViewportSize({ width, height });
      // While voting is open the weighted vote's best option is leading, not yet retained.
      await projector.getByTestId('block-vote').getByText('Régulation libérale par le 15 – En tête').waitFor();
      await projector.getByRole('table', { name: /^Par collège/ }).waitFor();
      await expectNothingOverflows(projector, ['.projector-stage', '.projector-join', '.projector-url', '.projector-code', '.live-table-wrap']);
      expect(await linesOf(projector, 'projector-code')).toBe(1);
      expect(await linesOf(projector, 'projector-url')).toBe(1);
      await expectNoAxeViolations(projector, `projector with college tables at ${width}×${height}`);
      await projector.screenshot({ path: shotPath(`projector-${width}x${height}`), scale: 'css' });
    }
  });

  it('shows an earlier question again, from the console, with its last released results', async () => {
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await console_.goto(`${baseUrl}/app/o/${owner.orgId}/live/${run.id}`);
    const first = console_.getByTestId('question-1');
    await first.getByRole('button', { name: 'Clore' }).click();
    await first.getByTestId('question-state').filter({ hasText: 'Close' }).waitFor();
    await console_.getByTestId('question-2').getByRole('button', { name: 'Ouvrir le vote' }).click();
    await projector.getByRole('heading', { level: 1, name: WORDS }).waitFor();
    await console_.getByTestId('question-2').getByTestId('on-screen').waitFor();
    await expectNoAxeViolations(console_, 'console with a question to show again');
    await first.getByRole('button', { name: 'Remontrer au projecteur' }).click();
    await first.getByTestId('on-screen').waitFor();
    // Closed, its last release is the final result: what the projector calls retained.
    await projector.getByRole('heading', { level: 1, name: SNP }).waitFor();
    await projector.getByTestId('block-vote').getByText('Régulation libérale par le 15 – Option retenue').waitFor();
    await expectNothingOverflows(projector, ['.projector-stage', '.projector-join']);
    await expectNoAxeViolations(projector, 'projector showing a closed question again');
    expect(await first.getByRole('button', { name: 'Remontrer au projecteur' }).count()).toBe(0);
  });

  it('says why a word cloud looks empty: a word shows once k people gave it, and how many wait', async () => {
    // Shown again, the word cloud is on screen with its results revealed.
    const words = console_.getByTestId('question-2');
    await words.getByRole('button', { name: 'Remontrer au projecteur' }).click();
    await words.getByRole('button', { name: 'Masquer les résultats' }).waitFor();
    await projector.getByRole('heading', { level: 1, name: WORDS }).waitFor();
    // Twelve words from six phones: one phone in the browser, five more in the room.
    const phone = await room.phone();
    await phone.page.goto(`${baseUrl}/live/${run.code}`);
    await phone.page.getByRole('radio', { name: 'Pharmacien·nes' }).check();
    await phone.page.getByRole('button', { name: 'Continuer' }).click();
    await phone.page.getByRole('group', { name: WORDS }).waitFor();
    await phone.page.getByLabel('Mot 1').fill('Accès');
    await phone.page.getByLabel('Mot 2').fill('coordination');
    await phone.page.getByRole('button', { name: 'Voter' }).click();
    await phone.page.getByTestId('vote-status').filter({ hasText: 'Vote enregistré' }).waitFor();
    const others: [string, string[]][] = [
      ['med', ['accès', 'Coordination']],
      ['med', ['acces', 'coordinations']],
      ['para', ['accès', 'délais']],
      ['para', ['garde', 'nuit']],
      ['pharma', ['urgences', 'délai']],
    ];
    for (const [college, value] of others) await roomVote(run, { questionId: 'words', value, college });
    // « accès » (4) and « coordination » (3) show; « délai », « garde », « nuit », « urgences » wait,
    // given by three people: k people, so how many wait may be told.
    const cloud = projector.getByRole('list', { name: 'Résultats' });
    await cloud.getByText('accès').waitFor();
    await cloud.getByText('coordination').waitFor();
    expect(await cloud.getByRole('listitem').count()).toBe(2);
    await projector
      .getByTestId('words-rule')
      .filter({ hasText: 'Un mot s’affiche dès que 3 personnes l’ont donné. 4 autres mots attendent d’être cités par 3 personnes.' })
      .waitFor();
    await expectNothingOverflows(projector, ['.projector-stage', '.projector-join']);
    await expectNoAxeViolations(projector, 'projector with a word cloud and words waiting');
    await projector.screenshot({ path: shotPath('projector-words-1920x1080'), scale: 'css' });
    // The phone says it too.
    await phone.page.getByTestId('words-rule').filter({ hasText: '4 autres mots attendent' }).waitFor();
    await expectNoAxeViolations(phone.page, 'phone with a word cloud and words waiting');
    await phone.close();
  });
});
