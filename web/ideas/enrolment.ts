import { setKioskToken, kioskToken } from './device.ts';
import { linkParams } from './paths.ts';

/** A kiosk token as the enrolment link carries it. */
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/**
 * The kiosk's token: the enrolment link (`/b/:slug/kiosk#kiosk=…`, with `&key=…` for a members' box)
 * stores it in the tablet's localStorage and leaves the address bar, so that no one reads it over a
 * shoulder or in the history; later visits read it from storage. Null on a tablet never enrolled.
 */
export function enrolKiosk(slug: string, loc: Pick<Location, 'search' | 'hash' | 'pathname'> = location): string | null {
  const fromLink = linkParams(loc).get('kiosk');
  if (fromLink && TOKEN.test(fromLink)) setKioskToken(slug, fromLink);
  if (fromLink || loc.hash) history.replaceState(null, '', loc.pathname);
  return kioskToken(slug);
}
