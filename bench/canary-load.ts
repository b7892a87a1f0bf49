// Steady HTTP load through a proxy for bench/canary.ts: a fixed request schedule spread over a
// fixed set of keep-alive connections, recording for every request when it started and ended,
// which upstream answered, and which client connection carried it.
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';

export type Upstream = 'stable' | 'canary' | 'other' | 'error';

export interface Sample {
  /** performance.now() when the request was issued (a free connection exists, so it is sent at once). */
  start: number;
  /** performance.now() when the answer's body ended, or the request failed. */
  end: number;
  upstream: Upstream;
  status: number;
  /** Client connection that carried it, and when that connection was first used. */
  conn: number;
  connOpenedAt: number;
  error?: string;
}

export interface LoadOptions {
  url: URL;
  /** Requests per second, on a fixed schedule. */
  rate: number;
  /** Keep-alive connections (one agent with one socket each), used round-robin. */
  connections: number;
  timeoutMs: number;
  /** Maps the proxy's `x-glidepath-upstream` header to the side that answered. */
  classify: (header: string | undefined) => Upstream;
  /** Requests the schedule may fall behind before the rest are dropped rather than sent in a burst (default 10). */
  maxLate?: number;
}

export interface LoadReport {
  samples: Sample[];
  /** Scheduled requests dropped because the event loop fell more than 10 requests behind. */
  skippedBehind: number;
  /** Scheduled requests dropped because every connection had a request in flight. */
  skippedBusy: number;
  /** When requests were dropped (performance.now()), one entry per dropped request. */
  skipTimes: number[];
  /** Client connections opened in all. */
  connections: number;
  /** Requests still unanswered when stop() gave up waiting. */
  unfinished: number;
}

/** Steady load: start(), then stop() (which waits, bounded, for the requests in flight). */
export class SteadyLoad {
  readonly samples: Sample[] = [];
  private skippedBehind = 0;
  private skippedBusy = 0;
  private readonly skipTimes: number[] = [];
  private readonly lanes: { agent: Agent; busy: boolean }[];
  private readonly sockets = new WeakMap<Socket, { id: number; openedAt: number }>();
  private socketCount = 0;
  private inflight = 0;
  private issued = 0;
  private next = 0;
  private started = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly options: LoadOptions) {
    this.lanes = Array.from({ length: options.connections }, () => ({
      agent: new Agent({ keepAlive: true, maxSockets: 1, maxFreeSockets: 1 }),
      busy: false,
    }));
  }

  report(): LoadReport {
    return {
      samples: this.samples,
      skippedBehind: this.skippedBehind,
      skippedBusy: this.skippedBusy,
      skipTimes: this.skipTimes,
      connections: this.socketCount,
      unfinished: this.inflight,
    };
  }

  start(): void {
    this.started = performance.now();
    this.timer = setInterval(() => this.pump(), 2);
    this.pump();
  }

  /** Stops issuing requests and waits (at most `drainMs`) for those in flight; then closes every connection. */
  async stop(drainMs = 6000): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    const deadline = performance.now() + drainMs;
    while (this.inflight > 0 && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    for (const lane of this.lanes) lane.agent.destroy();
  }

  private pump(): void {
    const due = Math.floor(((performance.now() - this.started) * this.options.rate) / 1000) + 1;
    // A stalled event loop must not turn into a burst: drop what is more than maxLate requests late.
    const maxLate = this.options.maxLate ?? 10;
    if (due - this.issued > maxLate) {
      const now = performance.now();
      for (let i = 0; i < due - this.issued - maxLate; i++) this.skipTimes.push(now);
      this.skippedBehind += due - this.issued - maxLate;
      this.issued = due - maxLate;
    }
    while (this.issued < due) {
      this.issued += 1;
      this.send();
    }
  }

  private send(): void {
    const n = this.lanes.length;
    let lane: { agent: Agent; busy: boolean } | undefined;
    for (let i = 0; i < n && !lane; i++) {
      const candidate = this.lanes[(this.next + i) % n];
      if (candidate && !candidate.busy) lane = candidate;
    }
    this.next = (this.next + 1) % n;
    if (!lane) {
      this.skippedBusy += 1;
      this.skipTimes.push(performance.now());
      return;
    }
    const chosen = lane;
    chosen.busy = true;
    this.inflight += 1;
    const sample: Sample = {
      start: performance.now(),
      end: 0,
      upstream: 'error',
      status: 0,
      conn: 0,
      connOpenedAt: 0,
    };
    let done = false;
    const finish = (upstream: Upstream, status: number, error?: string) => {
      if (done) return;
      done = true;
      sample.end = performance.now();
      sample.upstream = upstream;
      sample.status = status;
      if (error) sample.error = error;
      this.samples.push(sample);
      chosen.busy = false;
      this.inflight -= 1;
    };
    const req = httpRequest(
      this.options.url,
      { method: 'GET', agent: chosen.agent, headers: { 'user-agent': 'glidepath-bench-canary' } },
      (res) => {
        const header = res.headers['x-glidepath-upstream'];
        const upstream = this.options.classify(Array.isArray(header) ? header.join(', ') : header);
        res.on('error', (error) => finish('error', res.statusCode ?? 0, error.message));
        res.on('end', () => finish(upstream, res.statusCode ?? 0));
        res.resume();
      },
    );
    req.on('socket', (socket: Socket) => {
      let known = this.sockets.get(socket);
      if (!known) {
        known = { id: ++this.socketCount, openedAt: performance.now() };
        this.sockets.set(socket, known);
      }
      sample.conn = known.id;
      sample.connOpenedAt = known.openedAt;
    });
    req.setTimeout(this.options.timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish('error', 0, error.code ?? error.message),
    );
    req.end();
  }
}

/**
 * The side named by `x-glidepath-upstream`: `canary`/`stable` (embedded router, HAProxy's `%s`)
 * or nginx's `$upstream_addr` (`127.0.0.1:PORT`; when nginx tried several, the last one answered).
 */
export function upstreamClassifier(
  stablePort: number,
  canaryPort: number,
): (header: string | undefined) => Upstream {
  return (header) => {
    if (header === undefined || header === '') return 'other';
    const last = (header.split(/\s*,\s*|\s+:\s+/).pop() ?? '').trim();
    if (last === 'canary' || last === `127.0.0.1:${canaryPort}`) return 'canary';
    if (last === 'stable' || last === `127.0.0.1:${stablePort}`) return 'stable';
    return 'other';
  };
}
