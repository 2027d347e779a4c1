import { useMemo } from 'preact/hooks';
import { cbi } from '../../../schema/instruments/cbi.ts';
import { instrumentBlocks, instrumentStatus } from '../../../schema/instruments/instrument.ts';
import { who5 } from '../../../schema/instruments/who5.ts';
import { placeholdersLeft } from '../../../schema/publish-checklist.ts';
import type { SurveyInput } from '../../../schema/survey.ts';
import { targetOf } from './model/paths.ts';

/** The field keys whose French text is still a template's example: marked in the editor until replaced. */
export function usePlaceholderKeys(prepared: SurveyInput): ReadonlySet<string> {
  return useMemo(() => new Set(placeholdersLeft(prepared).map((left) => targetOf(`${left.path}.fr`, prepared).key)), [prepared]);
}

/**
 * Questions of a validated questionnaire still word for word (CBI, WHO-5): once answered, their
 * wording stays as it is too, as rewording would stop the score (the server refuses it, 409).
 */
export function useInstrumentQuestions(draft: SurveyInput, answered: boolean): ReadonlySet<string> {
  return useMemo(() => {
    if (!answered) return new Set<string>();
    const intact = [cbi, who5].filter((instrument) => instrumentStatus(draft, instrument) === 'intact');
    return new Set(intact.flatMap((instrument) => instrumentBlocks(instrument).map((block) => block.questionId)));
  }, [draft, answered]);
}
