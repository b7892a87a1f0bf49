// What every vendor stand-in shares: a loopback HTTP server, a log of requests and answers, and
// faults queued by the tests (a status with headers and body, for the next matching requests).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface VendorRequest {
  method: string;
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface VendorAnswer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** A fault for the next `times` requests whose path starts with `path` (all paths when unset). */
export interface VendorFault extends VendorAnswer {
  times: number;
  path?: string;
}

export interface LoggedExchange {
  request: {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: VendorRequest['headers'];
  };
  answer: VendorAnswer;
  /** Whether the answer came from a queued fault rather than the vendor's logic. */
  fault: boolean;
  /** When the request came (wall clock, ms): how long a client waited between attempts. */
  at: number;
}

export interface VendorStandIn {
  url: string;
  /** Every request and answer, in order. */
  log: LoggedExchange[];
  fault(fault: VendorFault): void;
  close(): Promise<void>;
}

/** Starts a stand-in on 127.0.0.1 answering with `handle` (JSON bodies), after any queued fault. */
export async function startVendor(
  handle: (request: VendorRequest) => VendorAnswer | Promise<VendorAnswer>,
): Promise<VendorStandIn> {
  const log: LoggedExchange[] = [];
  const faults: VendorFault[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const at = Date.now();
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const request = {
          method: req.method ?? 'GET',
          url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        const queued = faults.find(
          (f) => f.times > 0 && (!f.path || url.pathname.startsWith(f.path)),
        );
        if (queued) queued.times -= 1;
        let answer: VendorAnswer;
        try {
          answer = queued ?? (await handle(request));
        } catch (error) {
          answer = { status: 500, body: { errors: [(error as Error).message] } };
        }
        log.push({
          request: {
            method: request.method,
            path: url.pathname,
            query: Object.fromEntries(url.searchParams),
            headers: req.headers,
          },
          answer: { status: answer.status, headers: answer.headers, body: answer.body },
          fault: queued !== undefined,
          at,
        });
        const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        res.writeHead(answer.status, {
          'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json',
          ...answer.headers,
        });
        res.end(text);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    fault: (fault) => faults.push({ ...fault }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A vendor stand-in kept as an object (CloudWatch's, New Relic's): its loopback server, the
 * requests it logged, protocol violations a conformance test asserts none of, and faults queued
 * for the next calls (each `times` times, default once).
 */
export abstract class VendorServer<Fault extends { times?: number }, Logged> {
  readonly requests: Logged[] = [];
  readonly violations: string[] = [];
  protected readonly faults: Fault[] = [];
  private vendor?: VendorStandIn;

  protected abstract handle(request: VendorRequest): Promise<VendorAnswer>;

  /** Starts the server; gives its origin (`url` is what a client is pointed at). */
  async start(): Promise<string> {
    this.vendor = await startVendor((request) => this.handle(request));
    return this.origin;
  }

  /** The server's origin, http://127.0.0.1:port. */
  protected get origin(): string {
    return this.vendor?.url ?? '';
  }

  /** What a client is pointed at. */
  get url(): string {
    return this.origin;
  }

  async stop(): Promise<void> {
    await this.vendor?.close();
  }

  /** Fails the next `times` (default 1) calls as described. */
  fault(fault: Fault): void {
    for (let i = 0; i < (fault.times ?? 1); i++) this.faults.push(fault);
  }
}
