/** A refusal the routes turn into `{errors:[{path, message}]}` (kept plain so it crosses Durable Object RPC). */
export type LiveProblem = { status: 400 | 403 | 404 | 409 | 412 | 422 | 429 | 503; path: string; fr: string; en: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: LiveProblem };

export const problem = (status: LiveProblem['status'], path: string, fr: string, en: string): { ok: false; problem: LiveProblem } => ({
  ok: false,
  problem: { status, path, fr, en },
});
