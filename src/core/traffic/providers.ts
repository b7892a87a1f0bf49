import { connect } from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runUserCommandOrFail, UserError } from '../runtime/index.js';
import { setFractional } from './flagd.js';

/**
 * Sets how much live traffic the new version gets. Weight is the canary's share, 0–100.
 * ProviderSettings are plain JSON: the post step rebuilds the provider from saved state.
 */
export interface TrafficProvider {
  readonly name: string;
  setWeight(weight: number): Promise<void>;
  /** Routes requests carrying `name=value` to the canary (null clears it). */
  setMatchHeader?(header: string | null): Promise<void>;
  describe(): string;
}

export type ProviderSettings =
  | { provider: 'embedded'; routerUrl: string }
  | {
      provider: 'haproxy';
      socket: string;
      backend: string;
      stableServer: string;
      canaryServer: string;
    }
  | {
      provider: 'nginx';
      conf: string;
      reloadCommand: string;
      stableServer: string;
      canaryServer: string;
    }
  | { provider: 'command'; command: string; stableServer?: string; canaryServer?: string }
  | { provider: 'flagd'; file: string; flag: string; onVariant: string; offVariant: string };

export function createProvider(settings: ProviderSettings): TrafficProvider {
  switch (settings.provider) {
    case 'embedded':
      return new EmbeddedProvider(new URL(settings.routerUrl));
    case 'haproxy':
      return new HaproxyProvider(
        settings.socket,
        settings.backend,
        settings.stableServer,
        settings.canaryServer,
      );
    case 'nginx':
      return new NginxProvider(
        settings.conf,
        settings.reloadCommand,
        settings.stableServer,
        settings.canaryServer,
      );
    case 'command':
      return new CommandProvider(
        settings.command,
        settings.stableServer ?? '',
        settings.canaryServer ?? '',
      );
    case 'flagd':
      return {
        name: 'flagd',
        describe: () =>
          `flag '${settings.flag}' in ${settings.file} (${settings.onVariant} / ${settings.offVariant})`,
        setWeight: (weight: number) =>
          setFractional(
            settings.file,
            settings.flag,
            settings.onVariant,
            settings.offVariant,
            weight,
          ),
      };
  }
}

/** The embedded router's admin API. */
class EmbeddedProvider implements TrafficProvider {
  readonly name = 'embedded';
  constructor(private readonly admin: URL) {}
  describe(): string {
    return `embedded router at ${this.admin.origin}`;
  }
  async setWeight(weight: number): Promise<void> {
    await routerCall(this.admin, 'PUT', 'weight', { weight });
  }
  async setMatchHeader(header: string | null): Promise<void> {
    await routerCall(this.admin, 'PUT', 'match-header', { matchHeader: header });
  }
}

/** One request to the embedded router's admin API; its answer, parsed. */
async function routerCall<T>(
  admin: URL,
  method: 'GET' | 'PUT',
  what: string,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(what, admin.href.endsWith('/') ? admin : `${admin.href}/`), {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
  } catch (error) {
    throw new UserError(
      `The embedded router at ${admin.origin} did not answer (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}): check router-url`,
    );
  }
  if (!response.ok)
    throw new UserError(`The embedded router refused ${method} ${what}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * HAProxy's runtime API over its stats socket: `set server <backend>/<server> weight <n>`
 * changes the split at once, with no reload and no dropped connection.
 */
class HaproxyProvider implements TrafficProvider {
  readonly name = 'haproxy';
  constructor(
    private readonly socket: string,
    private readonly backend: string,
    private readonly stable: string,
    private readonly canary: string,
  ) {}
  describe(): string {
    return `HAProxy backend ${this.backend} (${this.stable} / ${this.canary}) via ${this.socket}`;
  }
  async setWeight(weight: number): Promise<void> {
    // Both changes go in one runtime-API request (commands separated by ';'), raising one side
    // before lowering the other so the backend never has both weights at 0.
    const commands = [
      `set server ${this.backend}/${this.canary} weight ${weight}`,
      `set server ${this.backend}/${this.stable} weight ${100 - weight}`,
    ];
    if (weight < 50) commands.reverse();
    const answer = await haproxyCommand(this.socket, commands.join('; '));
    if (answer.trim() !== '')
      throw new UserError(`HAProxy refused '${commands.join('; ')}': ${answer.trim()}`);
  }
}

/** Sends one command to HAProxy's runtime API (a unix socket path, or host:port) and returns its answer. */
export function haproxyCommand(socket: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hostPort = /^([^/:]+):(\d+)$/.exec(socket);
    const conn = hostPort ? connect(Number(hostPort[2]), hostPort[1]) : connect(socket);
    let answer = '';
    conn.setTimeout(5000, () => conn.destroy(new Error('timed out')));
    conn.on('connect', () => conn.end(`${command}\n`));
    conn.on('data', (d) => (answer += d.toString()));
    conn.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new UserError(
          `HAProxy's runtime API at '${socket}' is unreachable (${error.code ?? error.message}): check haproxy-socket and that the stats socket has level admin`,
        ),
      ),
    );
    conn.on('close', () => resolve(answer));
  });
}

/**
 * nginx: writes the upstream's server lines to an include file, validates and reloads. Weight 0
 * is written as `down` (nginx refuses weight=0).
 */
class NginxProvider implements TrafficProvider {
  readonly name = 'nginx';
  constructor(
    private readonly conf: string,
    private readonly reload: string,
    private readonly stable: string,
    private readonly canary: string,
  ) {}
  describe(): string {
    return `nginx upstream include ${this.conf} (${this.stable} / ${this.canary})`;
  }
  async setWeight(weight: number): Promise<void> {
    const line = (server: string, w: number) =>
      w <= 0 ? `server ${server} down;` : `server ${server} weight=${w};`;
    const text = `# Written by Glidepath canary-step: canary ${weight}%\n${line(this.stable, 100 - weight)}\n${line(this.canary, weight)}\n`;
    await replaceAndReload(this.conf, text, this.reload, { GLIDEPATH_WEIGHT: String(weight) });
  }
}

/**
 * Writes an nginx include file atomically, validates and reloads; a file nginx rejects is put
 * back as it was, so the next reload cannot pick it up.
 */
async function replaceAndReload(
  conf: string,
  text: string,
  reload: string,
  env: Record<string, string>,
): Promise<void> {
  const previous = await fs.readFile(conf, 'utf8').catch(() => undefined);
  const temp = path.join(path.dirname(conf), `.${path.basename(conf)}.${process.pid}.tmp`);
  await fs.writeFile(temp, text);
  await fs.rename(temp, conf);
  try {
    await runUserCommandOrFail(reload, {
      env: { GLIDEPATH_NGINX_CONF: conf, ...env },
      label: "The command in input 'nginx-reload-command'",
      timeoutMs: 30_000,
    });
    // `nginx -s reload` returns once the master is signalled; the master waits 100 ms before
    // retiring old workers, which serve the old upstreams until then. Return once it is applied.
    await new Promise((resolve) => setTimeout(resolve, 150));
  } catch (error) {
    if (previous !== undefined) await fs.writeFile(conf, previous);
    throw error;
  }
}

/** The user's command, given the weight and both versions in its environment. */
class CommandProvider implements TrafficProvider {
  readonly name = 'command';
  private matchHeader: string | null = null;
  constructor(
    private readonly command: string,
    private readonly stable: string,
    private readonly canary: string,
  ) {}
  describe(): string {
    return 'your traffic command';
  }
  async setWeight(weight: number): Promise<void> {
    await runUserCommandOrFail(this.command, {
      env: {
        GLIDEPATH_WEIGHT: String(weight),
        GLIDEPATH_STABLE: this.stable,
        GLIDEPATH_CANARY: this.canary,
        GLIDEPATH_MATCH_HEADER: this.matchHeader ?? '',
      },
      label: "The command in input 'command'",
      timeoutMs: 120_000,
    });
  }
  async setMatchHeader(header: string | null): Promise<void> {
    this.matchHeader = header;
  }
}

/** One server of the pool a rolling deploy updates batch by batch. */
export interface PoolServer {
  /** Its name at the router: HAProxy's server name, the embedded router's target name, nginx's address. */
  name: string;
  /** host:port. */
  address: string;
  /** ready takes traffic; drain takes no new requests (nginx: `down`); maint takes none at all. */
  state: 'ready' | 'drain' | 'maint';
  /** Requests in flight to it; null where the proxy cannot tell (nginx). */
  sessions: number | null;
}

/**
 * A fixed pool of servers behind one router, for rolling deploys: list the servers, take some
 * out of rotation (drain) and put them back (ready). The settings are plain JSON so the post step
 * can rebuild the pool from saved state and put back what main drained.
 */
export interface ServerPool {
  describe(): string;
  list(): Promise<PoolServer[]>;
  /** Sets the admin state of these servers, all in one change where the proxy allows it. */
  set(names: string[], state: 'drain' | 'ready'): Promise<void>;
}

export type PoolSettings =
  | { provider: 'embedded'; routerUrl: string }
  | { provider: 'haproxy'; socket: string; backend: string }
  | { provider: 'nginx'; conf: string; reloadCommand: string };

export function createPool(settings: PoolSettings): ServerPool {
  switch (settings.provider) {
    case 'embedded':
      return new EmbeddedPool(new URL(settings.routerUrl));
    case 'haproxy':
      return new HaproxyPool(settings.socket, settings.backend);
    case 'nginx':
      return new NginxPool(settings.conf, settings.reloadCommand);
  }
}

/** The embedded router's pool of named targets (GET /pool, PUT /pool/<name>). */
class EmbeddedPool implements ServerPool {
  constructor(private readonly admin: URL) {}
  describe(): string {
    return `embedded router pool at ${this.admin.origin}`;
  }
  async list(): Promise<PoolServer[]> {
    const { servers } = await routerCall<{
      servers: { name: string; address: string; state: 'ready' | 'drain'; active: number }[];
    }>(this.admin, 'GET', 'pool');
    return servers.map((t) => ({
      name: t.name,
      address: t.address,
      state: t.state,
      sessions: t.active,
    }));
  }
  async set(names: string[], state: 'drain' | 'ready'): Promise<void> {
    for (const name of names)
      await routerCall(this.admin, 'PUT', `pool/${encodeURIComponent(name)}`, { state });
  }
}

/** HAProxy's runtime API: `show servers state` for admin state and address, `show stat` for sessions, `set server … state`. */
class HaproxyPool implements ServerPool {
  constructor(
    private readonly socket: string,
    private readonly backend: string,
  ) {}
  describe(): string {
    return `HAProxy backend ${this.backend} via ${this.socket}`;
  }
  async list(): Promise<PoolServer[]> {
    const state = await haproxyCommand(this.socket, `show servers state ${this.backend}`);
    if (!state.startsWith('1\n'))
      throw new UserError(
        `HAProxy has no backend '${this.backend}' (${state.trim() || 'no answer'}): check haproxy-backend`,
      );
    const stat = (await haproxyCommand(this.socket, `show stat ${this.backend} 4 -1`))
      .split('\n')
      .filter(Boolean);
    const header = (stat[0] ?? '').replace(/^# /, '').split(',');
    const column = (name: string) => header.indexOf(name);
    const sessions = new Map(
      stat.slice(1).map((line) => {
        const cells = line.split(',');
        return [
          cells[column('svname')],
          Number(cells[column('scur')] || 0) + Number(cells[column('qcur')] || 0),
        ] as const;
      }),
    );
    return state
      .split('\n')
      .filter((line) => line && !line.startsWith('#') && line !== '1')
      .map((line) => line.split(' '))
      .filter((f) => f.length >= 19)
      .map((f) => {
        const admin = Number(f[6]);
        const name = f[3] as string;
        // srv_admin_state bits: 0x01 forced, 0x02 inherited, 0x04 configured, 0x20 resolution maintenance; 0x08/0x10 drain.
        return {
          name,
          address: `${f[4]}:${f[18]}`,
          state: admin & 0x27 ? 'maint' : admin & 0x18 ? 'drain' : 'ready',
          sessions: sessions.get(name) ?? 0,
        };
      });
  }
  async set(names: string[], state: 'drain' | 'ready'): Promise<void> {
    if (!names.length) return;
    const commands = names
      .map((name) => `set server ${this.backend}/${name} state ${state}`)
      .join('; ');
    const answer = await haproxyCommand(this.socket, commands);
    if (answer.trim() !== '')
      throw new UserError(`HAProxy refused '${commands}': ${answer.trim()}`);
  }
}

/**
 * nginx: the pool is the `server` lines of the upstream include file; a drained server is marked
 * `down`, in one rewrite and one reload per batch. nginx reports no per-server sessions.
 */
class NginxPool implements ServerPool {
  constructor(
    private readonly conf: string,
    private readonly reload: string,
  ) {}
  describe(): string {
    return `nginx upstream include ${this.conf}`;
  }
  async list(): Promise<PoolServer[]> {
    const servers: PoolServer[] = [];
    mapServerLines(await this.read(), (address, params) => {
      servers.push({
        name: address,
        address,
        state: /(^|\s)down(\s|$)/.test(params) ? 'drain' : 'ready',
        sessions: null,
      });
      return undefined;
    });
    return servers;
  }
  async set(names: string[], state: 'drain' | 'ready'): Promise<void> {
    if (!names.length) return;
    const wanted = new Set(names);
    const text = mapServerLines(await this.read(), (address, params) => {
      if (!wanted.has(address)) return undefined;
      const rest = params.replace(/\s+down(?=\s|$)/g, '');
      return `server ${address}${rest}${state === 'drain' ? ' down' : ''};`;
    });
    await replaceAndReload(this.conf, text, this.reload, {});
  }
  private async read(): Promise<string> {
    try {
      return await fs.readFile(this.conf, 'utf8');
    } catch (error) {
      throw new UserError(
        `Cannot read the nginx upstream include '${this.conf}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check nginx-conf`,
      );
    }
  }
}

/** Calls `edit` for each `server <address> <params>;` directive outside comments; a string it returns replaces the directive. */
function mapServerLines(
  text: string,
  edit: (address: string, params: string) => string | undefined,
): string {
  return text
    .split('\n')
    .map((line) => {
      const hash = line.indexOf('#');
      const code = hash < 0 ? line : line.slice(0, hash);
      const replaced = code.replace(
        /\bserver\s+([^\s;]+)((?:\s+[^\s;]+)*)\s*;/g,
        (directive, address: string, params: string) => edit(address, params) ?? directive,
      );
      return hash < 0 ? replaced : replaced + line.slice(hash);
    })
    .join('\n');
}
