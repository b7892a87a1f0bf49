import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../tools/router/router.js';
import type { GitHubStandIn } from '../../tools/stand-in/server.js';
import { deployed, Lab, payloadOf, publish, records } from '../../lab/artifacts.js';
import { tempDir } from '../../lab/fixtures.js';
import { runAction, type RunResult } from '../../lab/runner.js';

/**
 * The runner cancels with SIGINT (then SIGTERM), a lost runner or an OOM kill is SIGKILL. Each
 * signal arrives at seeded random moments during promote-environment, canary-step and rollback,
 * then the post step runs as the runner would run it (post-if: always()). After each: traffic is
 * all on stable, no deployment claims work still in progress, no deploy command keeps running,
 * and a re-run of the same job (the next run attempt) completes the work.
 */

const PACING = { GLIDEPATH_API_TIMEOUT: '5s', GLIDEPATH_API_BACKOFF: '20ms' };
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGKILL'] as const;
/** Points per action and signal; seeds are fixed so a failure names the moment that broke it. */
const POINTS = 2;
const SEED = 20_261_122;

let lab: Lab;
let api: GitHubStandIn;
let builds: Lab['builds'];

beforeAll(async () => {
  lab = await Lab.start();
  ({ api, builds } = lab);
});
afterAll(async () => {
  await lab.stop();
  expect(api.violations).toEqual([]);
});

interface Job {
  repository: string;
  router?: Router;
  /** Written by the deploy command when it finishes. */
  marker?: string;
  run(attempt: number, signal?: { ms: number; signal: NodeJS.Signals }): Promise<RunResult>;
}

interface Drill {
  action: string;
  /** Roughly how long a clean run takes: the signal lands somewhere in it. */
  spanMs: number;
  setup(): Promise<Job>;
  /** After the interrupted run and its post step. */
  afterCrash(job: Job, result: RunResult): void;
  /** After the re-run. */
  afterRerun(job: Job, result: RunResult): void;
}

/** A deploy command that takes a while and leaves a mark when it finishes. */
const SLOW_DEPLOY = 'sleep 1; echo "$GLIDEPATH_VERSION" >> "$DEPLOY_MARKER"';

function job(
  repository: string,
  action: string,
  inputs: Record<string, string>,
  extra: { router?: Router; runId: number; marker?: string },
): Job {
  return {
    repository,
    router: extra.router,
    marker: extra.marker,
    run: (attempt, signal) =>
      runAction(action, {
        apiUrl: api.url,
        repository,
        runId: extra.runId,
        runAttempt: attempt,
        signalAfter: signal,
        env: { ...PACING, ...(extra.marker ? { DEPLOY_MARKER: extra.marker } : {}) },
        inputs,
        timeoutMs: 60_000,
      }),
  };
}

/** No record claims work in progress, and none lacks a status. */
function closed(repository: string, environment: string): void {
  for (const d of records(api, repository, environment)) {
    expect(d.latest, `deployment ${d.id} (${d.version}): ${d.states.join(' → ')}`).not.toBeNull();
    expect(d.latest).not.toMatch(/^(in_progress|queued|pending)$/);
  }
}

function marks(marker: string | undefined): string {
  return marker && existsSync(marker) ? readFileSync(marker, 'utf8') : '';
}

const promoteDrill: Drill = {
  action: 'promote-environment',
  spanMs: 2500,
  async setup() {
    const repository = lab.repository('kp');
    deployed(api, repository, 'dev', builds.v1, publish(api, repository, builds.v1));
    return job(
      repository,
      'promote-environment',
      { pipeline: 'dev,staging', environment: 'staging', 'deploy-command': SLOW_DEPLOY },
      { runId: 300, marker: path.join(tempDir(), 'deployed') },
    );
  },
  afterCrash(j) {
    closed(j.repository, 'staging');
    const [d] = records(api, j.repository, 'staging');
    // success is claimed only for a deploy that finished.
    if (d?.latest === 'success') expect(marks(j.marker)).toBe('1.0.0\n');
  },
  afterRerun(j, result) {
    expect(result.errors).toEqual([]);
    closed(j.repository, 'staging');
    expect(records(api, j.repository, 'staging')[0]).toMatchObject({
      version: '1.0.0',
      latest: 'success',
    });
    expect(marks(j.marker)).toContain('1.0.0');
  },
};

const canaryDrill: Drill = {
  action: 'canary-step',
  spanMs: 3000,
  async setup() {
    const repository = lab.repository('kc');
    deployed(api, repository, 'production', builds.v2, publish(api, repository, builds.v2), 2);
    const r = await lab.router(0);
    return job(
      repository,
      'canary-step',
      { environment: 'production', 'router-url': r.adminUrl, steps: '20@1s,60@1s,100' },
      { router: r, runId: 400 },
    );
  },
  afterCrash(j, result) {
    closed(j.repository, 'production');
    const [d] = records(api, j.repository, 'production');
    if (result.exitCode === 0 && result.signal === null && result.outputs.decision === 'promoted') {
      expect(j.router?.state.weight).toBe(100);
      expect(d?.latest).toBe('success');
    } else {
      expect(j.router?.state.weight, 'all traffic back on stable').toBe(0);
      // Once the canary recorded a step, the record says it failed; before that it is untouched.
      if ((d?.states.length ?? 0) > 2) expect(d?.latest).toBe('failure');
    }
  },
  afterRerun(j, result) {
    expect(result.errors).toEqual([]);
    expect(result.outputs.decision).toBe('promoted');
    expect(j.router?.state.weight).toBe(100);
    expect(records(api, j.repository, 'production')[0]?.latest).toBe('success');
  },
};

const rollbackDrill: Drill = {
  action: 'rollback',
  spanMs: 2500,
  async setup() {
    const repository = lab.repository('kr');
    const [owner, name] = repository.split('/') as [string, string];
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: payloadOf(builds.v1, publish(api, repository, builds.v1)),
      states: ['in_progress', 'success', 'inactive'],
    });
    deployed(api, repository, 'production', builds.v2, publish(api, repository, builds.v2), 2);
    const r = await lab.router(30);
    return job(
      repository,
      'rollback',
      {
        environment: 'production',
        reason: 'drill',
        provider: 'embedded',
        'router-url': r.adminUrl,
        'deploy-command': SLOW_DEPLOY,
      },
      { router: r, runId: 500, marker: path.join(tempDir(), 'deployed') },
    );
  },
  afterCrash(j) {
    expect(j.router?.state.weight, 'all traffic back on stable').toBe(0);
    closed(j.repository, 'production');
    const [newest] = records(api, j.repository, 'production');
    if (newest?.runId === 500 && newest.latest === 'success')
      expect(marks(j.marker)).toBe('1.0.0\n');
  },
  afterRerun(j, result) {
    expect(result.errors).toEqual([]);
    expect(j.router?.state.weight).toBe(0);
    closed(j.repository, 'production');
    const list = records(api, j.repository, 'production');
    expect(list[0]).toMatchObject({ version: '1.0.0', latest: 'success', runId: 500 });
    expect(
      list.find((d) => d.version === '2.0.0')?.latest,
      'the bad version is marked failed',
    ).toBe('failure');
    expect(marks(j.marker)).toContain('1.0.0');
  },
};

const DRILLS = [promoteDrill, canaryDrill, rollbackDrill];

/** A stable hash of a label, so each (action, signal) draws its own seeded moments. */
function seedOf(label: string): number {
  let h = SEED;
  for (const ch of label) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h;
}

const cases = DRILLS.flatMap((drill) =>
  SIGNALS.flatMap((signal) =>
    fc
      .sample(fc.noBias(fc.integer({ min: 300, max: drill.spanMs })), {
        seed: seedOf(`${drill.action}:${signal}`),
        numRuns: POINTS,
      })
      .map((ms) => [drill.action, signal, ms, drill] as const),
  ),
);

describe.concurrent('a signal at a random moment, then the post step, then a re-run', () => {
  it.each(cases)('%s: %s after %d ms', async (_action, signal, ms, drill) => {
    const j = await drill.setup();
    const crashed = await j.run(1, { ms, signal });
    // The post step (always()) ran after main, and its own trouble is never a failure.
    expect(crashed.post, 'the post step ran').toBeDefined();
    expect(crashed.post?.exitCode).toBe(0);
    drill.afterCrash(j, crashed);
    // Nothing keeps running behind the post step's back: a deploy command it stopped never finishes.
    const marked = marks(j.marker);
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(marks(j.marker), 'no deploy command outlived the step').toBe(marked);
    const rerun = await j.run(2);
    drill.afterRerun(j, rerun);
  });
});
