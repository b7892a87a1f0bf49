import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute';
import { LoopbackStandIn, stamp, type WriteTime } from '../loopback.js';
import { DEPLOYMENT_PATH, Deployments } from './deployments.js';
import { applyJsonPatch, applyMergePatch } from './patch.js';

/**
 * A local stand-in for the part of the Kubernetes API server that moves Gateway API traffic:
 * HTTPRoutes in gateway.networking.k8s.io/v1 (get, list, replace, merge and JSON patch, watch),
 * with discovery enough for kubectl. Like the real server it bumps resourceVersion on every
 * write and metadata.generation on every spec change, answers 409 Conflict to a write carrying a
 * stale resourceVersion, and answers with metav1.Status on errors. A controller loop stands in for
 * the Gateway's implementation: a short while after a spec change it writes status.parents with
 * Accepted and ResolvedRefs for the new generation (ResolvedRefs False when a backendRef names a
 * Service that does not exist). Every stored object, and every object a client sends, is checked
 * against the Gateway API's published schema (@kubernetes-models/gateway-api, generated from the
 * CRDs): `violations` lists what failed. apps/v1 Deployments (deployments.ts) are there too, for
 * a workflow's `kubectl set image` and `kubectl rollout status`.
 */
export interface KubernetesStandInOptions {
  /** Delay before the controllers write a new generation's status, a route's or a Deployment's (ms, default 100). */
  acceptDelayMs?: number;
  /** Services that exist: a backendRef to any other is ResolvedRefs False (default: any). */
  services?: string[];
  /** Prune HTTPRoute rule names, as CRDs from before named rules (GEP-995) do. */
  pruneRuleNames?: boolean;
}

export type KubeFault =
  | { kind: 'conflict'; count: number }
  | { kind: 'status'; code: 429 | 500 | 503; count: number; method?: string }
  | { kind: 'down' };

type Json = Record<string, unknown>;
interface Stored {
  obj: Json & { metadata: Json & { name: string; namespace: string } };
  timer?: NodeJS.Timeout;
  /** The last spec change, in effect once the controller has accepted it. */
  change?: WriteTime;
}

const BASE = '/apis/gateway.networking.k8s.io/v1';
const ROUTE_PATH =
  /^\/apis\/gateway\.networking\.k8s\.io\/v1\/namespaces\/([^/]+)\/httproutes(?:\/([^/]+))?(\/status)?$/;

export class KubernetesStandIn extends LoopbackStandIn {
  private readonly routes = new Map<string, Stored>();
  private version = 100;
  private readonly watchers = new Set<{ ns: string; res: ServerResponse }>();
  readonly faults: KubeFault[] = [];
  readonly violations: string[] = [];
  /** Every request: method, path, content type, answer status. */
  readonly log: { method: string; path: string; type?: string; status: number }[] = [];
  /** Every weight pair written to a route, in order (ns/name → [stable, canary] lists). */
  readonly writes: { route: string; weights: number[][]; at: number }[] = [];
  acceptDelayMs: number;
  /** Set false to leave the controller silent (no status written). */
  controllerUp = true;
  private readonly services?: Set<string>;
  private readonly pruneRuleNames: boolean;
  readonly deployments: Deployments;

  constructor(options: KubernetesStandInOptions = {}) {
    super();
    this.deployments = new Deployments(
      () => String(++this.version),
      this.violations,
      () => this.acceptDelayMs,
      status,
    );
    this.acceptDelayMs = options.acceptDelayMs ?? 100;
    this.services = options.services ? new Set(options.services) : undefined;
    this.pruneRuleNames = options.pruneRuleNames ?? false;
  }

  override async stop(): Promise<void> {
    for (const w of this.watchers) w.res.end();
    for (const r of this.routes.values()) clearTimeout(r.timer);
    this.deployments.stop();
    await super.stop();
  }

  /** A kubeconfig (YAML) pointing at this stand-in, as k8s-set-context or eks update-kubeconfig leave one. */
  kubeconfig(namespace = 'default'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: stand-in',
      '  cluster:',
      `    server: ${this.url}`,
      '    insecure-skip-tls-verify: true',
      'users:',
      '- name: deployer',
      '  user:',
      '    token: stand-in-token',
      'contexts:',
      '- name: stand-in',
      '  context:',
      '    cluster: stand-in',
      '    user: deployer',
      `    namespace: ${namespace}`,
      'current-context: stand-in',
      '',
    ].join('\n');
  }

  /** Adds an HTTPRoute (validated); the controller accepts it like any change. */
  seedRoute(route: Json & { metadata: { name: string; namespace?: string } }): void {
    const obj = structuredClone(route) as Stored['obj'];
    obj.apiVersion = 'gateway.networking.k8s.io/v1';
    obj.kind = 'HTTPRoute';
    obj.metadata.namespace ??= 'default';
    obj.metadata.generation = 1;
    obj.metadata.resourceVersion = String(++this.version);
    obj.metadata.uid = `uid-${this.version}`;
    obj.metadata.creationTimestamp = rfc3339(new Date());
    this.check(obj, 'seed');
    const stored: Stored = { obj };
    this.routes.set(`${obj.metadata.namespace}/${obj.metadata.name}`, stored);
    this.scheduleAccept(stored);
  }

  route(namespace: string, name: string): Json | undefined {
    const stored = this.routes.get(`${namespace}/${name}`);
    return stored && structuredClone(stored.obj);
  }

  /** The [stable, canary, …] weights of a rule's backendRefs, by name. */
  weights(namespace: string, name: string, rule = 0): Record<string, number | undefined> {
    const rules = (this.route(namespace, name)?.spec as { rules?: Json[] } | undefined)?.rules;
    const refs = (rules?.[rule]?.backendRefs ?? []) as { name: string; weight?: number }[];
    return Object.fromEntries(refs.map((r) => [r.name, r.weight ?? 1]));
  }

  /** Changes a route behind the client's back (another writer): bumps its resourceVersion. */
  touch(namespace: string, name: string): void {
    const stored = this.routes.get(`${namespace}/${name}`);
    if (!stored) return;
    const labels = ((stored.obj.metadata.labels as Json | undefined) ?? {}) as Json;
    labels['touched'] = String(Number(labels['touched'] ?? 0) + 1);
    stored.obj.metadata.labels = labels;
    stored.obj.metadata.resourceVersion = String(++this.version);
    this.notify('MODIFIED', stored.obj);
  }

  private check(obj: Json, where: string): boolean {
    try {
      new HTTPRoute(obj as never).validate();
      return true;
    } catch (error) {
      this.violations.push(`${where}: ${(error as Error).message}`);
      return false;
    }
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const reply = (status: number, body: unknown) => {
      this.log.push({ method, path: url.pathname, type: req.headers['content-type'], status });
      const route = ROUTE_PATH.exec(url.pathname);
      this.tally(
        !route ? 'other' : method === 'GET' ? 'read' : 'write',
        `${method} ${route ? (route[3] ? 'httproute status' : route[2] ? 'httproute' : 'httproutes') : DEPLOYMENT_PATH.test(url.pathname) ? 'deployment' : 'discovery'}`,
      );
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const fault = this.takeFault(method);
    if (fault?.kind === 'down') return void req.socket.destroy();
    if (fault?.kind === 'status')
      return reply(
        fault.code,
        status(
          fault.code,
          fault.code === 429 ? 'TooManyRequests' : 'InternalError',
          'injected fault',
        ),
      );
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString();
    const discovery = this.discovery(url.pathname);
    if (discovery && method === 'GET') return reply(200, discovery);
    if (DEPLOYMENT_PATH.test(url.pathname)) {
      const type = (req.headers['content-type'] ?? '').split(';')[0] ?? '';
      const answer = this.deployments.handle(method, url, type, text, res);
      if (!answer) this.tally('other', 'watch deployments');
      return answer && reply(answer.status, answer.body);
    }
    const m = ROUTE_PATH.exec(url.pathname);
    if (!m)
      return reply(
        404,
        status(404, 'NotFound', `the server could not find the requested resource`),
      );
    const [, ns = '', name, sub] = m;
    if (!name) {
      if (method !== 'GET') return reply(405, status(405, 'MethodNotAllowed', method));
      if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') {
        this.tally('other', 'watch httproutes');
        return this.watch(ns, res);
      }
      const items = [...this.routes.values()]
        .map((s) => s.obj)
        .filter((o) => o.metadata.namespace === ns);
      return reply(200, {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRouteList',
        metadata: { resourceVersion: String(this.version) },
        items,
      });
    }
    const stored = this.routes.get(`${ns}/${name}`);
    const notFound = () =>
      reply(404, {
        ...status(404, 'NotFound', `httproutes.gateway.networking.k8s.io "${name}" not found`),
        details: { name, group: 'gateway.networking.k8s.io', kind: 'httproutes' },
      });
    if (!stored) return notFound();
    if (method === 'GET') return reply(200, stored.obj);
    let next: Json;
    try {
      const body = text ? (JSON.parse(text) as unknown) : undefined;
      const type = (req.headers['content-type'] ?? '').split(';')[0];
      if (method === 'PUT') next = body as Json;
      else if (method === 'PATCH' && type === 'application/merge-patch+json')
        next = applyMergePatch(structuredClone(stored.obj), body) as Json;
      else if (method === 'PATCH' && type === 'application/json-patch+json')
        next = applyJsonPatch(structuredClone(stored.obj), body as never) as Json;
      else if (method === 'PATCH')
        return reply(
          415,
          status(
            415,
            'UnsupportedMediaType',
            `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json`,
          ),
        );
      else return reply(405, status(405, 'MethodNotAllowed', method));
    } catch (error) {
      return reply(422, status(422, 'Invalid', (error as Error).message));
    }
    const meta = (next.metadata ?? {}) as Json;
    const sent = meta.resourceVersion;
    const conflict = this.takeConflict();
    if (conflict || (sent !== undefined && sent !== stored.obj.metadata.resourceVersion)) {
      if (conflict) this.touch(ns, name as string);
      return reply(409, {
        ...status(
          409,
          'Conflict',
          `Operation cannot be fulfilled on httproutes.gateway.networking.k8s.io "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        ),
        details: { name, group: 'gateway.networking.k8s.io', kind: 'httproutes' },
      });
    }
    if (!this.check(next, `${method} ${url.pathname}`))
      return reply(
        422,
        status(
          422,
          'Invalid',
          `HTTPRoute.gateway.networking.k8s.io "${name}" is invalid: ${this.violations.at(-1)}`,
        ),
      );
    const old = stored.obj;
    const updated = structuredClone(next) as Stored['obj'];
    if (this.pruneRuleNames)
      for (const r of (updated.spec as { rules?: Json[] } | undefined)?.rules ?? []) delete r.name;
    // What the server owns: identity, versions, and (on the main resource) status.
    updated.metadata = {
      ...updated.metadata,
      name: old.metadata.name,
      namespace: ns,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      resourceVersion: String(++this.version),
    };
    if (sub) updated.spec = old.spec;
    else updated.status = old.status;
    const specChanged = JSON.stringify(updated.spec) !== JSON.stringify(old.spec);
    updated.metadata.generation = Number(old.metadata.generation ?? 1) + (specChanged ? 1 : 0);
    stored.obj = updated;
    if (specChanged) {
      stored.change = this.written(false);
      this.writes.push({
        route: `${ns}/${name}`,
        weights: ruleWeights(updated),
        at: stored.change.at,
      });
      this.scheduleAccept(stored);
    }
    this.notify('MODIFIED', updated);
    return reply(200, updated);
  }

  /** The Gateway's controller: after acceptDelayMs, status for the current generation. */
  private scheduleAccept(stored: Stored): void {
    clearTimeout(stored.timer);
    stored.timer = setTimeout(() => {
      if (!this.controllerUp) return;
      const obj = stored.obj;
      const generation = obj.metadata.generation as number;
      const refs = ((obj.spec as { rules?: { backendRefs?: { name: string }[] }[] }).rules ?? [])
        .flatMap((r) => r.backendRefs ?? [])
        .map((r) => r.name);
      const missing = this.services ? refs.filter((n) => !this.services?.has(n)) : [];
      const now = rfc3339(new Date());
      const condition = (type: string, ok: boolean, reason: string, message: string) => ({
        type,
        status: ok ? 'True' : 'False',
        reason,
        message,
        observedGeneration: generation,
        lastTransitionTime: now,
      });
      const parents = ((obj.spec as { parentRefs?: Json[] }).parentRefs ?? []).map((parentRef) => ({
        parentRef,
        controllerName: 'glidepath.dev/stand-in-controller',
        conditions: [
          condition('Accepted', true, 'Accepted', 'Route is accepted'),
          missing.length
            ? condition(
                'ResolvedRefs',
                false,
                'BackendNotFound',
                `Service ${missing.join(', ')} not found`,
              )
            : condition('ResolvedRefs', true, 'ResolvedRefs', 'All references resolved'),
        ],
      }));
      obj.status = { parents };
      obj.metadata.resourceVersion = String(++this.version);
      if (stored.change && !missing.length) stored.change.inEffectAt ??= stamp();
      this.check(obj, 'controller status');
      this.notify('MODIFIED', obj);
    }, this.acceptDelayMs);
  }

  private watch(ns: string, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.flushHeaders(); // at once, even with no event to send (deployments.ts says why)
    const watcher = { ns, res };
    this.watchers.add(watcher);
    for (const s of this.routes.values())
      if (s.obj.metadata.namespace === ns)
        res.write(`${JSON.stringify({ type: 'ADDED', object: s.obj })}\n`);
    res.on('close', () => this.watchers.delete(watcher));
  }

  private notify(type: string, obj: Stored['obj']): void {
    for (const w of this.watchers)
      if (w.ns === obj.metadata.namespace)
        w.res.write(`${JSON.stringify({ type, object: obj })}\n`);
  }

  private takeFault(method: string): KubeFault | undefined {
    const fault = this.faults[0];
    if (!fault || fault.kind === 'conflict') return undefined;
    if (fault.kind === 'down') return fault;
    if (fault.method && fault.method !== method) return undefined;
    if (--fault.count <= 0) this.faults.shift();
    return fault;
  }

  private takeConflict(): boolean {
    const fault = this.faults[0];
    if (fault?.kind !== 'conflict') return false;
    if (--fault.count <= 0) this.faults.shift();
    return true;
  }

  private discovery(pathname: string): Json | undefined {
    switch (pathname) {
      case '/version':
        return {
          major: '1',
          minor: '32',
          gitVersion: 'v1.32.0-glidepath-stand-in',
          platform: 'linux/amd64',
        };
      case '/api':
        return {
          kind: 'APIVersions',
          versions: ['v1'],
          serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }],
        };
      case '/api/v1':
        return { kind: 'APIResourceList', groupVersion: 'v1', resources: [] };
      case '/apis':
        return {
          kind: 'APIGroupList',
          apiVersion: 'v1',
          groups: [
            {
              name: 'apps',
              versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
              preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
            },
            {
              name: 'gateway.networking.k8s.io',
              versions: [{ groupVersion: 'gateway.networking.k8s.io/v1', version: 'v1' }],
              preferredVersion: { groupVersion: 'gateway.networking.k8s.io/v1', version: 'v1' },
            },
          ],
        };
      case '/apis/apps/v1':
        return {
          kind: 'APIResourceList',
          apiVersion: 'v1',
          groupVersion: 'apps/v1',
          resources: [
            {
              name: 'deployments',
              singularName: 'deployment',
              namespaced: true,
              kind: 'Deployment',
              verbs: ['get', 'list', 'patch', 'watch'],
              shortNames: ['deploy'],
              categories: ['all'],
            },
          ],
        };
      case BASE:
        return {
          kind: 'APIResourceList',
          apiVersion: 'v1',
          groupVersion: 'gateway.networking.k8s.io/v1',
          resources: [
            {
              name: 'httproutes',
              singularName: 'httproute',
              namespaced: true,
              kind: 'HTTPRoute',
              verbs: ['get', 'list', 'patch', 'update', 'watch'],
              categories: ['gateway-api'],
            },
            {
              name: 'httproutes/status',
              singularName: '',
              namespaced: true,
              kind: 'HTTPRoute',
              verbs: ['get', 'patch', 'update'],
            },
          ],
        };
    }
    return undefined;
  }
}

function status(code: number, reason: string, message: string): Json {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  };
}

function ruleWeights(obj: Json): number[][] {
  const rules = (obj.spec as { rules?: { backendRefs?: { weight?: number }[] }[] }).rules ?? [];
  return rules.map((r) => (r.backendRefs ?? []).map((b) => b.weight ?? 1));
}

/** Kubernetes writes times as RFC 3339 in whole seconds. */
function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z');
}
