import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  UpstreamPool,
  type Exchange as UpstreamExchange,
  type UpstreamAnswer,
} from './upstream.js';

const POOL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Hop-by-hop headers (RFC 9110 §7.6.1, RFC 9112): they describe one connection, so a proxy
 * drops them, and every header the `Connection` header names, in both directions.
 */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Methods a proxy may send twice (RFC 9110 §9.2.2), when no request body was read yet. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Connections to upstreams that never completed: they mark the upstream down. */
const CONNECT_FAILURES = new Set(['ECONNREFUSED', 'GLIDEPATH_CONNECT_TIMEOUT']);

/**
 * Glidepath's embedded router: a small weighted reverse proxy for the demo and quick tests.
 * Requests go to the stable or the canary upstream by smooth weighted round-robin (nginx's
 * algorithm, so a 25% weight gives exactly one request in four, not 25% on average); a header
 * match sends matching requests to the canary whatever the weight. Weight changes apply to the
 * very next request. The admin API (a separate listener) reads and changes the split.
 *
 * With a pool of named targets (rolling deploys), requests go round-robin to the targets that
 * are `ready` instead; a `drain`ed target gets no new request while those in flight finish, and
 * the admin API reports each target's requests in flight.
 *
 * As a proxy it keeps the promises nginx and HAProxy keep:
 * - an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE) whose body was not read yet is sent
 *   once more on a fresh connection when the pooled keep-alive connection it went out on fails
 *   before any byte of an answer came back (the upstream closed it as the request was sent:
 *   nginx `proxy_next_upstream error`, HAProxy `retry-on conn-failure empty-response`); never
 *   a POST or PATCH, never once the upstream began answering;
 * - hop-by-hop headers are dropped both ways; `X-Forwarded-For`, `-Proto` and `-Host` are added;
 *   `Host` goes upstream as the client sent it; bodies stream both ways, never buffered;
 * - `Upgrade` requests (websockets) are tunnelled to the side they were routed to, and stay
 *   there when the weight changes;
 * - a connect timeout and a first-byte timeout answer 504 naming the side;
 * - an upstream that refuses connections (or does not complete one in time) is marked down for
 *   `downMs`: weighted requests go to the other side meanwhile when it takes a share of the
 *   traffic and is not down itself. An idempotent request that could not connect (its body
 *   not read yet) is sent once to the other side when that side takes a share of the traffic.
 *   Requests pinned to the canary by the match header never move;
 * - `stop()` is graceful: it stops accepting, lets requests in flight finish (their connections
 *   then close), closes idle connections, and cuts what is left after the grace period.
 */
export interface PoolTarget {
  name: string;
  url: string;
  /** host:port of the target. */
  address: string;
  state: 'ready' | 'drain';
  /** Requests in flight to this target. */
  active: number;
  served: number;
}

export interface RouterCounters {
  /** Requests sent again on a fresh connection after a reused one failed before any answer. */
  retried: number;
  /** Requests sent to the other side (or another pool target) after a connection failed. */
  failedOver: number;
  /** Answers of 504: an upstream did not connect or answer in time. */
  timedOut: number;
  /** Answers of 502 (and cut answers): an upstream failed. */
  failed: number;
  /** Upgrade (websocket) tunnels open now. */
  tunnels: number;
}

export interface RouterState {
  weight: number;
  stable: string;
  canary: string;
  /** `name=value`: requests with this header go to the canary. */
  matchHeader: string | null;
  /**
   * Sticky split for experiments: `cookie:<name>`, `header:<name>` or `address`. A request goes
   * to the canary when a hash of that key falls in the weight's share of 10,000 buckets, so one
   * user always reaches the same side; a request without the key is split by client address.
   */
  sticky: string | null;
  served: { stable: number; canary: number };
  /** Milliseconds since the epoch of the last weight change. */
  changedAt: number;
  /** Named targets; when there are any, they take every request (stable and canary are unused). */
  pool: PoolTarget[];
  /** Upstreams marked down now (`stable`, `canary` or pool target names), as of the last read. */
  down: string[];
  counters: RouterCounters;
}

export interface RouterOptions {
  stable?: string;
  canary?: string;
  pool?: { name: string; url: string }[];
  weight?: number;
  host?: string;
  port?: number;
  adminPort?: number;
  /** Milliseconds to open a connection to an upstream before answering 504 (default 5,000). */
  connectTimeoutMs?: number;
  /** Milliseconds from the request sent to the answer's head before answering 504 (default 60,000). */
  firstByteTimeoutMs?: number;
  /** Milliseconds an upstream that refused a connection stays marked down (default 2,000). */
  downMs?: number;
  /** Retries and fail-over as described above (default true); false answers 502 at once. */
  retries?: boolean;
  /** Milliseconds `stop()` lets requests in flight finish before cutting them (default 5,000). */
  shutdownGraceMs?: number;
}

/** Where a request goes: one side of the split, or one pool target. */
interface Upstream {
  label: string;
  hostname: string;
  port: number;
  /** Key of its down mark: the upstream's origin. */
  origin: string;
  target?: PoolTarget;
}

/** What a proxied request carries across attempts. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Raw request headers for the upstream; the last value is the upstream's label. */
  headers: string[];
  hasBody: boolean;
  /** The client's Content-Length when it sent one with a body (else the body goes chunked). */
  contentLength?: string;
  /** Request body bytes read from the client so far. */
  consumed: number;
  replayable: boolean;
  /** The canary by match header: never moved to the other side. */
  pinned: boolean;
  upstream: Upstream;
  current?: UpstreamExchange;
  retriedSameUpstream: boolean;
  failedOver: boolean;
  /** The current attempt's answer began (its head arrived). */
  answered?: boolean;
  /** When the current attempt's first-byte clock runs out (ms since the epoch). */
  deadline: number;
}

class ConnectTimeout extends Error {
  readonly code = 'GLIDEPATH_CONNECT_TIMEOUT';
}
class FirstByteTimeout extends Error {
  readonly code = 'GLIDEPATH_FIRST_BYTE_TIMEOUT';
}
const CONNECT_TIMEOUT = 'GLIDEPATH_CONNECT_TIMEOUT';
const FIRST_BYTE_TIMEOUT = 'GLIDEPATH_FIRST_BYTE_TIMEOUT';

function upstreamOf(label: string, url: string, target?: PoolTarget): Upstream {
  const parsed = new URL(url);
  return {
    label,
    hostname: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80)),
    origin: parsed.origin,
    target,
  };
}

/** The value a sticky split hashes: the cookie or header named, else the client address. */
export function stickyKey(sticky: string, req: IncomingMessage): string {
  const [kind, name = ''] = sticky.split(':');
  if (kind === 'header') {
    const value = req.headers[name.toLowerCase()];
    if (typeof value === 'string' && value) return `k:${value}`;
  } else if (kind === 'cookie') {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim() === name) return `k:${part.slice(eq + 1).trim()}`;
    }
  }
  return `a:${req.socket.remoteAddress ?? ''}`;
}

/** A bucket 0–9,999 from a key: FNV-1a, then murmur3's finaliser to spread the bits. */
export function stickyBucket(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % 10_000;
}

/** The header names `Connection` lists (lower case), besides the hop-by-hop set. */
function connectionTokens(value: string | string[] | undefined): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value.join(',') : value)
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/** Headers the router sets itself on the way upstream (a client's are dropped). */
const OWN_HEADERS = new Set(['x-forwarded-proto', 'x-forwarded-host', 'x-glidepath-upstream']);

/** The header names a raw header list's `Connection` headers name, or undefined when none. */
function connectionNames(raw: string[]): string[] | undefined {
  let named: string[] | undefined;
  for (let i = 0; i < raw.length; i += 2)
    if ((raw[i] as string).length === 10 && (raw[i] as string).toLowerCase() === 'connection')
      (named ??= []).push(...connectionTokens(raw[i + 1]));
  return named;
}

/** Copies `headers` without the hop-by-hop ones (and those `Connection` names). */
function endToEnd(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = connectionTokens(headers.connection);
  const out: OutgoingHttpHeaders = {};
  for (const key in headers) {
    if (HOP_BY_HOP.has(key) || (named.length && named.includes(key))) continue;
    out[key] = headers[key];
  }
  return out;
}

export class Router {
  readonly state: RouterState;
  private current = { stable: 0, canary: 0 };
  private proxy?: Server;
  private admin?: Server;
  /** Keep-alive connections to each upstream (host:port). */
  private readonly pools = new Map<string, UpstreamPool>();
  private nextTarget = 0;
  private sides: { stable?: Upstream; canary?: Upstream } = {};
  private readonly downUntil = new Map<string, number>();
  private readonly poolUpstreams = new WeakMap<PoolTarget, Upstream>();
  private readonly inFlight = new Set<ServerResponse>();
  private readonly tunnels = new Set<Socket>();
  /** Exchanges sent and waiting for the head of their answer, under the first-byte clock. */
  private readonly waiting = new Set<Exchange>();
  private sweeper?: NodeJS.Timeout;
  private closing = false;
  private stopped?: Promise<void>;
  private readonly connectTimeoutMs: number;
  private readonly firstByteTimeoutMs: number;
  private readonly downMs: number;
  private readonly retries: boolean;
  url = '';
  adminUrl = '';

  constructor(private readonly options: RouterOptions) {
    if (!options.pool?.length && (!options.stable || !options.canary))
      throw new Error('Router needs stable and canary upstreams, or a pool');
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5000;
    this.firstByteTimeoutMs = options.firstByteTimeoutMs ?? 60_000;
    this.downMs = options.downMs ?? 2000;
    this.retries = options.retries ?? true;
    this.state = {
      weight: options.weight ?? 0,
      stable: '',
      canary: '',
      matchHeader: null,
      sticky: null,
      served: { stable: 0, canary: 0 },
      changedAt: Date.now(),
      pool: [],
      down: [],
      counters: { retried: 0, failedOver: 0, timedOut: 0, failed: 0, tunnels: 0 },
    };
    if (options.stable) this.setUpstream('stable', options.stable);
    if (options.canary) this.setUpstream('canary', options.canary);
    if (options.pool) this.setPool(options.pool);
  }

  async start(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    this.proxy = createServer((req, res) => this.forward(req, res));
    this.proxy.keepAliveTimeout = 5000;
    this.proxy.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) =>
      this.tunnel(req, socket, head),
    );
    this.admin = createServer((req, res) => void this.handleAdmin(req, res));
    await new Promise<void>((resolve) => this.proxy?.listen(this.options.port ?? 0, host, resolve));
    await new Promise<void>((resolve) =>
      this.admin?.listen(this.options.adminPort ?? 0, host, resolve),
    );
    this.url = `http://${host}:${(this.proxy.address() as AddressInfo).port}`;
    this.adminUrl = `http://${host}:${(this.admin.address() as AddressInfo).port}`;
  }

  /**
   * Graceful shutdown: both listeners stop accepting at once, idle keep-alive connections close,
   * requests in flight finish (their answers say `Connection: close`) and tunnels may go on, for
   * up to `graceMs`; whatever is left then is cut. Resolves when every connection is closed.
   */
  stop(graceMs = this.options.shutdownGraceMs ?? 5000): Promise<void> {
    this.stopped ??= this.shutdown(graceMs);
    return this.stopped;
  }

  private async shutdown(graceMs: number): Promise<void> {
    this.closing = true;
    const servers = [this.proxy, this.admin].filter((s): s is Server => s !== undefined);
    const closed = Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            if (!server.listening) return resolve();
            server.close(() => resolve());
            server.closeIdleConnections();
          }),
      ),
    );
    const drained = async () => {
      while (this.inFlight.size || this.tunnels.size)
        await new Promise((resolve) => setTimeout(resolve, 10));
    };
    let timer: NodeJS.Timeout | undefined;
    // Once nothing is in flight, what is left is idle (or never sent a request): it goes.
    await Promise.race([
      drained(),
      new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    clearInterval(this.sweeper);
    for (const socket of this.tunnels) socket.destroy();
    for (const server of servers) server.closeAllConnections();
    for (const pool of this.pools.values()) pool.destroy();
    await closed;
    for (const pool of this.pools.values()) pool.destroy();
    this.pools.clear();
  }

  setWeight(weight: number): void {
    this.state.weight = weight;
    this.state.changedAt = Date.now();
    this.current = { stable: 0, canary: 0 };
  }

  /** Points one side at a new upstream URL (its down mark, if any, is forgotten). */
  setUpstream(side: 'stable' | 'canary', url: string): void {
    const upstream = upstreamOf(side, url);
    this.state[side] = url;
    this.sides[side] = upstream;
    this.downUntil.delete(upstream.origin);
    this.retirePools();
  }

  /** Replaces the pool (names must be unique); targets that keep their name keep their state. */
  setPool(targets: { name: string; url: string }[]): void {
    const names = new Set<string>();
    const pool = targets.map(({ name, url }) => {
      if (!POOL_NAME.test(name) || names.has(name))
        throw new Error(
          `pool target name '${name}' is not unique letters, digits, dots, dashes or underscores`,
        );
      names.add(name);
      const parsed = new URL(url);
      if (parsed.protocol !== 'http:') throw new Error(`pool target ${name} must be an http URL`);
      const old = this.state.pool.find((t) => t.name === name);
      return {
        name,
        url: parsed.origin,
        address: parsed.host,
        state: old?.state ?? ('ready' as const),
        active: old?.active ?? 0,
        served: old?.served ?? 0,
      };
    });
    this.state.pool = pool;
    this.retirePools();
  }

  /** Takes a pool target out of rotation (`drain`) or puts it back (`ready`). */
  setTargetState(name: string, state: PoolTarget['state']): PoolTarget {
    const target = this.state.pool.find((t) => t.name === name);
    if (!target) throw new Error(`no pool target named '${name}'`);
    target.state = state;
    return target;
  }

  /** The state with `down` brought up to date: what GET /state answers. */
  snapshot(): RouterState {
    const now = Date.now();
    const down: string[] = [];
    for (const side of ['stable', 'canary'] as const) {
      const upstream = this.sides[side];
      if (upstream && this.isDown(upstream.origin, now)) down.push(side);
    }
    for (const target of this.state.pool) if (this.isDown(target.url, now)) down.push(target.name);
    this.state.down = down;
    return this.state;
  }

  /**
   * Round-robin over the ready pool targets, passing over those marked down while another ready
   * one is not; undefined when none is ready.
   */
  pickTarget(): PoolTarget | undefined {
    const pool = this.state.pool;
    const now = Date.now();
    let fallback: { target: PoolTarget; next: number } | undefined;
    for (let i = 0; i < pool.length; i++) {
      const index = (this.nextTarget + i) % pool.length;
      const target = pool[index] as PoolTarget;
      if (target.state !== 'ready') continue;
      if (this.downUntil.size && this.isDown(target.url, now)) {
        fallback ??= { target, next: (index + 1) % pool.length };
        continue;
      }
      this.nextTarget = (index + 1) % pool.length;
      return target;
    }
    if (fallback) this.nextTarget = fallback.next;
    return fallback?.target;
  }

  /** Smooth weighted round-robin between the two upstreams. */
  pick(req?: IncomingMessage): 'stable' | 'canary' {
    const { weight, matchHeader } = this.state;
    if (matchHeader && req && this.matches(req)) return 'canary';
    if (weight <= 0) return 'stable';
    if (weight >= 100) return 'canary';
    if (this.state.sticky && req)
      return stickyBucket(stickyKey(this.state.sticky, req)) < weight * 100 ? 'canary' : 'stable';
    this.current.stable += 100 - weight;
    this.current.canary += weight;
    const choice = this.current.canary > this.current.stable ? 'canary' : 'stable';
    this.current[choice] -= 100;
    return choice;
  }

  private matches(req: IncomingMessage): boolean {
    const [name, value] = (this.state.matchHeader ?? '').split('=');
    return Boolean(name) && req.headers[(name as string).toLowerCase()] === value;
  }

  private isDown(origin: string, now = Date.now()): boolean {
    const until = this.downUntil.get(origin);
    if (until === undefined) return false;
    if (until > now) return true;
    this.downUntil.delete(origin);
    return false;
  }

  private markDown(upstream: Upstream): void {
    if (this.downMs > 0) this.downUntil.set(upstream.origin, Date.now() + this.downMs);
  }

  /** Whether `side` takes a share of weighted traffic and is not marked down. */
  private canTake(side: 'stable' | 'canary', evenIfDown = false): boolean {
    const share = side === 'stable' ? 100 - this.state.weight : this.state.weight;
    const upstream = this.sides[side];
    return share > 0 && upstream !== undefined && (evenIfDown || !this.isDown(upstream.origin));
  }

  /** Chooses where a request goes and counts it; undefined when the pool has no ready target. */
  private route(req: IncomingMessage): { upstream: Upstream; pinned: boolean } | undefined {
    if (this.state.pool.length) {
      const target = this.pickTarget();
      if (!target) return undefined;
      target.served += 1;
      return { upstream: this.poolUpstream(target), pinned: false };
    }
    let side = this.pick(req);
    const pinned = side === 'canary' && this.state.matchHeader !== null && this.matches(req);
    if (!pinned && this.downUntil.size) {
      const other = side === 'stable' ? 'canary' : 'stable';
      if (this.isDown((this.sides[side] as Upstream).origin) && this.canTake(other)) side = other;
    }
    this.state.served[side] += 1;
    return { upstream: this.sides[side] as Upstream, pinned };
  }

  private poolUpstream(target: PoolTarget): Upstream {
    let upstream = this.poolUpstreams.get(target);
    if (!upstream) {
      upstream = upstreamOf(target.name, target.url, target);
      this.poolUpstreams.set(target, upstream);
    }
    return upstream;
  }

  /** Where a request that could not reach `from` may go instead, if anywhere. */
  private alternative(from: Upstream): Upstream | undefined {
    // A mark only steers new requests: one that could not connect tries the other side even
    // when it is marked down too (it may well be back), and fails if that refuses as well.
    if (from.target) {
      const next = this.pickTarget();
      if (!next || next === from.target) return undefined;
      next.served += 1;
      return this.poolUpstream(next);
    }
    const other = from.label === 'stable' ? 'canary' : 'stable';
    if (!this.canTake(other, true)) return undefined;
    this.state.served[from.label as 'stable' | 'canary'] -= 1;
    this.state.served[other] += 1;
    return this.sides[other];
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const route = this.route(req);
    if (!route) {
      this.answer(res, 503, undefined, 'no ready server in the pool\n');
      return;
    }
    const { upstream, pinned } = route;
    this.inFlight.add(res);
    if (upstream.target) upstream.target.active += 1;
    // Raw header lists both ways: no header objects built, names keep their case, repeats stay.
    const raw = req.rawHeaders;
    const named = connectionNames(raw);
    const headers: string[] = [];
    let forwardedFor = '';
    let host: string | undefined;
    let length: string | undefined;
    let chunked = false;
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i] as string;
      const value = raw[i + 1] as string;
      const lower = name.toLowerCase();
      if (HOP_BY_HOP.has(lower)) {
        if (lower === 'transfer-encoding') chunked = true;
        continue;
      }
      if (named !== undefined && named.includes(lower)) continue;
      if (lower === 'x-forwarded-for') {
        forwardedFor = forwardedFor ? `${forwardedFor}, ${value}` : value;
        continue;
      }
      if (OWN_HEADERS.has(lower)) continue;
      if (lower === 'host') host ??= value;
      else if (lower === 'content-length') {
        // The upstream client frames the body itself.
        length = value;
        continue;
      }
      headers.push(name, value);
    }
    const client = req.socket.remoteAddress ?? '';
    headers.push('X-Forwarded-For', forwardedFor ? `${forwardedFor}, ${client}` : client);
    headers.push('X-Forwarded-Proto', 'http');
    if (host !== undefined) headers.push('X-Forwarded-Host', host);
    else headers.push('Host', `${upstream.hostname}:${upstream.port}`);
    const hasBody = chunked || (length !== undefined && length !== '0');
    // An empty body keeps its Content-Length: 0 (some servers want a length on a POST).
    if (!hasBody && length !== undefined) headers.push('Content-Length', length);
    headers.push('X-Glidepath-Upstream', upstream.label);
    const exchange: Exchange = {
      req,
      res,
      headers,
      hasBody,
      // With chunked coding from the client, any Content-Length is void: the body goes chunked.
      contentLength: chunked ? undefined : length,
      consumed: 0,
      replayable: this.retries && IDEMPOTENT.has(req.method ?? ''),
      pinned,
      upstream,
      retriedSameUpstream: false,
      failedOver: false,
      deadline: 0,
    };
    res.once('close', () => {
      this.inFlight.delete(res);
      this.waiting.delete(exchange);
      if (exchange.upstream.target) exchange.upstream.target.active -= 1;
      // The client went away before the whole answer: stop the upstream exchange too.
      if (!res.writableFinished) exchange.current?.destroy();
    });
    if (hasBody) req.on('data', (chunk: Buffer) => (exchange.consumed += chunk.length));
    this.attempt(exchange, false);
  }

  /** Retires the connection pools of upstreams no side and no pool target names any more. */
  private retirePools(): void {
    const used = new Set<string>();
    for (const side of [this.sides.stable, this.sides.canary])
      if (side) used.add(`${side.hostname}:${side.port}`);
    for (const target of this.state.pool) {
      const upstream = this.poolUpstream(target);
      used.add(`${upstream.hostname}:${upstream.port}`);
    }
    for (const [key, pool] of this.pools)
      if (!used.has(key)) {
        pool.retire();
        this.pools.delete(key);
      }
  }

  private poolFor(upstream: Upstream): UpstreamPool {
    const key = `${upstream.hostname}:${upstream.port}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = new UpstreamPool(upstream.hostname, upstream.port, this.connectTimeoutMs);
      this.pools.set(key, pool);
    }
    return pool;
  }

  /** Sends the exchange's request to its upstream, on a fresh connection when `fresh`. */
  private attempt(exchange: Exchange, fresh: boolean): void {
    const { req, res, upstream, headers } = exchange;
    headers[headers.length - 1] = upstream.label;
    exchange.answered = false;
    const bodyToSend = exchange.hasBody && !req.readableEnded;
    let waitingForDrain = false;
    const call: UpstreamExchange = this.poolFor(upstream).request(
      {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers,
        body: bodyToSend ? req : undefined,
        contentLength: exchange.contentLength,
        fresh,
      },
      {
        answer: (answer) => this.relayAnswer(exchange, answer),
        data: (chunk) => {
          const ok = res.write(chunk);
          if (!ok && !waitingForDrain) {
            waitingForDrain = true;
            res.once('drain', () => {
              waitingForDrain = false;
              call.resume();
            });
          }
          return ok;
        },
        end: () => res.end(),
        error: (error, reused, answerBytes) =>
          this.upstreamFailed(exchange, call, error, reused, answerBytes),
      },
    );
    exchange.current = call;
    // The first-byte clock starts once the request is sent: the sweeper enforces it.
    if (!bodyToSend) this.awaitAnswer(exchange);
    else
      req.once('end', () => {
        if (exchange.current === call && !exchange.answered) this.awaitAnswer(exchange);
      });
  }

  private upstreamFailed(
    exchange: Exchange,
    call: UpstreamExchange,
    error: NodeJS.ErrnoException,
    reused: boolean,
    answerBytes: number,
  ): void {
    const { res, upstream } = exchange;
    this.waiting.delete(exchange);
    if (exchange.current !== call || res.destroyed) return;
    if (exchange.answered || res.headersSent) {
      // The answer began: it cannot be taken back nor sent again; the client sees it cut.
      if (!res.writableFinished) {
        this.state.counters.failed += 1;
        res.destroy();
      }
      return;
    }
    const code = error.code ?? '';
    const intact = exchange.replayable && exchange.consumed === 0;
    if (CONNECT_FAILURES.has(code)) this.markDown(upstream);
    if (
      intact &&
      answerBytes === 0 &&
      reused &&
      !exchange.retriedSameUpstream &&
      code !== FIRST_BYTE_TIMEOUT
    ) {
      exchange.retriedSameUpstream = true;
      this.state.counters.retried += 1;
      return this.resend(exchange, upstream, true);
    }
    if (intact && CONNECT_FAILURES.has(code) && !exchange.pinned && !exchange.failedOver) {
      const other = this.alternative(upstream);
      if (other) {
        exchange.failedOver = true;
        this.state.counters.failedOver += 1;
        if (upstream.target) upstream.target.active -= 1;
        if (other.target) other.target.active += 1;
        exchange.upstream = other;
        return this.resend(exchange, other, false);
      }
    }
    if (code === CONNECT_TIMEOUT || code === FIRST_BYTE_TIMEOUT) {
      this.state.counters.timedOut += 1;
      const connect = code === CONNECT_TIMEOUT;
      const what = connect ? 'did not accept a connection' : 'did not answer';
      const ms = connect ? this.connectTimeoutMs : this.firstByteTimeoutMs;
      this.answer(
        res,
        504,
        upstream.label,
        `gateway timeout: ${upstream.label} upstream ${what} within ${ms} ms\n`,
      );
      return;
    }
    this.state.counters.failed += 1;
    this.answer(
      res,
      502,
      upstream.label,
      `bad gateway: ${upstream.label} upstream failed (${code || error.message})\n`,
    );
  }

  private awaitAnswer(exchange: Exchange): void {
    exchange.deadline = Date.now() + this.firstByteTimeoutMs;
    this.waiting.add(exchange);
    if (!this.sweeper) {
      const every = Math.max(10, Math.min(250, Math.floor(this.firstByteTimeoutMs / 10)));
      this.sweeper = setInterval(() => this.sweep(), every);
      this.sweeper.unref();
    }
  }

  /** Ends the exchanges whose upstream has not begun to answer in time. */
  private sweep(): void {
    const now = Date.now();
    for (const exchange of this.waiting)
      if (exchange.deadline <= now) {
        this.waiting.delete(exchange);
        exchange.current?.destroy(
          new FirstByteTimeout(`no answer within ${this.firstByteTimeoutMs} ms`),
        );
      }
  }

  /** The head of the upstream's answer, relayed without its hop-by-hop headers. */
  private relayAnswer(exchange: Exchange, answer: UpstreamAnswer): void {
    const { res, upstream } = exchange;
    exchange.answered = true;
    this.waiting.delete(exchange);
    const raw = answer.rawHeaders;
    const named = connectionNames(raw);
    const headers: string[] = [];
    const lengthKept = answer.framing === 'length' || answer.framing === 'none';
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i] as string;
      const lower = name.toLowerCase();
      if (HOP_BY_HOP.has(lower) || lower === 'x-glidepath-upstream') continue;
      if (named !== undefined && named.includes(lower)) continue;
      if (!lengthKept && lower === 'content-length') continue;
      headers.push(name, raw[i + 1] as string);
    }
    headers.push('X-Glidepath-Upstream', upstream.label);
    if (this.closing) headers.push('Connection', 'close');
    try {
      res.writeHead(answer.status, answer.statusMessage, headers);
    } catch (error) {
      // A head Node will not send on (a control character in a value…): a bad answer.
      exchange.answered = false;
      const call = exchange.current;
      exchange.current = undefined;
      call?.destroy();
      this.state.counters.failed += 1;
      if (!res.headersSent)
        this.answer(
          res,
          502,
          upstream.label,
          `bad gateway: ${upstream.label} upstream sent an invalid answer (${(error as NodeJS.ErrnoException).code ?? 'invalid'})\n`,
        );
    }
  }

  private resend(exchange: Exchange, upstream: Upstream, fresh: boolean): void {
    exchange.upstream = upstream;
    this.attempt(exchange, fresh);
  }

  /** An answer of the router's own. */
  private answer(
    res: ServerResponse,
    status: number,
    label: string | undefined,
    text: string,
  ): void {
    const headers: OutgoingHttpHeaders = {
      'content-type': 'text/plain',
      'content-length': Buffer.byteLength(text),
    };
    if (label) headers['x-glidepath-upstream'] = label;
    if (this.closing) headers.connection = 'close';
    res.writeHead(status, headers);
    res.end(text);
  }

  /** An `Upgrade` request (a websocket): a tunnel to the side it is routed to, for its lifetime. */
  private tunnel(req: IncomingMessage, socket: Socket, head: Buffer): void {
    const refuse = (status: string, label?: string) => {
      const body = `${status}\n`;
      socket.end(
        `HTTP/1.1 ${status}\r\ncontent-type: text/plain\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${label ? `x-glidepath-upstream: ${label}\r\n` : ''}connection: close\r\n\r\n${body}`,
      );
    };
    socket.on('error', () => socket.destroy());
    if (this.closing) return refuse('503 Service Unavailable');
    const route = this.route(req);
    if (!route) return refuse('503 Service Unavailable');
    const { upstream } = route;
    const headers = endToEnd(req.headers);
    const client = req.socket.remoteAddress ?? '';
    const prior = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = prior ? `${prior}, ${client}` : client;
    headers['x-forwarded-proto'] = 'http';
    if (req.headers.host !== undefined) headers['x-forwarded-host'] = req.headers.host;
    headers['x-glidepath-upstream'] = upstream.label;
    headers.connection = 'upgrade';
    headers.upgrade = req.headers.upgrade ?? '';
    const up = httpRequest({
      hostname: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers,
      agent: false,
    });
    const track = () => {
      this.tunnels.add(socket);
      this.state.counters.tunnels = this.tunnels.size;
    };
    const untrack = () => {
      this.tunnels.delete(socket);
      this.state.counters.tunnels = this.tunnels.size;
    };
    track();
    socket.once('close', () => {
      untrack();
      up.destroy();
    });
    const timer = setTimeout(
      () => up.destroy(new ConnectTimeout('connect')),
      this.connectTimeoutMs,
    );
    up.on('socket', (s: Socket) => s.once('connect', () => clearTimeout(timer)));
    up.on('upgrade', (answer: IncomingMessage, upSocket: Socket, upHead: Buffer) => {
      clearTimeout(timer);
      const lines = [`HTTP/1.1 ${answer.statusCode ?? 101} ${answer.statusMessage ?? ''}`];
      for (let i = 0; i < answer.rawHeaders.length; i += 2)
        lines.push(`${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}`);
      lines.push(`x-glidepath-upstream: ${upstream.label}`);
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (upHead.length) socket.write(upHead);
      if (head.length) upSocket.write(head);
      upSocket.setNoDelay(true);
      socket.setNoDelay(true);
      upSocket.on('error', () => socket.destroy());
      upSocket.once('close', () => socket.destroy());
      socket.once('close', () => upSocket.destroy());
      // Either side closing its end closes the tunnel (the pipes pass the close on first); a
      // client that never answers the close goes after a while.
      socket.once('end', () => socket.end());
      upSocket.once('end', () => setTimeout(() => socket.destroy(), 5000).unref());
      upSocket.pipe(socket);
      socket.pipe(upSocket);
    });
    up.on('response', (answer: IncomingMessage) => {
      // The upstream declined the upgrade: its answer goes back, then the connection closes.
      clearTimeout(timer);
      const lines = [`HTTP/1.1 ${answer.statusCode ?? 502} ${answer.statusMessage ?? ''}`];
      const kept = endToEnd(answer.headers);
      for (const [name, value] of Object.entries(kept))
        for (const v of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${v}`);
      lines.push(`x-glidepath-upstream: ${upstream.label}`, 'connection: close');
      socket.write(`${lines.join('\r\n')}\r\n\r\n`);
      answer.pipe(socket);
    });
    up.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (CONNECT_FAILURES.has(error.code ?? '')) this.markDown(upstream);
      if (socket.destroyed) return;
      if (error instanceof ConnectTimeout) refuse('504 Gateway Timeout', upstream.label);
      else refuse('502 Bad Gateway', upstream.label);
    });
    up.end();
  }

  private async handleAdmin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: unknown) => {
      const headers: OutgoingHttpHeaders = { 'content-type': 'application/json' };
      if (this.closing) headers.connection = 'close';
      res.writeHead(status, headers);
      res.end(JSON.stringify(body));
    };
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown>;
    try {
      body = chunks.length
        ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
        : {};
    } catch {
      return send(400, { error: 'body is not JSON' });
    }
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/state') return send(200, this.snapshot());
    if (req.method === 'PUT' && path === '/weight') {
      const weight = body.weight;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100)
        return send(400, { error: 'weight must be a number from 0 to 100' });
      this.setWeight(weight);
      return send(200, this.snapshot());
    }
    if (req.method === 'PUT' && path === '/match-header') {
      const header = body.matchHeader;
      if (header !== null && (typeof header !== 'string' || !/^[A-Za-z0-9-]+=.+$/.test(header)))
        return send(400, { error: 'matchHeader must be name=value or null' });
      this.state.matchHeader = header as string | null;
      return send(200, this.snapshot());
    }
    if (req.method === 'PUT' && path === '/sticky') {
      const sticky = body.sticky;
      if (
        sticky !== null &&
        (typeof sticky !== 'string' || !/^(address|(cookie|header):[A-Za-z0-9_.-]+)$/.test(sticky))
      )
        return send(400, { error: 'sticky must be cookie:<name>, header:<name>, address or null' });
      this.state.sticky = sticky as string | null;
      this.current = { stable: 0, canary: 0 };
      return send(200, this.snapshot());
    }
    if (req.method === 'PUT' && path === '/upstreams') {
      const given: Partial<Record<'stable' | 'canary', string>> = {};
      for (const key of ['stable', 'canary'] as const) {
        const value = body[key];
        if (value === undefined) continue;
        if (typeof value !== 'string' || !/^https?:\/\//.test(value))
          return send(400, { error: `${key} must be an http(s) URL` });
        try {
          new URL(value);
        } catch {
          return send(400, { error: `${key} must be an http(s) URL` });
        }
        given[key] = value;
      }
      for (const [key, value] of Object.entries(given))
        this.setUpstream(key as 'stable' | 'canary', value);
      return send(200, this.snapshot());
    }
    if (req.method === 'GET' && path === '/pool') return send(200, { servers: this.state.pool });
    if (req.method === 'PUT' && path === '/pool') {
      const servers = body.servers;
      if (
        !Array.isArray(servers) ||
        servers.some(
          (t: { name?: unknown; url?: unknown }) =>
            typeof t?.name !== 'string' || typeof t.url !== 'string',
        )
      )
        return send(400, { error: 'servers must be a list of {name, url}' });
      try {
        this.setPool(servers as { name: string; url: string }[]);
      } catch (error) {
        return send(400, { error: (error as Error).message });
      }
      return send(200, { servers: this.state.pool });
    }
    const poolTarget = /^\/pool\/([^/]+)$/.exec(path ?? '');
    if (req.method === 'PUT' && poolTarget) {
      const state = body.state;
      if (state !== 'ready' && state !== 'drain')
        return send(400, { error: 'state must be ready or drain' });
      try {
        return send(200, this.setTargetState(decodeURIComponent(poolTarget[1] as string), state));
      } catch (error) {
        return send(404, { error: (error as Error).message });
      }
    }
    send(404, {
      error:
        'GET /state, PUT /weight {weight}, PUT /match-header {matchHeader}, PUT /sticky {sticky}, PUT /upstreams {stable, canary}, GET /pool, PUT /pool {servers: [{name, url}]}, PUT /pool/<name> {state: ready|drain}',
    });
  }
}
