import { EmbeddedPool } from './embedded.js';
import { HaproxyPool } from './haproxy.js';
import { NginxPool } from './nginx.js';

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
