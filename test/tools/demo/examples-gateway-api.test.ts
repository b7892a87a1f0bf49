import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../../tools/demo/expressions.js';
import { runWorkflow } from '../../../tools/demo/runner.js';
import { loadWorkflow, type WorkflowModel } from '../../../tools/demo/workflow.js';
import { KubernetesStandIn } from '../../../tools/vendors/kubernetes/server.js';
import { tempDir } from '../../../lab/fixtures.js';
import { realServer } from '../../../lab/real.js';
import { ROOT, workflowOptions } from '../../../lab/runner.js';
import { startService, type SampleService } from '../../../lab/services.js';
import { stepErrors } from './examples.js';

// examples/gateway-api.yml as it is, run by the local runner (tools/demo/runner.ts) against the
// Kubernetes stand-in: its `kubectl` steps are Debian's kubectl (the Deployments' image, their
// rollout, the route's last patch), canary-step is the bundle, and the kubeconfig is the runner
// machine's (what the cloud's login step leaves). The login steps run only `if: vars.CLUSTER == …`:
// with CLUSTER unset the runner skips them (`aws eks update-kubeconfig` too), but it refuses every
// `uses:` outside its subset before any job runs, skipped or not, so the five logins that are
// `uses:` (aws-actions, google-github-actions, azure) are left out of the model first; the test
// checks that only they are.

const kubectl = realServer('kubectl');
const opened: { stop(): Promise<void> }[] = [];
afterAll(() => Promise.all(opened.map((o) => o.stop())));

/** The workflow without its `uses:` steps whose `if:` is false on the repository's variables alone. */
function withoutSkipped(
  workflow: WorkflowModel,
  vars: Record<string, string>,
): { workflow: WorkflowModel; dropped: string[] } {
  const dropped: string[] = [];
  const jobs = workflow.jobs.map((job) => ({
    ...job,
    steps: job.steps.filter((step) => {
      if (!step.uses || evaluateCondition(step.if, { vars }, 'success')) return true;
      dropped.push(step.uses);
      return false;
    }),
  }));
  return { workflow: { ...workflow, jobs }, dropped };
}

describe.skipIf(!kubectl.available)(
  `example workflows run for real: gateway-api.yml (${kubectl.version})`,
  () => {
    it('gateway-api.yml: the canary Deployment takes the image, canary-step walks the HTTPRoute to 100 through its kubeconfig, then web-stable takes the image and the route goes back to it', async () => {
      const k8s = new KubernetesStandIn({
        acceptDelayMs: 50,
        services: ['web-stable', 'web-canary'],
      });
      await k8s.start();
      const [stable, canary] = await Promise.all([
        startService({ body: '{"version":"v1"}' }),
        startService({ body: '{"version":"v2"}' }),
      ]);
      opened.push(k8s, ...[stable, canary].map((s: SampleService) => ({ stop: () => s.close() })));
      k8s.seedRoute({
        metadata: { name: 'web', namespace: 'shop' },
        spec: {
          parentRefs: [{ name: 'public', namespace: 'gateways' }],
          hostnames: ['shop.example.com'],
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
      for (const name of ['web-stable', 'web-canary'])
        k8s.deployments.seed('shop', name, 'ghcr.io/acme/app:1.0.0');
      const workspace = tempDir('glidepath-gateway-example-');
      const kubeconfig = path.join(workspace, '.kubeconfig');
      writeFileSync(kubeconfig, k8s.kubeconfig('shop'));

      const vars = {
        PRODUCTION_CANARY_URL: canary.url,
        PRODUCTION_STABLE_URL: stable.url,
        CANARY_STEPS: '20@1s,100',
        CANARY_RATE: '50',
        CANARY_MIN_SAMPLES: '30',
      };
      const { workflow, dropped } = withoutSkipped(
        await loadWorkflow(path.join(ROOT, 'examples', 'gateway-api.yml')),
        vars,
      );
      expect(dropped.map((d) => d.replace(/@.*/, ''))).toEqual([
        'aws-actions/configure-aws-credentials',
        'google-github-actions/auth',
        'google-github-actions/get-gke-credentials',
        'azure/login',
        'azure/aks-set-context',
      ]);
      const options = workflowOptions(workspace);
      const run = await runWorkflow(workflow, {
        ...options,
        vars,
        env: { KUBECONFIG: kubeconfig, HOME: workspace },
      });
      expect(stepErrors(run)).toEqual([]);
      expect(run.result).toBe('success');
      const steps = run.jobs[0]?.steps ?? [];
      expect(steps.find((s) => s.id === 'canary')?.outputs).toMatchObject({
        decision: 'promoted',
        'final-weight': '100',
      });
      // canary-step's two steps (one write each), then the workflow's kubectl patch back to web-stable.
      expect(k8s.writes.map((w) => w.weights[0])).toEqual([
        [80, 20],
        [0, 100],
        [100, 0],
      ]);
      expect(k8s.weights('shop', 'web')).toEqual({ 'web-stable': 100, 'web-canary': 0 });
      const image = `ghcr.io/${options.repository}:${options.sha}`;
      expect(k8s.deployments.images('shop', 'web-canary')).toEqual({ web: image });
      expect(k8s.deployments.images('shop', 'web-stable')).toEqual({ web: image });
      expect(k8s.violations).toEqual([]);
    }, 120_000);
  },
);
