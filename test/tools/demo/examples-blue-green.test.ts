import { describe, expect, it } from 'vitest';
import { inWorld, stepErrors } from './examples.js';

describe('example workflows run for real: blue-green.yml', () => {
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
});
