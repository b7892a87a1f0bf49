import { describe, expect, it } from 'vitest';
import { World, OWNER, REPO } from '../../../tools/demo/world.js';
import { DEMO_VARS } from '../../../tools/demo/vars.js';
import { ROOT } from '../../../lab/runner.js';
import { tempDir } from '../../../lab/fixtures.js';
import { startLoad } from '../../../lab/load.js';
import { startPool } from '../../../lab/services.js';
import { Router } from '../../../tools/router/router.js';
import type { WorkflowRun } from '../../../tools/demo/runner.js';

/**
 * The blue-green, staged-approval and rolling examples, run as they are by the demo's local runner
 * against the stand-in, the embedded router and the sample service.
 */
// One after the other: each runs a pipeline with probes at 50/s and client load; side by side on 2 cores they would only compete.
/** A fresh world (stand-in, router, sample service) for one test, stopped whatever happens. */
async function inWorld(prefix: string, work: (world: World) => Promise<void>): Promise<void> {
  const world = new World({ root: ROOT, out: tempDir(prefix), vars: DEMO_VARS });
  await world.start();
  try {
    await work(world);
  } finally {
    await world.stop();
  }
}

/** Every step error of a run, named by job (what a failed assertion should show). */
const stepErrors = (run: WorkflowRun) =>
  run.jobs.flatMap((j) => j.steps.flatMap((st) => st.errors.map((e) => `${j.id}: ${e}`)));

async function until(what: () => boolean | undefined, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('example workflows run for real', () => {
  it('blue-green.yml: v1 then v2 switched in one step, the old version kept until the new one is checked', async () => {
    await inWorld('bg-', async (world) => {
      const first = await world.run('blue-green.yml', { name: 'push' });
      expect(stepErrors(first)).toEqual([]);
      expect(first.result).toBe('success');
      world.startLoad(40);
      world.commit(
        'feat: friendlier greeting',
        "{ greeting: 'hello, world', newPriceCache: false }",
      );
      const second = await world.run('blue-green.yml', { name: 'push' });
      expect(second.result).toBe('success');
      const v2 = second.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
      expect(v2).toMatch(/^1\.1\.0\+/);
      expect(world.live().production?.stable).toBe(v2);
      expect(world.router.state.weight).toBe(0);
      const switchStep = second.jobs
        .find((j) => j.id === 'production')
        ?.steps.find((s) => s.id === 'switch');
      expect(switchStep?.outputs.decision).toBe('promoted');
      const errors = world.samples.reduce((n, s) => n + s.errors, 0);
      expect(errors).toBe(0);
    });
  }, 150_000);

  it('staged-approvals.yml: 25% after the first approval, 100% only after the second', async () => {
    await inWorld('staged-', async (world) => {
      const run = await world.run('staged-approvals.yml', { name: 'push' });
      expect(run.result).toBe('success');
      // Both jobs name production: each waits for production's reviewers (and gets its secrets).
      expect(world.approvals.map((a) => [a.environment, a.job, a.decision])).toEqual([
        ['production', 'canary-25', 'approved'],
        ['production', 'canary-100', 'approved'],
      ]);
      expect(run.jobs.find((j) => j.id === 'restore')?.result).toBe('skipped');
      const version = run.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
      const first = run.jobs
        .find((j) => j.id === 'canary-25')
        ?.steps.find((s) => s.uses?.includes('canary-step'));
      expect(first?.outputs.decision).toBe('paused');
      expect(first?.outputs['final-weight']).toBe('25');
      const second = run.jobs
        .find((j) => j.id === 'canary-100')
        ?.steps.find((s) => s.id === 'full');
      expect(second?.outputs.decision).toBe('promoted');
      expect(world.live().production?.stable).toBe(version);
      const production = world.standIn.deployments(OWNER, REPO, 'production');
      expect(production).toHaveLength(1);
      expect(production[0]?.statuses[0]?.state).toBe('success');
      expect(production[0]?.statuses.map((s) => s.state)).not.toContain('failure');
    });
  }, 150_000);

  it.each(['rejected', 'timed-out'] as const)(
    'staged-approvals.yml: the second review %s while the canary holds a quarter: production back on stable, recorded',
    async (decision) => {
      await inWorld(`staged-${decision}-`, async (world) => {
        const first = await world.run('staged-approvals.yml', { name: 'push' });
        expect(first.result).toBe('success');
        const v1 = first.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
        world.commit('feat: friendlier greeting', "{ greeting: 'hi', newPriceCache: false }");
        let reviews = 0;
        world.reviewer = async () => {
          await new Promise((resolve) => setTimeout(resolve, 200));
          return ++reviews === 2 ? decision : 'approved';
        };
        const run = await world.run('staged-approvals.yml', { name: 'push' });
        expect(run.result).toBe('failure');
        const jobs = Object.fromEntries(run.jobs.map((j) => [j.id, j]));
        expect(jobs['canary-25']?.result).toBe('success');
        // GitHub fails the job without running it: not one step, not its `if: failure()` step.
        expect(jobs['canary-100']?.result).toBe('failure');
        expect(jobs['canary-100']?.steps).toHaveLength(0);
        expect(jobs['canary-100']?.reason).toMatch(
          decision === 'rejected' ? /rejected/ : /timed out/,
        );
        expect(jobs.restore?.result).toBe('success');
        expect(world.router.state.weight).toBe(0);
        expect(world.live().production?.stable).toBe(v1);
        const production = world.standIn.deployments(OWNER, REPO, 'production');
        expect(JSON.stringify(production.map((d) => d.statuses))).toMatch(
          /second approval not given/,
        );
        expect(world.approvals.map((a) => a.decision)).toEqual([
          'approved',
          'approved',
          'approved',
          decision,
        ]);
      });
    },
    150_000,
  );

  it('judgement.yml: an inconclusive step pauses; approving production-judgement resumes it, rejecting rolls back', async () => {
    await inWorld('judgement-', async (world) => {
      // Too few samples for a verdict in a step's bake time: every step ends inconclusive.
      world.vars.CANARY_STEPS = '10@1s,50@1s,100';
      world.vars.CANARY_MIN_SAMPLES = '100000';
      const first = await world.run('judgement.yml', { name: 'push' });
      expect(stepErrors(first)).toEqual([]);
      expect(first.result).toBe('success');
      const v1 = first.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
      const jobs1 = Object.fromEntries(first.jobs.map((j) => [j.id, j]));
      expect(jobs1.canary?.outputs.decision).toBe('paused');
      expect(
        jobs1['production-judgement']?.steps.find((s) => s.id === 'resume')?.outputs,
      ).toMatchObject({
        decision: 'promoted',
        'final-weight': '100',
      });
      expect(jobs1.restore?.result).toBe('skipped');
      expect(world.live().production?.stable).toBe(v1);
      const statuses = (world.standIn.deployments(OWNER, REPO, 'production')[0]?.statuses ?? [])
        .map((x) => x.description)
        .reverse();
      // Paused after step 1, resumed at step 2 by the approved job: step 1 never ran twice.
      expect(statuses.filter((d) => /gp step=0/.test(d))).toHaveLength(1);
      expect(statuses).toContain(
        '[gp step=1 w=10] paused at 10%: step 1/3 inconclusive, awaiting a person: approve to resume, reject to roll back',
      );

      world.commit('feat: friendlier greeting', "{ greeting: 'hi', newPriceCache: false }");
      let reviews = 0;
      world.reviewer = async () => (++reviews === 2 ? 'rejected' : 'approved');
      const second = await world.run('judgement.yml', { name: 'push' });
      const jobs2 = Object.fromEntries(second.jobs.map((j) => [j.id, j]));
      expect(jobs2.canary?.outputs.decision).toBe('paused');
      expect(jobs2['production-judgement']?.result).toBe('failure');
      expect(jobs2['production-judgement']?.steps).toHaveLength(0);
      expect(jobs2.restore?.result).toBe('success');
      expect(world.router.state.weight).toBe(0);
      expect(world.live().production?.stable).toBe(v1);
      expect(world.approvals.map((a) => [a.environment, a.decision])).toEqual([
        ['production', 'approved'],
        ['production-judgement', 'approved'],
        ['production', 'approved'],
        ['production-judgement', 'rejected'],
      ]);
      const production = world.standIn.deployments(OWNER, REPO, 'production');
      expect(JSON.stringify(production.map((d) => d.statuses))).toMatch(
        /judgement not given \(failure\)/,
      );
    });
  }, 150_000);

  it('pipeline.yml + rollback.yml: a push while production waits for its reviewer reaches dev and staging; a rollback dispatched meanwhile, then a push: the rollback is never dropped', async () => {
    await inWorld('queue-', async (world) => {
      world.vars.GATE_DURATION = '6s';
      world.vars.CANARY_STEPS = '50@3s,100';
      const version = (run: WorkflowRun) => run.jobs.find((j) => j.id === 'build')?.outputs.version;
      const v1 = version(await world.run('pipeline.yml', { name: 'push' }));
      world.commit('feat: friendlier greeting', "{ greeting: 'hi', newPriceCache: false }");
      const v2 = version(await world.run('pipeline.yml', { name: 'push' }));
      expect(world.live().production?.stable).toBe(v2);

      // Run A (v3): its production job takes deploy-production and waits for the reviewer.
      world.commit('feat: a warmer greeting', "{ greeting: 'hi there', newPriceCache: false }");
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const asked: string[] = [];
      world.reviewer = async (request) => {
        asked.push(`${request.workflowFile} ${request.job}`);
        if (asked.length === 1) await held;
        else await new Promise((resolve) => setTimeout(resolve, 200));
        return 'approved';
      };
      const a = world.run('pipeline.yml', { name: 'push' });
      await until(() => asked.length === 1);
      expect(world.concurrency.state('deploy-production').running).toMatch(/job production$/);

      // A rollback of production, dispatched while A waits: pending behind A's production job.
      const rollback = world.run(
        'rollback.yml',
        {
          name: 'workflow_dispatch',
          inputs: { environment: 'production', reason: 'on-call: v2 confuses customers' },
        },
        'on-call-engineer',
      );
      await until(() => world.concurrency.state('deploy-production').pending.length === 1);

      // Then a push (run B, v4): it builds and reaches dev and staging while A still waits, and
      // its production job queues behind the rollback instead of cancelling it.
      world.commit('feat: cache prices', "{ greeting: 'hi there', newPriceCache: true }");
      const b = world.run('pipeline.yml', { name: 'push' });
      await until(() => world.concurrency.state('deploy-production').pending.length === 2, 120_000);
      const v4 = world.live().staging?.live;
      expect(asked).toEqual(['pipeline.yml production']); // A's reviewer has still not answered
      expect(world.live().dev?.live).toBe(v4);
      expect(v4).toMatch(/^1\.3\.0\+/);

      release();
      const [runA, runR, runB] = await Promise.all([a, rollback, b]);
      // A's approval came after B had moved staging on: promote-environment refuses a version no
      // longer live in staging, and production is untouched by A.
      expect(runA.result).toBe('failure');
      expect(stepErrors(runA)).toEqual([
        expect.stringMatching(/^production: Refusing to promote: .* is not live in staging/),
      ]);
      // The rollback ran in its turn (v2 → v1), and B shipped v4 after it.
      expect([runR, runB].map(stepErrors)).toEqual([[], []]);
      expect([runR.result, runB.result]).toEqual(['success', 'success']);
      const rolled = runR.jobs[0]?.steps.find((s) => s.id === 'rollback')?.outputs;
      expect(rolled).toMatchObject({ 'rolled-back-from': v2, 'rolled-back-to': v1 });
      expect(world.live().production?.stable).toBe(v4);
      expect(
        world.concurrency.log
          .filter((e) => e.group === 'deploy-production' && e.kind === 'running')
          .map((e) => e.who.replace(/ run \d+/, '')),
      ).toEqual([
        'deploy job production',
        'deploy job production',
        'deploy job production',
        'rollback job rollback',
        'deploy job production',
      ]);
      expect(world.concurrency.log.filter((e) => e.kind.startsWith('cancelled'))).toEqual([]);
    });
  }, 300_000);

  it('rolling.yml: a pool of 4 rolled one server at a time under load, then a bad build on app2 put back', async () => {
    await inWorld('rolling-', async (world) => {
      // The world has no pool: four sample servers behind a second embedded router, deployed
      // through their control endpoint, given to the workflow as repository variables.
      const pool = await startPool(4, { version: '0.9.0' });
      const router = new Router({
        pool: pool.members.map((m) => ({ name: m.name, url: `http://${m.address}` })),
      });
      await router.start();
      try {
        world.vars.POOL_ROUTER_ADMIN_URL = router.adminUrl;
        world.vars.DEPLOY_API_URL = pool.controlUrl;
        world.vars.SERVER_CHECK_DURATION = '10s';
        const load = startLoad(`${router.url}/`, { connections: 2, pauseMs: 5 });
        const first = await world.run('rolling.yml', { name: 'push' });
        const traffic = await load.stop();
        expect(first.result).toBe('success');
        const v1 = first.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
        expect(v1).toMatch(/^1\.0\.0\+/);
        const roll = first.jobs
          .find((j) => j.id === 'production')
          ?.steps.find((s) => s.id === 'roll');
        expect(roll?.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
        expect(pool.members.map((m) => m.version)).toEqual([v1, v1, v1, v1]);
        // One server at a time, in pool order, each told its own name and address.
        for (const m of pool.members)
          expect(m.deploys.map((d) => [d.server, d.address, d.version])).toEqual([
            [m.name, m.address, v1],
          ]);
        const at = pool.members.map((m) => m.deploys[0]?.at ?? 0);
        expect([...at].sort((a, b) => a - b)).toEqual(at);
        expect(traffic.failed).toBe(0);
        expect(traffic.requests).toBeGreaterThan(100);
        expect(router.state.pool.map((t) => t.state)).toEqual(['ready', 'ready', 'ready', 'ready']);

        // A build that fails only on app2: the roll stops there and app1 and app2 go back to v1.
        world.commit('feat: cache prices', "{ greeting: 'hello', newPriceCache: true }");
        const v2 = `1.1.0+${world.git(['rev-parse', '--short=7', 'HEAD'])}`;
        pool.failOn('app2', v2);
        const second = await world.run('rolling.yml', { name: 'push' });
        expect(second.result).toBe('failure');
        expect(second.jobs.find((j) => j.id === 'build')?.outputs.version).toBe(v2);
        expect(pool.members.map((m) => m.deploys.map((d) => d.version))).toEqual([
          [v1, v2, v1],
          [v1, v2, v1],
          [v1],
          [v1],
        ]);
        expect(pool.members.map((m) => m.version)).toEqual([v1, v1, v1, v1]);
        expect(router.state.pool.map((t) => t.state)).toEqual(['ready', 'ready', 'ready', 'ready']);
        const production = world.standIn.deployments(OWNER, REPO, 'production');
        expect(production).toHaveLength(2);
        expect(production[0]?.statuses[0]?.state).toBe('failure');
        expect(production[0]?.statuses[0]?.description).toContain('app2');
        expect(production[1]?.statuses.map((s) => s.state)).toContain('success');
      } finally {
        await router.stop();
        await pool.close();
      }
    });
  }, 240_000);
});
