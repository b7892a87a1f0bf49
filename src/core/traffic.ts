import { connect } from 'node:net';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UserError } from './errors.js';
import { runUserCommandOrFail } from './exec.js';
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
  | { provider: 'haproxy'; socket: string; backend: string; stableServer: string; canaryServer: string }
  | { provider: 'nginx'; conf: string; reloadCommand: string; stableServer: string; canaryServer: string }
  | { provider: 'command'; command: string; stableServer?: string; canaryServer?: string }
  | { provider: 'flagd'; file: string; flag: string; onVariant: string; offVariant: string };

export function createProvider(settings: ProviderSettings): TrafficProvider {
  switch (settings.provider) {
    case 'embedded':
      return new EmbeddedProvider(new URL(settings.routerUrl));
    case 'haproxy':
      return new HaproxyProvider(settings.socket, settings.backend, settings.stableServer, settings.canaryServer);
    case 'nginx':
      return new NginxProvider(settings.conf, settings.reloadCommand, settings.stableServer, settings.canaryServer);
    case 'command':
      return new CommandProvider(settings.command, settings.stableServer ?? '', settings.canaryServer ?? '');
    case 'flagd':
      return {
        name: 'flagd',
        describe: () => `flag '${settings.flag}' in ${settings.file} (${settings.onVariant} / ${settings.offVariant})`,
        setWeight: (weight: number) => setFractional(settings.file, settings.flag, settings.onVariant, settings.offVariant, weight),
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
    await this.put('weight', { weight });
  }
  async setMatchHeader(header: string | null): Promise<void> {
    await this.put('match-header', { matchHeader: header });
  }
  private async put(what: string, body: unknown): Promise<void> {
    let response: Response;
    try {
      response = await fetch(new URL(what, this.admin.href.endsWith('/') ? this.admin : `${this.admin.href}/`), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(5000) });
    } catch (error) {
      throw new UserError(`The embedded router at ${this.admin.origin} did not answer (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}): check router-url`);
    }
    if (!response.ok) throw new UserError(`The embedded router refused ${what}: ${await response.text()}`);
  }
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
    const commands = [`set server ${this.backend}/${this.canary} weight ${weight}`, `set server ${this.backend}/${this.stable} weight ${100 - weight}`];
    if (weight < 50) commands.reverse();
    const answer = await haproxyCommand(this.socket, commands.join('; '));
    if (answer.trim() !== '') throw new UserError(`HAProxy refused '${commands.join('; ')}': ${answer.trim()}`);
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
    conn.on('error', (error: NodeJS.ErrnoException) => reject(new UserError(`HAProxy's runtime API at '${socket}' is unreachable (${error.code ?? error.message}): check haproxy-socket and that the stats socket has level admin`)));
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
    const line = (server: string, w: number) => (w <= 0 ? `server ${server} down;` : `server ${server} weight=${w};`);
    const text = `# Written by Glidepath canary-step: canary ${weight}%\n${line(this.stable, 100 - weight)}\n${line(this.canary, weight)}\n`;
    const previous = await fs.readFile(this.conf, 'utf8').catch(() => undefined);
    const temp = path.join(path.dirname(this.conf), `.${path.basename(this.conf)}.${process.pid}.tmp`);
    await fs.writeFile(temp, text);
    await fs.rename(temp, this.conf);
    try {
      await runUserCommandOrFail(this.reload, { env: { GLIDEPATH_NGINX_CONF: this.conf, GLIDEPATH_WEIGHT: String(weight) }, label: "The command in input 'nginx-reload-command'", timeoutMs: 30_000 });
      // `nginx -s reload` returns once the master is signalled; the master waits 100 ms before
      // retiring old workers, which serve the old weights until then. Return once it is applied.
      await new Promise((resolve) => setTimeout(resolve, 150));
    } catch (error) {
      // A config nginx rejects must not stay on disk for the next reload to pick up.
      if (previous !== undefined) await fs.writeFile(this.conf, previous);
      throw error;
    }
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
      env: { GLIDEPATH_WEIGHT: String(weight), GLIDEPATH_STABLE: this.stable, GLIDEPATH_CANARY: this.canary, GLIDEPATH_MATCH_HEADER: this.matchHeader ?? '' },
      label: "The command in input 'command'",
      timeoutMs: 120_000,
    });
  }
  async setMatchHeader(header: string | null): Promise<void> {
    this.matchHeader = header;
  }
}
