/**
 * How every metric query is retried, Prometheus' and each provider's alike: attempts per query per
 * poll on a rate limit or an outage (waiting backoffMs × the attempt, or what the vendor asks, at
 * most maxWaitMs), and polls in a row that may fail so before the check fails.
 */
export const PROVIDER_RETRY = { attempts: 3, failedPolls: 3, backoffMs: 250, maxWaitMs: 30_000 };
