// The traffic model (lab/metrics.ts) as New Relic events, for the provider contract and the bench.
import { bucketValue, type BucketSource, type TrafficModel } from '../../../lab/metrics.js';
import type { NrEvent } from './nrql.js';

/**
 * The model as Transaction events: per second and version (`side`), one record of the errors
 * and one of the rest (each standing for that many events), `duration` the gauge; only events
 * that have happened by `clock()`.
 */
export function modelEvents(model: TrafficModel | BucketSource, clock: () => number) {
  return (from: number, to: number): NrEvent[] => {
    const events: NrEvent[] = [];
    const end = Math.min(to, clock());
    for (let at = Math.ceil(from / 1000) * 1000; at < end; at += 1000)
      for (const side of ['canary', 'baseline'] as const) {
        const requests = bucketValue(model, side, 'requests', at, 1000);
        const errors = bucketValue(model, side, 'errors', at, 1000);
        if (requests === null || errors === null) continue;
        const duration = bucketValue(model, side, 'gauge', at, 1000) ?? 0;
        events.push(
          { timestamp: at, side, error: true, duration, weight: errors },
          { timestamp: at, side, error: false, duration, weight: requests - errors },
        );
      }
    return events;
  };
}

/** A `checks` query counting a side's transactions (or its errors). */
export function modelNrql(side: string, errors: boolean): string {
  return `SELECT count(*) FROM Transaction WHERE side = '${side}'${errors ? ' AND error IS true' : ''}`;
}
