import { describe, expect, it } from 'vitest';
import { apiHref, cleanKey, linkParams, normaliseReceipt, pageHref, readPath, shortAddress } from './paths.ts';

describe('box addresses', () => {
  it('reads the slug and the view', () => {
    expect(readPath('/b/maison-sante')).toEqual({ slug: 'maison-sante', view: 'box' });
    expect(readPath('/b/maison-sante/kiosk')).toEqual({ slug: 'maison-sante', view: 'kiosk' });
    expect(readPath('/b/maison-sante/answers')).toEqual({ slug: 'maison-sante', view: 'answers' });
    expect(readPath('/b/maison-sante/other')).toEqual({ slug: 'maison-sante', view: 'box' });
  });
  it('keeps the members’ key on pages and API calls', () => {
    expect(pageHref({ slug: 'cpts', key: null }, 'receipt')).toBe('/b/cpts/receipt');
    expect(pageHref({ slug: 'cpts', key: 'abcdefgh12' }, 'box')).toBe('/b/cpts?key=abcdefgh12');
    expect(apiHref({ slug: 'cpts', key: 'abcdefgh12' }, '/similar', { q: 'salle d’attente' })).toBe(
      '/api/b/cpts/similar?q=salle+d%E2%80%99attente&key=abcdefgh12',
    );
    expect(apiHref({ slug: 'cpts', key: null })).toBe('/api/b/cpts');
  });
  it('refuses keys that cannot be one', () => {
    expect(cleanKey('abc')).toBeNull();
    expect(cleanKey('a<script>bcdefg')).toBeNull();
    expect(cleanKey(null)).toBeNull();
  });
  it('reads receipt codes as people type them', () => {
    expect(normaliseReceipt(' abcd-efgh 2345 ')).toBe('ABCDEFGH2345');
    expect(normaliseReceipt('ABCD-EFGH-234')).toBeNull();
    expect(normaliseReceipt('ABCD-EFGH-2340')).toBeNull(); // 0 is not in the alphabet
  });
  it('reads a kiosk link’s fragment as well as its query', () => {
    const params = linkParams({ search: '?lang=en', hash: '#kiosk=abc&key=members123' });
    expect(params.get('kiosk')).toBe('abc');
    expect(params.get('key')).toBe('members123');
    expect(params.get('lang')).toBe('en');
  });
  it('shortens an address for a poster or a screen', () => expect(shortAddress('https://pouls.example.org/b/cpts/')).toBe('pouls.example.org/b/cpts'));
});
