import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { KubernetesStandIn } from '../../../tools/vendors/kubernetes/server.js';
import { startStandIn } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';
import { startService, type SampleService } from '../../../lab/services.js';

// canary-step's bundle with provider gateway-api, against the Kubernetes API stand-in (HTTPRoutes
// checked against the Gateway API's schema) through the kubeconfig the job would have. The gate
// probes the two versions directly; what the route says is read from the stand-in. A bad canary,
// a cancel, a killed job and a wrong route name: cloud-scenarios.test.ts, for every cloud provider.

let api: GitHubStandIn;
const services: SampleService[] = [];
const clusters: KubernetesStandIn[] = [];
let counter = 0;

beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => {
  await Promise.all([
    ...services.map((s) => s.close()),
    ...clusters.map((k) => k.stop()),
    api.stop(),
  ]);
});
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

async function setup(canaryBehaviour: Parameters<typeof startService>[0] = {}) {
  const stable = await startService({ body: '{"version":"v1"}' });
  const canary = await startService({ body: '{"version":"v2"}', ...canaryBehaviour });
  services.push(stable, canary);
  // A cluster each, so the faults one test injects reach only its own run.
  const k8s = new KubernetesStandIn({ acceptDelayMs: 50 });
  await k8s.start();
  clusters.push(k8s);
  const kubeconfig = path.join(mkdtempSync(path.join(os.tmpdir(), 'glidepath-kube-')), 'config');
  writeFileSync(kubeconfig, k8s.kubeconfig());
  counter += 1;
  const route = `shop-${counter}`;
  k8s.seedRoute({
    metadata: { name: route, namespace: 'prod' },
    spec: {
      parentRefs: [{ name: 'public', namespace: 'gateways' }],
      hostnames: ['shop.example.com'],
      rules: [
        {
          matches: [{ path: { type: 'PathPrefix', value: '/' } }],
          backendRefs: [
            { name: 'shop-stable', port: 8080, weight: 100 },
            { name: 'shop-canary', port: 8080, weight: 0 },
          ],
        },
      ],
    },
  });
  const name = `gw${counter}`;
  api.seedDeployments('octo', name, 'production', 1);
  const inputs = {
    provider: 'gateway-api',
    route,
    'route-namespace': 'prod',
    'stable-server': 'shop-stable',
    'canary-server': 'shop-canary',
    environment: 'production',
    url: canary.url,
    'baseline-url': stable.url,
    rate: '100',
    'min-samples': '30',
    concurrency: '20',
  };
  const writes = () =>
    k8s.writes.filter((w) => w.route === `prod/${route}`).map((w) => w.weights[0]);
  const statuses = () =>
    api.deployments('octo', name, 'production')[0]?.statuses.map((s) => s.state) ?? [];
  const env = { KUBECONFIG: kubeconfig };
  return { k8s, route, repository: `octo/${name}`, inputs, writes, statuses, env };
}

describe.concurrent('canary-step with provider gateway-api', () => {
  it('promotes a good version to 100 through conflicts and throttling, one write per step', async () => {
    const s = await setup();
    // Another writer changes the route twice, and the API server throttles once, during the first step.
    s.k8s.faults.push({ kind: 'status', code: 429, count: 1 }, { kind: 'conflict', count: 2 });
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      env: s.env,
      inputs: { ...s.inputs, steps: '20@1s,100' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(s.writes()).toEqual([
      [80, 20],
      [0, 100],
    ]);
    expect(result.stdout).toContain('changed since it was read (409 Conflict): reading it again');
    expect(s.statuses()[0]).toBe('success');
    expect(s.k8s.violations).toEqual([]);
  });

  it('says loudly when the API server is unreachable while restoring, and marks failure', async () => {
    const s = await setup();
    // The API server goes away once the first weight is written and accepted (the step's status
    // is recorded only then: on a busy machine the acceptance can take longer than any fixed
    // wait), and the cancel comes while it is away.
    const accepted = () =>
      (
        api.deployments('octo', s.repository.split('/')[1] ?? '', 'production')[0]?.statuses ?? []
      ).some((st) => st.description?.includes('canary 30%'));
    let downAt = 0;
    const down = setInterval(() => {
      if (accepted()) {
        clearInterval(down);
        s.k8s.faults.push({ kind: 'down' });
        downAt = Date.now();
      }
    }, 50);
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      env: s.env,
      signalAfter: {
        ms: 0,
        signal: 'SIGINT',
        when: () => downAt > 0 && Date.now() - downAt >= 500,
      },
      inputs: { ...s.inputs, steps: '30@60s,100', 'min-samples': '1000000' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors.join('\n')).toContain(
      `could not put traffic back on stable through HTTPRoute prod/${s.route}`,
    );
    expect(result.post?.errors[0]).toMatch(
      new RegExp(
        `^canary-step post: could not restore stable traffic through HTTPRoute prod/${s.route}`,
      ),
    );
    expect(s.statuses()[0]).toBe('failure');
    expect(s.k8s.weights('prod', s.route)).toEqual({ 'shop-stable': 70, 'shop-canary': 30 });
  });

  it('refuses a backend the route does not have, naming the input, with nothing changed', async () => {
    const s = await setup();
    const before = s.statuses();
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      env: s.env,
      inputs: { ...s.inputs, 'canary-server': 'shop-canray' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `Input 'canary-server' is 'shop-canray', but rule 0 of HTTPRoute prod/${s.route} has no Service backendRef of that name: use one of shop-stable, shop-canary`,
    ]);
    expect(s.writes()).toEqual([]);
    expect(s.statuses()).toEqual(before);
  });
});
