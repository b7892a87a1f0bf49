// The cloud traffic providers' stand-ins, each started and seeded with one resource splitting
// traffic 100/0 between two versions (an HTTPRoute, an ALB listener rule, a Lambda alias, a Cloud
// Run service), with what reaches it: the provider's settings (in-process use, bench/canary.ts),
// canary-step's inputs and the job's environment (bundle tests), and what the stand-in holds.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ProviderSettings } from '../src/core/traffic/providers.js';
import { ElbStandIn } from '../tools/vendors/aws/elbv2.js';
import { LambdaStandIn } from '../tools/vendors/aws/lambda.js';
import { CloudRunStandIn } from '../tools/vendors/google/cloud-run.js';
import { KubernetesStandIn } from '../tools/vendors/kubernetes/server.js';
import type { LoopbackStandIn } from '../tools/vendors/loopback.js';
import { tempDir } from './fixtures.js';

export const CLOUD_PROVIDERS = ['gateway-api', 'aws-alb', 'aws-lambda', 'cloud-run'] as const;
export type CloudKind = (typeof CLOUD_PROVIDERS)[number];

export const ELB_ACCOUNT = 'arn:aws:elasticloadbalancing:us-east-2:123456789012';
export const STABLE_TG = `${ELB_ACCOUNT}:targetgroup/shop-blue/0123456789abcdef`;
export const CANARY_TG = `${ELB_ACCOUNT}:targetgroup/shop-green/fedcba9876543210`;
export const ALB_RULE = `${ELB_ACCOUNT}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
export const RUN_SERVICE = 'projects/shop-prod/locations/europe-west1/services/web';

/** What configure-aws-credentials leaves for the job (the SDK's standard chain reads it). */
export const awsEnv = (endpoint: string): Record<string, string> => ({
  AWS_ENDPOINT_URL: endpoint,
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'stand-in-session-token',
  AWS_REGION: 'us-east-2',
});

export interface CloudFixture {
  kind: CloudKind;
  standIn: LoopbackStandIn;
  settings: ProviderSettings;
  /** canary-step's inputs: provider, the resource, stable-server and canary-server. */
  inputs: Record<string, string>;
  /** The job's environment the provider reads (kubeconfig, AWS endpoint and keys, Google credentials). */
  env: Record<string, string>;
  /** The input naming the resource, and a name of the right shape that does not exist. */
  wrongResource: { input: string; value: string };
  /** The canary's share (0–100) the stand-in holds now. */
  canaryWeight(): number;
  /** Every canary share written, in order. */
  changes(): number[];
  /** What the stand-in found out of its vendor's published schema (HTTPRoutes, Cloud Run messages). */
  violations(): string[];
  /**
   * Queues what a busy API does to the next change: another writer gets in first (a conflict,
   * where the API writes against a version: Kubernetes, Lambda, Cloud Run) or a throttle (ELBv2).
   * `interfered()` is true once the stand-in has answered with it.
   */
  interfere(): void;
  interfered(): boolean;
  stop(): Promise<void>;
}

const share = (canary: number, stable: number) => Math.round((100 * canary) / (canary + stable));

/**
 * A stand-in of the kind, started, holding one resource at stable 100 / canary 0. `delayMs`: how
 * long the Gateway's controller takes to accept a change and a Cloud Run update's operation runs.
 */
export async function startCloud(kind: CloudKind, delayMs = 50): Promise<CloudFixture> {
  switch (kind) {
    case 'gateway-api': {
      const k8s = new KubernetesStandIn({ acceptDelayMs: delayMs });
      await k8s.start();
      k8s.seedRoute({
        metadata: { name: 'web', namespace: 'shop' },
        spec: {
          parentRefs: [{ name: 'public', namespace: 'gateways' }],
          rules: [
            {
              matches: [{ path: { type: 'PathPrefix', value: '/' } }],
              backendRefs: [
                { name: 'web-stable', port: 8080, weight: 100 },
                { name: 'web-canary', port: 8080, weight: 0 },
              ],
            },
          ],
        },
      });
      // As a route long in service: the Gateway has accepted it before the first step (else its
      // status write can land between the provider's read and write: a 409, read again).
      while (!k8s.route('shop', 'web')?.status)
        await new Promise((resolve) => setTimeout(resolve, 10));
      const dir = tempDir('glidepath-kube-');
      writeFileSync(path.join(dir, 'config'), k8s.kubeconfig());
      const names = { stableBackend: 'web-stable', canaryBackend: 'web-canary' };
      return {
        kind,
        standIn: k8s,
        settings: { provider: kind, route: 'web', namespace: 'shop', rule: '0', ...names },
        inputs: {
          provider: kind,
          route: 'web',
          'route-namespace': 'shop',
          'stable-server': names.stableBackend,
          'canary-server': names.canaryBackend,
        },
        env: { KUBECONFIG: path.join(dir, 'config') },
        wrongResource: { input: 'route', value: 'wbe' },
        canaryWeight: () => {
          const w = k8s.weights('shop', 'web');
          return share(w['web-canary'] ?? 0, w['web-stable'] ?? 0);
        },
        violations: () => k8s.violations,
        interfere: () => void k8s.faults.push({ kind: 'conflict', count: 1 }),
        interfered: () => k8s.faults.length === 0,
        changes: () => k8s.writes.map((w) => share(w.weights[0]?.[1] ?? 0, w.weights[0]?.[0] ?? 0)),
        stop: async () => {
          await k8s.stop();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    case 'aws-alb': {
      const elb = new ElbStandIn();
      await elb.start();
      elb.targetGroups.add(STABLE_TG).add(CANARY_TG);
      elb.rules.set(ALB_RULE, [
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
      const of = (weights: Record<string, number>) =>
        share(weights[CANARY_TG] ?? 0, weights[STABLE_TG] ?? 0);
      return {
        kind,
        standIn: elb,
        settings: {
          provider: kind,
          listener: ALB_RULE,
          stableTargetGroup: STABLE_TG,
          canaryTargetGroup: CANARY_TG,
        },
        inputs: {
          provider: kind,
          'alb-listener': ALB_RULE,
          'stable-server': STABLE_TG,
          'canary-server': CANARY_TG,
        },
        env: awsEnv(elb.url),
        wrongResource: { input: 'alb-listener', value: ALB_RULE.replace(/[0-9a-f]{4}$/, '0000') },
        canaryWeight: () => of(elb.weights(ALB_RULE)),
        violations: () => [],
        interfere: () => void elb.faults.push({ kind: 'throttle', count: 1 }),
        interfered: () => elb.faults.length === 0,
        changes: () => elb.writes.map((w) => of(Object.fromEntries(w.weights))),
        stop: () => elb.stop(),
      };
    }
    case 'aws-lambda': {
      const lambda = new LambdaStandIn();
      await lambda.start();
      lambda.addFunction('checkout', ['6', '7'], { name: 'live', version: '6' });
      const of = (version: string, weights: Record<string, number>) =>
        version === '7' ? 100 : Math.round(100 * (weights['7'] ?? 0));
      return {
        kind,
        standIn: lambda,
        settings: {
          provider: kind,
          function: 'checkout',
          alias: 'live',
          stableVersion: '6',
          canaryVersion: '7',
        },
        inputs: {
          provider: kind,
          'lambda-function': 'checkout',
          'lambda-alias': 'live',
          'stable-server': '6',
          'canary-server': '7',
        },
        env: awsEnv(lambda.url),
        wrongResource: { input: 'lambda-alias', value: 'lvie' },
        canaryWeight: () => {
          const alias = lambda.alias('checkout', 'live');
          return of(
            alias?.FunctionVersion ?? '',
            alias?.RoutingConfig?.AdditionalVersionWeights ?? {},
          );
        },
        violations: () => [],
        interfere: () => void lambda.faults.push({ kind: 'conflict', count: 1 }),
        interfered: () => lambda.faults.length === 0,
        changes: () => lambda.writes.map((w) => of(w.version, w.weights)),
        stop: () => lambda.stop(),
      };
    }
    case 'cloud-run': {
      const run = new CloudRunStandIn();
      run.operationDelayMs = delayMs;
      await run.start();
      run.addService(RUN_SERVICE, ['web-00041-abc', 'web-00042-xyz']);
      const credentials = run.credentialFile();
      const of = (split: Record<string, number>) =>
        share(split['web-00042-xyz'] ?? 0, split['web-00041-abc'] ?? 0);
      return {
        kind,
        standIn: run,
        settings: {
          provider: kind,
          service: RUN_SERVICE,
          endpoint: run.url,
          stableRevision: 'web-00041-abc',
          canaryRevision: 'web-00042-xyz',
        },
        inputs: {
          provider: kind,
          'cloud-run-service': RUN_SERVICE,
          'cloud-run-endpoint': run.url,
          'stable-server': 'web-00041-abc',
          'canary-server': 'web-00042-xyz',
        },
        env: { GOOGLE_APPLICATION_CREDENTIALS: credentials },
        wrongResource: { input: 'cloud-run-service', value: RUN_SERVICE.replace(/web$/, 'wbe') },
        canaryWeight: () => of(run.split(RUN_SERVICE)),
        violations: () => run.violations,
        interfere: () => void run.faults.push({ kind: 'conflict', count: 1 }),
        interfered: () => run.faults.length === 0,
        changes: () => run.writes.map((w) => of(Object.fromEntries(w))),
        stop: async () => {
          await run.stop();
          rmSync(path.dirname(credentials), { recursive: true, force: true });
        },
      };
    }
  }
}
