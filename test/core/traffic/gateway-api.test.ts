import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  backendWeights,
  GatewayApiProvider,
  type GatewayApiSettings,
} from '../../../src/core/traffic/gateway-api.js';
import { WrittenNotConfirmed } from '../../../src/core/traffic/errors.js';
import { KubernetesStandIn } from '../../../tools/vendors/kubernetes/server.js';

// The provider through @kubernetes/client-node (the real client, from a kubeconfig file) against
// the API server stand-in, whose objects are checked against the Gateway API's schema.

let k8s: KubernetesStandIn;
let n = 0;

beforeAll(async () => {
  k8s = new KubernetesStandIn({ acceptDelayMs: 30, services: ['web-stable', 'web-canary', 'api'] });
  await k8s.start();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-kube-'));
  process.env.KUBECONFIG = path.join(dir, 'config');
  writeFileSync(process.env.KUBECONFIG, k8s.kubeconfig());
});
afterAll(() => k8s.stop());
afterEach(() => {
  expect(k8s.violations.splice(0)).toEqual([]);
  k8s.faults.splice(0);
  k8s.controllerUp = true;
});

function seed(refs = ['web-stable', 'web-canary'], namespace = 'shop'): string {
  const name = `web${++n}`;
  k8s.seedRoute({
    metadata: { name, namespace },
    spec: {
      parentRefs: [{ name: 'gateway' }],
      rules: [
        { name: 'api', backendRefs: [{ name: 'api', port: 80 }] },
        {
          name: 'web',
          backendRefs: refs.map((r, i) => ({ name: r, port: 8080, weight: i ? 0 : 100 })),
        },
      ],
    },
  });
  return name;
}

const provider = (route: string, over: Partial<GatewayApiSettings> = {}) =>
  new GatewayApiProvider(
    {
      provider: 'gateway-api',
      route,
      namespace: 'shop',
      rule: 'web',
      stableBackend: 'web-stable',
      canaryBackend: 'web-canary',
      acceptTimeoutMs: 3000,
      ...over,
    },
    undefined,
    20,
    10,
  );

describe('gateway-api provider', () => {
  it('sets both weights with one write per change, then waits for the Gateway to accept it', async () => {
    const route = seed();
    const p = provider(route);
    await p.check();
    for (const w of [10, 50, 100, 0]) {
      await p.setWeight(w);
      expect(k8s.weights('shop', route, 1)).toEqual({ 'web-stable': 100 - w, 'web-canary': w });
      const obj = k8s.route('shop', route) as {
        metadata: { generation: number };
        status: { parents: { conditions: { type: string; observedGeneration: number }[] }[] };
      };
      // Not returned before the controller had written status for the new generation.
      expect(obj.status.parents[0]?.conditions.map((c) => c.observedGeneration)).toEqual([
        obj.metadata.generation,
        obj.metadata.generation,
      ]);
    }
    expect(k8s.writes.filter((x) => x.route === `shop/${route}`)).toHaveLength(4);
    // The same weight again is no write at all.
    await p.setWeight(0);
    expect(k8s.writes.filter((x) => x.route === `shop/${route}`)).toHaveLength(4);
    expect(k8s.log.some((l) => l.method === 'PUT' && l.status === 200)).toBe(true);
  });

  it('re-reads and retries on a 409 conflict, keeping what the other writer changed', async () => {
    const route = seed();
    // The controller's own status write on the fresh route would be a third 409 if it landed
    // between the provider's read and write: start from a route it has accepted (as lab/cloud.ts).
    while (!k8s.route('shop', route)?.status) await new Promise((r) => setTimeout(r, 10));
    k8s.faults.push({ kind: 'conflict', count: 2 });
    await provider(route).setWeight(25);
    expect(k8s.weights('shop', route, 1)).toEqual({ 'web-stable': 75, 'web-canary': 25 });
    // The stand-in's "other writer" set a label at each conflict: both survived, nothing was overwritten.
    const labels = (k8s.route('shop', route) as { metadata: { labels: Record<string, string> } })
      .metadata.labels;
    expect(labels).toEqual({ touched: '2' });
    expect(k8s.log.filter((l) => l.path.endsWith(`/${route}`) && l.status === 409)).toHaveLength(2);
  });

  it('gives up after six conflicts in a row, naming the route', async () => {
    const route = seed();
    k8s.faults.push({ kind: 'conflict', count: 6 });
    await expect(provider(route).setWeight(25)).rejects.toThrow(
      `HTTPRoute shop/${route} kept changing under Glidepath (6 conflicts in a row)`,
    );
    expect(k8s.weights('shop', route, 1)).toEqual({ 'web-stable': 100, 'web-canary': 0 });
  });

  it('retries 429 and 5xx answers with backoff', async () => {
    const route = seed();
    k8s.faults.push(
      { kind: 'status', code: 429, count: 1 },
      { kind: 'status', code: 503, count: 1 },
    );
    await provider(route).setWeight(40);
    expect(k8s.weights('shop', route, 1)).toEqual({ 'web-stable': 60, 'web-canary': 40 });
    expect(k8s.log.filter((l) => l.status === 429 || l.status === 503)).toHaveLength(2);
  });

  it('names the input that is wrong, changing nothing', async () => {
    const route = seed();
    const before = k8s.writes.length;
    await expect(provider('nope').check()).rejects.toThrow(
      "Input 'route' is 'nope', but the cluster has no HTTPRoute of that name in namespace 'shop'",
    );
    await expect(provider(route, { rule: '7' }).check()).rejects.toThrow(
      `Input 'route-rule' is '7', but HTTPRoute shop/${route} has no such rule: give an index (0–1) or a rule name (api, web)`,
    );
    await expect(provider(route, { canaryBackend: 'web-cnary' }).setWeight(10)).rejects.toThrow(
      `Input 'canary-server' is 'web-cnary', but rule web of HTTPRoute shop/${route} has no Service backendRef of that name: use one of web-stable, web-canary`,
    );
    await expect(provider(route, { rule: '0' }).check()).rejects.toThrow(
      "Input 'stable-server' is 'web-stable'",
    );
    expect(k8s.writes.length).toBe(before);
  });

  it('fails at once when the Gateway refuses the change, and after the bounded wait when it is silent', async () => {
    const route = seed(['web-stable', 'ghost']);
    const refused = provider(route, { canaryBackend: 'ghost' }).setWeight(10);
    // Written but not confirmed: canary-step then restores stable, as traffic may have moved.
    await expect(refused).rejects.toBeInstanceOf(WrittenNotConfirmed);
    await expect(refused).rejects.toThrow(
      `HTTPRoute shop/${route}: Gateway gateway refused generation 2 (ResolvedRefs=False, BackendNotFound: Service ghost not found)`,
    );
    const quiet = seed();
    await new Promise((resolve) => setTimeout(resolve, 150)); // the first generation accepted
    k8s.controllerUp = false;
    const started = Date.now();
    await expect(provider(quiet, { acceptTimeoutMs: 400 }).setWeight(10)).rejects.toThrow(
      `HTTPRoute shop/${quiet}: the change (generation 2) was not accepted within 0.4 s: 1 of 1 parent Gateways have not accepted generation 2 yet`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('says so when the API server cannot be reached', async () => {
    const route = seed();
    k8s.faults.push({ kind: 'down' });
    await expect(provider(route).setWeight(10)).rejects.toThrow(
      `Could not read HTTPRoute shop/${route}: the Kubernetes API`,
    );
  });

  it('writes whole percents, and basis points for fractional weights', () => {
    expect(backendWeights(5)).toEqual({ stable: 95, canary: 5 });
    expect(backendWeights(0)).toEqual({ stable: 100, canary: 0 });
    expect(backendWeights(2.5)).toEqual({ stable: 9750, canary: 250 });
  });

  it('routes requests with the match header to the canary through a rule of its own, removed at 0', async () => {
    const route = seed();
    const p = provider(route);
    await p.setMatchHeader('x-canary=1');
    await p.setWeight(10);
    const rules = () =>
      (k8s.route('shop', route) as { spec: { rules: Record<string, unknown>[] } }).spec.rules;
    expect(rules().map((r) => r.name)).toEqual(['api', 'web', 'glidepath-canary-match']);
    expect(rules()[2]).toEqual({
      name: 'glidepath-canary-match',
      matches: [
        {
          path: { type: 'PathPrefix', value: '/' },
          headers: [{ type: 'Exact', name: 'x-canary', value: '1' }],
        },
      ],
      backendRefs: [{ name: 'web-canary', port: 8080, weight: 1 }],
    });
    // One write for the weights and the rule together; the rule index still counts the user's rules.
    expect(k8s.writes.filter((w) => w.route === `shop/${route}`)).toHaveLength(1);
    await provider(route, { rule: '1' }).check();
    await p.setWeight(50);
    expect(k8s.weights('shop', route, 1)).toEqual({ 'web-stable': 50, 'web-canary': 50 });
    expect(rules()).toHaveLength(3);
    // A fresh provider (the post step's) restoring stable takes the header rule away too.
    await provider(route).setWeight(0);
    expect(rules().map((r) => r.name)).toEqual(['api', 'web']);
  });

  it('takes its header rule out again where the CRD drops rule names, and fails the step', async () => {
    const old = new KubernetesStandIn({ acceptDelayMs: 10, pruneRuleNames: true });
    await old.start();
    old.seedRoute({
      metadata: { name: 'web', namespace: 'shop' },
      spec: {
        parentRefs: [{ name: 'gateway' }],
        rules: [
          {
            backendRefs: [
              { name: 'web-stable', port: 8080, weight: 100 },
              { name: 'web-canary', port: 8080, weight: 0 },
            ],
          },
        ],
      },
    });
    const p = new GatewayApiProvider(
      {
        provider: 'gateway-api',
        route: 'web',
        namespace: 'shop',
        rule: '0',
        stableBackend: 'web-stable',
        canaryBackend: 'web-canary',
      },
      undefined,
      20,
      10,
    );
    const kc = process.env.KUBECONFIG;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-kube-'));
    process.env.KUBECONFIG = path.join(dir, 'config');
    writeFileSync(process.env.KUBECONFIG, old.kubeconfig());
    try {
      await p.setMatchHeader('x-canary=1');
      await expect(p.setWeight(10)).rejects.toBeInstanceOf(WrittenNotConfirmed);
      const rules = (old.route('shop', 'web') as { spec: { rules: unknown[] } }).spec.rules;
      expect(rules).toHaveLength(1);
      expect(old.weights('shop', 'web')).toEqual({ 'web-stable': 90, 'web-canary': 10 });
    } finally {
      process.env.KUBECONFIG = kc;
      await old.stop();
    }
  });
});
