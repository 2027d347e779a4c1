import { domId, keys } from '../model/paths.ts';

/** Element ids of a question card's controls, for focus after a move, a deletion or an addition. */
export const cardIds = (questionId: string) => {
  const base = domId(keys.question(questionId));
  return {
    card: base,
    heading: `${base}-heading`,
    body: `${base}-body`,
    toggle: `${base}-toggle`,
    up: `${base}-up`,
    down: `${base}-down`,
    duplicate: `${base}-duplicate`,
    remove: `${base}-remove`,
    labelFr: domId(keys.question(questionId, 'label'), 'fr'),
    newOption: `${base}-new-entry`,
    pageSelect: `${base}-page`,
  };
};

/** The « add a question » button of a page. */
export const addQuestionId = (pageId: string) => `${domId(keys.page(pageId))}-add`;
