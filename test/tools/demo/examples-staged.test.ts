import { describe, expect, it } from 'vitest';
import { inWorld } from './examples.js';
import { OWNER, REPO } from '../../../tools/demo/world.js';

describe('example workflows run for real: staged-approvals.yml', () => {
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
});
