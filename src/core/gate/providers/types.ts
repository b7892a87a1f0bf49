/** One bucket of a time series: `at` is the bucket's start (ms since the epoch). */
export interface Sample {
  at: number;
  value: number;
}
/** One series of a query's answer; `group` names it when the query groups (e.g. Datadog `by {host}`, NRQL FACET). */
export interface Series {
  group?: string;
  samples: Sample[];
}
export interface SampleRange {
  from: number; // ms, inclusive
  to: number; // ms, exclusive
  stepMs: number; // the bucket width asked for (the provider may round it to what the vendor allows)
}
/** Why a provider call failed; `message` carries the vendor's own error text and names the query. */
export type ProviderFailure = 'auth' | 'query' | 'rate-limit' | 'unavailable';
export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
/**
 * A metric provider: every series a query answers over the range; [] means no data (inconclusive,
 * never failure). `side` is 'baseline' for a counts check's baseline queries (most providers read
 * both versions alike; web reads the baseline's from baseline-url when given).
 */
export interface MetricProvider {
  readonly kind: string;
  query(
    query: string,
    range: SampleRange,
    signal: AbortSignal,
    side?: 'baseline',
  ): Promise<Series[]>;
}
