import type { ServerResponse } from 'node:http';
import { Deployment } from 'kubernetes-models/apps/v1';
import { applyMergePatch, applyStrategicMergePatch } from './patch.js';

/**
 * The apps/v1 Deployments of the Kubernetes stand-in, as much as a workflow's
 * `kubectl set image deployment/…` and `kubectl rollout status deployment/…` use: get, list
 * (with a metadata.name field selector), strategic-merge and merge patch, watch. A spec change
 * bumps generation; the stand-in's controller then rolls it out: status shows the new generation
 * observed with no replica updated, then after `rolloutMs` every replica updated and available.
 * Every object stored is checked against Kubernetes' published schema (kubernetes-models,
 * generated from the OpenAPI of the API server).
 */
type Json = Record<string, unknown>;
type Obj = Json & {
  metadata: Json & { name: string; namespace: string; generation?: number };
  spec: Json & { replicas?: number };
};

export const DEPLOYMENT_PATH =
  /^\/apis\/apps\/v1\/namespaces\/([^/]+)\/deployments(?:\/([^/]+))?(\/status)?$/;

export interface Answer {
  status: number;
  body: unknown;
}

export class Deployments {
  private readonly items = new Map<string, Obj>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly watchers = new Set<{ ns: string; name?: string; res: ServerResponse }>();

  constructor(
    private readonly bump: () => string,
    private readonly violations: string[],
    private readonly rolloutMs: () => number,
    private readonly status: (code: number, reason: string, message: string) => Json,
  ) {}

  /** A Deployment of `replicas` pods of one container `name` running `image`, rolled out. */
  seed(namespace: string, name: string, image: string, replicas = 2): void {
    const labels = { app: name };
    const obj: Obj = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name,
        namespace,
        uid: `uid-deploy-${name}`,
        generation: 1,
        resourceVersion: this.bump(),
        creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      },
      spec: {
        replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: { containers: [{ name: name.replace(/-(stable|canary)$/, ''), image }] },
        },
      },
      status: rolledOut(1, replicas),
    };
    this.check(obj, 'seed');
    this.items.set(`${namespace}/${name}`, obj);
  }

  /** The images of a Deployment's containers, by container name. */
  images(namespace: string, name: string): Record<string, string> {
    const spec = this.items.get(`${namespace}/${name}`)?.spec as
      { template?: { spec?: { containers?: { name: string; image?: string }[] } } } | undefined;
    return Object.fromEntries(
      (spec?.template?.spec?.containers ?? []).map((c) => [c.name, c.image ?? '']),
    );
  }

  stop(): void {
    for (const t of this.timers) clearTimeout(t);
    for (const w of this.watchers) w.res.end();
  }

  /** Answers a request under /apis/apps/v1 (undefined: a watch now streaming on `res`). */
  handle(
    method: string,
    url: URL,
    type: string,
    text: string,
    res: ServerResponse,
  ): Answer | undefined {
    const m = DEPLOYMENT_PATH.exec(url.pathname);
    if (!m) return { status: 404, body: this.status(404, 'NotFound', 'not found') };
    const [, ns = '', name, sub] = m;
    if (!name) {
      if (method !== 'GET')
        return { status: 405, body: this.status(405, 'MethodNotAllowed', method) };
      const field = url.searchParams.get('fieldSelector') ?? '';
      const only = /^metadata\.name=(.+)$/.exec(field)?.[1];
      if (field && !only)
        return {
          status: 400,
          body: this.status(400, 'BadRequest', `field label not supported: ${field}`),
        };
      const items = [...this.items.values()].filter(
        (o) => o.metadata.namespace === ns && (!only || o.metadata.name === only),
      );
      if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') {
        this.watch(ns, only, Number(url.searchParams.get('resourceVersion') ?? 0), items, res);
        return undefined;
      }
      return {
        status: 200,
        body: {
          apiVersion: 'apps/v1',
          kind: 'DeploymentList',
          metadata: { resourceVersion: this.bump() },
          items,
        },
      };
    }
    const stored = this.items.get(`${ns}/${name}`);
    if (!stored)
      return {
        status: 404,
        body: {
          ...this.status(404, 'NotFound', `deployments.apps "${name}" not found`),
          details: { name, group: 'apps', kind: 'deployments' },
        },
      };
    if (method === 'GET') return { status: 200, body: stored };
    if (method !== 'PATCH' || sub)
      return { status: 405, body: this.status(405, 'MethodNotAllowed', method) };
    let next: Obj;
    try {
      const patch = JSON.parse(text || '{}') as unknown;
      if (type === 'application/strategic-merge-patch+json')
        next = applyStrategicMergePatch(structuredClone(stored), patch) as Obj;
      else if (type === 'application/merge-patch+json')
        next = applyMergePatch(structuredClone(stored), patch) as Obj;
      else
        return {
          status: 415,
          body: this.status(
            415,
            'UnsupportedMediaType',
            'the body of the request was in an unknown format - accepted media types include: application/strategic-merge-patch+json, application/merge-patch+json',
          ),
        };
    } catch (error) {
      return { status: 422, body: this.status(422, 'Invalid', (error as Error).message) };
    }
    if (!this.check(next, `PATCH ${url.pathname}`))
      return {
        status: 422,
        body: this.status(
          422,
          'Invalid',
          `Deployment.apps "${name}" is invalid: ${this.violations.at(-1)}`,
        ),
      };
    const specChanged = JSON.stringify(next.spec) !== JSON.stringify(stored.spec);
    next.metadata = {
      ...next.metadata,
      name: stored.metadata.name,
      namespace: ns,
      uid: stored.metadata.uid,
      generation: (stored.metadata.generation ?? 1) + (specChanged ? 1 : 0),
      resourceVersion: this.bump(),
    };
    next.status = stored.status;
    this.items.set(`${ns}/${name}`, next);
    if (specChanged) this.rollOut(next);
    this.notify(next);
    return { status: 200, body: next };
  }

  /** The controller: the new generation observed at once, every replica updated after rolloutMs. */
  private rollOut(obj: Obj): void {
    const generation = obj.metadata.generation ?? 1;
    const replicas = obj.spec.replicas ?? 1;
    obj.status = {
      ...rolledOut(generation, replicas),
      updatedReplicas: 0,
      availableReplicas: replicas,
      replicas,
    };
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const current = this.items.get(`${obj.metadata.namespace}/${obj.metadata.name}`);
      if (current?.metadata.generation !== generation) return;
      current.status = rolledOut(generation, replicas);
      current.metadata.resourceVersion = this.bump();
      this.check(current, 'controller status');
      this.notify(current);
    }, this.rolloutMs());
    this.timers.add(timer);
  }

  private watch(
    ns: string,
    name: string | undefined,
    since: number,
    items: Obj[],
    res: ServerResponse,
  ): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    // At once, as the API server does: client-go waits for the headers before it looks at its stop
    // channel, so a kubectl whose condition already holds would hang on a watch with no event yet.
    res.flushHeaders();
    const watcher = { ns, name, res };
    this.watchers.add(watcher);
    // What changed after the version the client listed at (a change between its list and this watch).
    for (const o of items)
      if (Number(o.metadata.resourceVersion) > since)
        res.write(`${JSON.stringify({ type: since ? 'MODIFIED' : 'ADDED', object: o })}\n`);
    res.on('close', () => this.watchers.delete(watcher));
  }

  private notify(obj: Obj): void {
    for (const w of this.watchers)
      if (w.ns === obj.metadata.namespace && (!w.name || w.name === obj.metadata.name))
        w.res.write(`${JSON.stringify({ type: 'MODIFIED', object: obj })}\n`);
  }

  private check(obj: Json, where: string): boolean {
    try {
      new Deployment(obj as never).validate();
      return true;
    } catch (error) {
      this.violations.push(`${where}: ${(error as Error).message}`);
      return false;
    }
  }
}

function rolledOut(generation: number, replicas: number): Json {
  return {
    observedGeneration: generation,
    replicas,
    updatedReplicas: replicas,
    readyReplicas: replicas,
    availableReplicas: replicas,
    conditions: [
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: 'ReplicaSet has successfully progressed.',
      },
      {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
      },
    ],
  };
}
