// A local stand-in of Prometheus' HTTP query API, serving the traffic model (lab/metrics.ts) as
// the cumulative counters an exporter shows, scraped at Prometheus' own pace.
import {
  bucketValue,
  type BucketSource,
  type Measure,
  type Side,
  type TrafficModel,
} from '../../../lab/metrics.js';
import { startVendor, type VendorAnswer, type VendorStandIn } from '../http.js';

export interface PrometheusStandIn extends VendorStandIn {
  /** Queries and requests outside what Prometheus accepts or the stand-in speaks: a conformance test asserts none. */
  violations: string[];
  /** Forgets the counters read so far (a bench's next run over new traffic). */
  reset(): void;
}

/**
 * `GET /api/v1/query` (instant, at `time` or now) and `/api/v1/query_range` (`start`, `end`,
 * `step`) over a PromQL subset: a selector `metric{label="value",…}`, bare or inside one of
 * `sum`, `max`, `min`, `avg`. Each metric of `metrics` is a measure of the model per `version`
 * (`canary`, `baseline`): errors and requests as counters that grow from `start` and are scraped
 * every `scrapeMs` (default 15 s), a gauge as its value at the last scrape. Answers and errors are
 * worded as Prometheus 2.42 words them (test/real checks the shapes against a real one): a
 * malformed query is 400 `bad_data` with the parser's position and text, an unknown metric an
 * empty vector. With `basicAuth` (Prometheus' web config, or a proxy in front), a request without
 * it is 401 `Unauthorized`.
 */
export async function startPrometheusApi(options: {
  model: TrafficModel | BucketSource;
  metrics: Record<string, Measure>;
  /** When the counters start (the service's start), ms. */
  start: number;
  scrapeMs?: number;
  clock?: () => number;
  basicAuth?: { user: string; password: string };
}): Promise<PrometheusStandIn> {
  const clock = options.clock ?? Date.now;
  const scrapeMs = options.scrapeMs ?? 15_000;
  const violations: string[] = [];
  // Cumulative counter per metric and side: sums[k] is the counter at the k-th scrape (null: no data yet).
  const sums = new Map<string, (number | null)[]>();
  const counter = (measure: Measure, side: Side, scrape: number): number | null => {
    const key = `${side}|${measure}`;
    let list = sums.get(key);
    if (!list) sums.set(key, (list = [null]));
    for (let k = list.length; k <= scrape; k++) {
      const v = bucketValue(
        options.model,
        side,
        measure,
        options.start + (k - 1) * scrapeMs,
        scrapeMs,
      );
      const before = list[k - 1] as number | null;
      list.push(v === null ? before : (before ?? 0) + v);
    }
    return list[scrape] ?? null;
  };
  /** The selector's series at time t (ms): value and labels. */
  const evaluate = (q: Parsed, t: number): { metric: Record<string, string>; value: number }[] => {
    const measure = options.metrics[q.metric];
    const scrape = Math.floor((Math.min(t, clock()) - options.start) / scrapeMs);
    if (measure === undefined || scrape < 0) return [];
    const series: { metric: Record<string, string>; value: number }[] = [];
    for (const side of ['canary', 'baseline'] as const) {
      const labels: Record<string, string> = {
        __name__: q.metric,
        instance: `${side}:8080`,
        job: 'app',
        version: side,
      };
      if (Object.entries(q.labels).some(([k, v]) => labels[k] !== v)) continue;
      const value =
        measure === 'gauge'
          ? bucketValue(options.model, side, 'gauge', options.start + scrape * scrapeMs, scrapeMs)
          : counter(measure, side, scrape);
      if (value !== null) series.push({ metric: labels, value });
    }
    if (!q.aggregate || series.length === 0) return series;
    const values = series.map((s) => s.value);
    const total = values.reduce((a, b) => a + b, 0);
    const value = {
      sum: total,
      avg: total / values.length,
      max: Math.max(...values),
      min: Math.min(...values),
    }[q.aggregate];
    return [{ metric: {}, value }];
  };
  const vendor = await startVendor((request): VendorAnswer => {
    if (options.basicAuth) {
      const { user, password } = options.basicAuth;
      const expected = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
      if (request.headers.authorization !== expected)
        return {
          status: 401,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Basic' },
          body: 'Unauthorized\n',
        };
    }
    const params = request.url.searchParams;
    const path = request.url.pathname;
    if (request.method !== 'GET' || (path !== '/api/v1/query' && path !== '/api/v1/query_range')) {
      violations.push(`${request.method} ${path}`);
      return {
        status: 404,
        headers: { 'content-type': 'text/plain' },
        body: '404 page not found\n',
      };
    }
    const text = params.get('query') ?? '';
    const parsed = parse(text);
    if (typeof parsed === 'string') {
      if (!parsed.startsWith('1:')) violations.push(`outside the stand-in's PromQL: ${text}`);
      return badData(`invalid parameter "query": ${parsed}`);
    }
    const format = (v: number) => String(v);
    if (path === '/api/v1/query') {
      const t = params.has('time') ? Number(params.get('time')) * 1000 : clock();
      const result = evaluate(parsed, t).map((s) => ({
        metric: s.metric,
        value: [t / 1000, format(s.value)],
      }));
      return success('vector', result);
    }
    const [start, end] = [Number(params.get('start')), Number(params.get('end'))];
    const step = parseStep(params.get('step') ?? '');
    if (!Number.isFinite(start) || !Number.isFinite(end) || step === null || end < start) {
      violations.push(
        `query_range with start ${params.get('start')}, end ${params.get('end')}, step ${params.get('step')}`,
      );
      return badData('invalid parameter "start"/"end"/"step"');
    }
    const bySeries = new Map<
      string,
      { metric: Record<string, string>; values: [number, string][] }
    >();
    for (let t = start; t <= end; t += step)
      for (const s of evaluate(parsed, t * 1000)) {
        const key = JSON.stringify(s.metric);
        if (!bySeries.has(key)) bySeries.set(key, { metric: s.metric, values: [] });
        bySeries.get(key)?.values.push([t, format(s.value)]);
      }
    return success('matrix', [...bySeries.values()]);
  });
  return { ...vendor, violations, reset: () => sums.clear() };
}

function success(resultType: string, result: unknown): VendorAnswer {
  return { status: 200, body: { status: 'success', data: { resultType, result } } };
}

function badData(error: string): VendorAnswer {
  return { status: 400, body: { status: 'error', errorType: 'bad_data', error } };
}

/** Seconds of a step: a number of seconds or a Prometheus duration (15s, 1m). */
function parseStep(step: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(step);
  if (!m) return null;
  const n = Number(m[1]);
  return n * ({ ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] ?? 's'] as number) || null;
}

interface Parsed {
  aggregate?: 'sum' | 'max' | 'min' | 'avg';
  metric: string;
  labels: Record<string, string>;
}

/**
 * The query, or Prometheus' parse error for it (`1:N: parse error: …`, worded and placed as
 * Prometheus does for an unclosed parenthesis or brace), or a note that it is outside the subset.
 */
function parse(text: string): Parsed | string {
  const end = `1:${text.length + 1}: parse error:`;
  let depth = 0;
  for (const ch of text) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  if (depth > 0) return `${end} unclosed left parenthesis`;
  if (text.split('{').length > text.split('}').length)
    return `${end} unexpected end of input inside braces`;
  const agg = /^\s*(sum|max|min|avg)\s*\((.*)\)\s*$/.exec(text);
  const selector = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?:\{(.*)\})?\s*$/.exec(
    agg ? (agg[2] as string) : text,
  );
  if (!selector) return `the stand-in speaks selectors and sum/max/min/avg of one, not '${text}'`;
  const labels: Record<string, string> = {};
  for (const part of (selector[2] ?? '').split(',').filter((p) => p.trim())) {
    const m = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"([^"]*)"\s*$/.exec(part);
    if (!m) return `the stand-in speaks label="value" matchers, not '${part}'`;
    labels[m[1] as string] = m[2] as string;
  }
  return {
    ...(agg ? { aggregate: agg[1] as Parsed['aggregate'] } : {}),
    metric: selector[1] as string,
    labels,
  };
}
