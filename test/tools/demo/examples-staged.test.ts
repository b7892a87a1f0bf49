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
});
