import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';
import { startService, type SampleService } from '../../../lab/services.js';

// canary-step pausing: on an inconclusive step (on-inconclusive: pause) and when a release
// window closes mid-canary; a later run resumes at the next step. And its refusal to start
// outside a window, with no request and no traffic moved.

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

async function setup() {
  const stable = await startService({ body: '{"version":"v1"}' });
  const canary = await startService({ body: '{"version":"v2"}' });
  services.push(stable, canary);
  const router = new Router({
    stable: `http://127.0.0.1:${stable.port}`,
    canary: `http://127.0.0.1:${canary.port}`,
  });
  await router.start();
  routers.push(router);
  counter += 1;
  const name = `pause${counter}`;
  api.seedDeployments('octo', name, 'production', 1);
  const workspace = tempDir('glidepath-ws-');
  writeTree(workspace, {
    '.github/glidepath.yml':
      "environments:\n  - name: production\n    windows:\n      - days: daily\n        hours: '15:00-15:56'\n",
  });
  return { canary, router, repository: `octo/${name}`, name, workspace };
}

const inWindow = { GLIDEPATH_NOW: '2026-03-29T15:00:00Z' };

/** canary-step on the set-up's router and production record, with these inputs and clock. */
const canaryStep = (
  s: Awaited<ReturnType<typeof setup>>,
  env: Record<string, string>,
  inputs: Record<string, string> = {},
) =>
  runAction('canary-step', {
    apiUrl: api.url,
    repository: s.repository,
    workspace: s.workspace,
    env,
    inputs: {
      'router-url': s.router.adminUrl,
      environment: 'production',
      steps: '10@2s,50@1s,100',
      ...inputs,
    },
  });
const statuses = (name: string) =>
  (api.deployments('octo', name, 'production')[0]?.statuses ?? [])
    .map((x) => `${x.state} ${x.description}`)
    .reverse();

describe.concurrent('canary-step pauses and resumes', () => {
  it('on-inconclusive: pause holds the weight for a person, and a later run resumes at the next step', async () => {
    const s = await setup();
    const paused = await canaryStep(s, inWindow, {
      url: s.canary.url,
      rate: '20',
      'min-samples': '100000',
      'on-inconclusive': 'pause',
    });
    expect(paused.errors).toEqual([]);
    expect(paused.outputs).toMatchObject({ decision: 'paused', 'final-weight': '10' });
    expect(s.router.state.weight).toBe(10);
    expect(statuses(s.name).at(-1)).toBe(
      'in_progress [gp step=1 w=10] paused at 10%: step 1/3 inconclusive, awaiting a person: approve to resume, reject to roll back',
    );
    // The evidence: the step's row with its samples and the gate's reason.
    expect(paused.summary).toMatch(/⏸️ Glidepath canary-step: paused/);
    expect(paused.summary).toMatch(/\| 1 \| 10@2s \| 10% \| inconclusive \| .* \| \d+ samples/);
    expect(paused.post?.stdout).toContain('nothing to restore');

    const resumed = await canaryStep(s, inWindow);
    expect(resumed.errors).toEqual([]);
    expect(resumed.stdout).toContain('Resuming at step 2 of 3');
    expect(resumed.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(statuses(s.name).slice(-3)).toEqual([
      'in_progress canary 50% (step 2/3) [gp step=1 w=50]',
      'in_progress canary 100% (step 3/3) [gp step=2 w=100]',
      'success promoted: 100% on the new version',
    ]);
  });

  it('a window that closes during a step: the step finishes, the canary pauses there', async () => {
    const s = await setup();
    // 15:55 UTC at the start, a clock minute per real second: the window (to 15:56) closes in step 1.
    const result = await canaryStep(s, {
      GLIDEPATH_NOW: '2026-03-29T15:55:00Z',
      GLIDEPATH_CLOCK_RATE: '60',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ decision: 'paused', 'final-weight': '10' });
    expect(s.router.state.weight).toBe(10);
    expect(statuses(s.name).slice(-2)).toEqual([
      'in_progress canary 10% (step 1/3) [gp step=0 w=10]',
      'in_progress [gp step=1 w=10] paused at 10%: window closed; run canary-step again in the next window to resume at step 2/3',
    ]);
    expect(result.summary).toMatch(/the next window opens Mon 2026-03-30 15:00 UTC/);
  });

  it('refuses to start outside the window: no request, no traffic moved', async () => {
    const s = await setup();
    const result = await canaryStep(
      s,
      { GLIDEPATH_NOW: '2026-03-29T18:00:00Z' },
      { steps: '10@1s,100' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Refusing to start on production at Sun 2026-03-29 18:00 UTC: outside its release window \(sun,mon,tue,wed,thu,fri,sat 15:00-15:56 UTC\); the next window opens Mon 2026-03-30 15:00 UTC/,
      ),
    ]);
    expect(api.apiCalls(s.repository)).toEqual([]);
    expect(s.router.state.weight).toBe(0);
  });
});
