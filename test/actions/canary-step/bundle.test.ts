import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';
import { startService, type SampleService } from '../../../lab/services.js';

let api: GitHubStandIn;
const services: SampleService[] = [];
const routers: Router[] = [];
let counter = 0;

beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => {
  await Promise.all([
    ...services.map((s) => s.close()),
    ...routers.map((r) => r.stop()),
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
  const router = new Router({
    stable: `http://127.0.0.1:${stable.port}`,
    canary: `http://127.0.0.1:${canary.port}`,
  });
  await router.start();
  routers.push(router);
  counter += 1;
  const repository = `octo/canary${counter}`;
  api.seedDeployments('octo', `canary${counter}`, 'production', 1);
  return { stable, canary, router, repository, owner: 'octo', name: `canary${counter}` };
}

const gate = (s: { stable: SampleService; canary: SampleService }) => ({
  url: s.canary.url,
  'baseline-url': s.stable.url,
  rate: '200',
  'min-samples': '60',
  concurrency: '20',
});

describe('canary-step with the embedded router', () => {
  it('walks every step and promotes a good version, recording each step', async () => {
    const s = await setup();
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        steps: '10@5s,50@5s,100',
        ...gate(s),
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      decision: 'promoted',
      'final-weight': '100',
      'failed-step': '',
    });
    expect(s.router.state.weight).toBe(100);
    const statuses = api
      .deployments(s.owner, s.name, 'production')[0]
      ?.statuses.map((x) => `${x.state} ${x.description}`)
      .reverse();
    expect(statuses?.slice(-4)).toEqual([
      'in_progress canary 10% (step 1/3) [gp step=0 w=10]',
      'in_progress canary 50% (step 2/3) [gp step=1 w=50]',
      'in_progress canary 100% (step 3/3) [gp step=2 w=100]',
      'success promoted: 100% on the new version',
    ]);
    expect(result.summary).toContain('| 1 | 10@5s | 10% | pass |');
    expect(result.summary).toContain('xychart-beta');
    expect(result.post?.stdout).toContain('nothing to restore');
  });

  it('aborts a bad version at the first step, with traffic back on stable at once', async () => {
    const s = await setup({ errorRate: 0.3 });
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        steps: '10@20s,50@20s,100',
        ...gate(s),
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({
      decision: 'aborted',
      'final-weight': '0',
      'failed-step': '10@20s',
    });
    expect(result.errors[0]).toMatch(/^canary-step aborted at 10@20s: http: /);
    expect(s.router.state.weight).toBe(0);
    expect(result.ms).toBeLessThan(15_000);
    expect(api.deployments(s.owner, s.name, 'production')[0]?.statuses[0]?.description).toMatch(
      /^aborted at 10%: /,
    );
  });

  it('restores stable on SIGINT in the middle of a step, and marks the deployment failure', async () => {
    const s = await setup();
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      signalAfter: { ms: 2500, signal: 'SIGINT' },
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        steps: '25@60s,100',
        ...gate(s),
        'min-samples': '1000000',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.ms).toBeLessThan(8000);
    expect(s.router.state.weight).toBe(0);
    expect(result.errors[0]).toContain('cancelled: all traffic is back on stable');
    expect(api.deployments(s.owner, s.name, 'production')[0]?.statuses[0]).toMatchObject({
      state: 'failure',
    });
    expect(result.post?.stdout).toContain('nothing to restore');
  });

  it('lets the post step restore stable when main is killed outright', async () => {
    const s = await setup();
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      // Killed once the canary has traffic, however long the start took on a busy machine.
      signalAfter: { ms: 500, signal: 'SIGKILL', when: () => s.router.state.weight === 25 },
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        steps: '25@60s,100',
        ...gate(s),
        'min-samples': '1000000',
      },
    });
    expect(result.signal).toBe('SIGKILL');
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.warnings).toEqual([
      'canary-step post: main did not finish; restoring all traffic to stable',
    ]);
    expect(s.router.state.weight).toBe(0);
    expect(api.deployments(s.owner, s.name, 'production')[0]?.statuses[0]?.description).toMatch(
      /restored to stable by the post step/,
    );
  });

  it('holds a single step, then a later job resumes to 100', async () => {
    const s = await setup();
    const first = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        weight: '25',
        duration: '10s',
        ...gate(s),
      },
    });
    expect(first.errors).toEqual([]);
    expect(first.outputs).toMatchObject({ decision: 'paused', 'final-weight': '25' });
    expect(s.router.state.weight).toBe(25);
    expect(first.post?.stdout).toContain('nothing to restore');
    const second = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        weight: '100',
        duration: '5s',
        ...gate(s),
      },
    });
    expect(second.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
  });

  it('records on the named service where two share the environment, and refuses to guess', async () => {
    const s = await setup(); // production holds a deployment of web
    api.seedDeployments(s.owner, s.name, 'production', 1, 'api'); // and a newer one of api
    const statuses = () =>
      api.deployments(s.owner, s.name, 'production').map((d) => d.statuses.length);
    const before = statuses();
    const run = (extra: Record<string, string>) =>
      runAction('canary-step', {
        apiUrl: api.url,
        repository: s.repository,
        inputs: {
          'router-url': s.router.adminUrl,
          environment: 'production',
          weight: '100',
          duration: '1s',
          ...extra,
        },
      });
    const unnamed = await run({});
    expect(unnamed.exitCode).toBe(1);
    expect(unnamed.errors).toEqual([
      "Input 'artifact-name' is not set, and the recent deployments of production are of 2 artifacts (api, web): set it to the one to act on (its build-artifact name)",
    ]);
    expect(s.router.state.weight).toBe(0);
    expect(statuses()).toEqual(before);
    const named = await run({ 'artifact-name': 'web' });
    expect(named.errors).toEqual([]);
    expect(named.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    const [apiDeployment, webDeployment] = api.deployments(s.owner, s.name, 'production');
    expect(apiDeployment?.payload).toMatchObject({ name: 'api' });
    expect(apiDeployment?.statuses.length).toBe(before[0]);
    expect(webDeployment?.statuses.length).toBeGreaterThan(before[1] ?? 0);
  });

  it('resumes a multi-step rollout at the step where an earlier attempt stopped', async () => {
    const s = await setup();
    const first = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      // Killed once step 2 is recorded, however long the start took on a busy machine.
      signalAfter: {
        ms: 500,
        signal: 'SIGKILL',
        when: () =>
          (
            api.deployments(s.owner, s.name, 'production')[0]?.statuses[0]?.description ?? ''
          ).includes('[gp step=1 '),
      },
      skipPost: true,
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        steps: '10@1s,50@4s,100',
        ...gate(s),
        'min-samples': '1000000',
      },
    });
    expect(first.signal).toBe('SIGKILL');
    const rerun = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      inputs: {
        'router-url': s.router.adminUrl,
        environment: 'production',
        steps: '10@1s,50@4s,100',
        ...gate(s),
      },
    });
    expect(rerun.errors).toEqual([]);
    expect(rerun.stdout).toContain('Resuming at step 2 of 3');
    expect(rerun.summary).not.toContain('10@1s');
    expect(rerun.outputs.decision).toBe('promoted');
  });

  it('switches blue-green only after the new version passes with no user traffic', async () => {
    const good = await setup();
    const ok = await runAction('canary-step', {
      inputs: {
        'router-url': good.router.adminUrl,
        strategy: 'blue-green',
        duration: '5s',
        ...gate(good),
      },
    });
    expect(ok.outputs.decision).toBe('promoted');
    expect(good.router.state.weight).toBe(100);
    const bad = await setup({ errorRate: 0.5 });
    const refused = await runAction('canary-step', {
      inputs: {
        'router-url': bad.router.adminUrl,
        strategy: 'blue-green',
        duration: '5s',
        ...gate(bad),
      },
    });
    expect(refused.outputs).toMatchObject({
      decision: 'aborted',
      'failed-step': 'pre-switch (0%)',
    });
    expect(bad.router.state.weight).toBe(0);
    expect(bad.router.state.served.canary).toBe(0);
  });

  it('routes requests with the match header to the canary', async () => {
    const s = await setup();
    const result = await runAction('canary-step', {
      inputs: {
        'router-url': s.router.adminUrl,
        weight: '0',
        duration: '1s',
        'match-header': 'x-canary=1',
      },
    });
    expect(result.errors).toEqual([]);
    const tagged = await fetch(`${s.router.url}/healthz`, { headers: { 'x-canary': '1' } });
    const plain = await fetch(`${s.router.url}/healthz`);
    expect(tagged.headers.get('x-glidepath-upstream')).toBe('canary');
    expect(plain.headers.get('x-glidepath-upstream')).toBe('stable');
  });

  it('splits traffic within ±3 points of the weight over 2,000 requests', async () => {
    const s = await setup();
    await runAction('canary-step', {
      inputs: { 'router-url': s.router.adminUrl, weight: '25', duration: '1s' },
    });
    const before = { ...s.router.state.served };
    for (let i = 0; i < 2000; i += 50) {
      await Promise.all(
        Array.from({ length: 50 }, () => fetch(`${s.router.url}/x`).then((r) => r.arrayBuffer())),
      );
    }
    const canary = s.router.state.served.canary - before.canary;
    const stable = s.router.state.served.stable - before.stable;
    expect(canary + stable).toBe(2000);
    expect(Math.abs(canary / 2000 - 0.25)).toBeLessThanOrEqual(0.03);
  });
});

describe('canary-step, bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'steps not increasing',
      { steps: '50@1m,25@1m,100' },
      /^Input 'steps' has 25 after 50: make weights strictly increasing$/,
    ],
    [
      'bake time with a space',
      { steps: '5@5 min,100' },
      /^Input 'steps' has the bake time '5 min'/,
    ],
    ['steps not ending at 100', { steps: '5@1m,50@1m' }, /^Input 'steps' ends at 50/],
    ['weight over 100', { weight: '150' }, /^Input 'weight' is '150'/],
    ['weight zero in steps', { steps: '0@1m,100' }, /^Input 'steps' has weight 0/],
    [
      'haproxy without socket',
      { provider: 'haproxy' },
      /^Input 'haproxy-socket' is required with provider haproxy/,
    ],
    [
      'unknown provider',
      { provider: 'istio' },
      /^Input 'provider' is 'istio': use one of embedded, haproxy, nginx, command, flagd, gateway-api, aws-alb, aws-lambda, cloud-run$/,
    ],
    [
      'bad match header',
      { 'match-header': 'x-canary' },
      /^Input 'match-header' is 'x-canary': write name=value/,
    ],
    [
      'rolling without a version',
      { strategy: 'rolling' },
      /^Input 'version' is required with strategy rolling/,
    ],
    [
      'bad probe URL',
      { url: 'canary.local/healthz' },
      /^Input 'url' is 'canary\.local\/healthz', not an http\(s\) URL/,
    ],
  ];
  it.each(cases)('refuses %s without moving traffic', async (_label, inputs, message) => {
    const s = await setup();
    s.router.setWeight(7);
    const writes = api.writes().length;
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      inputs: { 'router-url': s.router.adminUrl, environment: 'production', ...inputs },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(s.router.state.weight).toBe(7);
    expect(api.writes().length).toBe(writes);
  });
});
