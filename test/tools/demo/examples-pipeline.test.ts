import { describe, expect, it } from 'vitest';
import { inWorld, stepErrors, until } from './examples.js';
import type { WorkflowRun } from '../../../tools/demo/runner.js';

describe('example workflows run for real: pipeline.yml and rollback.yml', () => {
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
});
