// A local in-house metric service for the `web` provider: JSON answers from the traffic model
// (lab/metrics.ts), behind a bearer token, in the shapes such services commonly have.
import {
  bucketValue,
  modelSeries,
  type Side,
  type TrafficModel,
  type BucketSource,
} from '../../../lab/metrics.js';
import { startVendor, type VendorStandIn } from '../http.js';

/**
 * - `GET /api/counts?from=S&to=S` → `{"canary": {"errors": n, "requests": n}, "baseline": {…}}` for that window;
 *   with `&side=canary` (or baseline) that side's alone, `{"errors": n, "requests": n}`, as each
 *   deployment serving its own numbers would;
 * - `GET /api/now?side=canary` → `{"latency": {"p99": v}}`, the gauge now;
 * - `GET /api/series?side=canary&measure=errors&from=S&to=S&step=S` → `{"points": [[t, v], …]}` (t in s).
 * Without `Authorization: Bearer <token>`: 401.
 */
export async function startWebMetrics(options: {
  token: string;
  /** The traffic model, or any source of bucket values. */
  model: TrafficModel | BucketSource;
  clock?: () => number;
}): Promise<VendorStandIn> {
  const clock = options.clock ?? Date.now;
  return startVendor((request) => {
    if (request.headers.authorization !== `Bearer ${options.token}`)
      return { status: 401, body: { error: 'unauthorized' } };
    const q = request.url.searchParams;
    const side = (q.get('side') ?? 'canary') as Side;
    if (side !== 'canary' && side !== 'baseline')
      return { status: 400, body: { error: "side must be 'canary' or 'baseline'" } };
    // Without a window, the last ten minutes.
    const to = q.has('to') ? Number(q.get('to')) * 1000 : clock();
    const from = q.has('from') ? Number(q.get('from')) * 1000 : to - 600_000;
    switch (request.url.pathname) {
      case '/api/counts': {
        if (!(to > from)) return { status: 400, body: { error: 'from and to are required' } };
        // Before the service has data for a window it answers nulls.
        const counts = (s: Side) => ({
          errors: bucketValue(options.model, s, 'errors', from, to - from),
          requests: bucketValue(options.model, s, 'requests', from, to - from),
        });
        if (q.has('side')) return { status: 200, body: counts(side) };
        return { status: 200, body: { canary: counts('canary'), baseline: counts('baseline') } };
      }
      case '/api/now':
        return {
          status: 200,
          body: { latency: { p99: bucketValue(options.model, side, 'gauge', clock(), 1000) } },
        };
      case '/api/series': {
        const step = Number(q.get('step') ?? 10) * 1000;
        const measure = q.get('measure') === 'errors' ? 'errors' : 'requests';
        const [series] = modelSeries(
          options.model,
          side,
          measure,
          { from, to, widthMs: step, now: clock() },
          false,
        );
        return {
          status: 200,
          body: { points: (series?.points ?? []).map(([t, v]) => [t / 1000, v]) },
        };
      }
      default:
        return { status: 404, body: { error: 'not found' } };
    }
  });
}
