// A sample service for A/B experiments: each visit (any path but /counters and /healthz) converts
// with the service's rate, drawn from a seeded generator; the service keeps per-user sums and
// serves them at /counters as canary-step's experiment reads them. A user is the `uid` cookie,
// else the client address. Used by the experiment bundle tests, real-server tests and the demo.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'node:http';
import { mulberry32 } from '../bench/lib.js';

export interface ExperimentServiceOptions {
  version: string;
  conversionRate: number;
  /** Share of answers that are 500, spread evenly (probes included). */
  errorRate?: number;
  seed?: number;
}

export interface ExperimentService {
  version: string;
  /** Base URL, e.g. http://127.0.0.1:1234 */
  url: string;
  countersUrl: string;
  healthUrl: string;
  port: number;
  visits: number;
  options: ExperimentServiceOptions;
  close(): Promise<void>;
}

export async function startExperimentService(
  options: ExperimentServiceOptions,
  port = 0,
): Promise<ExperimentService> {
  const random = mulberry32(options.seed ?? 1);
  const users = new Map<string, { n: number; y: number }>();
  const sums = { users: 0, visits: 0, value: 0, visitsSq: 0, valueSq: 0, visitsValue: 0 };
  let debt = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/counters') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(sums));
      return;
    }
    let failing = false;
    if (service.options.errorRate) {
      debt += service.options.errorRate;
      if (debt >= 1) {
        debt -= 1;
        failing = true;
      }
    }
    if (path !== '/healthz') {
      const cookie = /(?:^|;\s*)uid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const id = cookie ?? req.socket.remoteAddress ?? '';
      let u = users.get(id);
      if (!u) {
        u = { n: 0, y: 0 };
        users.set(id, u);
        sums.users += 1;
      }
      const c = !failing && random() < service.options.conversionRate ? 1 : 0;
      sums.visits += 1;
      sums.value += c;
      sums.visitsSq += 2 * u.n + 1;
      sums.valueSq += 2 * u.y * c + c;
      sums.visitsValue += u.y + c * (u.n + 1);
      u.n += 1;
      u.y += c;
      service.visits += 1;
      if (!failing) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ version: service.version, converted: c === 1 }));
        return;
      }
    }
    res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(failing ? { status: 'error' } : { status: 'ok', version: service.version }),
    );
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${bound}`;
  const service: ExperimentService = {
    version: options.version,
    url,
    countersUrl: `${url}/counters`,
    healthUrl: `${url}/healthz`,
    port: bound,
    visits: 0,
    options,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return service;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** One visit through `url` as user `uid` (no cookie when undefined); the version that answered (from the router's header). */
export function visit(url: string, uid?: string): Promise<{ status: number; upstream: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent, headers: uid === undefined ? {} : { cookie: `uid=${uid}` } },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            upstream: String(res.headers['x-glidepath-upstream'] ?? ''),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * Drives users through `url` until `stop()` says so or `users` run out: each user visits 1 to
 * `maxVisits` times; `concurrency` visits in flight. Returns the upstream each user reached.
 */
export async function driveUsers(
  url: string,
  options: {
    users: number;
    maxVisits: number;
    concurrency: number;
    prefix?: string;
    stop?: () => boolean;
    /** Visits during which this changed (a weight change) are not recorded. */
    epoch?: () => unknown;
  },
): Promise<Map<string, Set<string>>> {
  const seen = new Map<string, Set<string>>();
  const random = mulberry32(7);
  const queue: string[] = [];
  for (let i = 0; i < options.users; i++) {
    const k = 1 + Math.floor(random() * options.maxVisits);
    for (let j = 0; j < k; j++) queue.push(`${options.prefix ?? 'u'}${i}`);
  }
  let next = 0;
  const worker = async () => {
    while (next < queue.length && !(options.stop?.() ?? false)) {
      const uid = queue[next++] as string;
      try {
        const before = options.epoch?.();
        const { upstream } = await visit(url, uid);
        if (options.epoch && options.epoch() !== before) continue;
        let set = seen.get(uid);
        if (!set) seen.set(uid, (set = new Set()));
        set.add(upstream);
      } catch {
        // The router may be stopping at the end of a test.
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return seen;
}
