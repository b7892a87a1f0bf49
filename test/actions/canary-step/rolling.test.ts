import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn } from '../../../lab/fixtures.js';
import { startLoad } from '../../../lab/load.js';
import { runAction } from '../../../lab/runner.js';
import { startPool, type SamplePool } from '../../../lab/services.js';
import type { VendorStandIn } from '../../../tools/vendors/http.js';
import { startWebMetrics } from '../../../tools/vendors/web/server.js';

let api: GitHubStandIn;
let metrics: VendorStandIn;
const cleanup: (() => Promise<void>)[] = [];
let counter = 0;

beforeAll(async () => {
  api = await startStandIn();
  metrics = await startWebMetrics({
    token: 'right0token',
    model: { rps: 100, canaryShare: 0.5, baselineErrorRate: 0, canaryErrorRate: 0, seed: 1 },
  });
});
afterAll(async () => {
  await Promise.all([...cleanup.map((c) => c()), api.stop(), metrics.close()]);
});
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

/**
 * Four sample servers behind the embedded router's pool. With `history`, the stand-in holds two
 * good deployments of production, 0.0.0 then 0.0.1 (the one the roll records on), and the pool
 * runs 0.0.0.
 */
async function setup(options: { history?: boolean; size?: number } = {}) {
  const pool = await startPool(options.size ?? 4, { version: options.history ? '0.0.0' : '1.0.0' });
  const router = new Router({
    pool: pool.members.map((m) => ({ name: m.name, url: `http://${m.address}` })),
  });
  await router.start();
  cleanup.push(
    () => router.stop(),
    () => pool.close(),
  );
  counter += 1;
  const name = `rolling${counter}`;
  if (options.history) api.seedDeployments('octo', name, 'production', 2);
  // The most servers drained at the same moment, sampled every 5 ms.
  let maxDrained = 0;
  const watch = setInterval(
    () =>
      (maxDrained = Math.max(
        maxDrained,
        router.state.pool.filter((t) => t.state !== 'ready').length,
      )),
    5,
  );
  cleanup.push(async () => clearInterval(watch));
  return {
    pool,
    router,
    owner: 'octo',
    name,
    repository: `octo/${name}`,
    maxDrained: () => maxDrained,
    states: () => router.state.pool.map((t) => t.state),
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;

/** Rolling inputs: each server probed directly at its address, and must answer with its own name. */
const rolling = (s: Setup, version: string, extra: Record<string, string> = {}) => ({
  strategy: 'rolling',
  'router-url': s.router.adminUrl,
  version,
  'deploy-command': s.pool.deployCommand,
  url: 'http://{address}/healthz',
  'expect-body': 'json:server={name}',
  rate: '200',
  'min-samples': '20',
  'max-error-rate': '0.2',
  concurrency: '10',
  duration: '5s',
  'drain-timeout': '2s',
  ...extra,
});

const env = (pool: SamplePool) => ({ POOL_CONTROL: pool.controlUrl });

/** A roll whose first server's gate would run a minute, given `signal` after 3 s. */
const signalMidRoll = (s: Setup, signal: NodeJS.Signals) =>
  runAction('canary-step', {
    apiUrl: api.url,
    repository: s.repository,
    env: env(s.pool),
    signalAfter: { ms: 3000, signal },
    inputs: {
      ...rolling(s, '0.0.1', { 'min-samples': '1000000', duration: '60s' }),
      environment: 'production',
    },
  });
const versions = (pool: SamplePool) => pool.members.map((m) => m.version);
const deployed = (pool: SamplePool) =>
  Object.fromEntries(pool.members.map((m) => [m.name, m.deploys.map((d) => d.version)]));

describe('canary-step strategy rolling with the embedded router', () => {
  it('rolls 4 servers one at a time under steady load with zero failed client requests', async () => {
    const s = await setup({ history: true });
    // Quick requests, and slow ones (300 ms) still in flight when a drain starts: the drain waits for them.
    const load = startLoad(`${s.router.url}/`, { connections: 4, pauseMs: 5 });
    const slow = startLoad(`${s.router.url}/?delay=300`, { connections: 4, pauseMs: 5 });
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      env: env(s.pool),
      inputs: { ...rolling(s, '0.0.1'), environment: 'production' },
    });
    const traffic = await load.stop();
    const slowTraffic = await slow.stop();
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      decision: 'promoted',
      'final-weight': '100',
      'failed-step': '',
    });
    expect(versions(s.pool)).toEqual(['0.0.1', '0.0.1', '0.0.1', '0.0.1']);
    // GLIDEPATH_SERVER is the name at the router, GLIDEPATH_SERVER_ADDRESS its host:port; the
    // version it replaces came from the environment's history.
    for (const m of s.pool.members)
      expect(m.deploys).toEqual([
        {
          version: '0.0.1',
          server: m.name,
          address: m.address,
          previous: '0.0.0',
          at: expect.any(Number),
        },
      ]);
    const order = s.pool.members.map((m) => m.deploys[0]?.at ?? 0);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(s.maxDrained()).toBe(1);
    expect(s.states()).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(traffic.failed).toBe(0);
    expect(slowTraffic.failed).toBe(0);
    expect(traffic.requests).toBeGreaterThan(200);
    expect(slowTraffic.requests).toBeGreaterThan(40);
    for (const m of s.pool.members) expect(traffic.byServer[m.name]).toBeGreaterThan(0);
    // Each drain waited for the slow requests in flight (some tenths of a second), never the whole drain-timeout.
    const drains = [...result.summary.matchAll(/\| 0\.0\.1 \| (\d+\.\d)s \|/g)].map((m) =>
      Number(m[1]),
    );
    expect(drains).toHaveLength(4);
    expect(Math.max(...drains)).toBeGreaterThan(0);
    expect(Math.max(...drains)).toBeLessThan(2);
    const statuses = api
      .deployments(s.owner, s.name, 'production')[0]
      ?.statuses.map((x) => `${x.state} ${x.description}`)
      .reverse();
    expect(statuses?.slice(-5)).toEqual([
      'in_progress rolling 0.0.1: batch 1/4 (app1), 0/4 servers done',
      'in_progress rolling 0.0.1: batch 2/4 (app2), 1/4 servers done',
      'in_progress rolling 0.0.1: batch 3/4 (app3), 2/4 servers done',
      'in_progress rolling 0.0.1: batch 4/4 (app4), 3/4 servers done',
      'success rolled out 0.0.1 to 4/4 servers',
    ]);
    expect(result.summary).toContain('| batch 2 | app2 | 127.0.0.1:');
    expect(result.summary).toMatch(
      /\| 0\.0\.1 \| \d+\.\ds \| ok \| pass: \d+ samples, 0\.00% errors \| updated \|/,
    );
    expect(result.summary).toContain('bar [0, 1, 2, 3, 4]');
    expect(result.summary).toContain('line [4, 3, 2, 1, 0]');
    expect(result.post?.stdout).toContain('nothing to restore');
  });

  it('takes batches of 50% with max-unavailable 2: two servers out at a time, never more', async () => {
    const s = await setup();
    const load = startLoad(`${s.router.url}/`, { connections: 2, pauseMs: 5 });
    const result = await runAction('canary-step', {
      env: env(s.pool),
      inputs: rolling(s, '2.0.0', { 'batch-size': '50%', 'max-unavailable': '2' }),
    });
    const traffic = await load.stop();
    expect(result.errors).toEqual([]);
    expect(versions(s.pool)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
    expect(s.maxDrained()).toBe(2);
    expect(traffic.failed).toBe(0);
    expect(result.summary).toContain('bar [0, 2, 4]');
    // The two servers of a batch are deployed together.
    const [a1, a2, a3] = s.pool.members.map((m) => m.deploys[0]?.at ?? 0);
    expect(Math.abs((a1 ?? 0) - (a2 ?? 0))).toBeLessThan(1000);
    expect(a3).toBeGreaterThan(a2 ?? 0);
  });

  it('stops at a bad version on server 2 and puts all 4 back on the previous version, with no client ever served by it', async () => {
    const s = await setup({ history: true });
    s.pool.failOn('app2', '0.0.1');
    const load = startLoad(`${s.router.url}/`, { connections: 4, pauseMs: 5 });
    const result = await runAction('canary-step', {
      apiUrl: api.url,
      repository: s.repository,
      env: env(s.pool),
      inputs: { ...rolling(s, '0.0.1'), environment: 'production' },
    });
    const traffic = await load.stop();
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /^canary-step rolling stopped: app2 failed: health fail: http: .*; app2, app1 back on 0\.0\.0$/,
    );
    expect(result.outputs).toMatchObject({
      decision: 'aborted',
      'failed-step': 'app2',
      'final-weight': '0',
    });
    expect(versions(s.pool)).toEqual(['0.0.0', '0.0.0', '0.0.0', '0.0.0']);
    expect(deployed(s.pool)).toEqual({
      app1: ['0.0.1', '0.0.0'],
      app2: ['0.0.1', '0.0.0'],
      app3: [],
      app4: [],
    });
    expect(s.pool.members[1]?.deploys[1]).toMatchObject({ version: '0.0.0', previous: '0.0.1' });
    expect(s.maxDrained()).toBe(1);
    expect(s.states()).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(traffic.failed).toBe(0);
    const status = api.deployments(s.owner, s.name, 'production')[0]?.statuses[0];
    expect(status).toMatchObject({
      state: 'failure',
      description: 'rolling stopped at app2: app2, app1 back on 0.0.0',
    });
    expect(result.summary).toContain('| revert 1 | app2 |');
    expect(result.summary).toContain('| revert 2 | app1 |');
    expect(result.summary).toContain('bar [0, 1, 0]');
  });

  it('reverts with previous-version when deploy-command fails on a server, newest batch first', async () => {
    const s = await setup();
    const command = `if [ "$GLIDEPATH_SERVER" = app3 ] && [ "$GLIDEPATH_VERSION" = 2.0.0 ]; then exit 7; fi\n${s.pool.deployCommand}`;
    const result = await runAction('canary-step', {
      env: env(s.pool),
      inputs: rolling(s, '2.0.0', { 'deploy-command': command, 'previous-version': '1.0.0' }),
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^canary-step rolling stopped: app3 failed: The command in input 'deploy-command' \(server app3\) failed with exit code 7; app3, app2, app1 back on 1\.0\.0$/,
    );
    expect(deployed(s.pool)).toEqual({
      app1: ['2.0.0', '1.0.0'],
      app2: ['2.0.0', '1.0.0'],
      app3: ['1.0.0'],
      app4: [],
    });
    expect(
      (s.pool.members[1]?.deploys[1]?.at ?? 0) < (s.pool.members[0]?.deploys[1]?.at ?? 0),
    ).toBe(true);
    expect(versions(s.pool)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
    expect(s.states()).toEqual(['ready', 'ready', 'ready', 'ready']);
  });

  it('without a known previous version, says it could not revert and leaves no server drained', async () => {
    const s = await setup();
    s.pool.failOn('app2', '2.0.0');
    const result = await runAction('canary-step', {
      env: env(s.pool),
      inputs: rolling(s, '2.0.0'),
    });
    expect(result.exitCode).toBe(1);
    expect(result.warnings).toContain(
      'No previous version is known (no previous-version input and no environment): a failed batch cannot be reverted',
    );
    expect(result.errors).toContain(
      'Could not revert app1, app2: no previous version is known (set previous-version, or record deployments with promote-environment)',
    );
    expect(result.errors.at(-1)).toMatch(
      /^canary-step rolling stopped: app2 failed: .*; no previous version known, so app1, app2 could not be reverted \(all servers are ready\)$/,
    );
    expect(result.outputs).toMatchObject({
      decision: 'aborted',
      'failed-step': 'app2',
      'final-weight': '50',
    });
    expect(versions(s.pool)).toEqual(['2.0.0', '2.0.0', '1.0.0', '1.0.0']);
    expect(s.states()).toEqual(['ready', 'ready', 'ready', 'ready']);
  });

  it('on SIGTERM mid-roll puts the drained server back at once and marks the deployment failure', async () => {
    const s = await setup({ history: true });
    const result = await signalMidRoll(s, 'SIGTERM');
    expect(result.exitCode).toBe(1);
    expect(result.ms).toBeLessThan(9000);
    expect(result.errors.at(-1)).toMatch(/^canary-step was cancelled: no server is left drained/);
    expect(s.maxDrained()).toBe(1);
    expect(s.states()).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(api.deployments(s.owner, s.name, 'production')[0]?.statuses[0]).toMatchObject({
      state: 'failure',
      description: 'rolling 0.0.1 cancelled: app1 back to ready',
    });
    expect(result.post?.stdout).toContain('nothing to restore');
  });

  it('lets the post step put drained servers back when main is killed outright', async () => {
    const s = await setup({ history: true });
    const result = await signalMidRoll(s, 'SIGKILL');
    expect(result.signal).toBe('SIGKILL');
    expect(s.maxDrained()).toBe(1);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.warnings).toEqual([
      'canary-step post: main did not finish the rolling deploy; putting app1 back to ready',
    ]);
    expect(s.states()).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(api.deployments(s.owner, s.name, 'production')[0]?.statuses[0]).toMatchObject({
      state: 'failure',
      description: 'aborted: the job stopped mid-roll; app1 put back to ready by the post step',
    });
  });
});

// Each case has its own repository, pool and router, and none writes: they run side by side.
describe.concurrent('canary-step strategy rolling, bad input', () => {
  const cases: [string, Record<string, string | undefined>, RegExp, ((s: Setup) => void)?][] = [
    [
      'batch-size 0',
      { 'batch-size': '0' },
      /^Input 'batch-size' is 0: use a number of servers \(1, 2, …\) or a share of the pool from 1% to 100%/,
    ],
    [
      'batch-size 150%',
      { 'batch-size': '150%' },
      /^Input 'batch-size' is 150%: use a number of servers/,
    ],
    [
      'batch-size abc',
      { 'batch-size': 'abc' },
      /^Input 'batch-size' is 'abc': use a number of servers/,
    ],
    [
      'max-unavailable 0',
      { 'max-unavailable': '0' },
      /^Input 'max-unavailable' is 0: use a number of servers/,
    ],
    [
      'batch-size above max-unavailable',
      { 'batch-size': '3', 'max-unavailable': '2' },
      /^Input 'batch-size' is 3 servers, more than max-unavailable \(2\): make batch-size at most max-unavailable/,
    ],
    [
      'a share above max-unavailable',
      { 'batch-size': '75%' },
      /^Input 'batch-size' is 3 servers \(of a pool of 4\), more than max-unavailable \(1\)/,
    ],
    [
      'a batch of the whole pool',
      { 'batch-size': '100%', 'max-unavailable': '100%' },
      /^Input 'batch-size' is 4, the whole pool of 4: use at most 3/,
    ],
    [
      'no deploy-command',
      { 'deploy-command': undefined },
      /^Input 'deploy-command' is required with strategy rolling: give a shell command/,
    ],
    ['no version', { version: undefined }, /^Input 'version' is required with strategy rolling/],
    [
      'a version with a space',
      { version: '2.0 final' },
      /^Input 'version' is '2\.0 final', not a version/,
    ],
    [
      'provider command',
      { provider: 'command', command: 'true' },
      /^Input 'provider' is command, which has no pool of servers to roll: use embedded, haproxy or nginx/,
    ],
    ['weight', { weight: '50' }, /^Input 'weight' is not used by strategy rolling/],
    [
      'drain-timeout without a unit',
      { 'drain-timeout': '30' },
      /^Input 'drain-timeout' is '30', not a duration/,
    ],
    [
      'a url that is no URL once filled in',
      { url: 'ftp://{address}/healthz' },
      /^Input 'url' is 'ftp:\/\/127\.0\.0\.1:1\/healthz', not an http\(s\) URL/,
    ],
    [
      'a server already drained',
      {},
      /^app3 is in drain at embedded router pool at .*: put it back to ready/,
      (s) => void s.router.setTargetState('app3', 'drain'),
    ],
    [
      'a metric check whose key the vendor refuses (asked once per server before the first drain)',
      {
        checks: JSON.stringify([
          {
            name: 'errors',
            kind: 'web',
            url: '{metrics}/api/counts?server={name}&from={from}&to={to}',
            headers: { Authorization: 'Bearer wrong0token' },
            'error-query': '$.canary.errors',
            'total-query': '$.canary.requests',
          },
        ]),
      },
      /^errors: http:\/\/127\.0\.0\.1:\d+\/api\/counts answered 401: .*: check checks\[0\]\.headers$/,
    ],
    [
      'a version other than the recorded one',
      { version: '9.9.9' },
      /^Input 'version' is 9\.9\.9, but deployment \d+ of production records 0\.0\.1/,
    ],
  ];
  it.each(cases)(
    'refuses %s without draining a server or writing to GitHub',
    async (_label, overrides, message, prepare) => {
      const s = await setup({ history: true });
      prepare?.(s);
      const before = s.states();
      const writes = api.writes().length;
      const inputs: Record<string, string> = { ...rolling(s, '0.0.1'), environment: 'production' };
      for (const [key, value] of Object.entries(overrides)) {
        if (value === undefined) delete inputs[key];
        else inputs[key] = value.replace('{metrics}', metrics.url);
      }
      const result = await runAction('canary-step', {
        apiUrl: api.url,
        repository: s.repository,
        env: env(s.pool),
        inputs,
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(message);
      expect(s.states()).toEqual(before);
      expect(s.maxDrained()).toBe(before.filter((x) => x !== 'ready').length);
      expect(deployed(s.pool)).toEqual({ app1: [], app2: [], app3: [], app4: [] });
      expect(api.writes().length).toBe(writes);
    },
  );

  it('refuses version and deploy-command with the canary strategy', async () => {
    const s = await setup();
    const result = await runAction('canary-step', {
      inputs: { 'router-url': s.router.adminUrl, version: '2.0.0', weight: '10' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      "Input 'version' is only used by strategy rolling, not canary: remove it, or set strategy: rolling",
    ]);
  });
});
