import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  authenticate,
  RateLimit,
  requirePermission,
  type Auth,
  type Permission,
  type Scope,
  type TokenPermissions,
} from './auth.js';
import { repoOf, type Ctx, type RepoCall } from './context.js';
import { errorReply, HttpError, notFound, type Reply } from './errors.js';
import { Faults, faultError, loseAnswer, type ActiveFault, type Fault } from './faults.js';
import { storage } from './attestations.js';
import { executeGraphql } from './graphql.js';
import { createOpenApiValidator, type OpenApiValidator, type Violation } from './openapi.js';
import { readBody, repositoryOf, requestKey, type Body, type RequestLogEntry } from './requests.js';
import { createRouter, matchPrefix } from './router.js';
import { REPO_SCOPE, repoRouter } from './routes.js';
import { StandInFixtures } from './seeding.js';

/**
 * A local stand-in for the parts of GitHub's REST API that Glidepath uses: deployments and
 * their statuses, environments with protection rules, run approvals, and releases with assets.
 * It answers with GitHub's shapes and errors, checks every request and response against
 * GitHub's OpenAPI description, logs requests for counting, and injects faults on demand.
 *
 * This file is its public face and its HTTP side; the rest lives beside it: routes by area
 * (deployments.ts, environments.ts, releases.ts, gathered in routes.ts and matched by
 * router.ts on operations.json's templates, with context.ts what they work on), faults.ts,
 * auth.ts (tokens and rate limits), requests.ts (bodies and the log), representations.ts
 * (GitHub's JSON shapes), errors.ts, and seeding.ts (fixtures and inspection, which this class
 * extends). index.ts re-exports the public API.
 */

export {
  DEFAULT_TOKEN_PERMISSIONS,
  type Permission,
  type Scope,
  type TokenPermissions,
} from './auth.js';
export type { Fault } from './faults.js';
export type { RequestLogEntry } from './requests.js';

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

/** A request that is not a REST operation: a release asset download, or GraphQL. */
interface FrontCall {
  req: IncomingMessage;
  entry: RequestLogEntry;
  body: Body;
  /** A fault that answers with a status before the request is carried out. */
  statusFault: ActiveFault | undefined;
}

export class GitHubStandIn extends StandInFixtures {
  readonly requests: RequestLogEntry[] = [];
  readonly violations: Violation[] = [];
  private readonly validator?: OpenApiValidator;
  private readonly faults = new Faults();
  private readonly rateLimit: RateLimit;
  private readonly sockets = new Set<Socket>();
  private server?: Server;

  /** Served before the REST pipeline: neither is an OpenAPI operation. */
  private readonly front = createRouter<FrontCall, Promise<Reply>>([
    {
      // Downloads of release assets (github.com URLs in real life) are not API calls.
      method: 'GET',
      pattern: '/download/{owner}/{repo}/releases/download/{tag}/{name}',
      handler: async ({ entry, statusFault }, p) => {
        if (statusFault?.status) {
          entry.fault = String(statusFault.status);
          return errorReply(faultError(statusFault));
        }
        return this.download(p.owner ?? '', p.repo ?? '', p.tag ?? '', p.name ?? '');
      },
    },
    {
      // Blob storage behind attestations' bundle_url (another host in real life).
      method: 'GET',
      pattern: '/_storage/attestations/{repo_id}/{file}',
      handler: async ({ req, entry }) => {
        const url = new URL(req.url ?? '/', this.origin);
        return this.store.read((state) =>
          storage.serve(
            state,
            entry.path,
            Object.fromEntries(url.searchParams),
            req.headers.authorization,
          ),
        );
      },
    },
    { method: 'POST', pattern: '/graphql', handler: (call) => this.graphql(call) },
  ]);

  /** REST routes that are not about one repository. */
  private readonly service = createRouter<void, Reply>([
    {
      method: 'GET',
      pattern: '/rate_limit',
      handler: () => ({ status: 200, body: this.rateLimit.body() }),
    },
  ]);

  constructor(private readonly options: StandInOptions = {}) {
    super(options);
    this.rateLimit = new RateLimit(options);
    // GitHub answers 401 (no token), 403 (missing permission) and 404 (no access or no such
    // thing) from every endpoint, though its description declares them on only some.
    if (options.validate !== false)
      this.validator = createOpenApiValidator(undefined, {
        undeclaredErrorStatuses: [401, 403, 404],
      });
  }

  /**
   * Gives a token the permissions a workflow job's `permissions:` gives GITHUB_TOKEN (scopes the
   * stand-in checks; the others are ignored). A job with no `permissions:` anywhere gets the
   * repository default (DEFAULT_TOKEN_PERMISSIONS).
   */
  setToken(token: string, permissions: Record<string, string>): void {
    const scopes: Scope[] = [
      'deployments',
      'contents',
      'actions',
      'administration',
      'attestations',
    ];
    const tokens = (this.options.tokens ??= {});
    tokens[token] = Object.fromEntries(
      scopes.map((s) => [
        s,
        (['read', 'write'].includes(permissions[s] ?? '') ? permissions[s] : 'none') as Permission,
      ]),
    );
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
    this.faults.add(fault);
  }

  /** Removes faults of one repository (or all): what a test that faulted its own repository cleans up. */
  clearFaultsOf(repository: string): void {
    this.faults.clearOf(repository);
  }

  clearFaults(): void {
    this.faults.clear();
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

  /** API requests (REST operations and GraphQL), leaving out asset and attestation-bundle downloads, which real GitHub serves from other hosts. */
  apiCalls(repository?: string): RequestLogEntry[] {
    return this.requests.filter(
      (r) =>
        !r.path.startsWith('/download/') &&
        !r.path.startsWith('/_storage/') &&
        (!repository || r.repository === repository),
    );
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

    const fault = this.faults.take(entry, body.raw, requestKey(method, req.url ?? '', body));
    if (fault?.delayMs) await sleep(fault.delayMs);
    if (fault && !fault.afterHandling && loseAnswer(fault, entry, req.socket, '')) return;
    const statusFault = fault && !fault.afterHandling ? fault : undefined;
    const answer = (reply: Reply, apiPath: string | undefined) => {
      if (fault?.afterHandling) {
        // The request was carried out; its answer is lost on the way back.
        if (loseAnswer(fault, entry, req.socket, ' after handling')) return;
        entry.fault = `${fault.status ?? 500} after handling`;
        reply = errorReply(faultError(fault));
      }
      this.send(res, entry, reply, started, apiPath);
    };

    const front = this.front.match(method, path);
    if (front)
      return answer(
        await front.route.handler({ req, entry, body, statusFault }, front.params),
        undefined,
      );
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

  private send(
    res: ServerResponse,
    entry: RequestLogEntry,
    reply: Reply,
    started: number,
    apiPath: string | undefined,
  ): void {
    const headers: Record<string, string> = {
      ...this.rateLimit.headers(),
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

  /** What every API request goes through first: an injected status fault, the token, the rate limit. */
  private admit(
    entry: RequestLogEntry,
    fault: ActiveFault | undefined,
    authorization: string | undefined,
  ): Auth {
    if (fault?.status) {
      entry.fault = String(fault.status);
      throw faultError(fault);
    }
    const auth = authenticate(authorization, this.options);
    this.rateLimit.count();
    return auth;
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: Body,
    auth: Auth,
    headers: IncomingMessage['headers'],
  ): Reply {
    const service = this.service.match(method, path);
    if (service) return service.route.handler(undefined, service.params);
    const scope = matchPrefix(REPO_SCOPE, path);
    if (!scope) throw notFound();
    const json = (body.json ?? {}) as Record<string, unknown>;
    return this.store.update((state): Reply => {
      const repo = repoOf(state, scope.owner ?? '', scope.repo ?? '');
      const ctx: Ctx = { state, repo, origin: this.origin, actor: auth.login };
      const found = repoRouter.match(method, path);
      if (!found) throw notFound();
      const need: RepoCall['need'] = (scope, level) => requirePermission(auth, scope, level);
      return found.route.handler(
        { ctx, method, path, query, body, json, headers, need },
        found.params,
      );
    });
  }

  private async graphql({ req, entry, body, statusFault }: FrontCall): Promise<Reply> {
    let reply: Reply;
    try {
      const auth = this.admit(entry, statusFault, req.headers.authorization);
      if ((auth.permissions.deployments ?? 'none') === 'none')
        throw new HttpError(403, 'Resource not accessible by integration');
      const result = await this.store.readAsync((state) =>
        executeGraphql(state, (body.json ?? {}) as { query?: string }),
      );
      // An error GitHub itself answers (with a type: FORBIDDEN on a Team node) is not a violation;
      // one without (a query GitHub's schema rejects) is.
      const rejected = (result.errors ?? []).filter((e) => !e.type);
      if (rejected.length)
        this.violations.push(
          ...rejected.map((e) => ({
            kind: 'request' as const,
            method: entry.method,
            path: entry.path,
            message: `GraphQL: ${e.message}`,
          })),
        );
      reply = { status: 200, body: result };
    } catch (error) {
      reply = errorReply(error);
    }
    entry.operationId = 'graphql';
    return reply;
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
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
