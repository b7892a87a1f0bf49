import { UserError } from '../runtime/index.js';
import type { PoolServer, ServerPool } from './pools.js';
import type { TrafficProvider } from './providers.js';

// The embedded router (tools/router), through its admin API: the canary weight and match header,
// and its pool of named targets.

/** The embedded router's admin API. */
export class EmbeddedProvider implements TrafficProvider {
  readonly name = 'embedded';
  private stickySet = false;
  /** `sticky` (experiments): the router splits by a hash of it, set before the first weight. */
  constructor(
    private readonly admin: URL,
    private readonly sticky?: string,
  ) {}
  describe(): string {
    return `embedded router at ${this.admin.origin}${this.sticky ? ` (sticky by ${this.sticky})` : ''}`;
  }
  async setWeight(weight: number): Promise<void> {
    const whole = weight === 0 || weight === 100;
    if (this.sticky && !this.stickySet && !whole) {
      await this.setSticky(this.sticky);
      this.stickySet = true;
    }
    await routerCall(this.admin, 'PUT', 'weight', { weight });
    // At 0 or 100 a sticky split has nothing to split: it is cleared, so a later canary through
    // this router splits by request again rather than by an experiment's users.
    if (this.sticky && whole) {
      await this.setSticky(null);
      this.stickySet = false;
    }
  }
  async setMatchHeader(header: string | null): Promise<void> {
    await routerCall(this.admin, 'PUT', 'match-header', { matchHeader: header });
  }
  /** Experiments: split by a hash of `cookie:<name>`, `header:<name>` or `address` (null: round-robin). */
  async setSticky(sticky: string | null): Promise<void> {
    await routerCall(this.admin, 'PUT', 'sticky', { sticky });
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

/** The embedded router's pool of named targets (GET /pool, PUT /pool/<name>). */
export class EmbeddedPool implements ServerPool {
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
