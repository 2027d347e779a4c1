/**
 * Live workshops in browser tests: the organiser's calls (through the signed-in page's requests), the
 * rest of the room voting straight to the API (each person a device token of their own), and checks
 * of what a screen shows.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LiveSessionAdmin } from '../../../schema/live.ts';
import { ROOT } from '../../../scripts/lib/wrangler.ts';

export type LiveRun = { baseUrl: string; orgId: string; id: string; code: string; organiser: Page };

/** Creates and starts a session as the signed-in organiser of `organiser`'s page. */
export async function startSession(organiser: Page, baseUrl: string, orgId: string, input: unknown): Promise<LiveRun> {
  const created = await organiser.request.post(`${baseUrl}/api/orgs/${orgId}/live`, { data: input });
  expect(created.status(), await created.text()).toBe(201);
  const { id, code } = (await created.json()) as LiveSessionAdmin;
  expect((await organiser.request.post(`${baseUrl}/api/orgs/${orgId}/live/${id}/start`)).ok()).toBe(true);
  return { baseUrl, orgId, id, code, organiser };
}

export async function control(run: LiveRun, questionId: string, action: string): Promise<void> {
  const response = await run.organiser.request.post(`${run.baseUrl}/api/orgs/${run.orgId}/live/${run.id}/questions/${questionId}/control`, {
    data: { action },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/** Someone else in the room votes from their phone: a device of their own, acknowledged (201). */
export async function roomVote(run: LiveRun, body: { questionId: string; value: unknown; college?: string }, token = `room-${randomUUID()}`): Promise<string> {
  const response = await fetch(`${run.baseUrl}/api/live/${run.id}/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Live-Token': token },
    body: JSON.stringify(body),
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return token;
}

/** Where screenshots go: POULS_SCREENSHOTS, or the git-ignored `.shots/` folder. */
export function shotPath(name: string): string {
  const folder = process.env.POULS_SCREENSHOTS ?? join(ROOT, '.shots');
  mkdirSync(folder, { recursive: true });
  return join(folder, `live-${name}.png`);
}

/** Nothing in these boxes overflows, across or down (a box's own scroller included). */
export async function expectNothingOverflows(page: Page, selectors: string[]): Promise<void> {
  const overflowing = () =>
    page.evaluate((list) => {
      const out: string[] = [];
      const boxes = [document.scrollingElement!, ...list.flatMap((s) => [...document.querySelectorAll(s)])];
      for (const box of boxes) {
        if (box.scrollWidth > box.clientWidth + 1) out.push(`${box.className || box.tagName}: width ${box.scrollWidth} > ${box.clientWidth}`);
        if (box.scrollHeight > box.clientHeight + 1) out.push(`${box.className || box.tagName}: height ${box.scrollHeight} > ${box.clientHeight}`);
        if (box === document.scrollingElement) continue;
        // Nor does anything stick out of the box over its neighbours (a table wider than its column).
        const outer = box.getBoundingClientRect();
        for (const inner of box.querySelectorAll('*')) {
          const r = inner.getBoundingClientRect();
          if (r.width > 1 && (r.right > outer.right + 1 || r.bottom > outer.bottom + 1))
            out.push(`${inner.tagName}.${inner.className} sticks out of ${box.className}`);
        }
      }
      return out;
    }, selectors);
  // The slide is fitted after each render: wait for it to settle, then nothing may stick out.
  await expect.poll(overflowing, { timeout: 10_000 }).toEqual([]);
}

/** The text of an element takes a single line (one box per line it spans). */
export async function linesOf(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
}
