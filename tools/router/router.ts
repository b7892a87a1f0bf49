import {
  createServer,
  request as httpRequest,
  Agent,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

const POOL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

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

export interface RouterState {
  weight: number;
  stable: string;
  canary: string;
  /** `name=value`: requests with this header go to the canary. */
  matchHeader: string | null;
  served: { stable: number; canary: number };
  /** Milliseconds since the epoch of the last weight change. */
  changedAt: number;
  /** Named targets; when there are any, they take every request (stable and canary are unused). */
  pool: PoolTarget[];
}

export interface RouterOptions {
  stable?: string;
  canary?: string;
  pool?: { name: string; url: string }[];
  weight?: number;
  host?: string;
  port?: number;
  adminPort?: number;
}

export class Router {
  readonly state: RouterState;
  private current = { stable: 0, canary: 0 };
  private proxy?: Server;
  private admin?: Server;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 256 });
  private nextTarget = 0;
  url = '';
  adminUrl = '';

  constructor(private readonly options: RouterOptions) {
    if (!options.pool?.length && (!options.stable || !options.canary))
      throw new Error('Router needs stable and canary upstreams, or a pool');
    this.state = {
      weight: options.weight ?? 0,
      stable: options.stable ?? '',
      canary: options.canary ?? '',
      matchHeader: null,
      served: { stable: 0, canary: 0 },
      changedAt: Date.now(),
      pool: [],
    };
    if (options.pool) this.setPool(options.pool);
  }

  async start(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    this.proxy = createServer((req, res) => this.forward(req, res));
    this.proxy.keepAliveTimeout = 5000;
    this.admin = createServer((req, res) => void this.handleAdmin(req, res));
    await new Promise<void>((resolve) => this.proxy?.listen(this.options.port ?? 0, host, resolve));
    await new Promise<void>((resolve) =>
      this.admin?.listen(this.options.adminPort ?? 0, host, resolve),
    );
    this.url = `http://${host}:${(this.proxy.address() as AddressInfo).port}`;
    this.adminUrl = `http://${host}:${(this.admin.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    for (const server of [this.proxy, this.admin]) {
      if (!server) continue;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  setWeight(weight: number): void {
    this.state.weight = weight;
    this.state.changedAt = Date.now();
    this.current = { stable: 0, canary: 0 };
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
  }

  /** Takes a pool target out of rotation (`drain`) or puts it back (`ready`). */
  setTargetState(name: string, state: PoolTarget['state']): PoolTarget {
    const target = this.state.pool.find((t) => t.name === name);
    if (!target) throw new Error(`no pool target named '${name}'`);
    target.state = state;
    return target;
  }

  /** Round-robin over the ready pool targets; undefined when none is ready. */
  pickTarget(): PoolTarget | undefined {
    const pool = this.state.pool;
    for (let i = 0; i < pool.length; i++) {
      const target = pool[(this.nextTarget + i) % pool.length] as PoolTarget;
      if (target.state === 'ready') {
        this.nextTarget = (this.nextTarget + i + 1) % pool.length;
        return target;
      }
    }
    return undefined;
  }

  /** Smooth weighted round-robin between the two upstreams. */
  pick(req?: IncomingMessage): 'stable' | 'canary' {
    const { weight, matchHeader } = this.state;
    if (matchHeader && req) {
      const [name, value] = matchHeader.split('=');
      if (name && req.headers[name.toLowerCase()] === value) return 'canary';
    }
    if (weight <= 0) return 'stable';
    if (weight >= 100) return 'canary';
    this.current.stable += 100 - weight;
    this.current.canary += weight;
    const choice = this.current.canary > this.current.stable ? 'canary' : 'stable';
    this.current[choice] -= 100;
    return choice;
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    if (this.state.pool.length) {
      const target = this.pickTarget();
      if (!target) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('no ready server in the pool\n');
        return;
      }
      target.served += 1;
      target.active += 1;
      res.once('close', () => (target.active -= 1));
      this.relay(req, res, target.url, target.name);
      return;
    }
    const side = this.pick(req);
    this.state.served[side] += 1;
    this.relay(req, res, side === 'canary' ? this.state.canary : this.state.stable, side);
  }

  private relay(req: IncomingMessage, res: ServerResponse, base: string, label: string): void {
    const target = new URL(req.url ?? '/', base);
    const upstream = httpRequest(
      target,
      {
        method: req.method,
        headers: { ...req.headers, host: target.host, 'x-glidepath-upstream': label },
        agent: this.agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          'x-glidepath-upstream': label,
        });
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent)
        res.writeHead(502, { 'content-type': 'text/plain', 'x-glidepath-upstream': label });
      res.end(`bad gateway: ${label} upstream unreachable\n`);
    });
    req.pipe(upstream);
  }

  private async handleAdmin(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
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
    if (req.method === 'GET' && path === '/state') return send(200, this.state);
    if (req.method === 'PUT' && path === '/weight') {
      const weight = body.weight;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100)
        return send(400, { error: 'weight must be a number from 0 to 100' });
      this.setWeight(weight);
      return send(200, this.state);
    }
    if (req.method === 'PUT' && path === '/match-header') {
      const header = body.matchHeader;
      if (header !== null && (typeof header !== 'string' || !/^[A-Za-z0-9-]+=.+$/.test(header)))
        return send(400, { error: 'matchHeader must be name=value or null' });
      this.state.matchHeader = header as string | null;
      return send(200, this.state);
    }
    if (req.method === 'PUT' && path === '/upstreams') {
      for (const key of ['stable', 'canary'] as const) {
        const value = body[key];
        if (value === undefined) continue;
        if (typeof value !== 'string' || !/^https?:\/\//.test(value))
          return send(400, { error: `${key} must be an http(s) URL` });
        this.state[key] = value;
      }
      return send(200, this.state);
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
        'GET /state, PUT /weight {weight}, PUT /match-header {matchHeader}, PUT /upstreams {stable, canary}, GET /pool, PUT /pool {servers: [{name, url}]}, PUT /pool/<name> {state: ready|drain}',
    });
  }
}
