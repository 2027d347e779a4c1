import { describe, expect, it } from 'vitest';
import { deployedUrl } from './cloudflare.ts';

describe('deployedUrl', () => {
  it('reads the workers.dev address wrangler deploy prints, before any other', () => {
    const output = [
      'Total Upload: 1061.59 KiB / gzip: 233.75 KiB',
      'Uploaded pouls (12.3 sec)',
      'Deployed pouls triggers (1.2 sec)',
      '  https://pouls.cpts-collines.workers.dev',
      '  sondages.cpts-des-collines.fr (custom domain)',
      '  schedule: 17 * * * *',
      'Current Version ID: 0f6c…',
    ].join('\n');
    expect(deployedUrl(output)).toBe('https://pouls.cpts-collines.workers.dev');
  });

  it('falls back to the first https address, and says nothing when there is none', () => {
    expect(deployedUrl('Deployed pouls\n  https://sondages.example.fr/ (custom domain)')).toBe('https://sondages.example.fr');
    expect(deployedUrl('No deploy targets for pouls')).toBeNull();
  });
});
