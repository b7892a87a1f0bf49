import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Router, stickyBucket } from '../../../tools/router/router.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn } from '../../../lab/fixtures.js';
import { logText, runAction } from '../../../lab/runner.js';
import { startPrometheusStandIn } from '../../../lab/prometheus.js';
import {
  driveUsers,
  type ExperimentService,
  startExperimentService,
  visit,
} from '../../../lab/experiment-service.js';

let api: GitHubStandIn;
const services: ExperimentService[] = [];
const routers: Router[] = [];
let counter = 0;

beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => {
  await Promise.all([
    ...services.map((s) => s.close()),
    ...routers.map((r) => r.stop(0)),
    api.stop(),
  ]);
});
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

async function setup(a: { rate: number }, b: { rate: number; errorRate?: number }) {
  const stable = await startExperimentService({ version: 'v1', conversionRate: a.rate, seed: 11 });
  const canary = await startExperimentService({
    version: 'v2',
    conversionRate: b.rate,
    errorRate: b.errorRate,
    seed: 12,
  });
  services.push(stable, canary);
  const router = new Router({ stable: stable.url, canary: canary.url });
  await router.start();
  routers.push(router);
  counter += 1;
  api.seedDeployments('octo', `exp${counter}`, 'production', 1);
  return { stable, canary, router, owner: 'octo', name: `exp${counter}` };
}

/** Starts the action and waits until it has set the 50% split (or has ended). */
async function startExperiment(
  s: Awaited<ReturnType<typeof setup>>,
  inputs: Record<string, string>,
): Promise<{ action: ReturnType<typeof runAction>; done: () => boolean }> {
  let ended = false;
  const action = runAction('canary-step', {
    apiUrl: api.url,
    repository: `${s.owner}/${s.name}`,
    inputs,
  }).finally(() => (ended = true));
  while (s.router.state.weight !== 50 && !ended) await new Promise((r) => setTimeout(r, 20));
  return { action, done: () => ended };
}

const experimentInputs = (s: Awaited<ReturnType<typeof setup>>) => ({
  'router-url': s.router.adminUrl,
  environment: 'production',
  strategy: 'experiment',
  sticky: 'cookie:uid',
  'metric-a-url': s.stable.countersUrl,
  'metric-b-url': s.canary.countersUrl,
  'look-interval': '300ms',
  'min-users': '100',
});

describe('router sticky split', () => {
  it('spreads 10,000 user ids within ±2 points of the split', () => {
    for (const weight of [50, 20]) {
      let canary = 0;
      for (let i = 0; i < 10_000; i++) if (stickyBucket(`k:user-${i}`) < weight * 100) canary += 1;
      expect(Math.abs(canary / 100 - weight)).toBeLessThanOrEqual(2);
    }
  });
});

describe.concurrent('canary-step strategy experiment with the embedded router', () => {
  it('keeps each user on one version, splits 50/50 within 2 points, picks a better B and promotes it', async () => {
    const s = await setup({ rate: 0.1 }, { rate: 0.25 });
    const { action } = await startExperiment(s, {
      ...experimentInputs(s),
      'minimum-effect': '50%',
      horizon: '60s',
      // No decision before 4,700 users per variant: time for the 10,000 users and the 1,000 visits.
      'min-users': '4700',
      'on-winner': 'promote',
    });
    const [loyal, crowd] = await Promise.all([
      (async () => {
        // One user, 1,000 visits, 8 at a time; a visit during a weight change is not counted.
        const seen = new Set<string>();
        let visits = 0;
        const loop = async () => {
          while (visits < 1000 && s.router.state.weight === 50) {
            const before = s.router.state.changedAt;
            const { upstream } = await visit(s.router.url, 'loyal-user');
            if (s.router.state.changedAt !== before) return;
            seen.add(upstream);
            visits += 1;
          }
        };
        await Promise.all(Array.from({ length: 8 }, loop));
        return { seen, visits };
      })(),
      driveUsers(s.router.url, {
        users: 10_000,
        maxVisits: 1,
        concurrency: 32,
        stop: () => s.router.state.weight !== 50,
        epoch: () => s.router.state.changedAt,
      }),
    ]);
    const result = await action;
    expect(result.errors).toEqual([]);
    expect(loyal.visits).toBeGreaterThanOrEqual(1000);
    expect(loyal.seen.size).toBe(1);
    const mixed = [...crowd.values()].filter((set) => set.size > 1).length;
    expect(mixed).toBe(0);
    const onB = [...crowd.values()].filter((set) => set.has('canary')).length;
    expect(crowd.size).toBeGreaterThanOrEqual(9400);
    expect(Math.abs((100 * onB) / crowd.size - 50)).toBeLessThanOrEqual(2);
    expect(result.outputs).toMatchObject({
      winner: 'b',
      decision: 'promoted',
      'final-weight': '100',
    });
    expect(Number(result.outputs['lift-lower'])).toBeGreaterThan(0);
    expect(Number(result.outputs['samples-b'])).toBeGreaterThanOrEqual(100);
    expect(s.router.state.weight).toBe(100);
    expect(s.router.state.sticky).toBeNull(); // nothing of the experiment left for a later canary
    expect(result.summary).toMatch(/B wins: B converts [\d.]+% better, 95% interval/);
    expect(result.summary).toContain('xychart-beta');
    const statuses = api.deployments(s.owner, s.name, 'production')[0]?.statuses ?? [];
    expect(statuses[0]).toMatchObject({ state: 'success' });
  });

  it('ends an equal B with winner none at the horizon and, with on-winner promote, all traffic back on A', async () => {
    const s = await setup({ rate: 0.2 }, { rate: 0.2 });
    // Users of each version first, straight to each service, so the counters hold data at the
    // first look however slow the machine is (routing is the other tests' subject).
    await Promise.all([
      driveUsers(s.stable.url, { users: 1500, maxVisits: 3, concurrency: 8, prefix: 'a' }),
      driveUsers(s.canary.url, { users: 1500, maxVisits: 3, concurrency: 8, prefix: 'b' }),
    ]);
    const { action } = await startExperiment(s, {
      ...experimentInputs(s),
      horizon: '4s',
      'on-winner': 'promote',
      // Equal versions: a false winner has chance α whatever the timing; keep it small here.
      'experiment-alpha': '0.01',
    });
    const result = await action;
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      winner: 'none',
      decision: 'reverted',
      'final-weight': '0',
      'decided-after': '',
    });
    expect(Number(result.outputs['lift-lower'])).toBeLessThan(0);
    expect(Number(result.outputs['lift-upper'])).toBeGreaterThan(0);
    expect(s.router.state.weight).toBe(0);
    expect(s.router.state.sticky).toBeNull();
    expect(result.summary).toContain('No winner by the horizon');
  });

  it('stops at once when B raises errors (the guardrail), with all traffic back on A', async () => {
    const s = await setup({ rate: 0.2 }, { rate: 0.2, errorRate: 0.3 });
    const { action, done } = await startExperiment(s, {
      ...experimentInputs(s),
      horizon: '60s',
      url: s.canary.healthUrl,
      'baseline-url': s.stable.healthUrl,
      rate: '200',
      'min-samples': '60',
      concurrency: '20',
      // B's errors lower its conversions too: keep the experiment from deciding first.
      'min-users': '100000',
    });
    await driveUsers(s.router.url, { users: 2000, maxVisits: 2, concurrency: 8, stop: done });
    const result = await action;
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      decision: 'aborted',
      'failed-step': 'guardrails',
      'final-weight': '0',
      winner: 'none',
    });
    expect(result.errors[0]).toMatch(/^canary-step experiment stopped: a guardrail failed: /);
    expect(s.router.state.weight).toBe(0);
    // Long before the 60 s horizon (a few seconds on an idle machine).
    expect(result.ms).toBeLessThan(40_000);
    const statuses = api.deployments(s.owner, s.name, 'production')[0]?.statuses ?? [];
    expect(statuses[0]?.description).toMatch(/^experiment stopped by a guardrail/);
  });

  it('reads the counters from Prometheus with prometheus-headers on every query, each look at one instant', async () => {
    const s = await setup({ rate: 0.1 }, { rate: 0.1 });
    // 1,000 users per variant, two visits each; A converts 10% of visits, B 30% (one conversion
    // per converting user): per-user sums as a service would export them.
    const sums = {
      a: { users: 1000, visits: 2000, value: 200, visitsSq: 4000, valueSq: 200, visitsValue: 400 },
      b: { users: 1000, visits: 2000, value: 600, visitsSq: 4000, valueSq: 600, visitsValue: 1200 },
    };
    const secret = 'Bearer prom-experiment-7f3e9a';
    const prometheus = await startPrometheusStandIn(
      (query) => {
        const m = /^sum\(checkout_(\w+)\{variant="([ab])"\}\)$/.exec(query);
        return m ? (sums[m[2] as 'a' | 'b'][m[1] as keyof typeof sums.a] ?? null) : null;
      },
      { require: { authorization: secret } },
    );
    try {
      const { action } = await startExperiment(s, {
        'router-url': s.router.adminUrl,
        environment: 'production',
        strategy: 'experiment',
        sticky: 'cookie:uid',
        'metric-query': 'sum(checkout_$field{variant="$variant"})',
        'prometheus-url': prometheus.url,
        'prometheus-headers': `Authorization: ${secret}`,
        'look-interval': '200ms',
        horizon: '20s',
        'on-winner': 'promote',
      });
      const result = await action;
      expect(result.errors).toEqual([]);
      expect(result.outputs).toMatchObject({
        winner: 'b',
        decision: 'promoted',
        'samples-b': '1000',
      });
      expect(Number(result.outputs.lift)).toBeCloseTo(2, 5);
      expect(s.router.state.weight).toBe(100);
      // Every query carried the header (the stand-in answers 401 without it: no data, no winner),
      // and the twelve queries of a look (six sums × two variants) were evaluated at one time.
      expect(prometheus.requests.length).toBeGreaterThanOrEqual(12);
      expect(prometheus.requests.every((r) => r.headers.authorization === secret)).toBe(true);
      const looks = new Map<string, string[]>();
      for (const r of prometheus.requests)
        looks.set(r.time ?? '', [...(looks.get(r.time ?? '') ?? []), r.query]);
      expect(looks.has('')).toBe(false);
      for (const queries of looks.values()) expect(new Set(queries).size).toBe(12);
      // Masked: the runner hides it from the log (and it is nowhere else in what a person reads).
      expect(result.stdout).toContain(`::add-mask::${secret}`);
      expect(`${logText(result)}${result.summary}`).not.toContain('prom-experiment-7f3e9a');
    } finally {
      await prometheus.close();
    }
  });

  it.each(['SIGINT'] as const)(
    'puts all traffic back on A when the job is cancelled (%s) mid-experiment',
    async (signal) => {
      const s = await setup({ rate: 0.1 }, { rate: 0.1 });
      const result = await runAction('canary-step', {
        apiUrl: api.url,
        repository: `${s.owner}/${s.name}`,
        signalAfter: { ms: 6000, signal },
        inputs: { ...experimentInputs(s), horizon: '60s' },
      });
      expect(s.router.state.weight).toBe(0);
      const statuses = api.deployments(s.owner, s.name, 'production')[0]?.statuses ?? [];
      expect(statuses.map((x) => x.description)).toContain('experiment: 50% of users on B');
      expect(statuses[0]?.state).toBe('failure');
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain('all traffic is back on A');
      expect(result.post?.stdout).toContain('nothing to restore');
    },
  );

  it.each([
    [{ split: '0' }, /^Input 'split' is 0: use a whole number from 1 to 99$/],
    [{ 'metric-b-url': '' }, /^Input 'metric-b-url' is missing while metric-a-url is given/],
    [{ 'experiment-alpha': '0.5' }, /^Input 'experiment-alpha' is 0.5/],
    [{ 'minimum-effect': '0%' }, /^Input 'minimum-effect' is '0%'/],
    [{ sticky: 'session' }, /^Input 'sticky' is 'session'/],
    [{ 'metric-query': 'sum(x)' }, /^Input 'metric-a-url' is given with metric-query/],
    [
      {
        provider: 'aws-lambda',
        'lambda-function': 'checkout',
        'lambda-alias': 'live',
        'stable-server': '7',
        'canary-server': '8',
      },
      /^Input 'provider' is aws-lambda, which cannot keep a user on one version/,
    ],
  ])(
    'refuses %o: one error naming the input, no traffic moved, nothing written',
    async (bad, message) => {
      const s = await setup({ rate: 0.1 }, { rate: 0.1 });
      const before = api.deployments(s.owner, s.name, 'production')[0]?.statuses.length;
      const result = await runAction('canary-step', {
        apiUrl: api.url,
        repository: `${s.owner}/${s.name}`,
        inputs: { ...experimentInputs(s), ...bad },
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(message);
      expect(s.router.state.weight).toBe(0);
      expect(s.router.state.sticky).toBeNull();
      expect(api.deployments(s.owner, s.name, 'production')[0]?.statuses.length).toBe(before);
    },
  );
});
