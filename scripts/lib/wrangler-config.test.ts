import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchConfig, productionConfig, testConfig } from './wrangler-config.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ReturnType<typeof productionConfig>;

describe('configurations', () => {
  it('wrangler.toml, the one `wrangler deploy` reads, holds production settings only', () => {
    const production = productionConfig();
    expect(production.env).toBeUndefined();
    expect(production.vars).not.toHaveProperty('REPORT_ROWS_READ');
    expect(production.vars).not.toHaveProperty('ADMIN_TOKEN');
    expect(Math.max(...(production.ratelimits ?? []).map((r) => r.simple.limit))).toBeLessThanOrEqual(1000);
  });

  it('the bench lifts the public write limits (the idea boxes’ per-address one too) and turns row counts on, in a file of its own; sign-in and per-device limits stay', () => {
    const path = benchConfig();
    expect(path).toMatch(/\.wrangler\/derived\/wrangler\.bench\.json$/);
    const bench = read(path);
    const limits = Object.fromEntries((bench.ratelimits ?? []).map((r) => [r.name, r.simple.limit]));
    expect(limits).toMatchObject({
      SUBMIT_LIMITER: 1_000_000,
      LIVE_ADDRESS_LIMITER: 1_000_000,
      LIVE_JOIN_LIMITER: 1_000_000,
      IDEA_ADDRESS_LIMITER: 1_000_000,
      IDEA_DEVICE_LIMITER: 30,
      SIGNIN_LIMITER: 10,
      SIGNIN_ADDRESS_LIMITER: 60,
    });
    expect(bench.vars).toMatchObject({ REPORT_ROWS_READ: 'on', MAX_BODY_BYTES: productionConfig().vars!.MAX_BODY_BYTES });
    expect(bench.main).toMatch(/^\/.*worker\/main\.ts$/);
  });

  it('the API tests drop the Workers rate limiters (counting ones take their place) and keep everything else', () => {
    const { ratelimits, vars, main: _main, assets: _assets, d1_databases: _d1, ...rest } = read(testConfig());
    const { ratelimits: _limits, vars: _vars, main: _m, assets: _a, d1_databases: _d, ...production } = productionConfig();
    expect(ratelimits).toBeUndefined();
    expect(vars).toMatchObject({ REPORT_ROWS_READ: 'on' });
    expect(rest).toEqual(production);
  });
});
