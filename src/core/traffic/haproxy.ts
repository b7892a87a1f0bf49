import { connect } from 'node:net';
import { UserError } from '../runtime/index.js';
import type { PoolServer, ServerPool } from './pools.js';
import type { TrafficProvider } from './providers.js';

// HAProxy, through its runtime API: server weights for a canary, server states for a pool.

/**
 * HAProxy's runtime API over its stats socket: `set server <backend>/<server> weight <n>`
 * changes the split at once, with no reload and no dropped connection.
 */
export class HaproxyProvider implements TrafficProvider {
  readonly name = 'haproxy';
  constructor(
    private readonly socket: string,
    private readonly backend: string,
    private readonly stable: string,
    private readonly canary: string,
    private readonly sticky = false,
  ) {}
  describe(): string {
    return `HAProxy backend ${this.backend} (${this.stable} / ${this.canary}) via ${this.socket}`;
  }
  async setWeight(weight: number): Promise<void> {
    // Both changes go in one runtime-API request (commands separated by ';'), raising one side
    // before lowering the other so the backend never has both weights at 0. Sticky (experiments):
    // on HAProxy's full 0–256 scale, since a consistent-hash ring gives each server 16 points per
    // unit of weight and more points split users closer to the weights.
    const scale = this.sticky ? 256 : 100;
    const canary = Math.round((weight * scale) / 100);
    const commands = [
      `set server ${this.backend}/${this.canary} weight ${canary}`,
      `set server ${this.backend}/${this.stable} weight ${scale - canary}`,
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

/** HAProxy's runtime API: `show servers state` for admin state and address, `show stat` for sessions, `set server … state`. */
export class HaproxyPool implements ServerPool {
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
