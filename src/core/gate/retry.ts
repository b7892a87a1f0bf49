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
