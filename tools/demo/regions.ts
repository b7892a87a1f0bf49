import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowRun } from './runner.js';
import type { World } from './world.js';

/**
 * The demo's regions chapters: the price service in three production regions, promoted in waves
 * with examples/regions/ run as they are (matrix jobs in the local runner).
 * 1. promote-version.yml puts the version production runs in every region, one wave after another.
 * 2. A new version goes out with waves.yml: prod-us-east (the canary region) takes it; its canary
 *    fails in prod-eu-west (a bug only that region's tenants hit), which rolls itself back; and
 *    prod-ap-south is refused by order (prod-eu-west does not hold the artifact), nothing written.
 * 3. wave-rollback.yml with the bad digest takes prod-us-east back and leaves the other two alone
 *    (neither runs that digest).
 */

export const REGIONS = ['prod-us-east', 'prod-eu-west', 'prod-ap-south'] as const;

/** The config the chapters' commit adds: the regions as waves, prod-us-east first. */
const CONFIG = `# The price service's production regions, in waves (examples/regions/waves.yml): the canary
# region first, then one region after another. promote-environment enforces the order by digest.
environments:
  - name: regions
    waves:
      - prod-us-east
      - prod-eu-west
      - prod-ap-south
`;

/** Region variables (environment-scoped, as each region's GitHub environment would hold them). */
const REGION_VARS = {
  // One short step, then all traffic: a region's canary takes ten seconds in the demo.
  CANARY_STEPS: '25@10s,100',
};

export type ChapterRunner = (
  title: string,
  work: () => Promise<WorkflowRun>,
) => Promise<WorkflowRun>;

export async function regionsChapters(world: World, chapter: ChapterRunner): Promise<void> {
  await world.addRegions([...REGIONS]);
  for (const region of REGIONS) {
    const scope = world.environments[region] ?? {};
    world.environments[region] = { ...scope, vars: { ...scope.vars, ...REGION_VARS } };
  }
  writeFileSync(path.join(world.repo, '.github', 'glidepath.yml'), CONFIG);
  world.commit('ci: production runs in three regions, in waves');
  const version = world.live().production?.stable ?? '';
  await chapter(
    `Regions: ${version} reaches ${REGIONS.join(', ')}, one wave after another (a matrix, max-parallel 1)`,
    () =>
      world.run('promote-version.yml', {
        name: 'workflow_dispatch',
        inputs: { version },
      }),
  );
  world.commit(
    'feat: VAT ids on invoices',
    "{ greeting: 'hello, world', newPriceCache: false, vatIds: true }",
  );
  const waves = await chapter(
    'Waves: prod-us-east takes the new version, its canary fails in prod-eu-west, prod-ap-south is refused by order',
    () => world.run('waves.yml', { name: 'push' }),
  );
  const digest =
    waves.jobs
      .find((j) => j.id === 'canary-region')
      ?.steps.find((s) => s.id === 'promote' && s.phase === 'main')?.outputs.digest ?? '';
  await chapter('Wave rollback: every region running the bad digest goes back (prod-us-east)', () =>
    world.run(
      'wave-rollback.yml',
      {
        name: 'workflow_dispatch',
        inputs: { digest, reason: 'VAT ids fail for prod-eu-west tenants: take the wave back' },
      },
      'on-call-engineer',
    ),
  );
}
