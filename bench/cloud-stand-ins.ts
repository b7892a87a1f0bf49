// The cloud traffic providers' stand-ins for bench/canary.ts, hosted in a bench/canary-worker.ts
// child (as in production, the API is another process): one at a time, seeded with a route, a
// listener rule, an alias or a service at 100/0, with what the provider in the bench process needs
// to reach it (settings and environment). Their times come back on the worker's performance.now()
// clock, which bench/canary.ts moves onto its own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ProviderSettings } from '../src/core/traffic/providers.js';
import { ElbStandIn } from '../tools/vendors/aws/elbv2.js';
import { LambdaStandIn } from '../tools/vendors/aws/lambda.js';
import { CloudRunStandIn } from '../tools/vendors/google/cloud-run.js';
import { KubernetesStandIn } from '../tools/vendors/kubernetes/server.js';
import type { LoopbackStandIn, WriteTime } from '../tools/vendors/loopback.js';

export const CLOUD_PROVIDERS = ['gateway-api', 'aws-alb', 'aws-lambda', 'cloud-run'] as const;
export type CloudKind = (typeof CLOUD_PROVIDERS)[number];

export interface CloudInfo {
  settings: ProviderSettings;
  /** The job's environment the provider reads (kubeconfig, AWS endpoint and keys, Google credentials). */
  env: Record<string, string>;
}

export interface CloudReport {
  /** Calls answered so far, by 'kind operation' (tools/vendors/loopback.ts). */
  calls: Record<string, number>;
  /** Every weight change stored, on the worker's performance.now() clock. */
  writeTimes: WriteTime[];
  /** The canary's share as the stand-in holds it now. */
  canaryWeight: string;
}

const ELB = 'arn:aws:elasticloadbalancing:us-east-2:123456789012';
const STABLE_TG = `${ELB}:targetgroup/shop-blue/0123456789abcdef`;
const CANARY_TG = `${ELB}:targetgroup/shop-green/fedcba9876543210`;
const RULE = `${ELB}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const SERVICE = 'projects/shop-prod/locations/europe-west1/services/web';
const AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'stand-in-session-token',
  AWS_REGION: 'us-east-2',
};

let current: { standIn: LoopbackStandIn; weight: () => string; dir?: string } | undefined;

export async function startCloud(kind: CloudKind): Promise<CloudInfo> {
  await stopCloud();
  switch (kind) {
    case 'gateway-api': {
      const k8s = new KubernetesStandIn();
      await k8s.start();
      k8s.seedRoute({
        metadata: { name: 'web', namespace: 'shop' },
        spec: {
          parentRefs: [{ name: 'public', namespace: 'gateways' }],
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
      const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-bench-kube-'));
      writeFileSync(path.join(dir, 'config'), k8s.kubeconfig());
      current = {
        standIn: k8s,
        dir,
        weight: () => String(k8s.weights('shop', 'web')['web-canary']),
      };
      return {
        settings: {
          provider: 'gateway-api',
          route: 'web',
          namespace: 'shop',
          rule: '0',
          stableBackend: 'web-stable',
          canaryBackend: 'web-canary',
        },
        env: { KUBECONFIG: path.join(dir, 'config') },
      };
    }
    case 'aws-alb': {
      const elb = new ElbStandIn();
      await elb.start();
      elb.targetGroups.add(STABLE_TG).add(CANARY_TG);
      elb.rules.set(RULE, [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: STABLE_TG, Weight: 100 },
              { TargetGroupArn: CANARY_TG, Weight: 0 },
            ],
          },
        },
      ]);
      current = { standIn: elb, weight: () => String(elb.weights(RULE)[CANARY_TG]) };
      return {
        settings: {
          provider: 'aws-alb',
          listener: RULE,
          stableTargetGroup: STABLE_TG,
          canaryTargetGroup: CANARY_TG,
        },
        env: { ...AWS_ENV, AWS_ENDPOINT_URL: elb.url },
      };
    }
    case 'aws-lambda': {
      const lambda = new LambdaStandIn();
      await lambda.start();
      lambda.addFunction('checkout', ['6', '7'], { name: 'live', version: '6' });
      current = {
        standIn: lambda,
        weight: () => {
          const alias = lambda.alias('checkout', 'live');
          const extra = alias?.RoutingConfig?.AdditionalVersionWeights?.['7'];
          return alias?.FunctionVersion === '7' ? '100' : String((extra ?? 0) * 100);
        },
      };
      return {
        settings: {
          provider: 'aws-lambda',
          function: 'checkout',
          alias: 'live',
          stableVersion: '6',
          canaryVersion: '7',
        },
        env: { ...AWS_ENV, AWS_ENDPOINT_URL: lambda.url },
      };
    }
    case 'cloud-run': {
      const run = new CloudRunStandIn();
      await run.start();
      run.addService(SERVICE, ['web-00041-abc', 'web-00042-xyz']);
      const credentials = run.credentialFile();
      current = {
        standIn: run,
        dir: path.dirname(credentials),
        weight: () => String(run.split(SERVICE)['web-00042-xyz'] ?? 0),
      };
      return {
        settings: {
          provider: 'cloud-run',
          service: SERVICE,
          endpoint: run.url,
          stableRevision: 'web-00041-abc',
          canaryRevision: 'web-00042-xyz',
        },
        env: { GOOGLE_APPLICATION_CREDENTIALS: credentials },
      };
    }
  }
}

export function cloudReport(): CloudReport {
  if (!current) throw new Error('no stand-in is running');
  const onClock = (t: number) => t - performance.timeOrigin;
  return {
    calls: Object.fromEntries(current.standIn.calls),
    writeTimes: current.standIn.writeTimes.map((w) => ({
      at: onClock(w.at),
      ...(w.inEffectAt === undefined ? {} : { inEffectAt: onClock(w.inEffectAt) }),
    })),
    canaryWeight: current.weight(),
  };
}

export async function stopCloud(): Promise<void> {
  const was = current;
  current = undefined;
  if (!was) return;
  await was.standIn.stop();
  if (was.dir) rmSync(was.dir, { recursive: true, force: true });
}
