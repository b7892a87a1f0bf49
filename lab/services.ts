import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A sample service with a known behaviour: error rate, latency, flapping, body. */
export interface ServiceBehaviour {
  /** Share of requests answered 500, spread evenly (every 1/errorRate-th request), not at random. */
  errorRate?: number;
  latencyMs?: number;
  /** Alternate between healthy and failing every `flapMs`. */
  flapMs?: number;
  body?: string;
  status?: number;
  /** For its first `ms` after starting: answer 500 after `latencyMs` (a slow, failing warm-up). */
  slowStart?: { ms: number; latencyMs: number };
  /** Latency of each answer in ms, drawn afresh per request (e.g. a log-normal); overrides latencyMs. */
  latency?: () => number;
  /** Answers 500 in bursts: `size` consecutive requests fail, a burst starting with chance errorRate/size. */
  burst?: { errorRate: number; size: number; random?: () => number };
}

export interface SampleService {
  url: string;
  port: number;
  requests: number;
  lastHeaders?: IncomingHttpHeaders;
  behaviour: ServiceBehaviour;
  close(): Promise<void>;
}

export async function startService(behaviour: ServiceBehaviour = {}): Promise<SampleService> {
  let debt = 0;
  let burstLeft = 0;
  const started = Date.now();
  const service: SampleService = {
    url: '',
    port: 0,
    requests: 0,
    behaviour,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    service.requests += 1;
    service.lastHeaders = req.headers;
    const b = service.behaviour;
    let failing = false;
    if (b.flapMs) failing = Math.floor((Date.now() - started) / b.flapMs) % 2 === 1;
    else if (b.errorRate) {
      debt += b.errorRate;
      if (debt >= 1) {
        debt -= 1;
        failing = true;
      }
    }
    if (b.burst) {
      if (burstLeft > 0) {
        burstLeft -= 1;
        failing = true;
      } else if ((b.burst.random ?? Math.random)() < b.burst.errorRate / b.burst.size) {
        burstLeft = b.burst.size - 1;
        failing = true;
      }
    }
    let delay = b.latency ? b.latency() : (b.latencyMs ?? 0);
    if (b.slowStart && Date.now() - started < b.slowStart.ms) {
      failing = true;
      delay = b.slowStart.latencyMs;
    }
    const answer = () => {
      res.writeHead(failing ? 500 : (b.status ?? 200), { 'content-type': 'application/json' });
      res.end(failing ? '{"status":"error"}' : (b.body ?? '{"status":"ok","version":"v1"}'));
    };
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.port = (server.address() as AddressInfo).port;
  service.url = `http://127.0.0.1:${service.port}/healthz`;
  return service;
}

/** Sample services a test file starts as it goes and closes at the end (its afterAll). */
export function serviceSet(): {
  start(behaviour?: ServiceBehaviour): Promise<SampleService>;
  close(): Promise<void>;
} {
  const started: SampleService[] = [];
  return {
    start: async (behaviour) => {
      const s = await startService(behaviour);
      started.push(s);
      return s;
    },
    close: async () => void (await Promise.all(started.map((s) => s.close()))),
  };
}

/** A port nothing listens on (a service that is down). */
export function closedPort(): Promise<string> {
  // Port 1 (tcpmux) on loopback: nothing listens there and no test can take it, where a port
  // closed after listening may be handed to another test's server meanwhile (four test files run
  // at once; one such port once answered 404 instead of refusing).
  return Promise.resolve('http://127.0.0.1:1/healthz');
}

/** One server of a sample pool: answers `{"server","version"}` (after `?delay=ms`), or 500 while it runs a version marked bad for it. */
export interface PoolMember {
  name: string;
  port: number;
  address: string;
  version: string;
  requests: number;
  /** Every deploy it got: the values the deploy command passed (GLIDEPATH_* through headers). */
  deploys: { version: string; server: string; address: string; previous: string; at: number }[];
}

export interface SamplePool {
  members: PoolMember[];
  /** Base URL of the deploy endpoint: `PUT /deploy` with x-server, x-address, x-version, x-previous headers. */
  controlUrl: string;
  /** A deploy command (bash) that deploys through the control endpoint; reads POOL_CONTROL from the environment. */
  deployCommand: string;
  /** Makes `name` answer 500 whenever it runs `version` (a bad build on that server). */
  failOn(name: string, version: string): void;
  close(): Promise<void>;
}

/**
 * A pool of sample servers with a deploy endpoint that restarts a server like a real deploy:
 * the listener closes (connections refused, open ones cut), stays down `restartMs`, and comes
 * back on the same port with the new version. Traffic that reaches a server mid-deploy fails.
 */
export async function startPool(
  count: number,
  options: { version: string; restartMs?: number },
): Promise<SamplePool> {
  const bad = new Set<string>();
  const servers = new Map<string, Server>();
  const members: PoolMember[] = [];
  const listen = (member: PoolMember) => {
    const server = createServer((req, res) => {
      member.requests += 1;
      const failing = bad.has(`${member.name}@${member.version}`);
      const answer = () => {
        res.writeHead(failing ? 500 : 200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            server: member.name,
            version: member.version,
            status: failing ? 'error' : 'ok',
          }),
        );
      };
      // `?delay=300`: a slow request, still in flight when a drain starts.
      const delay = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('delay') ?? 0);
      if (delay > 0) setTimeout(answer, Math.min(delay, 10_000));
      else answer();
    });
    server.keepAliveTimeout = 10_000;
    servers.set(member.name, server);
    return new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(member.port, '127.0.0.1', () => resolve());
    });
  };
  const stop = async (name: string) => {
    const server = servers.get(name);
    if (!server) return;
    servers.delete(name);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  for (let i = 1; i <= count; i++) {
    const member: PoolMember = {
      name: `app${i}`,
      port: 0,
      address: '',
      version: options.version,
      requests: 0,
      deploys: [],
    };
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    member.port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    member.address = `127.0.0.1:${member.port}`;
    await listen(member);
    members.push(member);
  }
  const control = createServer((req, res) => {
    const header = (name: string) => String(req.headers[name] ?? '');
    const member = members.find(
      (m) => m.address === header('x-address') || m.name === header('x-server'),
    );
    if (req.method !== 'PUT' || !member || !header('x-version')) {
      res.writeHead(404).end('no such server\n');
      return;
    }
    member.deploys.push({
      version: header('x-version'),
      server: header('x-server'),
      address: header('x-address'),
      previous: header('x-previous'),
      at: Date.now(),
    });
    void (async () => {
      await stop(member.name);
      await new Promise((resolve) => setTimeout(resolve, options.restartMs ?? 150));
      member.version = header('x-version');
      await listen(member);
      res.writeHead(200).end(`${member.name} runs ${member.version}\n`);
    })();
  });
  await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
  return {
    members,
    controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    deployCommand:
      'curl -fsS -X PUT -H "x-server: $GLIDEPATH_SERVER" -H "x-address: $GLIDEPATH_SERVER_ADDRESS" -H "x-version: $GLIDEPATH_VERSION" -H "x-previous: $GLIDEPATH_PREVIOUS_VERSION" "$POOL_CONTROL/deploy"',
    failOn: (name, version) => void bad.add(`${name}@${version}`),
    close: async () => {
      control.closeAllConnections();
      await new Promise<void>((resolve) => control.close(() => resolve()));
      for (const m of members) await stop(m.name);
    },
  };
}

/**
 * A seeded log-normal latency sampler (ms) for `ServiceBehaviour.latency`: median `medianMs`,
 * log-scale spread `sigma`, and a share `slowShare` of requests `slowFactor` times slower.
 */
export function logNormalLatency(
  medianMs: number,
  sigma: number,
  seed: number,
  slow: { share: number; factor: number } = { share: 0, factor: 1 },
): () => number {
  let s = seed >>> 0;
  const uniform = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => {
    const z = Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
    const ms = medianMs * Math.exp(sigma * z);
    return uniform() < slow.share ? ms * slow.factor : ms;
  };
}
