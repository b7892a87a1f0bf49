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
    const answer = () => {
      res.writeHead(failing ? 500 : (b.status ?? 200), { 'content-type': 'application/json' });
      res.end(failing ? '{"status":"error"}' : (b.body ?? '{"status":"ok","version":"v1"}'));
    };
    if (b.latencyMs) setTimeout(answer, b.latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.port = (server.address() as AddressInfo).port;
  service.url = `http://127.0.0.1:${service.port}/healthz`;
  return service;
}

/** A port nothing listens on (a service that is down). */
export async function closedPort(): Promise<string> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return `http://127.0.0.1:${port}/healthz`;
}
