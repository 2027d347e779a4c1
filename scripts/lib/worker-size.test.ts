import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS, bundleSize, judge } from './worker-size.ts';

describe('the worker size check', () => {
  it('counts the modules wrangler wrote, not the source map nor its README', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'pouls-size-test-'));
    const code = 'export default { fetch() { return new Response("ok"); } };\n'.repeat(200);
    writeFileSync(join(outdir, 'main.js'), code);
    writeFileSync(join(outdir, 'main.js.map'), 'x'.repeat(100_000));
    writeFileSync(join(outdir, 'README.md'), 'This folder contains the built output assets for the worker');
    expect(bundleSize(outdir)).toEqual({ rawBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code).byteLength });
  });

  it('names each figure over its budget, and only those', () => {
    expect(judge({ rawBytes: 1_093_000, gzipBytes: 239_500 }, 167).over).toEqual([]);
    expect(judge({ rawBytes: BUDGETS.rawBytes + 1, gzipBytes: BUDGETS.gzipBytes + 1 }, BUDGETS.startupMs + 1).over).toEqual([
      'worker, raw',
      'worker, gzipped',
      'startup (local CPU)',
    ]);
    expect(judge({ rawBytes: 1, gzipBytes: BUDGETS.gzipBytes + 1 }, 1).lines.filter((l) => l.includes('OVER BUDGET'))).toHaveLength(1);
  });
});
