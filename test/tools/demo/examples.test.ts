import { describe, expect, it } from 'vitest';
import { World, OWNER, REPO } from '../../../tools/demo/world.js';
import { DEMO_VARS } from '../../../tools/demo/vars.js';
import { ROOT } from '../../../lab/runner.js';
import { tempDir } from '../../../lab/fixtures.js';

/**
 * The blue-green and staged-approval examples, run as they are by the demo's local runner
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
});
