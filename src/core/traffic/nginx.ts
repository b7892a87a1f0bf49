import { promises as fs } from 'node:fs';
import path from 'node:path';
import { runUserCommandOrFail, sleep, UserError } from '../runtime/index.js';
import type { PoolServer, ServerPool } from './pools.js';
import type { TrafficProvider } from './providers.js';

// nginx, through an upstream include file it is reloaded on: weighted server lines for a canary,
// `down` on the servers a pool drains.

/** Where nginx's split lives: the include file Glidepath writes, its reload command, and the two servers. */
export interface NginxTarget {
  conf: string;
  reload: string;
  stable: string;
  canary: string;
}

/**
 * nginx: writes the upstream's server lines to an include file, validates and reloads. Weight 0
 * is written as `down` (nginx refuses weight=0).
 */
export class NginxProvider implements TrafficProvider {
  readonly name = 'nginx';
  constructor(private readonly at: NginxTarget) {}
  describe(): string {
    return `nginx upstream include ${this.at.conf} (${this.at.stable} / ${this.at.canary})`;
  }
  async setWeight(weight: number): Promise<void> {
    const { conf, reload, stable, canary } = this.at;
    const line = (server: string, w: number) =>
      w <= 0 ? `server ${server} down;` : `server ${server} weight=${w};`;
    const text = `# Written by Glidepath canary-step: canary ${weight}%\n${line(stable, 100 - weight)}\n${line(canary, weight)}\n`;
    await replaceAndReload(conf, text, reload, { GLIDEPATH_WEIGHT: String(weight) });
  }
}

/**
 * Writes an nginx include file atomically, validates and reloads; a file nginx rejects is put
 * back as it was, so the next reload cannot pick it up.
 */
export async function replaceAndReload(
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
    await sleep(150);
  } catch (error) {
    if (previous !== undefined) await fs.writeFile(conf, previous);
    throw error;
  }
}

/**
 * nginx: the pool is the `server` lines of the upstream include file; a drained server is marked
 * `down`, in one rewrite and one reload per batch. nginx reports no per-server sessions.
 */
export class NginxPool implements ServerPool {
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
