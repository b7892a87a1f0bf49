import { createServer, request as httpRequest, Agent, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Glidepath's embedded router: a small weighted reverse proxy for the demo and quick tests.
 * Requests go to the stable or the canary upstream by smooth weighted round-robin (nginx's
 * algorithm, so a 25% weight gives exactly one request in four, not 25% on average); a header
 * match sends matching requests to the canary whatever the weight. Weight changes apply to the
 * very next request. The admin API (a separate listener) reads and changes the split.
 */
export interface RouterState {
  weight: number;
  stable: string;
  canary: string;
  /** `name=value`: requests with this header go to the canary. */
  matchHeader: string | null;
  served: { stable: number; canary: number };
  /** Milliseconds since the epoch of the last weight change. */
  changedAt: number;
}

export interface RouterOptions {
  stable: string;
  canary: string;
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
  url = '';
  adminUrl = '';

  constructor(private readonly options: RouterOptions) {
    this.state = { weight: options.weight ?? 0, stable: options.stable, canary: options.canary, matchHeader: null, served: { stable: 0, canary: 0 }, changedAt: Date.now() };
  }

  async start(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    this.proxy = createServer((req, res) => this.forward(req, res));
    this.proxy.keepAliveTimeout = 5000;
    this.admin = createServer((req, res) => void this.handleAdmin(req, res));
    await new Promise<void>((resolve) => this.proxy?.listen(this.options.port ?? 0, host, resolve));
    await new Promise<void>((resolve) => this.admin?.listen(this.options.adminPort ?? 0, host, resolve));
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
    const side = this.pick(req);
    this.state.served[side] += 1;
    const target = new URL(req.url ?? '/', side === 'canary' ? this.state.canary : this.state.stable);
    const upstream = httpRequest(target, { method: req.method, headers: { ...req.headers, host: target.host, 'x-glidepath-upstream': side }, agent: this.agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-glidepath-upstream': side });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain', 'x-glidepath-upstream': side });
      res.end(`bad gateway: ${side} upstream unreachable\n`);
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
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
    } catch {
      return send(400, { error: 'body is not JSON' });
    }
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/state') return send(200, this.state);
    if (req.method === 'PUT' && path === '/weight') {
      const weight = body.weight;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) return send(400, { error: 'weight must be a number from 0 to 100' });
      this.setWeight(weight);
      return send(200, this.state);
    }
    if (req.method === 'PUT' && path === '/match-header') {
      const header = body.matchHeader;
      if (header !== null && (typeof header !== 'string' || !/^[A-Za-z0-9-]+=.+$/.test(header))) return send(400, { error: 'matchHeader must be name=value or null' });
      this.state.matchHeader = header as string | null;
      return send(200, this.state);
    }
    if (req.method === 'PUT' && path === '/upstreams') {
      for (const key of ['stable', 'canary'] as const) {
        const value = body[key];
        if (value === undefined) continue;
        if (typeof value !== 'string' || !/^https?:\/\//.test(value)) return send(400, { error: `${key} must be an http(s) URL` });
        this.state[key] = value;
      }
      return send(200, this.state);
    }
    send(404, { error: 'GET /state, PUT /weight {weight}, PUT /match-header {matchHeader}, PUT /upstreams {stable, canary}' });
  }
}
