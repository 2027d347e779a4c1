/**
 * The box's public addresses: `/b/:slug` and its views, with the members' key (`?key=`) that a
 * members' box needs on every call. Pure, unit-tested beside.
 */
export type BoxView = 'box' | 'answers' | 'receipt' | 'kiosk' | 'display';
export type BoxAddress = { slug: string; key: string | null };

const VIEWS: BoxView[] = ['answers', 'receipt', 'kiosk', 'display'];

/** The slug and view of a `/b/…` path (an unknown tail reads as the box itself). */
export function readPath(pathname: string): { slug: string; view: BoxView } {
  const [, , slug = '', tail = ''] = pathname.split('/');
  return { slug: decodeURIComponent(slug), view: (VIEWS as string[]).includes(tail) ? (tail as BoxView) : 'box' };
}

/** A members' key as it may appear in a link: letters, digits, `-` and `_` only. */
export function cleanKey(key: string | null | undefined): string | null {
  return key && /^[A-Za-z0-9_-]{8,128}$/.test(key) ? key : null;
}

/** The page address of a view, keeping the members' key. */
export function pageHref({ slug, key }: BoxAddress, view: BoxView): string {
  const path = `/b/${encodeURIComponent(slug)}${view === 'box' ? '' : `/${view}`}`;
  return key ? `${path}?key=${encodeURIComponent(key)}` : path;
}

/** An API address under `/api/b/:slug`, with the members' key and any other query. */
export function apiHref({ slug, key }: BoxAddress, rest = '', query: Record<string, string> = {}): string {
  const params = new URLSearchParams(query);
  if (key) params.set('key', key);
  const search = params.toString();
  return `/api/b/${encodeURIComponent(slug)}${rest}${search ? `?${search}` : ''}`;
}

/** As schema/ideas.ts RECEIPT_ALPHABET (copied to keep valibot out of the page; limits.test.ts keeps them equal). */
export const RECEIPT_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A receipt code as typed or pasted (spaces, dashes, lower case), or null when it cannot be one: 12 characters of the alphabet. */
export function normaliseReceipt(typed: string): string | null {
  const code = typed.replace(/[\s-]+/g, '').toUpperCase();
  return code.length === 12 && [...code].every((c) => RECEIPT_ALPHABET.includes(c)) ? code : null;
}

/** The parameters an address carries in its query and, for kiosk links, in its fragment (`#kiosk=…&key=…`). */
export function linkParams(loc: Pick<Location, 'search' | 'hash'>): URLSearchParams {
  const params = new URLSearchParams(loc.search);
  for (const [name, value] of new URLSearchParams(loc.hash.replace(/^#/, ''))) if (!params.has(name)) params.set(name, value);
  return params;
}

/** The short address people type from a poster or the screen: no scheme, no trailing slash. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
