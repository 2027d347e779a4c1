/**
 * The participation codes just created, kept in memory only (never in storage): the cards page prints
 * them. Reloading the page forgets them, as it should: Pouls keeps only their hashes.
 */
let batch: { surveyId: string; codes: string[] } | null = null;

export function keepCodes(surveyId: string, codes: string[]): void {
  batch = { surveyId, codes };
}

export function codesFor(surveyId: string): string[] | null {
  return batch?.surveyId === surveyId ? batch.codes : null;
}
