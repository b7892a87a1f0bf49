// A local stand-in for Datadog's metric query API (GET /api/v1/query), answering with Datadog's
// shapes (MetricsQueryResponse, APIErrorResponse) from the traffic model in lab/metrics.ts. Its
// answers are checked by Datadog's official client (test/tools/vendors/datadog.test.ts).
import { modelSeries, type Measure, type Side, type TrafficModel } from '../../../lab/metrics.js';
import { startVendor, type VendorAnswer, type VendorStandIn } from '../http.js';

export interface DatadogStandInOptions {
  apiKey: string;
  appKey: string;
  model: TrafficModel;
  /** Metric names of the model's measures, e.g. {'trace.http.request.errors': 'errors'}. */
  metrics: Record<string, Measure>;
  /** The tag that tells the sides apart (`version:canary`, `version:baseline`). */
  sideTag?: string;
  /** The stand-in's now (ms): tests that drive the gate on a model clock pass theirs. */
  clock?: () => number;
}

/** Datadog's own grammar, the part the stand-in understands: `aggr:metric{scope} by {tags}` and functions. */
const QUERY =
  /^(sum|avg|max|min):([a-z][a-z0-9_.]*)\{([^{}]*)\}(?: by \{([a-z0-9_.,-]+)\})?((?:\.as_count\(\)|\.as_rate\(\))?)(?:\.rollup\((sum|avg|max|min|count)(?:, ?(\d+))?\))?$/i;

export async function startDatadog(options: DatadogStandInOptions): Promise<VendorStandIn> {
  const sideTag = options.sideTag ?? 'version';
  const clock = options.clock ?? Date.now;
  return startVendor((request): VendorAnswer => {
    if (request.url.pathname !== '/api/v1/query' || request.method !== 'GET')
      return { status: 404, body: { errors: ['Not found'] } };
    if (
      request.headers['dd-api-key'] !== options.apiKey ||
      request.headers['dd-application-key'] !== options.appKey
    )
      return { status: 403, body: { errors: ['Forbidden'] } };
    const params = request.url.searchParams;
    const query = params.get('query') ?? '';
    const from = Number(params.get('from'));
    const to = Number(params.get('to'));
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to)
      return { status: 400, body: { errors: ["Invalid 'from' or 'to' parameter"] } };
    const m = QUERY.exec(query.trim());
    if (!m)
      return {
        status: 400,
        body: {
          errors: [`Error parsing query: unable to parse ${query}: Rule 'scope_expr' didn't match`],
        },
      };
    const [, aggr, metric, scope, by, , , rollupSeconds] = m as unknown as string[];
    const measure = options.metrics[metric as string];
    const side = new RegExp(`(^|,)${sideTag}:(canary|baseline)(,|$)`).exec(scope as string)?.[2] as
      Side | undefined;
    const interval = Number(rollupSeconds ?? 20);
    const base = {
      status: 'ok',
      res_type: 'time_series',
      query,
      from_date: from * 1000,
      to_date: to * 1000,
      group_by: by ? by.split(',') : [],
      message: '',
    };
    // A metric Datadog has no points for answers an empty series list, never an error.
    if (!measure || !side) return { status: 200, body: { ...base, series: [] } };
    const series = modelSeries(
      options.model,
      side,
      measure,
      { from: from * 1000, to: to * 1000 + 1, widthMs: interval * 1000, now: clock() },
      by !== undefined,
    )
      .filter((s) => s.points.length > 0)
      .map((s) => {
        const first = (s.points[0] as [number, number])[0];
        const last = (s.points.at(-1) as [number, number])[0];
        return {
          metric: metric as string,
          display_name: metric as string,
          aggr: aggr as string,
          scope: [scope, s.group].filter(Boolean).join(','),
          expression: query,
          tag_set: s.group ? [s.group] : [],
          pointlist: s.points,
          start: first,
          end: last + interval * 1000 - 1,
          interval,
          length: s.points.length,
          query_index: 0,
        };
      });
    return { status: 200, body: { ...base, series } };
  });
}

/** Datadog's 429: its body and the X-RateLimit-* headers (Reset: seconds until the window resets). */
export function rateLimited(resetSeconds: number): VendorAnswer {
  return {
    status: 429,
    headers: {
      'X-RateLimit-Limit': '1600',
      'X-RateLimit-Period': '3600',
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': String(resetSeconds),
      'X-RateLimit-Name': 'query',
    },
    body: { errors: ['Too many requests'] },
  };
}
