/**
 * The Workers runtime names that worker/ sources mention, for the web type-check only.
 *
 * web/ type-checks against the DOM lib, and it reads the worker's route types for `hc`, which means
 * TypeScript also checks the worker's sources here. worker/worker-configuration.d.ts (from `wrangler
 * types`) cannot come along: it redeclares DOM globals (Request, Response, fetch, crypto…). So this
 * file declares only what the DOM lacks, or types differently, after it. If the worker starts using
 * another Workers API, `tsc -p web` names it, and its declaration is copied here.
 */

/**
 * The bindings are opaque to the front end (it reads route types, never a binding), so any binding the
 * worker adds type-checks here without a change.
 */
interface Env {
  readonly [binding: string]: any;
}

interface D1Meta {
  duration: number;
  rows_read: number;
  rows_written: number;
  last_row_id: number;
  changed_db: boolean;
  changes: number;
}
type D1Result<T = unknown> = { success: true; meta: D1Meta & Record<string, unknown>; results: T[] };

declare abstract class D1Database {
  prepare(query: string): D1PreparedStatement;
  batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]>;
}

declare abstract class D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  run<T = Record<string, unknown>>(): Promise<D1Result<T>>;
  all<T = Record<string, unknown>>(): Promise<D1Result<T>>;
}

/** Entry points: the worker's default export and its Cron Trigger. */
interface ExecutionContext<Props = any> {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
  readonly props: Props;
}
interface ScheduledController {
  readonly scheduledTime: number;
  readonly cron: string;
  noRetry(): void;
}
type ExportedHandlerScheduledHandler<Env = unknown> = (controller: ScheduledController, env: Env, ctx: ExecutionContext) => void | Promise<void>;
interface ExportedHandler<Env = unknown> {
  fetch?: (request: Request, env: Env, ctx: ExecutionContext) => Response | Promise<Response>;
  scheduled?: ExportedHandlerScheduledHandler<Env>;
}

/**
 * WebCrypto as Workers type it: `timingSafeEqual`, and any ArrayBufferView where the DOM lib wants
 * ArrayBuffer-backed views (added as overloads; the DOM's own signatures stay).
 */
interface SubtleCrypto {
  timingSafeEqual(a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView): boolean;
  deriveBits(
    algorithm: { name: string; salt?: ArrayBuffer | ArrayBufferView; [option: string]: unknown },
    baseKey: CryptoKey,
    length?: number | null,
  ): Promise<ArrayBuffer>;
  importKey(
    format: string,
    keyData: ArrayBuffer | ArrayBufferView,
    algorithm: string | { name: string; [option: string]: unknown },
    extractable: boolean,
    keyUsages: string[],
  ): Promise<CryptoKey>;
  digest(algorithm: string | { name: string }, data: ArrayBuffer | ArrayBufferView): Promise<ArrayBuffer>;
}
