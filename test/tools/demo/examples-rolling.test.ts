import { describe, expect, it } from 'vitest';
import { inWorld } from './examples.js';
import { OWNER, REPO } from '../../../tools/demo/world.js';
import { startLoad } from '../../../lab/load.js';
import { startPool } from '../../../lab/services.js';
import { Router } from '../../../tools/router/router.js';

describe('example workflows run for real: rolling.yml', () => {
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
