import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseBinding, deployConfig } from './deploy-config.ts';
import { productionConfig } from './wrangler-config.ts';

describe('the deploy configuration', () => {
  it('wrangler.toml names the database but commits no id as if it were real', () => {
    expect(databaseBinding()).toMatchObject({ binding: 'DB', database_name: 'pouls' });
    expect(databaseBinding().database_id).toBeUndefined();
  });

  it('is production’s with this instance’s database id, under .wrangler/derived; without an id it is production’s as is', () => {
    const id = '3f2a7c1e-5b6d-4e8f-9a0b-1c2d3e4f5a6b';
    const path = deployConfig(id);
    expect(path).toMatch(/\.wrangler\/derived\/wrangler\.deploy\.json$/);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    const production = productionConfig();
    expect(written.d1_databases).toEqual([expect.objectContaining({ binding: 'DB', database_name: 'pouls', database_id: id })]);
    expect(written.ratelimits).toEqual(production.ratelimits);
    expect(written.vars).toEqual(production.vars);
    expect(JSON.parse(readFileSync(deployConfig(null), 'utf8')).d1_databases[0].database_id).toBeUndefined();
  });
});
