import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { executeGraphql } from './graphql.js';
import { createOpenApiValidator, type OpenApiValidator, type Violation } from './openapi.js';
import {
  emptyRepo,
  shaFor,
  Store,
  type AssetRecord,
  type DeploymentRecord,
  type EnvironmentRecord,
  type ReleaseRecord,
  type RepoState,
  type StandInState,
  type StatusRecord,
} from './store.js';

/**
 * A local stand-in for the parts of GitHub's REST API that Glidepath uses: deployments and
 * their statuses, environments with protection rules, run approvals, and releases with assets.
 * It answers with GitHub's shapes and errors, checks every request and response against
 * GitHub's OpenAPI description, logs requests for counting, and injects faults on demand.
 */

export type Permission = 'none' | 'read' | 'write';
export type Scope = 'deployments' | 'contents' | 'actions' | 'administration';
export type TokenPermissions = Partial<Record<Scope, Permission>>;

/** What GITHUB_TOKEN gets by default in a repository with permissive settings: everything but administration. */
export const DEFAULT_TOKEN_PERMISSIONS: TokenPermissions = {
  deployments: 'write',
  contents: 'write',
  actions: 'write',
  administration: 'none',
};

export interface StandInOptions {
  port?: number;
  host?: string;
  /** Share state with other processes through this JSON file. */
  stateFile?: string;
  /** Check requests and responses against the OpenAPI subset (default true). */
  validate?: boolean;
  /** Tokens with restricted permissions; any other non-empty token gets DEFAULT_TOKEN_PERMISSIONS. */
  tokens?: Record<string, TokenPermissions>;
  /** REST requests per hour before answering 403 rate limited (GITHUB_TOKEN: 1,000 per repository). */
  rateLimit?: number;
  /** The login that owns the default token, shown as creator/uploader. */
  actor?: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** owner/name the request was about (from the path, or a GraphQL query's variables). */
  repository?: string;
  query: Record<string, string>;
  status: number;
  operationId?: string;
  fault?: string;
  ms: number;
  /** A JSON request body as sent (first 4 KB), to tell calls to one endpoint apart. */
  body?: string;
}

export interface Fault {
  /** How many matching requests to fail (default 1). */
  times?: number;
  /** Answer with this status (500, 502, 503, 403, 429…). */
  status?: number;
  /** 403/429 as GitHub's primary or secondary rate limit, with its headers. */
  rateLimit?: 'primary' | 'secondary';
  /** Seconds for retry-after / x-ratelimit-reset. */
  retryAfter?: number;
  /** Wait this long before answering (or before the fault). */
  delayMs?: number;
  /** Destroy the connection without an answer. */
  reset?: boolean;
  /** Never answer (a hang past the client's timeout). */
  hang?: boolean;
  method?: string;
  /** Matched against the path without query string. */
  path?: RegExp;
  /** Only requests about this repository (`owner/name`), so concurrent tests can each fault their own. */
  repository?: string;
  /** Matched against the request body as text (e.g. a deployment status's `"state":"success"`). */
  body?: RegExp;
  /**
   * Fail each distinct request (method, URL and body) the first time it is seen and let its
   * repeats through: every API call meets the fault once, and its retry succeeds. `times` then
   * counts distinct requests and defaults to no limit.
   */
  firstAttempt?: boolean;
  /**
   * Carry the request out, then answer with the fault (or reset, or hang): the answer is lost
   * but the write happened, as when a proxy in front of GitHub fails after GitHub did the work.
   */
  afterHandling?: boolean;
}

interface ActiveFault extends Fault {
  remaining: number;
  seen: Set<string>;
}

interface Reply {
  status: number;
  body?: unknown;
  raw?: Buffer;
  headers?: Record<string, string>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: { resource: string; field: string; code: string; message?: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const DOCS = 'https://docs.github.com/rest';
const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class GitHubStandIn {
  readonly requests: RequestLogEntry[] = [];
  readonly violations: Violation[] = [];
  private readonly store: Store;
  private readonly validator?: OpenApiValidator;
  private readonly faults: ActiveFault[] = [];
  private readonly sockets = new Set<Socket>();
  private server?: Server;
  private origin = '';
  private used = 0;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(private readonly options: StandInOptions = {}) {
    this.store = new Store(options.stateFile);
    // GitHub answers 401 (no token), 403 (missing permission) and 404 (no access or no such
    // thing) from every endpoint, though its description declares them on only some.
    if (options.validate !== false)
      this.validator = createOpenApiValidator(undefined, {
        undeclaredErrorStatuses: [401, 403, 404],
      });
  }

  /** Starts listening (port 0 picks a free one) and returns the API base URL. */
  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) =>
      this.server?.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', resolve),
    );
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://${this.options.host ?? '127.0.0.1'}:${port}`;
    return this.url;
  }

  get url(): string {
    return this.origin;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  /** Fails the next matching requests as described. */
  fault(fault: Fault): void {
    this.faults.push({
      ...fault,
      remaining: fault.times ?? (fault.firstAttempt ? Infinity : 1),
      seen: new Set(),
    });
  }

  /** Removes faults of one repository (or all): what a test that faulted its own repository cleans up. */
  clearFaultsOf(repository: string): void {
    for (let i = this.faults.length - 1; i >= 0; i--)
      if (this.faults[i]?.repository === repository) this.faults.splice(i, 1);
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Requests that change something (POST, PUT, PATCH, DELETE), optionally of one repository (`owner/name`). */
  writes(repository?: string): RequestLogEntry[] {
    return this.requests.filter(
      (r) =>
        r.method !== 'GET' &&
        r.method !== 'HEAD' &&
        r.path !== '/graphql' &&
        (!repository || r.path.startsWith(`/repos/${repository}/`)),
    );
  }

  /** API requests (REST operations and GraphQL), leaving out asset downloads, which real GitHub serves from another host. */
  apiCalls(repository?: string): RequestLogEntry[] {
    return this.requests.filter(
      (r) => !r.path.startsWith('/download/') && (!repository || r.repository === repository),
    );
  }

  // ---- seeding and inspection, for tests and the demo -------------------------------------

  /** Creates or updates an environment with protection rules, as an admin would in Settings. */
  setEnvironment(
    owner: string,
    repo: string,
    name: string,
    protection: { reviewers?: string[]; waitTimer?: number; preventSelfReview?: boolean } = {},
  ): void {
    this.store.update((state) => {
      const r = repoOf(state, owner, repo);
      upsertEnvironment(state, r, name, {
        wait_timer: protection.waitTimer,
        prevent_self_review: protection.preventSelfReview,
        reviewers: protection.reviewers?.map((login) => ({
          type: 'User',
          id: userId(login),
          login,
        })),
      });
    });
  }

  /** Records a reviewer's decision on a run's pending deployment to `environment`. */
  approve(
    owner: string,
    repo: string,
    runId: number,
    environment: string,
    user: string,
    comment = '',
    state: 'approved' | 'rejected' = 'approved',
  ): void {
    this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      r.approvals.push({ runId, environments: [environment], state, user, comment });
      r.pending = r.pending.filter((p) => !(p.runId === runId && p.environment === environment));
    });
  }

  /** Marks a run as waiting for review on `environment`. */
  addPending(owner: string, repo: string, runId: number, environment: string, waitTimer = 0): void {
    this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      r.pending.push({
        runId,
        environment,
        waitTimer,
        waitTimerStartedAt: waitTimer ? s.clock : null,
      });
    });
  }

  /** Sets commit status contexts for a ref (checked when a deployment omits required_contexts). */
  setContexts(
    owner: string,
    repo: string,
    ref: string,
    contexts: { context: string; state: string }[],
  ): void {
    this.store.update((s) => {
      repoOf(s, owner, repo).contexts[ref] = contexts;
    });
  }

  markBehind(owner: string, repo: string, branch: string): void {
    this.store.update((s) => {
      repoOf(s, owner, repo).behindBranches.push(branch);
    });
  }

  /** Replaces a release asset's bytes behind GitHub's back (tampering tests). */
  tamperAsset(owner: string, repo: string, assetName: string, data: Buffer): void {
    this.store.update((s) => {
      const asset = repoOf(s, owner, repo).assets.find((a) => a.name === assetName);
      if (!asset) throw new Error(`no asset ${assetName}`);
      asset.data = data.toString('base64');
      asset.size = data.length;
    });
  }

  /** Adds `count` past Glidepath deployments (each with in_progress, success) to an environment. */
  seedDeployments(owner: string, repo: string, environment: string, count: number): void {
    this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      for (let i = 0; i < count; i++) {
        const at = tick(s);
        const id = nextId(s);
        const version = `0.${Math.floor(i / 100)}.${i % 100}`;
        r.deployments.push({
          id,
          sha: shaFor(`seed${i}`),
          ref: `seed${i}`,
          task: 'deploy',
          payload: {
            glidepath: 1,
            name: 'web',
            version,
            digest: `sha256:${'0'.repeat(63)}${i % 10}`,
            artifact: { storage: 'none', url: '', path: '/nowhere' },
          },
          environment,
          originalEnvironment: environment,
          description: null,
          creator: 'seed',
          createdAt: at,
          updatedAt: at,
          transient: false,
          production: environment === 'production',
        });
        for (const state of ['in_progress', 'success', ...(i < count - 1 ? ['inactive'] : [])]) {
          r.statuses.push({
            id: nextId(s),
            deploymentId: id,
            state,
            description: '',
            environment,
            targetUrl: '',
            logUrl: '',
            environmentUrl: '',
            creator: 'seed',
            createdAt: tick(s),
          });
        }
      }
    });
  }

  /** Publishes a release with assets behind the API's back (fixtures); returns each asset's API and download URLs. */
  seedRelease(
    owner: string,
    repo: string,
    tag: string,
    assets: { name: string; data: Buffer; contentType?: string }[],
  ): {
    releaseId: number;
    assets: Record<string, { id: number; url: string; browserDownloadUrl: string }>;
  } {
    return this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      const rel: ReleaseRecord = {
        id: nextId(s),
        tag,
        target: r.defaultBranch,
        name: tag,
        body: null,
        draft: false,
        prerelease: false,
        author: this.options.actor ?? 'github-actions[bot]',
        createdAt: tick(s),
      };
      r.releases.push(rel);
      const ctx: Ctx = { state: s, repo: r, origin: this.origin, actor: rel.author };
      const out: Record<string, { id: number; url: string; browserDownloadUrl: string }> = {};
      for (const a of assets) {
        const asset: AssetRecord = {
          id: nextId(s),
          releaseId: rel.id,
          name: a.name,
          label: null,
          contentType: a.contentType ?? 'application/octet-stream',
          size: a.data.length,
          data: a.data.toString('base64'),
          uploader: rel.author,
          createdAt: tick(s),
        };
        r.assets.push(asset);
        const body = assetBody(ctx, asset);
        out[a.name] = {
          id: asset.id,
          url: body.url as string,
          browserDownloadUrl: body.browser_download_url as string,
        };
      }
      return { releaseId: rel.id, assets: out };
    });
  }

  /** Records a deployment with the given statuses (oldest first) behind the API's back (fixtures); returns its id. */
  addDeployment(
    owner: string,
    repo: string,
    deployment: {
      environment: string;
      payload: unknown;
      states: string[];
      ref?: string;
      description?: string;
    },
  ): number {
    return this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      const at = tick(s);
      const id = nextId(s);
      const ref = deployment.ref ?? 'main';
      const environment = deployment.environment;
      r.deployments.push({
        id,
        sha: shaFor(ref),
        ref,
        task: 'deploy',
        payload: deployment.payload,
        environment,
        originalEnvironment: environment,
        description: deployment.description ?? null,
        creator: 'seed',
        createdAt: at,
        updatedAt: at,
        transient: false,
        production: environment === 'production',
      });
      for (const state of deployment.states) {
        r.statuses.push({
          id: nextId(s),
          deploymentId: id,
          state,
          description: '',
          environment,
          targetUrl: '',
          logUrl: '',
          environmentUrl: '',
          creator: 'seed',
          createdAt: tick(s),
        });
      }
      return id;
    });
  }

  /** A read-only view of one repository's state. */
  repo(owner: string, repo: string): RepoState {
    return this.store.update((s) => structuredClone(repoOf(s, owner, repo)));
  }

  /** Deployments of an environment, newest first, each with its statuses newest first. */
  deployments(
    owner: string,
    repo: string,
    environment?: string,
  ): (DeploymentRecord & { statuses: StatusRecord[] })[] {
    const r = this.repo(owner, repo);
    return r.deployments
      .filter((d) => environment === undefined || d.environment === environment)
      .sort((a, b) => b.id - a.id)
      .map((d) => ({
        ...d,
        statuses: r.statuses.filter((s) => s.deploymentId === d.id).sort((a, b) => b.id - a.id),
      }));
  }

  // ---- HTTP -------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', this.origin);
    let path = url.pathname.replace(/\/+$/, '') || '/';
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams);
    const body = await readBody(req);
    const entry: RequestLogEntry = {
      method,
      path,
      query,
      status: 0,
      ms: 0,
      repository: repositoryOf(path, body.json),
      ...(body.json === undefined ? {} : { body: body.raw.subarray(0, 4096).toString('utf8') }),
    };
    this.requests.push(entry);

    const fault = this.takeFault(
      entry,
      body.raw,
      `${method} ${req.url ?? ''} ${createHashHex(body.raw)}`,
    );
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault && !fault.afterHandling && this.loseAnswer(fault, entry, req, '')) return;
    const statusFault = fault && !fault.afterHandling ? fault : undefined;
    const answer = (reply: Reply, apiPath: string | undefined) => {
      if (fault?.afterHandling) {
        // The request was carried out; its answer is lost on the way back.
        if (this.loseAnswer(fault, entry, req, ' after handling')) return;
        entry.fault = `${fault.status ?? 500} after handling`;
        reply = errorReply(faultError(fault));
      }
      this.send(res, entry, reply, started, apiPath);
    };

    // Downloads of release assets (github.com URLs in real life) are not API calls.
    const download = /^\/download\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(
      path,
    );
    if (download && method === 'GET') {
      if (statusFault?.status) {
        entry.fault = String(statusFault.status);
        return answer(errorReply(faultError(statusFault)), undefined);
      }
      return answer(
        this.download(
          decodeURIComponent(download[1] ?? ''),
          decodeURIComponent(download[2] ?? ''),
          decodeURIComponent(download[3] ?? ''),
          decodeURIComponent(download[4] ?? ''),
        ),
        undefined,
      );
    }
    if (path === '/graphql' && method === 'POST') {
      let reply: Reply;
      try {
        const auth = this.admit(entry, statusFault, req.headers.authorization);
        if ((auth.permissions.deployments ?? 'none') === 'none')
          throw new HttpError(403, 'Resource not accessible by integration');
        const result = await this.store.readAsync((state) =>
          executeGraphql(state, (body.json ?? {}) as { query?: string }),
        );
        if (result.errors?.length)
          this.violations.push(
            ...result.errors.map((e) => ({
              kind: 'request' as const,
              method,
              path,
              message: `GraphQL: ${e.message}`,
            })),
          );
        reply = { status: 200, body: result };
      } catch (error) {
        reply = errorReply(error);
      }
      entry.operationId = 'graphql';
      return answer(reply, undefined);
    }
    if (path.startsWith('/api/uploads/')) path = path.slice('/api/uploads'.length);
    entry.path = path;

    let reply: Reply;
    const op = this.validator?.match(method, path);
    entry.operationId = op?.operationId;
    try {
      const auth = this.admit(entry, statusFault, req.headers.authorization);
      if (this.validator) {
        const problems = this.validator.validateRequest({
          method,
          path,
          query,
          headers: req.headers as Record<string, string | undefined>,
          body: body.json ?? (body.raw.length ? body.raw : undefined),
        });
        if (problems.length) {
          this.violations.push(...problems);
          throw new HttpError(
            422,
            `Invalid request: ${problems.map((p) => p.message).join('; ')}`,
            [{ resource: 'Request', field: '', code: 'invalid' }],
          );
        }
      }
      reply = this.route(method, path, query, body, auth, req.headers);
    } catch (error) {
      reply = errorReply(error);
    }
    answer(reply, method === 'HEAD' ? undefined : path);
  }

  /** Hangs or resets instead of answering; false for a fault that answers with a status. */
  private loseAnswer(
    fault: ActiveFault,
    entry: RequestLogEntry,
    req: IncomingMessage,
    when: string,
  ): boolean {
    if (fault.hang) {
      entry.fault = `hang${when}`;
      return true; // never answered; the client's timeout must handle it
    }
    if (fault.reset) {
      entry.fault = `reset${when}`;
      entry.status = 0;
      req.socket.destroy();
      return true;
    }
    return false;
  }

  private send(
    res: ServerResponse,
    entry: RequestLogEntry,
    reply: Reply,
    started: number,
    apiPath: string | undefined,
  ): void {
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(this.options.rateLimit ?? 1000),
      'x-ratelimit-remaining': String(Math.max(0, (this.options.rateLimit ?? 1000) - this.used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `STANDIN:${this.requests.length}`,
      ...reply.headers,
    };
    let payload: Buffer | undefined;
    if (reply.raw) {
      payload = reply.raw;
    } else if (reply.body !== undefined) {
      headers['content-type'] = 'application/json; charset=utf-8';
      payload = Buffer.from(JSON.stringify(reply.body));
    }
    if (this.validator && apiPath && entry.operationId) {
      const problems = this.validator.validateResponse({
        method: entry.method,
        path: apiPath,
        status: reply.status,
        headers,
        body: reply.raw ? undefined : reply.body,
      });
      this.violations.push(...problems);
    }
    entry.status = reply.status;
    entry.ms = Date.now() - started;
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  private takeFault(entry: RequestLogEntry, body: Buffer, key: string): ActiveFault | undefined {
    const path = entry.path.replace(/^\/api\/uploads(?=\/)/, '');
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method === entry.method) &&
        (!f.path || f.path.test(path)) &&
        (!f.repository || f.repository === entry.repository) &&
        (!f.body || f.body.test(body.toString('utf8'))) &&
        (!f.firstAttempt || !f.seen.has(key)),
    );
    if (!fault) return undefined;
    fault.remaining -= 1;
    fault.seen.add(key);
    return fault;
  }

  /** What every API request goes through first: an injected status fault, the token, the rate limit. */
  private admit(
    entry: RequestLogEntry,
    fault: ActiveFault | undefined,
    authorization: string | undefined,
  ): { login: string; permissions: TokenPermissions } {
    if (fault?.status) {
      entry.fault = String(fault.status);
      throw faultError(fault);
    }
    const auth = this.authenticate(authorization);
    this.countRateLimit();
    return auth;
  }

  private authenticate(header: string | undefined): {
    login: string;
    permissions: TokenPermissions;
  } {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!token) throw new HttpError(401, 'Requires authentication');
    const permissions = this.options.tokens?.[token] ?? DEFAULT_TOKEN_PERMISSIONS;
    return { login: this.options.actor ?? 'github-actions[bot]', permissions };
  }

  private countRateLimit(): void {
    this.used += 1;
    const limit = this.options.rateLimit ?? 1000;
    if (this.used > limit) {
      throw new HttpError(
        403,
        `API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.`,
        undefined,
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(this.resetAt),
        },
      );
    }
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Body,
    auth: { login: string; permissions: TokenPermissions },
    headers: IncomingMessage['headers'],
  ): Reply {
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (path === '/rate_limit' && method === 'GET')
      return { status: 200, body: this.rateLimitBody() };
    if (!m) throw new HttpError(404, 'Not Found');
    const owner = decodeURIComponent(m[1] ?? '');
    const name = decodeURIComponent(m[2] ?? '');
    const rest = m[3] ?? '';
    const need = (scope: Scope, level: 'read' | 'write') => {
      const have = auth.permissions[scope] ?? 'none';
      if (have === 'none' || (level === 'write' && have !== 'write')) {
        throw new HttpError(403, 'Resource not accessible by integration', undefined, {
          'x-accepted-github-permissions': `${scope}=${level}`,
        });
      }
    };
    const json = (body.json ?? {}) as Record<string, unknown>;
    return this.store.update((state): Reply => {
      const repo = repoOf(state, owner, name);
      const ctx: Ctx = { state, repo, origin: this.origin, actor: auth.login };
      let r: RegExpExecArray | null;
      if (rest === '/deployments') {
        if (method === 'POST') return (need('deployments', 'write'), createDeployment(ctx, json));
        if (method === 'GET')
          return (need('deployments', 'read'), listDeployments(ctx, query, path));
      }
      if ((r = /^\/deployments\/(\d+)$/.exec(rest))) {
        const d = findDeployment(ctx, Number(r[1]));
        if (method === 'GET')
          return (need('deployments', 'read'), { status: 200, body: deploymentBody(ctx, d) });
        if (method === 'DELETE') return (need('deployments', 'write'), deleteDeployment(ctx, d));
      }
      if ((r = /^\/deployments\/(\d+)\/statuses$/.exec(rest))) {
        const d = findDeployment(ctx, Number(r[1]));
        if (method === 'POST') return (need('deployments', 'write'), createStatus(ctx, d, json));
        if (method === 'GET') {
          need('deployments', 'read');
          const list = repo.statuses
            .filter((s) => s.deploymentId === d.id)
            .sort((a, b) => b.id - a.id);
          return paginate(ctx, list, query, path, (s) => statusBody(ctx, s));
        }
      }
      if ((r = /^\/deployments\/(\d+)\/statuses\/(\d+)$/.exec(rest)) && method === 'GET') {
        need('deployments', 'read');
        const d = findDeployment(ctx, Number(r[1]));
        const s = repo.statuses.find((x) => x.deploymentId === d.id && x.id === Number(r?.[2]));
        if (!s) throw new HttpError(404, 'Not Found');
        return { status: 200, body: statusBody(ctx, s) };
      }
      if (rest === '/environments' && method === 'GET') {
        need('actions', 'read');
        const envs = [...repo.environments].sort((a, b) => a.name.localeCompare(b.name));
        return {
          status: 200,
          body: {
            total_count: envs.length,
            environments: envs.map((e) => environmentBody(ctx, e)),
          },
        };
      }
      if ((r = /^\/environments\/([^/]+)$/.exec(rest))) {
        const envName = decodeURIComponent(r[1] ?? '');
        if (method === 'GET') {
          need('actions', 'read');
          const e = repo.environments.find((x) => x.name.toLowerCase() === envName.toLowerCase());
          if (!e) throw new HttpError(404, 'Not Found');
          return { status: 200, body: environmentBody(ctx, e) };
        }
        if (method === 'PUT') {
          need('administration', 'write');
          const e = upsertEnvironment(state, repo, envName, json as EnvironmentUpdate);
          return { status: 200, body: environmentBody(ctx, e) };
        }
      }
      if ((r = /^\/actions\/runs\/(\d+)\/approvals$/.exec(rest)) && method === 'GET') {
        need('actions', 'read');
        const runId = Number(r[1]);
        const list = repo.approvals.filter((a) => a.runId === runId);
        return {
          status: 200,
          body: list.map((a) => ({
            environments: a.environments.map((n) =>
              environmentBody(
                ctx,
                repo.environments.find((e) => e.name === n) ??
                  upsertEnvironment(state, repo, n, {}),
              ),
            ),
            state: a.state,
            user: userBody(ctx, a.user),
            comment: a.comment,
          })),
        };
      }
      if ((r = /^\/actions\/runs\/(\d+)\/pending_deployments$/.exec(rest))) {
        const runId = Number(r[1]);
        if (method === 'GET') {
          need('actions', 'read');
          return {
            status: 200,
            body: repo.pending
              .filter((p) => p.runId === runId)
              .map((p) => {
                const e =
                  repo.environments.find((x) => x.name === p.environment) ??
                  upsertEnvironment(state, repo, p.environment, {});
                return {
                  environment: {
                    id: e.id,
                    node_id: nodeId('EN', e.id),
                    name: e.name,
                    url: `${ctx.origin}/repos/${repo.owner}/${repo.name}/environments/${encodeURIComponent(e.name)}`,
                    html_url: `${htmlBase(ctx)}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
                  },
                  wait_timer: p.waitTimer,
                  wait_timer_started_at:
                    p.waitTimerStartedAt === null ? null : iso(p.waitTimerStartedAt),
                  current_user_can_approve: false,
                  reviewers: e.reviewers.map((rv) => ({
                    type: rv.type,
                    reviewer: userBody(ctx, rv.login),
                  })),
                };
              }),
          };
        }
      }
      if (rest === '/releases') {
        if (method === 'GET')
          return (
            need('contents', 'read'),
            paginate(
              ctx,
              [...repo.releases].sort((a, b) => b.id - a.id),
              query,
              path,
              (rel) => releaseBody(ctx, rel),
            )
          );
        if (method === 'POST') return (need('contents', 'write'), createRelease(ctx, json));
      }
      if ((r = /^\/releases\/tags\/(.+)$/.exec(rest)) && method === 'GET') {
        need('contents', 'read');
        const tag = decodeURIComponent(r[1] ?? '');
        const rel = repo.releases.find((x) => x.tag === tag);
        if (!rel) throw new HttpError(404, 'Not Found');
        return { status: 200, body: releaseBody(ctx, rel) };
      }
      if ((r = /^\/releases\/assets\/(\d+)$/.exec(rest))) {
        const asset = repo.assets.find((a) => a.id === Number(r?.[1]));
        if (!asset) throw new HttpError(404, 'Not Found');
        if (method === 'GET') {
          need('contents', 'read');
          if (/application\/octet-stream/.test(String(headers.accept ?? ''))) {
            return { status: 302, headers: { location: downloadUrl(ctx, asset) } };
          }
          return { status: 200, body: assetBody(ctx, asset) };
        }
        if (method === 'DELETE') {
          need('contents', 'write');
          repo.assets = repo.assets.filter((a) => a.id !== asset.id);
          return { status: 204 };
        }
      }
      if ((r = /^\/releases\/(\d+)\/assets$/.exec(rest))) {
        const rel = repo.releases.find((x) => x.id === Number(r?.[1]));
        if (!rel) throw new HttpError(404, 'Not Found');
        if (method === 'GET') {
          need('contents', 'read');
          return paginate(
            ctx,
            repo.assets.filter((a) => a.releaseId === rel.id).sort((a, b) => a.id - b.id),
            query,
            path,
            (a) => assetBody(ctx, a),
          );
        }
        if (method === 'POST')
          return (
            need('contents', 'write'),
            uploadAsset(
              ctx,
              rel,
              query,
              body,
              String(headers['content-type'] ?? 'application/octet-stream'),
            )
          );
      }
      if ((r = /^\/releases\/(\d+)$/.exec(rest))) {
        const rel = repo.releases.find((x) => x.id === Number(r?.[1]));
        if (!rel) throw new HttpError(404, 'Not Found');
        if (method === 'GET')
          return (need('contents', 'read'), { status: 200, body: releaseBody(ctx, rel) });
        if (method === 'DELETE') {
          need('contents', 'write');
          repo.releases = repo.releases.filter((x) => x.id !== rel.id);
          repo.assets = repo.assets.filter((a) => a.releaseId !== rel.id);
          return { status: 204 };
        }
        if (method === 'PATCH') {
          need('contents', 'write');
          if (typeof json.name === 'string') rel.name = json.name;
          if (typeof json.body === 'string') rel.body = json.body;
          if (typeof json.prerelease === 'boolean') rel.prerelease = json.prerelease;
          if (typeof json.draft === 'boolean') rel.draft = json.draft;
          return { status: 200, body: releaseBody(ctx, rel) };
        }
      }
      throw new HttpError(404, 'Not Found');
    });
  }

  private download(owner: string, repo: string, tag: string, file: string): Reply {
    return this.store.read((state) => {
      const r = state.repos[`${owner}/${repo}`];
      const rel = r?.releases.find((x) => x.tag === tag);
      const asset = r?.assets.find((a) => a.releaseId === rel?.id && a.name === file);
      if (!asset) return { status: 404, raw: Buffer.from('Not Found') };
      return {
        status: 200,
        raw: Buffer.from(asset.data, 'base64'),
        headers: { 'content-type': 'application/octet-stream' },
      };
    });
  }

  private rateLimitBody(): unknown {
    const limit = this.options.rateLimit ?? 1000;
    const core = {
      limit,
      used: this.used,
      remaining: Math.max(0, limit - this.used),
      reset: this.resetAt,
    };
    return {
      resources: { core, search: { limit: 30, used: 0, remaining: 30, reset: this.resetAt } },
      rate: core,
    };
  }
}

// ---- request handlers ------------------------------------------------------------------------

interface Ctx {
  state: StandInState;
  repo: RepoState;
  origin: string;
  actor: string;
}

interface Body {
  raw: Buffer;
  json?: unknown;
}

interface EnvironmentUpdate {
  wait_timer?: number;
  prevent_self_review?: boolean;
  reviewers?: { type: 'User' | 'Team'; id: number; login?: string }[] | null;
}

function tick(state: StandInState): number {
  state.clock += 1;
  return state.clock;
}

function nextId(state: StandInState): number {
  state.nextId += 1;
  return state.nextId;
}

function repoOf(state: StandInState, owner: string, name: string): RepoState {
  const key = `${owner}/${name}`;
  state.repos[key] ??= emptyRepo(owner, name, nextId(state));
  return state.repos[key] as RepoState;
}

function findDeployment(ctx: Ctx, id: number): DeploymentRecord {
  const d = ctx.repo.deployments.find((x) => x.id === id);
  if (!d) throw new HttpError(404, 'Not Found');
  return d;
}

function createDeployment(ctx: Ctx, body: Record<string, unknown>): Reply {
  const ref = body.ref;
  if (typeof ref !== 'string' || ref === '') throw validation('Deployment', 'ref', 'missing_field');
  const autoMerge = body.auto_merge !== false;
  if (autoMerge && ctx.repo.behindBranches.includes(ref)) {
    return {
      status: 202,
      body: { message: `Auto-merged ${ctx.repo.defaultBranch} into ${ref} on deployment.` },
    };
  }
  if (body.required_contexts === undefined) {
    const failing = (ctx.repo.contexts[ref] ?? []).filter((c) => c.state !== 'success');
    if (failing.length) {
      throw new HttpError(
        409,
        `Conflict: Commit status checks failed for ${ref}.`,
        failing.map((c) => ({
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
          message: `${c.context}: ${c.state}`,
        })),
      );
    }
  } else {
    const required = body.required_contexts as string[];
    const contexts = ctx.repo.contexts[ref] ?? [];
    const missing = required.filter(
      (name) => contexts.find((c) => c.context === name)?.state !== 'success',
    );
    if (missing.length)
      throw new HttpError(409, `Conflict: Commit status checks failed for ${ref}.`);
  }
  const environment = typeof body.environment === 'string' ? body.environment : 'production';
  const now = tick(ctx.state);
  const d: DeploymentRecord = {
    id: nextId(ctx.state),
    sha: shaFor(ref),
    ref,
    task: typeof body.task === 'string' ? body.task : 'deploy',
    payload: typeof body.payload === 'string' ? parsePayload(body.payload) : (body.payload ?? {}),
    environment,
    originalEnvironment: environment,
    description: typeof body.description === 'string' ? body.description : null,
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
    transient: body.transient_environment === true,
    production:
      typeof body.production_environment === 'boolean'
        ? body.production_environment
        : environment === 'production',
  };
  ctx.repo.deployments.push(d);
  return { status: 201, body: deploymentBody(ctx, d) };
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function listDeployments(ctx: Ctx, query: Record<string, string>, path: string): Reply {
  const list = ctx.repo.deployments
    .filter(
      (d) =>
        (query.sha === undefined || d.sha === query.sha) &&
        (query.ref === undefined || d.ref === query.ref) &&
        (query.task === undefined || d.task === query.task) &&
        (query.environment === undefined || d.environment === query.environment),
    )
    .sort((a, b) => b.id - a.id);
  return paginate(ctx, list, query, path, (d) => deploymentBody(ctx, d));
}

function deleteDeployment(ctx: Ctx, d: DeploymentRecord): Reply {
  const latest = ctx.repo.statuses
    .filter((s) => s.deploymentId === d.id)
    .sort((a, b) => b.id - a.id)[0];
  const others = ctx.repo.deployments.filter(
    (x) => x.environment === d.environment && x.id !== d.id,
  );
  if (latest?.state !== 'inactive' && latest !== undefined && others.length > 0) {
    throw new HttpError(
      422,
      'We cannot delete an active deployment unless it is the only deployment in a given environment.',
    );
  }
  ctx.repo.deployments = ctx.repo.deployments.filter((x) => x.id !== d.id);
  ctx.repo.statuses = ctx.repo.statuses.filter((s) => s.deploymentId !== d.id);
  return { status: 204 };
}

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

function createStatus(ctx: Ctx, d: DeploymentRecord, body: Record<string, unknown>): Reply {
  const state = body.state;
  if (typeof state !== 'string' || !STATES.includes(state))
    throw validation('DeploymentStatus', 'state', 'invalid');
  const description = typeof body.description === 'string' ? body.description : '';
  if (description.length > 140)
    throw validation(
      'DeploymentStatus',
      'description',
      'custom',
      'description is too long (maximum is 140 characters)',
    );
  if (typeof body.environment === 'string' && body.environment !== d.environment)
    d.environment = body.environment;
  const now = tick(ctx.state);
  const status: StatusRecord = {
    id: nextId(ctx.state),
    deploymentId: d.id,
    state,
    description,
    environment: d.environment,
    targetUrl:
      typeof body.target_url === 'string'
        ? body.target_url
        : typeof body.log_url === 'string'
          ? body.log_url
          : '',
    logUrl:
      typeof body.log_url === 'string'
        ? body.log_url
        : typeof body.target_url === 'string'
          ? body.target_url
          : '',
    environmentUrl: typeof body.environment_url === 'string' ? body.environment_url : '',
    creator: ctx.actor,
    createdAt: now,
  };
  ctx.repo.statuses.push(status);
  d.updatedAt = now;
  // GitHub: a success marks earlier non-transient, non-production deployments of the same
  // environment that had succeeded as inactive, unless auto_inactive is false.
  if (state === 'success' && body.auto_inactive !== false) {
    for (const other of ctx.repo.deployments) {
      if (
        other.id === d.id ||
        other.environment !== d.environment ||
        other.transient ||
        other.production ||
        other.id > d.id
      )
        continue;
      const statuses = ctx.repo.statuses
        .filter((s) => s.deploymentId === other.id)
        .sort((a, b) => b.id - a.id);
      if (!statuses.some((s) => s.state === 'success') || statuses[0]?.state === 'inactive')
        continue;
      ctx.repo.statuses.push({
        ...status,
        id: nextId(ctx.state),
        deploymentId: other.id,
        state: 'inactive',
        description: '',
        environmentUrl: statuses[0]?.environmentUrl ?? '',
        createdAt: tick(ctx.state),
      });
    }
  }
  return { status: 201, body: statusBody(ctx, status) };
}

function upsertEnvironment(
  state: StandInState,
  repo: RepoState,
  name: string,
  update: EnvironmentUpdate,
): EnvironmentRecord {
  let e = repo.environments.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const now = tick(state);
  if (!e) {
    e = {
      id: nextId(state),
      name,
      createdAt: now,
      updatedAt: now,
      waitTimer: 0,
      preventSelfReview: false,
      reviewers: [],
    };
    repo.environments.push(e);
  }
  if (update.wait_timer !== undefined) {
    if (!Number.isInteger(update.wait_timer) || update.wait_timer < 0 || update.wait_timer > 43_200)
      throw validation('Environment', 'wait_timer', 'invalid');
    e.waitTimer = update.wait_timer;
  }
  if (update.prevent_self_review !== undefined) e.preventSelfReview = update.prevent_self_review;
  if (update.reviewers !== undefined) {
    const reviewers = update.reviewers ?? [];
    if (reviewers.length > 6)
      throw validation('Environment', 'reviewers', 'invalid', 'at most 6 required reviewers');
    e.reviewers = reviewers.map((rv) => ({
      type: rv.type,
      id: rv.id,
      login: rv.login ?? `user${rv.id}`,
    }));
  }
  e.updatedAt = now;
  return e;
}

function createRelease(ctx: Ctx, body: Record<string, unknown>): Reply {
  const tag = body.tag_name;
  if (typeof tag !== 'string' || tag === '')
    throw validation('Release', 'tag_name', 'missing_field');
  if (ctx.repo.releases.some((r) => r.tag === tag))
    throw validation('Release', 'tag_name', 'already_exists');
  const rel: ReleaseRecord = {
    id: nextId(ctx.state),
    tag,
    target:
      typeof body.target_commitish === 'string' ? body.target_commitish : ctx.repo.defaultBranch,
    name: typeof body.name === 'string' ? body.name : null,
    body: typeof body.body === 'string' ? body.body : null,
    draft: body.draft === true,
    prerelease: body.prerelease === true,
    author: ctx.actor,
    createdAt: tick(ctx.state),
  };
  ctx.repo.releases.push(rel);
  return { status: 201, body: releaseBody(ctx, rel) };
}

function uploadAsset(
  ctx: Ctx,
  rel: ReleaseRecord,
  query: Record<string, string>,
  body: Body,
  contentType: string,
): Reply {
  const name = query.name;
  if (!name) throw validation('ReleaseAsset', 'name', 'missing_field');
  if (ctx.repo.assets.some((a) => a.releaseId === rel.id && a.name === name))
    throw validation('ReleaseAsset', 'name', 'already_exists');
  const asset: AssetRecord = {
    id: nextId(ctx.state),
    releaseId: rel.id,
    name,
    label: query.label ?? null,
    contentType,
    size: body.raw.length,
    data: body.raw.toString('base64'),
    uploader: ctx.actor,
    createdAt: tick(ctx.state),
  };
  ctx.repo.assets.push(asset);
  return { status: 201, body: assetBody(ctx, asset) };
}

// ---- representations -------------------------------------------------------------------------

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`;
}

function userId(login: string): number {
  let h = 7;
  for (const c of login) h = (h * 31 + c.charCodeAt(0)) % 9_000_000;
  return 1_000_000 + h;
}

function htmlBase(ctx: Ctx): string {
  return `https://github.com/${ctx.repo.owner}/${ctx.repo.name}`;
}

function apiBase(ctx: Ctx): string {
  return `${ctx.origin}/repos/${ctx.repo.owner}/${ctx.repo.name}`;
}

function userBody(ctx: Ctx, login: string): Record<string, unknown> {
  const id = userId(login);
  const api = `${ctx.origin}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

function deploymentBody(ctx: Ctx, d: DeploymentRecord): Record<string, unknown> {
  const url = `${apiBase(ctx)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: userBody(ctx, d.creator),
    created_at: iso(d.createdAt),
    updated_at: iso(d.updatedAt),
    statuses_url: `${url}/statuses`,
    repository_url: apiBase(ctx),
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: null,
  };
}

function statusBody(ctx: Ctx, s: StatusRecord): Record<string, unknown> {
  const deploymentUrl = `${apiBase(ctx)}/deployments/${s.deploymentId}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: userBody(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: iso(s.createdAt),
    updated_at: iso(s.createdAt),
    deployment_url: deploymentUrl,
    repository_url: apiBase(ctx),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  };
}

function environmentBody(ctx: Ctx, e: EnvironmentRecord): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  if (e.waitTimer > 0)
    rules.push({
      id: e.id * 10 + 1,
      node_id: nodeId('GA', e.id * 10 + 1),
      type: 'wait_timer',
      wait_timer: e.waitTimer,
    });
  if (e.reviewers.length) {
    rules.push({
      id: e.id * 10 + 2,
      node_id: nodeId('GA', e.id * 10 + 2),
      type: 'required_reviewers',
      prevent_self_review: e.preventSelfReview,
      reviewers: e.reviewers.map((rv) => ({ type: rv.type, reviewer: userBody(ctx, rv.login) })),
    });
  }
  return {
    id: e.id,
    node_id: nodeId('EN', e.id),
    name: e.name,
    url: `${apiBase(ctx)}/environments/${encodeURIComponent(e.name)}`,
    html_url: `${htmlBase(ctx)}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
    created_at: iso(e.createdAt),
    updated_at: iso(e.updatedAt),
    protection_rules: rules,
    deployment_branch_policy: null,
  };
}

function releaseBody(ctx: Ctx, rel: ReleaseRecord): Record<string, unknown> {
  const url = `${apiBase(ctx)}/releases/${rel.id}`;
  return {
    url,
    html_url: `${htmlBase(ctx)}/releases/tag/${encodeURIComponent(rel.tag)}`,
    assets_url: `${url}/assets`,
    upload_url: `${ctx.origin}/api/uploads/repos/${ctx.repo.owner}/${ctx.repo.name}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: `${apiBase(ctx)}/tarball/${encodeURIComponent(rel.tag)}`,
    zipball_url: `${apiBase(ctx)}/zipball/${encodeURIComponent(rel.tag)}`,
    id: rel.id,
    node_id: nodeId('RE', rel.id),
    tag_name: rel.tag,
    target_commitish: rel.target,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: false,
    created_at: iso(rel.createdAt),
    published_at: rel.draft ? null : iso(rel.createdAt),
    updated_at: iso(rel.createdAt),
    author: userBody(ctx, rel.author),
    assets: ctx.repo.assets
      .filter((a) => a.releaseId === rel.id)
      .sort((a, b) => a.id - b.id)
      .map((a) => assetBody(ctx, a)),
  };
}

function downloadUrl(ctx: Ctx, a: AssetRecord): string {
  const rel = ctx.repo.releases.find((r) => r.id === a.releaseId);
  return `${ctx.origin}/download/${ctx.repo.owner}/${ctx.repo.name}/releases/download/${encodeURIComponent(rel?.tag ?? '')}/${encodeURIComponent(a.name)}`;
}

function assetBody(ctx: Ctx, a: AssetRecord): Record<string, unknown> {
  return {
    url: `${apiBase(ctx)}/releases/assets/${a.id}`,
    browser_download_url: downloadUrl(ctx, a),
    id: a.id,
    node_id: nodeId('RA', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.size,
    digest: `sha256:${createHashHex(Buffer.from(a.data, 'base64'))}`,
    download_count: 0,
    created_at: iso(a.createdAt),
    updated_at: iso(a.createdAt),
    uploader: userBody(ctx, a.uploader),
  };
}

function createHashHex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function paginate<T>(
  ctx: Ctx,
  list: T[],
  query: Record<string, string>,
  path: string,
  render: (item: T) => unknown,
): Reply {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(list.length / perPage));
  const links: string[] = [];
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams({ ...query, per_page: String(perPage), page: String(p) });
    links.push(`<${ctx.origin}${path}?${q.toString()}>; rel="${rel}"`);
  };
  if (page > 1) {
    link(page - 1, 'prev');
    link(1, 'first');
  }
  if (page < last) {
    link(page + 1, 'next');
    link(last, 'last');
  }
  const slice = list.slice((page - 1) * perPage, page * perPage).map(render);
  return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
}

// ---- errors ----------------------------------------------------------------------------------

function validation(resource: string, field: string, code: string, message?: string): HttpError {
  return new HttpError(422, 'Validation Failed', [
    { resource, field, code, ...(message ? { message } : {}) },
  ]);
}

function faultError(fault: Fault): HttpError {
  const status = fault.status ?? 500;
  const retryAfter = String(fault.retryAfter ?? 1);
  if (fault.rateLimit === 'secondary' || (status === 429 && fault.rateLimit !== 'primary')) {
    return new HttpError(
      status,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      undefined,
      { 'retry-after': retryAfter },
    );
  }
  if (fault.rateLimit === 'primary') {
    return new HttpError(status, 'API rate limit exceeded for installation.', undefined, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + Number(retryAfter)),
    });
  }
  const messages: Record<number, string> = {
    500: 'Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    403: 'Forbidden',
  };
  return new HttpError(status, messages[status] ?? 'Error');
}

function errorReply(error: unknown): Reply {
  if (error instanceof HttpError) {
    const body: Record<string, unknown> = {
      message: error.message,
      documentation_url: DOCS,
      status: String(error.status),
    };
    if (error.errors) body.errors = error.errors;
    return { status: error.status, body, headers: error.headers };
  }
  return {
    status: 500,
    body: {
      message: `stand-in internal error: ${(error as Error).message}`,
      documentation_url: DOCS,
      status: '500',
    },
  };
}

/** The repository (`owner/name`) a request is about: from a REST or download path, or a GraphQL query's variables. */
function repositoryOf(path: string, json: unknown): string | undefined {
  const rest =
    /^(?:\/api\/uploads)?\/repos\/([^/]+)\/([^/]+)/.exec(path) ??
    /^\/download\/([^/]+)\/([^/]+)\//.exec(path);
  if (rest) return `${decodeURIComponent(rest[1] ?? '')}/${decodeURIComponent(rest[2] ?? '')}`;
  const variables = (json as { variables?: { owner?: unknown; repo?: unknown } } | undefined)
    ?.variables;
  return typeof variables?.owner === 'string' && typeof variables.repo === 'string'
    ? `${variables.owner}/${variables.repo}`
    : undefined;
}

async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = String(req.headers['content-type'] ?? '');
  if (raw.length && /json/.test(type)) {
    try {
      return { raw, json: JSON.parse(raw.toString('utf8')) };
    } catch {
      return { raw, json: undefined };
    }
  }
  return { raw };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
