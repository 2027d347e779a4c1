/**
 * Hostile requests for tests/api/fuzz.test.ts, drawn from a seeded PRNG (the same seed gives the same
 * requests): valid bodies with wrong-typed, huge or prototype-named parts, deep nesting, bodies over
 * the size limit, invalid UTF-8, truncated JSON, wrong content types, odd headers and WebSocket upgrades.
 */
import type { Rng } from '../../../scripts/lib/prng.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** What an attacker puts where a value is expected. */
function hostileValue(rng: Rng): Json {
  switch (rng.int(0, 17)) {
    case 0:
      return null;
    case 1:
      return rng.pick([true, false]);
    case 2:
      return rng.pick([0, -1, -0, 0.5, 1e308, -1e308, 2 ** 53 + 1, 2 ** 31, 1e-320, 999_999_999]);
    case 3:
      return '';
    case 4:
      return 'x'.repeat(rng.pick([300, 5_001, 20_000]));
    case 5:
      return rng.pick([
        '\u0000',
        '\ud800',
        '\udfff\ud800',
        '💥'.repeat(50),
        '\u202e\u0627',
        '<script>alert(1)</script>',
        "'; DROP TABLE responses; --",
        '%00',
        '../../etc/passwd',
      ]);
    case 6:
      return [];
    case 7:
      return {};
    case 8:
      return rng.pick(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'prototype']);
    case 9:
      return Array.from({ length: rng.pick([50, 1000]) }, () => rng.pick(['a', 1, null]));
    case 10:
      return nest(rng.int(20, 200));
    case 11:
      return protoObject(rng);
    case 12:
      return rng.pick(['2026-02-30', '0000-00-00', '9999-12-31T23:59:59Z', '-1', 'NaN', 'Infinity', '1e309']);
    case 13:
      return { [rng.pick(['a', 'q1', 'nurse'])]: hostileValue(rng) };
    case 14:
      return rng.pick(['ABCD-EFGH', 'ZZZZZZ', 'owner', 'admin', 'public', 'open', 'reveal']);
    case 15:
      return Array.from({ length: rng.int(1, 5) }, () => hostileValue(rng));
    default:
      return rng.int(-1000, 1000);
  }
}

/** `depth` levels of arrays or objects. */
function nest(depth: number): Json {
  let value: Json = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** An object with own keys named like Object.prototype's members. */
function protoObject(rng: Rng): Json {
  const object: { [key: string]: Json } = {};
  for (const key of rng.sample(['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'], rng.int(1, 3)))
    Object.defineProperty(object, key, {
      value: rng.chance(0.5) ? { polluted: true, prototype: { polluted: true } } : hostileValue(rng),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return object;
}

/** Paths to every value inside `value`, the root included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...paths(item, [...at, i])));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) found.push(...paths(value[key]!, [...at, key]));
  return found;
}

function setAt(root: Json, path: (string | number)[], make: (old: Json | undefined) => Json | undefined): Json {
  if (path.length === 0) return make(root) ?? null;
  const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, root) as Record<string, Json> | Json[];
  const key = path.at(-1)!;
  const next = make((parent as Record<string, Json>)[key as string]);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key as string];
  } else Object.defineProperty(parent, key, { value: next, enumerable: true, writable: true, configurable: true });
  return root;
}

/** The template with one to three mutations: a value replaced, a key removed or added (prototype names among them), a value wrapped. */
export function mutate(rng: Rng, template: Json): Json {
  let value = structuredClone(template);
  for (let n = rng.int(1, 3); n > 0; n--) {
    const path = rng.pick(paths(value));
    switch (rng.int(0, 4)) {
      case 0:
        value = setAt(value, path, () => hostileValue(rng));
        break;
      case 1:
        if (path.length > 0) value = setAt(value, path, () => undefined);
        break;
      case 2:
        value = setAt(value, path, (old) =>
          old && typeof old === 'object' && !Array.isArray(old)
            ? Object.defineProperty({ ...old }, rng.pick(['__proto__', 'constructor', 'toString', 'extra', 'valueOf']), {
                value: hostileValue(rng),
                enumerable: true,
                writable: true,
                configurable: true,
              })
            : old,
        );
        break;
      case 3:
        value = setAt(value, path, (old) => [old ?? null]);
        break;
      default:
        value = setAt(value, path, (old) =>
          typeof old === 'string' ? old + rng.pick(['\u0000', ' ', '\ud800', 'é'.repeat(300)]) : typeof old === 'number' ? -old * 1e6 : old,
        );
    }
  }
  return value;
}

export type HostileBody = { kind: string; body: Uint8Array | string | null; contentType: string | null };

const encoder = new TextEncoder();

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/json, text/html',
  '',
];

/** A request body built from a valid one: mostly mutated, sometimes broken in the bytes themselves. */
export function hostileBody(rng: Rng, template: Json): HostileBody {
  const json = (value: Json) => JSON.stringify(value);
  const contentType = rng.chance(0.12) ? rng.pick(CONTENT_TYPES) : rng.chance(0.03) ? null : 'application/json';
  const roll = rng.next();
  if (roll < 0.45) return { kind: 'mutated', body: json(mutate(rng, template)), contentType };
  if (roll < 0.52) {
    const depth = rng.pick([1_000, 10_000, 30_000]);
    return { kind: 'deep', body: rng.chance(0.5) ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), contentType };
  }
  if (roll < 0.58) return { kind: 'huge', body: json({ ...(template as object), pad: 'x'.repeat(rng.pick([66_000, 200_000, 1_100_000])) }), contentType };
  if (roll < 0.64) {
    const bytes = encoder.encode(json(template));
    const at = rng.int(0, Math.max(0, bytes.length - 1));
    const broken = new Uint8Array([
      ...bytes.slice(0, at),
      ...rng.pick([[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0xbc], [0xed, 0xa0, 0x80]]),
      ...bytes.slice(at),
    ]);
    return { kind: 'invalid-utf8', body: broken, contentType };
  }
  if (roll < 0.7) {
    const text = json(template);
    return {
      kind: 'broken-json',
      body: rng.pick([
        text.slice(0, rng.int(0, text.length - 1)),
        `${text}garbage`,
        "{'single': 'quotes'}",
        '{"a":1,}',
        'NaN',
        '',
        '\u0000',
        '{"a":"\\ud800"}',
        text.replace(':', '::'),
      ]),
      contentType,
    };
  }
  if (roll < 0.76) return { kind: 'prototype-keys', body: json(Object.assign(protoObject(rng) as object, template)), contentType };
  if (roll < 0.8) return { kind: 'wrong-type', body: json(rng.pick<Json>([[template], 'string', 42, null, true, []])), contentType };
  return { kind: 'valid', body: json(template), contentType };
}

/** Header values to put where a well-formed one is expected. */
export function hostileHeader(rng: Rng, valid: string): string {
  return rng.pick([
    valid,
    '',
    ' ',
    'x',
    'x'.repeat(129),
    `${valid}\t`,
    valid.slice(0, 5),
    '../../',
    'A'.repeat(16) + '!',
    '%00%00',
    'null',
    valid.toUpperCase(),
  ]);
}

/** A path segment where an id, slug or code is expected. */
export function hostileSegment(rng: Rng, valid: string): string {
  return rng.pick([
    valid,
    valid,
    valid,
    '%ff',
    '%2e%2e',
    '..',
    'x'.repeat(300),
    '__proto__',
    'constructor',
    encodeURIComponent('é🙂'),
    valid.toUpperCase(),
    `${valid}%00`,
    '0',
    '-1',
  ]);
}

export function randomAddress(rng: Rng): string {
  return rng.chance(0.1)
    ? rng.pick(['::1', '2001:db8::1', 'not-an-ip', '', '1.2.3.4, 5.6.7.8'])
    : `${rng.int(1, 223)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
