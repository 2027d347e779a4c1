// The API tests' stand-in for the Workers rate-limiting binding (see vitest.config.ts): the same
// `limit({key})` call and the production limit, but a count that never resets. The real binding
// counts per clock minute, so a test looping up to its limit would pass or fail depending on
// whether a minute boundary fell inside the loop; here the 429 comes exactly past the limit.
// Each test file runs in its own runtime, so counts never leak from one file to another.
import { WorkerEntrypoint } from 'cloudflare:workers';

const hits = new Map();

export class CountingLimiter extends WorkerEntrypoint {
  /** @param {{ key: string }} options */
  async limit({ key }) {
    const { binding, limit } = this.ctx.props;
    const counted = `${binding}|${key}`;
    const count = (hits.get(counted) ?? 0) + 1;
    hits.set(counted, count);
    return { success: count <= limit };
  }
}

export default {
  fetch: () => new Response('counting limiter', { status: 404 }),
};
