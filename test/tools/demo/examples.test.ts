import { describe, expect, it } from 'vitest';
import { World, OWNER, REPO } from '../../../tools/demo/world.js';
import { DEMO_VARS } from '../../../tools/demo/vars.js';
import { ROOT } from '../../../lab/runner.js';
import { tempDir } from '../../../lab/fixtures.js';
import { startLoad } from '../../../lab/load.js';
import { startPool } from '../../../lab/services.js';
import { Router } from '../../../tools/router/router.js';

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

describe('example workflows run for real', () => {
  it('blue-green.yml: v1 then v2 switched in one step, the old version kept until the new one is checked', async () => {
    await inWorld('bg-', async (world) => {
      const first = await world.run('blue-green.yml', { name: 'push' });
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
      expect(world.approvals.map((a) => a.environment)).toEqual([
        'production',
        'production-rollout',
      ]);
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
