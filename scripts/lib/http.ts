/**
 * A minimal keep-alive HTTP/1.1 client for benches (node:http, lighter on the client CPU than fetch),
 * loopback only: it refuses any other host.
 */
import http from 'node:http';

export type HttpResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** From just before the request is written to the last byte of the body, high resolution. */
  ms: number;
};

export type RequestOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
  timeoutMs?: number;
};

export type HttpClient = {
  request(path: string, options?: RequestOptions): Promise<HttpResponse>;
  /** JSON body in, parsed JSON out (throws on a non-JSON answer). */
  json<T = unknown>(path: string, options?: Omit<RequestOptions, 'body'> & { body?: unknown }): Promise<HttpResponse & { data: T }>;
  close(): void;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function createHttpClient(baseUrl: string, { maxSockets = 16, timeoutMs = 30_000 } = {}): HttpClient {
  const base = new URL(baseUrl);
  if (!LOOPBACK.has(base.hostname)) throw new Error(`bench clients only talk to loopback, not ${base.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'fifo' });

  function request(path: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const body = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
    const headers: Record<string, string | number> = { ...options.headers };
    if (body) headers['Content-Length'] = body.length;
    return new Promise((resolve, reject) => {
      const started = performance.now();
      const req = http.request(
        {
          host: base.hostname.replace(/^\[|\]$/g, ''),
          port: base.port,
          path,
          method: options.method ?? 'GET',
          headers,
          agent,
          signal: options.signal,
          timeout: options.timeoutMs ?? timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
          );
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout after ${options.timeoutMs ?? timeoutMs} ms: ${options.method ?? 'GET'} ${path}`)));
      req.on('error', reject);
      req.end(body);
    });
  }

  return {
    request,
    async json<T>(path: string, options: Omit<RequestOptions, 'body'> & { body?: unknown } = {}) {
      const { body, ...rest } = options;
      const headers = { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...rest.headers };
      const response = await request(path, { ...rest, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      let data: T;
      try {
        data = JSON.parse(response.body) as T;
      } catch {
        throw new Error(`${options.method ?? 'GET'} ${path}: expected JSON, got ${response.status} ${response.body.slice(0, 200)}`);
      }
      return { ...response, data };
    },
    close: () => agent.destroy(),
  };
}

/** Rows read as reported by worker/middleware/db.ts: `Server-Timing: …, d1-rows;desc="<n>"`. */
export function rowsReadFromServerTiming(header: string | string[] | undefined): number {
  const text = Array.isArray(header) ? header.join(', ') : (header ?? '');
  const matches = [...text.matchAll(/d1-rows;desc="?(\d+)"?/g)];
  if (matches.length === 0) throw new Error(`no d1-rows in Server-Timing: ${JSON.stringify(header)}`);
  return matches.reduce((sum, m) => sum + Number(m[1]), 0);
}
