import { describe, expect, it } from 'vitest';
import type { Moderation } from '../../../schema/ideas.ts';
import { storedIdea } from '../../../tests/support/stored-idea.ts';
import type { StoredIdea } from './model.ts';
import { planModeration } from './moderation.ts';

const idea = (over: Partial<StoredIdea> = {}): StoredIdea => storedIdea({ status: 'pending', ...over });
const context = { day: '2026-03-10', themes: ['accueil', 'horaires'] };
const plan = (i: StoredIdea, action: Moderation, target?: StoredIdea | null) => planModeration(i, action, { ...context, target });

describe('moderation rules', () => {
  it('approves pending ideas only, and a survey’s text only once reworded', () => {
    expect(plan(idea(), { action: 'approve' })).toMatchObject({ ok: true, change: { status: 'received', entry: { status: 'received', on: '2026-03-10' } } });
    expect(plan(idea({ status: 'received' }), { action: 'approve' })).toMatchObject({ ok: false, status: 409, path: 'action' });
    expect(plan(idea({ mustReword: true }), { action: 'approve' })).toMatchObject({ ok: false, status: 409, path: 'text' });
    expect(plan(idea({ mustReword: true }), { action: 'redact', text: 'Des bancs' })).toMatchObject({
      ok: true,
      change: { mustReword: false, text: 'Des bancs' },
    });
  });

  it('needs a public answer for retained, done and rejected, and settles done and rejected', () => {
    const received = idea({ status: 'received' });
    expect(plan(received, { action: 'status', status: 'retained' })).toMatchObject({ ok: false, status: 422, path: 'answer' });
    expect(plan(received, { action: 'status', status: 'studying' })).toMatchObject({
      ok: true,
      change: { status: 'studying', answeredOn: null, settledOn: null },
    });
    const answer = { fr: 'Installés en mai' };
    expect(plan(received, { action: 'status', status: 'done', answer })).toMatchObject({
      ok: true,
      change: { status: 'done', answer, answeredOn: '2026-03-10', settledOn: '2026-03-10', entry: { status: 'done', note: answer } },
    });
    expect(plan(idea(), { action: 'status', status: 'studying' })).toMatchObject({ ok: false, status: 409 });
  });

  it('hides public ideas and brings them back to where they were, reports reset', () => {
    expect(plan(idea({ status: 'studying' }), { action: 'hide' })).toMatchObject({ ok: true, change: { status: 'hidden', hiddenFrom: 'studying' } });
    expect(plan(idea({ status: 'hidden', hiddenFrom: 'studying' }), { action: 'unhide' })).toMatchObject({
      ok: true,
      change: { status: 'studying', hiddenFrom: null, resetReports: true },
    });
    expect(plan(idea(), { action: 'hide' })).toMatchObject({ ok: false, status: 409 });
  });

  it('declines with a reason, refuses edits once settled, and checks themes and unchanged texts', () => {
    expect(plan(idea({ status: 'hidden' }), { action: 'decline', reason: 'Un nom y figure' })).toMatchObject({
      ok: true,
      change: { status: 'declined', declineReason: 'Un nom y figure', settledOn: '2026-03-10' },
    });
    expect(plan(idea({ status: 'done' }), { action: 'decline', reason: 'Trop tard' })).toMatchObject({ ok: false, status: 409 });
    expect(plan(idea({ status: 'merged' }), { action: 'redact', text: 'Autre' })).toMatchObject({ ok: false, status: 409 });
    expect(plan(idea(), { action: 'redact', text: 'Plus de bancs' })).toMatchObject({ ok: false, status: 422, path: 'text' });
    expect(plan(idea(), { action: 'theme', theme: 'parking' })).toMatchObject({ ok: false, status: 422, path: 'theme' });
    expect(plan(idea(), { action: 'theme', theme: 'horaires' })).toMatchObject({ ok: true, change: { theme: 'horaires', entry: null } });
  });

  it('merges into another pending or public idea of the box, never into itself or a merged one', () => {
    const into = idea({ id: 'b', rootId: 'b', status: 'received' });
    expect(plan(idea(), { action: 'merge', into: 'b' }, into)).toMatchObject({ ok: true, kind: 'merge', into: { id: 'b' } });
    expect(plan(idea(), { action: 'merge', into: 'b' }, null)).toMatchObject({ ok: false, status: 404, path: 'into' });
    expect(plan(idea(), { action: 'merge', into: 'a' }, idea())).toMatchObject({ ok: false, status: 422, path: 'into' });
    expect(plan(idea(), { action: 'merge', into: 'b' }, { ...into, status: 'merged' })).toMatchObject({ ok: false, status: 409, path: 'into' });
    expect(plan(idea({ status: 'done' }), { action: 'merge', into: 'b' }, into)).toMatchObject({ ok: false, status: 409, path: 'action' });
  });
});
