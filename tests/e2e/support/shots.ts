import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const SHOTS = process.env.POULS_SCREENSHOTS;

/** A screenshot of a live page when POULS_SCREENSHOTS names a folder. */
export async function shoot(target: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await target.waitForTimeout(500);
  await target.screenshot({ path: join(SHOTS, `live-${name}.png`), fullPage: true });
}
