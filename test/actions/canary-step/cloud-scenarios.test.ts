import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import {
  CLOUD_PROVIDERS,
  startCloud,
  type CloudFixture,
  type CloudKind,
} from '../../../lab/cloud.js';
import { startStandIn } from '../../../lab/fixtures.js';
import { runAction, type RunOptions } from '../../../lab/runner.js';
import { startService, type SampleService } from '../../../lab/services.js';

// The scenarios, the same for every cloud provider (canary-step's bundle against each
// vendor's stand-in, lab/cloud.ts, through the official clients): a bad canary back to 0 at once,
// through a conflict or a throttle mid-step; a cancel (SIGINT) mid-step, then the post step; the
// job killed mid-step (SIGKILL), the post step restoring; a resource name that does not exist (one
// ::error:: naming the input, nothing written). Each run has its own stand-in, services and
// deployment. The good canary to 100 through conflicts and throttling is in each provider's own
// file (gateway-api, aws, cloud-run .test.ts), with the faults its API has.

let api: GitHubStandIn;
const open: { stop(): Promise<void> }[] = [];
let counter = 0;

beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => {
  await Promise.all([...open.map((o) => o.stop()), api.stop()]);
});
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

async function setup(kind: CloudKind, canary: Parameters<typeof startService>[0] = {}) {
  const [cloud, stableService, canaryService] = await Promise.all([
    startCloud(kind),
    startService({ body: '{"version":"v1"}' }),
    startService({ body: '{"version":"v2"}', ...canary }),
  ]);
  open.push(
    cloud,
    ...[stableService, canaryService].map((s: SampleService) => ({ stop: () => s.close() })),
  );
  const repo = `cloud${++counter}`;
  api.seedDeployments('octo', repo, 'production', 1);
  const statuses = () =>
    api.deployments('octo', repo, 'production')[0]?.statuses.map((s) => s.state) ?? [];
  const run = (inputs: Record<string, string>, signalAfter?: RunOptions['signalAfter']) =>
    runAction('canary-step', {
      apiUrl: api.url,
      repository: `octo/${repo}`,
      env: cloud.env,
      ...(signalAfter ? { signalAfter } : {}),
      inputs: {
        ...cloud.inputs,
        environment: 'production',
        url: canaryService.url,
        'baseline-url': stableService.url,
        rate: '100',
        'min-samples': '30',
        concurrency: '20',
        ...inputs,
      },
    });
  return { cloud, statuses, run };
}

/** True from `ms` after the stand-in stored the first weight change (mid-step: the step bakes 60 s). */
function after(cloud: CloudFixture, ms: number): () => boolean {
  let seen = 0;
  return () => {
    if (!seen && cloud.standIn.writeTimes.length) seen = Date.now();
    return seen > 0 && Date.now() - seen >= ms;
  };
}

describe.concurrent.each(CLOUD_PROVIDERS)('canary-step with provider %s', (kind) => {
  it('puts a bad version back to 0 at once, through a conflict (or a throttle) mid-step', async () => {
    const s = await setup(kind, { errorRate: 0.4 });
    // Once the step's weight is written, the API's next change meets another writer (or a
    // throttle): the restore reads again (or retries) and still lands at once.
    const busy = after(s.cloud, 0);
    const watch = setInterval(() => {
      if (!busy()) return;
      clearInterval(watch);
      s.cloud.interfere();
    }, 10);
    const result = await s.run({ steps: '20@20s,100' });
    clearInterval(watch);
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ decision: 'aborted', 'final-weight': '0' });
    expect(s.cloud.interfered()).toBe(true);
    // A conflict is read again, never overwritten (ELBv2 has no versions: the SDK retries the throttle).
    if (kind !== 'aws-alb') expect(result.stdout).toContain('changed since it was read');
    expect(s.cloud.changes()).toEqual([20, 0]);
    expect(s.cloud.canaryWeight()).toBe(0);
    // Back on stable long before the step's 20 s bake would have ended.
    const [first, back] = s.cloud.standIn.writeTimes;
    expect((back?.at ?? Infinity) - (first?.at ?? 0)).toBeLessThan(10_000);
    expect(s.statuses()[0]).toBe('failure');
    expect(s.cloud.violations()).toEqual([]);
  });

  // A cancel: main puts stable back itself, and its post step has nothing left to do. A killed job
  // (the runner's last resort): the post step restores stable from what main saved.
  it.each([
    { signal: 'SIGINT' as const, post: 'main finished cleanly, nothing to restore' },
    { signal: 'SIGKILL' as const, post: 'Stable traffic restored' },
  ])('stopped by $signal mid-step, ends on stable with the post step', async ({ signal, post }) => {
    const s = await setup(kind);
    const result = await s.run(
      { steps: '30@60s,100', 'min-samples': '1000000' },
      { ms: 0, signal, when: after(s.cloud, 300) },
    );
    if (signal === 'SIGINT')
      expect(result.errors).toEqual([
        'canary-step was cancelled: all traffic is back on stable and the deployment is marked failure',
      ]);
    else expect(result.signal).toBe('SIGKILL');
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.stdout).toContain(post);
    expect(s.cloud.changes()).toEqual([30, 0]);
    expect(s.cloud.canaryWeight()).toBe(0);
    expect(s.statuses()[0]).toBe('failure');
    expect(s.cloud.violations()).toEqual([]);
  });

  it('refuses a resource that does not exist, naming the input, with nothing changed', async () => {
    const s = await setup(kind);
    const before = s.statuses();
    const { input, value } = s.cloud.wrongResource;
    const result = await s.run({ [input]: value, steps: '30@1s,100' });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(new RegExp(`^Input '${input}'`));
    expect(result.errors[0]).toContain(value);
    expect(s.cloud.changes()).toEqual([]);
    expect([...s.cloud.standIn.calls.keys()].filter((k) => k.startsWith('write'))).toEqual([]);
    expect(s.statuses()).toEqual(before);
    expect(s.cloud.violations()).toEqual([]);
  });
});
