import { describe, expect, it } from 'vitest';
import { inWorld, stepErrors } from './examples.js';
import { OWNER, REPO } from '../../../tools/demo/world.js';

describe('example workflows run for real: judgement.yml', () => {
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
});
