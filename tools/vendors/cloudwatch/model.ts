// The traffic model (lab/metrics.ts) as CloudWatch metrics, for the provider contract and the bench.
import {
  modelSeries,
  type BucketSource,
  type Side,
  type TrafficModel,
} from '../../../lab/metrics.js';
import type { CloudWatchStandIn } from './server.js';

/** The model's measures as metrics of one namespace, a `Side` dimension per version. */
export const MODEL_METRICS = { Errors: 'errors', Requests: 'requests', Latency: 'gauge' } as const;
export const MODEL_NAMESPACE = 'Glidepath/Model';

/** A `checks` query of one of the model's metrics. */
export function modelQuery(metric: keyof typeof MODEL_METRICS, side: Side, stat = 'Sum'): string {
  return JSON.stringify({ namespace: MODEL_NAMESPACE, metric, dimensions: { Side: side }, stat });
}

/** Puts the model's metrics in the stand-in, as CloudWatch shows them at `clock()` (the newest period partly in). */
export function putModel(
  standIn: CloudWatchStandIn,
  model: TrafficModel | BucketSource,
  clock: () => number,
): void {
  for (const [metric, measure] of Object.entries(MODEL_METRICS))
    for (const side of ['canary', 'baseline'] as const)
      standIn.put(
        { namespace: MODEL_NAMESPACE, metric, dimensions: { Side: side } },
        {
          buckets: (from, to, widthMs) =>
            (
              modelSeries(model, side, measure, { from, to, widthMs, now: clock() }, false)[0]
                ?.points ?? []
            ).map(([at, value]) => ({ at, value })),
        },
      );
}
