import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sleep, UserError } from '../runtime/index.js';
import { applyMatchRule, MATCH_RULE, type Rule } from './gateway-match.js';
import { untilNoConflict, WrittenNotConfirmed } from './errors.js';
import type { TrafficProvider } from './providers.js';

// The Kubernetes Gateway API: the weights of two backendRefs of one HTTPRoute rule, written with
// optimistic concurrency and confirmed by the route's status before a step's analysis starts.

export interface GatewayApiSettings {
  provider: 'gateway-api';
  route: string;
  namespace: string;
  /** The rule: its index in spec.rules, or its name. */
  rule: string;
  stableBackend: string;
  canaryBackend: string;
  /** Longest wait for the Gateway's controller to accept a change (default 60 s). */
  acceptTimeoutMs?: number;
}

const GROUP = 'gateway.networking.k8s.io';
const VERSION = 'v1';
const PLURAL = 'httproutes';
/** Calls retried after a 429, 5xx or reset (backoff 0.1, 0.2, 0.4, 0.8 s); writes re-read after a 409 (errors.ts). */
const ATTEMPTS = 5;

interface BackendRef {
  name: string;
  kind?: string;
  group?: string;
  weight?: number;
  [key: string]: unknown;
}
interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  observedGeneration?: number;
}
interface HttpRoute {
  metadata: { name: string; resourceVersion?: string; generation?: number };
  spec?: { rules?: Rule[] };
  status?: { parents?: { parentRef?: { name?: string }; conditions?: Condition[] }[] };
}

/** The calls the provider makes; client-node's CustomObjectsApi in production. */
export interface RouteApi {
  get(): Promise<HttpRoute>;
  replace(route: HttpRoute): Promise<HttpRoute>;
}

/** Weights as Gateway API backendRef weights: whole percents, or basis points for fractions. */
export function backendWeights(weight: number): { stable: number; canary: number } {
  const scale = Number.isInteger(weight) ? 1 : 100;
  const canary = Math.round(weight * scale);
  return { stable: 100 * scale - canary, canary };
}

export class GatewayApiProvider implements TrafficProvider {
  readonly name = 'gateway-api';
  private api?: RouteApi;
  /** Requests with this header (name=value) go to the canary while its weight is above 0. */
  private matchHeader: string | null = null;
  constructor(
    private readonly settings: GatewayApiSettings,
    api?: RouteApi,
    private readonly pollMs = 250,
    private readonly backoffMs = 100,
  ) {
    this.api = api;
  }
  private get where(): string {
    return `HTTPRoute ${this.settings.namespace}/${this.settings.route}`;
  }
  describe(): string {
    const s = this.settings;
    return `${this.where} rule ${s.rule} (${s.stableBackend} / ${s.canaryBackend})`;
  }

  /** Reads the route and finds the rule and both backends, changing nothing: a wrong name fails here. */
  async check(): Promise<void> {
    const route = await this.call('read', (api) => api.get());
    this.backends(route);
  }

  /** Taken into the next weight change (one write for both). */
  async setMatchHeader(header: string | null): Promise<void> {
    this.matchHeader = header;
  }

  async setWeight(weight: number): Promise<void> {
    const wanted = backendWeights(weight);
    // At 0 all traffic is stable's: the header rule goes too (so a restore by a fresh post step removes it).
    const header = weight > 0 ? this.matchHeader : null;
    await this.readThenWrite(async (route) => {
      const { rule, stable, canary } = this.backends(route);
      const same = stable.weight === wanted.stable && canary.weight === wanted.canary;
      stable.weight = wanted.stable;
      canary.weight = wanted.canary;
      const headerChanged = applyMatchRule(route.spec?.rules ?? [], rule, canary, header);
      if (same && !headerChanged) {
        await this.waitAccepted(route.metadata.generation ?? 0);
        return;
      }
      // PUT with the resourceVersion just read: a change made since is a 409, never overwritten.
      const written = await this.call('update', (api) => api.replace(route), true);
      if (header && !written.spec?.rules?.some((r) => r.name === MATCH_RULE))
        await this.undoNamelessRule((route.spec?.rules ?? []).indexOf(rule) + 1);
      await this.waitAccepted(written.metadata.generation ?? 0);
    });
  }

  /**
   * The API server pruned the header rule's name (CRDs without named rules, GEP-995): the rule
   * written right after the split rule is taken out again, then the step fails (traffic may have
   * moved, so canary-step restores stable).
   */
  private async undoNamelessRule(at: number): Promise<never> {
    // Read again and written against that version (the controller may have updated the route's
    // status since the write, which changes its version). The server keeps the order of rules (not
    // of keys): the header rule is right after the split rule.
    await this.readThenWrite(async (route) => {
      const rules = route.spec?.rules ?? [];
      if (at > 0 && rules[at] && rules[at].name === undefined) {
        rules.splice(at, 1);
        await this.call('update', (api) => api.replace(route), true);
      }
    });
    throw new WrittenNotConfirmed(
      `${this.where}: the cluster's HTTPRoute drops rule names, so match-header cannot keep its rule apart (taken out again): install a Gateway API release with named rules (GEP-995), or leave match-header out`,
    );
  }

  /**
   * Reads the route and runs `work` on that version; a write in it that meets a change made since
   * (409, the resourceVersion no longer current) reads again and retries, never overwriting.
   */
  private async readThenWrite(work: (route: HttpRoute) => Promise<void>): Promise<void> {
    await untilNoConflict(
      this.where,
      '409 Conflict',
      (e) => statusOf(e) === 409,
      async () => work(await this.call('read', (api) => api.get())),
    );
  }

  /** The rule's two backendRefs, or an error naming the input that is wrong. */
  private backends(route: HttpRoute): { rule: Rule; stable: BackendRef; canary: BackendRef } {
    const s = this.settings;
    const rules = route.spec?.rules ?? [];
    const own = rules.filter((r) => r.name !== MATCH_RULE);
    const rule = /^\d+$/.test(s.rule) ? own[Number(s.rule)] : own.find((r) => r.name === s.rule);
    if (!rule) {
      const names = own.map((r, i) => r.name ?? String(i)).join(', ');
      throw new UserError(
        `Input 'route-rule' is '${s.rule}', but ${this.where} has no such rule: give an index (0–${own.length - 1}) or a rule name (${names || 'none'})`,
      );
    }
    const refs = (rule.backendRefs ?? []).filter(
      (ref) => (ref.kind ?? 'Service') === 'Service' && !ref.group,
    );
    const find = (input: string, name: string): BackendRef => {
      const ref = refs.find((r) => r.name === name);
      if (!ref)
        throw new UserError(
          `Input '${input}' is '${name}', but rule ${s.rule} of ${this.where} has no Service backendRef of that name: use one of ${refs.map((r) => r.name).join(', ') || '(none)'}`,
        );
      return ref;
    };
    const stable = find('stable-server', s.stableBackend);
    const canary = find('canary-server', s.canaryBackend);
    if (stable === canary)
      throw new UserError(`Inputs 'stable-server' and 'canary-server' name the same backendRef`);
    return { rule, stable, canary };
  }

  /**
   * Waits until every parent Gateway reports Accepted and ResolvedRefs True for this generation
   * (observedGeneration ≥ it); a False condition for it fails at once with the controller's reason.
   */
  private async waitAccepted(generation: number): Promise<void> {
    const timeoutMs = this.settings.acceptTimeoutMs ?? 60_000;
    const deadline = Date.now() + timeoutMs;
    let last = 'no parent Gateway reported any status';
    for (;;) {
      const route = await this.call('read', (api) => api.get());
      const parents = route.status?.parents ?? [];
      const verdicts = parents.map((parent) => {
        const current = (parent.conditions ?? []).filter(
          (c) => (c.observedGeneration ?? 0) >= generation,
        );
        const of = (type: string) => current.find((c) => c.type === type);
        const bad = ['Accepted', 'ResolvedRefs']
          .map(of)
          .find((c) => c !== undefined && c.status === 'False');
        if (bad)
          throw new WrittenNotConfirmed(
            `${this.where}: Gateway ${parent.parentRef?.name ?? '?'} refused generation ${generation} (${bad.type}=False, ${bad.reason ?? ''}: ${bad.message ?? ''})`,
          );
        return of('Accepted')?.status === 'True' && of('ResolvedRefs')?.status === 'True';
      });
      if (parents.length && verdicts.every(Boolean)) return;
      if (parents.length)
        last = `${verdicts.filter((v) => !v).length} of ${parents.length} parent Gateways have not accepted generation ${generation} yet`;
      if (Date.now() >= deadline)
        throw new WrittenNotConfirmed(
          `${this.where}: the change (generation ${generation}) was not accepted within ${timeoutMs / 1000} s: ${last}. Check the Gateway's controller (kubectl describe httproute ${this.settings.route} -n ${this.settings.namespace})`,
        );
      await sleep(this.pollMs);
    }
  }

  /** One API call; 429 and 5xx are retried with backoff, other failures named for people. */
  private async call<T>(
    what: string,
    fn: (api: RouteApi) => Promise<T>,
    conflictRaw = false,
  ): Promise<T> {
    const api = this.api ?? (this.api = await connect(this.settings));
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn(api);
      } catch (error) {
        const status = statusOf(error);
        if (status === 409 && conflictRaw) throw error;
        const retry = status === 429 || (status !== undefined && status >= 500) || isNetwork(error);
        if (retry && attempt < ATTEMPTS) {
          await sleep(Math.min(this.backoffMs * 2 ** (attempt - 1), 2000));
          continue;
        }
        throw this.explain(what, error, status);
      }
    }
  }

  private explain(what: string, error: unknown, status: number | undefined): UserError {
    if (status === 404)
      return new UserError(
        `Input 'route' is '${this.settings.route}', but the cluster has no HTTPRoute of that name in namespace '${this.settings.namespace}' (route-namespace): check both, and that the Gateway API CRDs are installed`,
      );
    if (status === 401 || status === 403)
      return new UserError(
        `The Kubernetes API refused to ${what} ${this.where} (${status}): the kubeconfig's user needs get, update on httproutes.${GROUP} in namespace ${this.settings.namespace}`,
      );
    const detail = status ? `answered ${status}` : (error as Error).message;
    return new UserError(
      `Could not ${what} ${this.where}: the Kubernetes API ${detail}${status ? '' : ' (is the cluster reachable from this runner?)'}`,
    );
  }
}

function statusOf(error: unknown): number | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}

function isNetwork(error: unknown): boolean {
  const text = String((error as Error).message ?? error);
  return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|socket hang up/.test(text);
}

/** client-node from the job's kubeconfig: KUBECONFIG, ~/.kube/config, or the pod's service account. */
async function connect(settings: GatewayApiSettings): Promise<RouteApi> {
  const file = process.env.KUBECONFIG || path.join(os.homedir(), '.kube', 'config');
  const inCluster = Boolean(process.env.KUBERNETES_SERVICE_HOST);
  if (!inCluster && !process.env.KUBECONFIG && !existsSync(file))
    throw new UserError(
      `No kubeconfig for provider gateway-api: set the cluster up first (azure/k8s-set-context, aws eks update-kubeconfig, google-github-actions/get-gke-credentials) or set KUBECONFIG`,
    );
  const k8s = await import('@kubernetes/client-node');
  const kc = new k8s.KubeConfig();
  try {
    kc.loadFromDefault();
  } catch (error) {
    throw new UserError(`Could not read the kubeconfig ${file}: ${(error as Error).message}`);
  }
  const api = kc.makeApiClient(k8s.CustomObjectsApi);
  const at = {
    group: GROUP,
    version: VERSION,
    plural: PLURAL,
    namespace: settings.namespace,
    name: settings.route,
  };
  return {
    get: () => api.getNamespacedCustomObject(at) as Promise<HttpRoute>,
    replace: (route) =>
      api.replaceNamespacedCustomObject({ ...at, body: route }) as Promise<HttpRoute>,
  };
}
