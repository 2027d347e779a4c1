import { sha256 } from './secrets.ts';

/**
 * Only this hash of a participation code is stored. The survey id is mixed in so that the same
 * code in two surveys leaves no common trace. (Apart from participation-codes.ts, whose unit tests
 * run in Node: secrets.ts uses Workers-only WebCrypto.)
 */
export function participationCodeHash(surveyId: string, canonical: string): Promise<string> {
  return sha256(`${surveyId}:${canonical}`);
}
