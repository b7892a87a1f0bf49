import { sleep, UserError } from '../runtime/index.js';
import { untilNoConflict, WrittenNotConfirmed } from './errors.js';
import type { TrafficProvider } from './providers.js';

// Google Cloud Run: the traffic split of a service between two revisions, through the Cloud Run
// Admin API v2 (REST), written against the service's etag and confirmed by its long-running
// operation before a step's analysis starts.

export interface CloudRunSettings {
  provider: 'cloud-run';
  /** projects/<project>/locations/<region>/services/<service> */
  service: string;
  stableRevision: string;
  canaryRevision: string;
  /** The API's base URL (a regional endpoint, or a private one). */
  endpoint: string;
  /** Longest wait for the update's operation (default 120 s). */
  operationTimeoutMs?: number;
}

interface Target {
  type?: string;
  revision?: string;
  percent?: number;
  tag?: string;
}
interface Service {
  etag?: string;
  traffic?: Target[];
  [key: string]: unknown;
}
interface Operation {
  name: string;
  done?: boolean;
  error?: { code?: number; message?: string };
}

/** The calls the provider makes: the HTTP client of google-auth-library in production. */
export type CloudRunRequest = <T>(
  method: 'GET' | 'PATCH',
  path: string,
  body?: unknown,
) => Promise<T>;

const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';

/** The traffic list for a weight: both revisions by name, every tag kept at 0 %. */
export function trafficFor(
  current: Target[],
  weight: number,
  stable: string,
  canary: string,
): Target[] {
  const percent = Math.round(weight);
  const tagged = current
    .filter((t) => t.tag && t.revision !== stable && t.revision !== canary)
    .map((t) => ({ ...t, percent: 0 }));
  const tagOf = (revision: string) => current.find((t) => t.revision === revision)?.tag;
  const entry = (revision: string, p: number): Target => ({
    type: REVISION,
    revision,
    percent: p,
    ...(tagOf(revision) ? { tag: tagOf(revision) } : {}),
  });
  return [entry(stable, 100 - percent), entry(canary, percent), ...tagged];
}

export class CloudRunProvider implements TrafficProvider {
  readonly name = 'cloud-run';
  private request?: CloudRunRequest;
  constructor(
    private readonly settings: CloudRunSettings,
    request?: CloudRunRequest,
    private readonly pollMs = 500,
  ) {
    this.request = request;
  }
  private get what(): string {
    return `Cloud Run service ${this.settings.service}`;
  }
  describe(): string {
    return `${this.what} (revisions ${this.settings.stableRevision} / ${this.settings.canaryRevision})`;
  }

  async check(): Promise<void> {
    await this.call('GET', this.settings.service, undefined, 'read').catch((error: unknown) => {
      if (statusOf(error) !== 404) throw error;
      throw new UserError(
        `Input 'cloud-run-service' is '${this.settings.service}', but Cloud Run has no such service: give it as projects/<project>/locations/<region>/services/<name>, as gcloud run services describe shows it`,
      );
    });
    for (const [input, revision] of [
      ['stable-server', this.settings.stableRevision],
      ['canary-server', this.settings.canaryRevision],
    ] as const) {
      try {
        await this.call('GET', `${this.settings.service}/revisions/${revision}`, undefined, 'read');
      } catch (error) {
        if (statusOf(error) === 404)
          throw new UserError(
            `Input '${input}' is '${revision}', but ${this.what} has no such revision: give a revision name as gcloud run revisions list shows it`,
          );
        throw error;
      }
    }
  }

  async setWeight(weight: number): Promise<void> {
    const s = this.settings;
    let operation: Operation | undefined;
    await untilNoConflict(
      this.what,
      '409 ABORTED',
      (e) => statusOf(e) === 409,
      async () => {
        const service = await this.call<Service>('GET', s.service, undefined, 'read');
        const traffic = trafficFor(
          service.traffic ?? [],
          weight,
          s.stableRevision,
          s.canaryRevision,
        );
        if (JSON.stringify(service.traffic ?? []) === JSON.stringify(traffic)) return;
        // The etag just read: Cloud Run refuses the update (409 ABORTED) if the service changed since.
        operation = await this.call<Operation>(
          'PATCH',
          s.service,
          { ...service, traffic },
          'update',
        );
      },
    );
    // The update's operation is waited for outside the loop: its failures are never conflicts.
    if (operation) await this.waitDone(operation);
  }

  /** Waits for the update's long-running operation: the split is live once it is done. */
  private async waitDone(first: Operation): Promise<void> {
    const timeoutMs = this.settings.operationTimeoutMs ?? 120_000;
    const deadline = Date.now() + timeoutMs;
    let operation = first;
    while (!operation.done) {
      if (Date.now() >= deadline)
        throw new WrittenNotConfirmed(
          `${this.what}: the traffic update (${operation.name}) was not done within ${timeoutMs / 1000} s`,
        );
      await sleep(this.pollMs);
      operation = await this.call<Operation>('GET', operation.name, undefined, 'read');
    }
    if (operation.error)
      throw new WrittenNotConfirmed(
        `${this.what}: the traffic update failed (${operation.error.code ?? '?'}: ${operation.error.message ?? ''})`,
      );
  }

  /** One API call; 429 and 5xx are retried with backoff, other failures named for people. */
  private async call<T>(
    method: 'GET' | 'PATCH',
    path: string,
    body: unknown,
    what: string,
  ): Promise<T> {
    const request = this.request ?? (this.request = await connect(this.settings));
    for (let attempt = 1; ; attempt++) {
      try {
        return await request<T>(method, path, body);
      } catch (error) {
        const status = statusOf(error);
        if (status === 409 || status === 404) throw error;
        const retry = status === 429 || (status !== undefined && status >= 500);
        if (retry && attempt < 5) {
          await sleep(100 * 2 ** (attempt - 1));
          continue;
        }
        if (status === 401 || status === 403)
          throw new UserError(
            `Google Cloud refused to ${what} ${this.what} (${status}): the identity needs run.services.get and run.services.update (roles/run.developer), and iam.serviceAccounts.actAs on the service's runtime account`,
          );
        throw new UserError(
          `Could not ${what} ${this.what}: ${status ? `the API answered ${status}` : (error as Error).message}`,
        );
      }
    }
  }
}

function statusOf(error: unknown): number | undefined {
  const e = error as { status?: unknown; response?: { status?: unknown } };
  const status = e.response?.status ?? e.status;
  return typeof status === 'number' ? status : undefined;
}

/** google-auth-library's client from Application Default Credentials (google-github-actions/auth). */
async function connect(settings: CloudRunSettings): Promise<CloudRunRequest> {
  const { GoogleAuth } = await import('google-auth-library');
  const projectId = settings.service.split('/')[1];
  const auth = new GoogleAuth({
    scopes: ['https://www.googleapis.com/auth/cloud-platform'],
    projectId,
  });
  let client: Awaited<ReturnType<typeof auth.getClient>>;
  try {
    client = await auth.getClient();
  } catch (error) {
    throw new UserError(
      `No Google Cloud credentials for provider cloud-run: run google-github-actions/auth (workload identity federation) first (${(error as Error).message})`,
    );
  }
  const base = settings.endpoint.replace(/\/$/, '');
  return async <T>(method: 'GET' | 'PATCH', path: string, body?: unknown) => {
    const answer = await client.request<T>({
      url: `${base}/v2/${path}`,
      method,
      data: body,
      retry: false,
    });
    return answer.data;
  };
}
