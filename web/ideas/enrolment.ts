import { setKioskToken, kioskToken } from './device.ts';

/** A kiosk token as the enrolment link carries it. */
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

/**
 * The kiosk's token: an enrolment link (`/b/:slug/kiosk?kiosk=…`, or `#…`) stores it in the tablet's
 * localStorage and leaves the address bar, so that no one reads it over a shoulder or in the history;
 * later visits read it from storage. Null on a tablet never enrolled.
 */
export function enrolKiosk(slug: string, loc: Pick<Location, 'search' | 'hash' | 'pathname'> = location): string | null {
  const params = new URLSearchParams(loc.search);
  const fromLink = params.get('kiosk') ?? params.get('token') ?? loc.hash.replace(/^#/, '');
  if (fromLink && TOKEN.test(fromLink)) {
    setKioskToken(slug, fromLink);
    params.delete('kiosk');
    params.delete('token');
    params.delete('key');
    const rest = params.toString();
    history.replaceState(null, '', `${loc.pathname}${rest ? `?${rest}` : ''}`);
  }
  return kioskToken(slug);
}
