import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realServer } from '../../../../lab/real.js';
import { GatewayApiProvider } from '../../../../src/core/traffic/gateway-api.js';
import { KubernetesStandIn } from '../../../../tools/vendors/kubernetes/server.js';

// kubectl, the second real client: what the provider writes through client-node is what
// `kubectl get httproute -o yaml` shows, and kubectl's own writes (merge and JSON patch, replace)
// go through the same checks (schema, resourceVersion).

const kubectl = realServer('kubectl');
const run = promisify(execFile);
let k8s: KubernetesStandIn;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  k8s = new KubernetesStandIn({ acceptDelayMs: 20 });
  await k8s.start();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-kubectl-'));
  const file = path.join(dir, 'config');
  writeFileSync(file, k8s.kubeconfig('shop'));
  process.env.KUBECONFIG = file;
  env = { PATH: process.env.PATH, HOME: dir, KUBECONFIG: file };
  k8s.seedRoute({
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      parentRefs: [{ name: 'gateway', namespace: 'infra' }],
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
});
afterAll(() => k8s.stop());

const kube = async (...args: string[]) =>
  (await run(kubectl.path, args, { env, timeout: 20_000 })).stdout;

describe.skipIf(!kubectl.available)(`the Kubernetes stand-in read by ${kubectl.version}`, () => {
  it('shows with kubectl get -o yaml what the provider wrote through client-node', async () => {
    await new GatewayApiProvider(
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
    ).setWeight(30);
    const shown = parse(await kube('get', 'httproute', 'web', '-o', 'yaml')) as {
      metadata: { generation: number };
      spec: { rules: { backendRefs: { name: string; weight: number }[] }[] };
      status: {
        parents: { conditions: { type: string; status: string; observedGeneration: number }[] }[];
      };
    };
    expect(shown.spec.rules[0]?.backendRefs.map((r) => [r.name, r.weight])).toEqual([
      ['web-stable', 70],
      ['web-canary', 30],
    ]);
    expect(shown.metadata.generation).toBe(2);
    expect(shown.status.parents[0]?.conditions).toMatchObject([
      { type: 'Accepted', status: 'True', observedGeneration: 2 },
      { type: 'ResolvedRefs', status: 'True', observedGeneration: 2 },
    ]);
    expect(shown).toEqual(k8s.route('shop', 'web'));
    expect(await kube('get', 'httproutes')).toMatch(/^NAME\s+.*\nweb\s/);
  });

  it('takes kubectl merge and JSON patches, and refuses an invalid one with the schema error', async () => {
    await kube(
      'patch',
      'httproute',
      'web',
      '--type',
      'merge',
      '-p',
      '{"metadata":{"labels":{"team":"shop"}}}',
    );
    await kube(
      'patch',
      'httproute',
      'web',
      '--type',
      'json',
      '-p',
      '[{"op":"replace","path":"/spec/rules/0/backendRefs/1/weight","value":45}]',
    );
    expect(k8s.weights('shop', 'web')).toEqual({ 'web-stable': 70, 'web-canary': 45 });
    expect(k8s.log.filter((l) => l.method === 'PATCH').map((l) => l.type)).toEqual([
      'application/merge-patch+json',
      'application/json-patch+json',
    ]);
    await expect(
      kube(
        'patch',
        'httproute',
        'web',
        '--type',
        'json',
        '-p',
        '[{"op":"replace","path":"/spec/rules/0/backendRefs/1/weight","value":-5}]',
      ),
    ).rejects.toThrow(/weight must be >= 0/);
    expect(k8s.violations.splice(0)).toEqual([
      expect.stringContaining('/spec/rules/0/backendRefs/1/weight must be >= 0'),
    ]);
    expect(k8s.weights('shop', 'web')).toEqual({ 'web-stable': 70, 'web-canary': 45 });
  });

  it('answers kubectl replace with a stale resourceVersion with 409 Conflict', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-kubectl-'));
    const stale = path.join(dir, 'route.json');
    writeFileSync(stale, JSON.stringify(k8s.route('shop', 'web')));
    k8s.touch('shop', 'web');
    await expect(kube('replace', '--validate=false', '-f', stale)).rejects.toThrow(
      /the object has been modified; please apply your changes to the latest version/,
    );
  });
});
