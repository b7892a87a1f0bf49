import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startVendor, type VendorAnswer } from '../tools/vendors/http.js';
import { tempDir } from './fixtures.js';
import { logNormalLatency } from './services.js';

/** One series as Prometheus stores it: its name, labels and current value. */
export interface ExportedSeries {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** A service exporting request and error counters per version, with traffic it simulates itself. */
export interface Exporter {
  url: string;
  port: number;
  rates: Record<string, number>;
  /** Every series as it stands now (what a scrape would read). */
  series(): ExportedSeries[];
  close(): Promise<void>;
}

/**
 * Request latencies per version as a Prometheus histogram (`app_request_duration_seconds`):
 * log-normal with the version's median, bucket bounds in seconds (exponential, 10% apart, 1 ms
 * to about 5 s, unless given).
 */
export interface ExportedLatency {
  medianMs: Record<string, number>;
  sigma: number;
  bucketsS?: number[];
}

export const EXPONENTIAL_BUCKETS_S = Array.from(
  { length: 90 },
  (_, i) => +(0.001 * 1.1 ** i).toPrecision(6),
);

export async function startExporter(
  errorRates: Record<string, number>,
  requestsPerSecond = 200,
  latency?: ExportedLatency,
): Promise<Exporter> {
  const totals: Record<
    string,
    { requests: number; errors: number; debt: number; buckets: number[] }
  > = {};
  const bounds = latency?.bucketsS ?? EXPONENTIAL_BUCKETS_S;
  const draws: Record<string, () => number> = {};
  Object.keys(errorRates).forEach((version, i) => {
    totals[version] = { requests: 0, errors: 0, debt: 0, buckets: bounds.map(() => 0) };
    if (latency)
      draws[version] = logNormalLatency(latency.medianMs[version] ?? 20, latency.sigma, 31 + i);
  });
  const exporter = { url: '', port: 0, rates: errorRates, close: async () => {} } as Exporter;
  const tick = setInterval(() => {
    for (const [version, t] of Object.entries(totals)) {
      const n = requestsPerSecond / 20;
      t.requests += n;
      t.debt += n * (exporter.rates[version] ?? 0);
      const whole = Math.floor(t.debt);
      t.errors += whole;
      t.debt -= whole;
      const draw = draws[version];
      if (draw)
        for (let i = 0; i < n; i++) {
          const seconds = draw() / 1000;
          bounds.forEach((b, k) => {
            if (seconds <= b) t.buckets[k] = (t.buckets[k] as number) + 1;
          });
        }
    }
  }, 50);
  exporter.series = () =>
    Object.entries(totals).flatMap(([version, t]) => [
      { name: 'app_requests_total', labels: { version }, value: t.requests },
      { name: 'app_errors_total', labels: { version }, value: t.errors },
      ...(latency
        ? [
            ...bounds.map((b, k) => ({
              name: 'app_request_duration_seconds_bucket',
              labels: { version, le: String(b) },
              value: t.buckets[k] as number,
            })),
            {
              name: 'app_request_duration_seconds_bucket',
              labels: { version, le: '+Inf' },
              value: t.requests,
            },
          ]
        : []),
    ]);
  const server: Server = createServer((req, res) => {
    const series = exporter.series();
    const names = [...new Set(series.map((s) => s.name))];
    const lines = names.flatMap((name) => [
      `# TYPE ${name.replace(/_bucket$/, '')} ${name.endsWith('_bucket') ? 'histogram' : 'counter'}`,
      ...series
        .filter((s) => s.name === name)
        .map(
          (s) =>
            `${s.name}{${Object.entries(s.labels)
              .map(([k, v]) => `${k}="${v}"`)
              .join(',')}} ${s.value}`,
        ),
    ]);
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(`${lines.join('\n')}\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  exporter.port = (server.address() as AddressInfo).port;
  exporter.url = `http://127.0.0.1:${exporter.port}`;
  exporter.close = async () => {
    clearInterval(tick);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return exporter;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

export interface RealPrometheus {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts Debian's Prometheus on a loopback port, scraping the given targets every second. */
export async function startPrometheus(binary: string, targets: string[]): Promise<RealPrometheus> {
  const dir = tempDir('glidepath-prom-');
  const port = await freePort();
  const config = path.join(dir, 'prometheus.yml');
  writeFileSync(
    config,
    `global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\nscrape_configs:\n  - job_name: app\n    static_configs:\n      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]\n`,
  );
  const child = spawn(
    binary,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${path.join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited: ${log}`);
    try {
      if ((await fetch(`${url}/-/ready`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`prometheus did not become ready: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) =>
        child.exitCode !== null ? resolve(null) : child.once('exit', resolve),
      );
    },
  };
}

/** One request a Prometheus stand-in received: the query, its evaluation time, the headers. */
export interface PrometheusRequest {
  query: string;
  time?: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface PrometheusStandIn {
  url: string;
  requests: PrometheusRequest[];
  close(): Promise<void>;
}

/** What a query gives: an instant vector's samples, or a query Prometheus cannot parse. */
type Answer = { metric: Record<string, string>; value: number }[] | { badData: string };

/**
 * Prometheus' instant-query API (`GET /api/v1/query`, as documented at
 * prometheus.io/docs/prometheus/latest/querying/api/) around `answer`, in the API's envelope: a
 * vector of {metric, value} with the value as a string, an unparseable query as 400 `bad_data`.
 * `time`, when given, must be a Unix timestamp or RFC 3339, else 400 bad_data as Prometheus
 * answers. With `require`, every header named must arrive with that value or the answer is 401
 * (an auth proxy in front of Prometheus). Every request is recorded. test/real/ holds the shapes
 * and error texts to a real Prometheus.
 */
async function serveQueries(
  answer: (query: string) => Answer,
  options: { require?: Record<string, string> } = {},
): Promise<PrometheusStandIn> {
  const error = (status: number, errorType: string, text: string): VendorAnswer => ({
    status,
    body: { status: 'error', errorType, error: text },
  });
  const vendor = await startVendor(({ url, headers }) => {
    if (url.pathname !== '/api/v1/query') return error(404, 'not_found', 'not found');
    const query = url.searchParams.get('query') ?? '';
    const time = url.searchParams.get('time') ?? undefined;
    for (const [name, value] of Object.entries(options.require ?? {}))
      if (headers[name.toLowerCase()] !== value) return error(401, 'unauthorized', 'unauthorized');
    const at =
      time === undefined
        ? Date.now() / 1000
        : /^\d+(\.\d+)?$/.test(time)
          ? Number(time)
          : Date.parse(time) / 1000;
    if (!query || !Number.isFinite(at))
      return error(
        400,
        'bad_data',
        query
          ? `invalid parameter "time": cannot parse "${time}" to a valid timestamp`
          : 'invalid parameter "query"',
      );
    const result = answer(query);
    if ('badData' in result) return error(400, 'bad_data', result.badData);
    return {
      status: 200,
      body: {
        status: 'success',
        data: {
          resultType: 'vector',
          result: result.map((r) => ({ metric: r.metric, value: [at, String(r.value)] })),
        },
      },
    };
  });
  return {
    url: vendor.url,
    // The vendor's own log, as the tests read it: the queries that reached the query API.
    get requests() {
      return vendor.log
        .filter((e) => e.request.path === '/api/v1/query')
        .map(({ request: { query, headers } }) => ({
          query: query.query ?? '',
          time: query.time,
          headers,
        }));
    },
    close: () => vendor.close(),
  };
}

/**
 * Over an exporter's series as they stand (no scrape delay): instant queries of a selector
 * `name{label="value",…}`, wrapped or not in `sum(…)` or `sum by (label) (…)`; any other query is
 * refused as Prometheus refuses one it cannot parse.
 */
export function startSeriesQueryApi(source: () => ExportedSeries[]): Promise<PrometheusStandIn> {
  return serveQueries((query) => {
    const m =
      /^\s*(?:sum(?:\s+by\s*\(\s*([a-z_]+)\s*\))?\s*\(\s*)?([a-zA-Z_:][\w:]*)\s*(?:\{([^}]*)\})?\s*\)?\s*$/.exec(
        query,
      );
    const summed = /^\s*sum\b/.test(query);
    if (!m || summed !== /\)\s*$/.test(query))
      return { badData: `1:1: parse error: unexpected input in ${JSON.stringify(query)}` };
    const [, by, name, matchers] = m;
    const wanted = [...(matchers ?? '').matchAll(/([a-z_]+)\s*=\s*"([^"]*)"/g)].map((x) => [
      x[1] as string,
      x[2] as string,
    ]);
    const chosen = source().filter(
      (s) => s.name === name && wanted.every(([k, v]) => s.labels[k as string] === v),
    );
    if (!summed)
      return chosen.map((s) => ({ metric: { __name__: s.name, ...s.labels }, value: s.value }));
    const groups = new Map<string, number>();
    for (const s of chosen) {
      const key = by ? (s.labels[by] ?? '') : '';
      groups.set(key, (groups.get(key) ?? 0) + s.value);
    }
    return [...groups].map(([key, value]) => ({ metric: by ? { [by]: key } : {}, value }));
  });
}

/** Each query's value from `evaluate` (null: an empty vector), for queries of any shape. */
export function startPrometheusStandIn(
  evaluate: (query: string) => number | null,
  options: { require?: Record<string, string> } = {},
): Promise<PrometheusStandIn> {
  return serveQueries((query) => {
    const value = evaluate(query);
    return value === null ? [] : [{ metric: {}, value }];
  }, options);
}
