import { asksForCodes } from '../../schema/participation.ts';
import { releaseParticipationCode, useParticipationCode } from '../db/participation-codes.ts';
import { submissionKeyExists } from '../db/responses.ts';
import type { StoredSurvey } from '../db/surveys.ts';
import { participationCodeHash } from '../domain/participation-code-hash.ts';
import { canonicalCode } from '../domain/participation-codes.ts';
import type { AppEnv } from '../env.ts';
import { apiError } from './errors.ts';

/** Either a retry already recorded, or a way in, with how to hand the code back if storing fails. */
export type Admission = { duplicate: true } | { duplicate: false; giveBack: (error: unknown) => Promise<never> };

const rethrow = async (error: unknown): Promise<never> => {
  throw error;
};

/**
 * Lets a submission through when the survey asks for a printed single-use code: a retry of a
 * recorded submission is acknowledged first (its code was spent on the first try), then the code
 * is spent with a guarded UPDATE, in a transaction of its own (never the response's). Nothing ties
 * the code to the response it lets in.
 * Surveys without codes pass straight through, whatever the body says.
 */
export async function admit(vars: AppEnv['Variables'], survey: StoredSurvey, keyHash: string, typed: string | undefined): Promise<Admission> {
  if (!asksForCodes(survey)) return { duplicate: false, giveBack: rethrow };
  const { db, lang } = vars;
  if (await submissionKeyExists(db, survey.id, keyHash)) return { duplicate: true };

  if (!typed) throw apiError(422, 'code', { fr: 'Ce questionnaire demande un code de participation', en: 'This survey asks for a participation code' }, lang);
  const code = canonicalCode(typed);
  if (!code)
    throw apiError(
      422,
      'code',
      { fr: 'Un code de participation compte 8 caractères, comme ABCD-EFGH', en: 'A participation code has 8 characters, like ABCD-EFGH' },
      lang,
    );

  const codeHash = await participationCodeHash(survey.id, code);
  if (!(await useParticipationCode(db, survey.id, codeHash)))
    throw apiError(403, 'code', { fr: 'Code de participation inconnu ou déjà utilisé', en: 'Unknown or already used participation code' }, lang);

  return {
    duplicate: false,
    giveBack: async (error) => {
      try {
        await releaseParticipationCode(db, survey.id, codeHash);
      } catch (releaseError) {
        console.error('could not release a participation code', releaseError);
      }
      throw error;
    },
  };
}
