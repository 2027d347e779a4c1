/**
 * The FTS5 query for « similar ideas » while someone types. The index (ideas_fts, unicode61 with
 * remove_diacritics 2) already folds case and accents; the query folds the rest of French the way
 * the word clouds do (worker/domain/live/words.ts): stop words and elisions out (« l'accueil » →
 * accueil), simple plurals to a prefix (« horaires » → horaire*, which finds both; « hôpitaux » and
 * « hôpital » → hopita*). Terms are joined with OR and ranked by bm25.
 */

const STOP_WORDS = new Set(
  (
    'le la les un une des du de au aux et ou en pour par sur sous dans avec sans ce cet cette ces qui que quoi dont est sont ' +
    'il elle on nous vous ils elles je tu me te se mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs ne pas plus ' +
    'tres etre avoir faire fait peu bien aussi mais donc car comme tout tous toute toutes quand the an of to and in for on with is are be'
  ).split(' '),
);

/** At most this many terms: a long text must not become a costly query. */
export const MAX_TERMS = 8;

/** A word folded: no accents, lower case, elision cut (« l’accueil » → accueil). */
const fold = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[a-z]['’]/, '');

/** A word's searchable stem: folded, elision cut, plural or -al/-aux reduced. */
export function stem(word: string): string {
  const folded = fold(word);
  if (folded.length > 4 && folded.endsWith('aux') && !folded.endsWith('eaux')) return folded.slice(0, -2);
  if (folded.length > 4 && folded.endsWith('al')) return folded.slice(0, -1);
  if (folded.length > 3 && /[sx]$/.test(folded)) return folded.slice(0, -1);
  return folded;
}

/** The stems worth searching for in `text`, in order, each once. */
export function searchStems(text: string): string[] {
  const stems: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}'’]+/u)) {
    if (STOP_WORDS.has(fold(word))) continue;
    const s = stem(word).replace(/[^a-z0-9]/g, '');
    if (s.length < 3 || stems.includes(s)) continue;
    stems.push(s);
    if (stems.length === MAX_TERMS) break;
  }
  return stems;
}

/** The MATCH expression, or null when nothing is worth searching for (no query is run then). */
export function ftsQuery(text: string): string | null {
  const stems = searchStems(text);
  return stems.length === 0 ? null : stems.map((s) => `"${s}"*`).join(' OR ');
}
