import { expect } from 'vitest';
import { inWorld } from './examples.js';
import { OWNER, REPO } from '../../../tools/demo/world.js';

/**
 * staged-approvals.yml with a second review that never comes (rejected, or timed out) while the
 * canary holds a quarter: production goes back on stable, recorded. One file per decision
 * (examples-staged-rejected, examples-staged-timed-out), so the two runs can take two workers.
 */
export async function secondReviewNeverComes(decision: 'rejected' | 'timed-out'): Promise<void> {
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
    expect(jobs['canary-100']?.reason).toMatch(decision === 'rejected' ? /rejected/ : /timed out/);
    expect(jobs.restore?.result).toBe('success');
    expect(world.router.state.weight).toBe(0);
    expect(world.live().production?.stable).toBe(v1);
    const production = world.standIn.deployments(OWNER, REPO, 'production');
    expect(JSON.stringify(production.map((d) => d.statuses))).toMatch(/second approval not given/);
    expect(world.approvals.map((a) => a.decision)).toEqual([
      'approved',
      'approved',
      'approved',
      decision,
    ]);
  });
}
