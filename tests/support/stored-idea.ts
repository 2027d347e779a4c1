import type { StoredIdea } from '../../worker/domain/ideas/model.ts';

/** An idea as stored, received online in the theme « accueil », with `over` applied: the idea boxes' unit tests start from it. */
export const storedIdea = (over: Partial<StoredIdea> = {}): StoredIdea => ({
  id: 'a',
  boxId: 'box',
  theme: 'accueil',
  text: 'Plus de bancs',
  source: 'online',
  status: 'received',
  hiddenFrom: null,
  mustReword: false,
  answer: null,
  declineReason: null,
  mergedInto: null,
  rootId: 'a',
  reports: 0,
  supports: 0,
  supportsAtMost: 0,
  history: [],
  createdOn: '2026-03-01',
  answeredOn: null,
  settledOn: null,
  ...over,
});
