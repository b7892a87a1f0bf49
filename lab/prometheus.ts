import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir } from './fixtures.js';

/** A service exporting request and error counters per version, with traffic it simulates itself. */
export interface Exporter {
  url: string;
  port: number;
  rates: Record<string, number>;
  close(): Promise<void>;
}

export async function startExporter(
  errorRates: Record<string, number>,
  requestsPerSecond = 200,
): Promise<Exporter> {
  const totals: Record<string, { requests: number; errors: number; debt: number }> = {};
  for (const version of Object.keys(errorRates))
    totals[version] = { requests: 0, errors: 0, debt: 0 };
  const exporter = { url: '', port: 0, rates: errorRates, close: async () => {} } as Exporter;
  const tick = setInterval(() => {
    for (const [version, t] of Object.entries(totals)) {
      const n = requestsPerSecond / 20;
      t.requests += n;
      t.debt += n * (exporter.rates[version] ?? 0);
      const whole = Math.floor(t.debt);
      t.errors += whole;
      t.debt -= whole;
    }
  }, 50);
  const server: Server = createServer((req, res) => {
    const lines = [
      '# TYPE app_requests_total counter',
      ...Object.entries(totals).map(([v, t]) => `app_requests_total{version="${v}"} ${t.requests}`),
      '# TYPE app_errors_total counter',
      ...Object.entries(totals).map(([v, t]) => `app_errors_total{version="${v}"} ${t.errors}`),
    ];
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

/**
 * A stand-in for Prometheus' instant-query API (`GET /api/v1/query`, as documented at
 * prometheus.io/docs/prometheus/latest/querying/api/): `evaluate` gives a query's value (null:
 * an empty vector). `time`, when given, must be a Unix timestamp or RFC 3339, else 400 bad_data as
 * Prometheus answers. With `require`, every header named must arrive with that value or the
 * answer is 401 (an auth proxy in front of Prometheus), so a client that drops them gets no data.
 */
export async function startPrometheusStandIn(
  evaluate: (query: string) => number | null,
  options: { require?: Record<string, string> } = {},
): Promise<PrometheusStandIn> {
  const requests: PrometheusRequest[] = [];
  const send = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (url.pathname !== '/api/v1/query') return send(res, 404, { error: 'not found' });
    const query = url.searchParams.get('query') ?? '';
    const time = url.searchParams.get('time') ?? undefined;
    requests.push({ query, time, headers: req.headers });
    for (const [name, value] of Object.entries(options.require ?? {}))
      if (req.headers[name.toLowerCase()] !== value)
        return send(res, 401, {
          status: 'error',
          errorType: 'unauthorized',
          error: 'unauthorized',
        });
    const at =
      time === undefined
        ? Date.now() / 1000
        : /^\d+(\.\d+)?$/.test(time)
          ? Number(time)
          : Date.parse(time) / 1000;
    if (!query || !Number.isFinite(at))
      return send(res, 400, {
        status: 'error',
        errorType: 'bad_data',
        error: query
          ? `invalid parameter "time": cannot parse "${time}" to a valid timestamp`
          : 'invalid parameter "query"',
      });
    const value = evaluate(query);
    send(res, 200, {
      status: 'success',
      data: {
        resultType: 'vector',
        result: value === null ? [] : [{ metric: {}, value: [at, String(value)] }],
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
