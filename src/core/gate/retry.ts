import { sleep } from '../runtime/index.js';

/**
 * How every metric query is retried, Prometheus' and each provider's alike: attempts per query per
 * poll on a rate limit or an outage (waiting backoffMs × the attempt, or what the vendor asks, at
 * most maxWaitMs), and polls in a row that may fail so before the check fails.
 */
export const PROVIDER_RETRY = { attempts: 3, failedPolls: 3, backoffMs: 250, maxWaitMs: 30_000 };

/**
 * The wait an answer asks for in its Retry-After header (RFC 9110: seconds, or an HTTP date), in
 * ms; 0 for "now" or a date past, undefined when it asks for none or for nonsense. Callers cap it
 * at maxWaitMs. Read on every provider's 429, and on Prometheus' 503 (what a managed one's proxy
 * answers while overloaded).
 */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  if (!/ GMT$/.test(value)) return undefined; // HTTP dates are in GMT (IMF-fixdate and the obsolete forms)
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** What one attempt at a query gave: its value, or a transient problem (with the wait asked for). */
export type Attempt<T> = { value: T } | { retry: string; waitMs?: number };

/**
 * PROVIDER_RETRY's policy, the one for Prometheus' queries and every provider's: within a poll,
 * up to `attempts` tries of a query, waiting what the last answer asked for (at most maxWaitMs)
 * or backoffMs × the attempt; a poll whose tries all failed gives null (no value this poll), and
 * the query's `failedPolls`-th such poll in a row throws what `failing` makes of it. A refusal
 * (wrong key, bad query) is the attempt's to throw. `signal` (the runner's cancel) ends a wait,
 * and the poll with it.
 */
export class PollRetries {
  private readonly failedPolls = new Map<string, number>();

  constructor(private readonly signal?: AbortSignal) {}

  async run<T>(
    query: string,
    attempt: () => Promise<Attempt<T>>,
    failing: (polls: number, problem: string) => Error,
  ): Promise<T | null> {
    const { attempts, failedPolls, backoffMs, maxWaitMs } = PROVIDER_RETRY;
    let problem = '';
    for (let n = 1; n <= attempts; n++) {
      const outcome = await attempt();
      if ('value' in outcome) {
        this.failedPolls.set(query, 0);
        return outcome.value;
      }
      problem = outcome.retry;
      if (n < attempts) {
        await sleep(Math.min(outcome.waitMs ?? backoffMs * n, maxWaitMs), this.signal);
        if (this.signal?.aborted) return null;
      }
    }
    const polls = (this.failedPolls.get(query) ?? 0) + 1;
    this.failedPolls.set(query, polls);
    if (polls >= failedPolls) throw failing(polls, problem);
    return null;
  }
}
