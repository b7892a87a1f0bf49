import { existsSync, readFileSync } from 'node:fs';
import type { WorkflowRun } from './runner.js';
import type { World } from './world.js';

/**
 * The demo's A/B chapter: examples/experiment.yml run from the Actions tab (workflow_dispatch)
 * builds a one-click checkout, starts it as B beside production's stable version A, and sends
 * half of the users to it (sticky by their `uid` cookie) under the demo's client traffic. Clients
 * check out at the rates set here, B's higher: the anytime-valid test names B, which gets all
 * traffic and becomes production's stable version.
 */

/** Checkouts per visit: A (what production runs when the chapter starts) and the new version B. */
export const CONVERSION = { a: 0.1, b: 0.3 };

/**
 * Short timings for the experiment (repository variables), so the chapter stays short: a lift
 * of +200% (10% → 30%) is clear after about 100 visits per variant, a few seconds of the demo's
 * traffic (40 visits a second, users visiting 1 to 3 times); the horizon only bounds a bad day.
 */
export const EXPERIMENT_VARS = {
  EXPERIMENT_MINIMUM_EFFECT: '100%',
  EXPERIMENT_HORIZON: '60s',
  EXPERIMENT_LOOK_INTERVAL: '500ms',
  EXPERIMENT_MIN_USERS: '30',
};

export const EXPERIMENT_TITLE = `A/B test in production: a one-click checkout (B) against the live version (A), clients converting ${CONVERSION.a * 100}% vs ${CONVERSION.b * 100}% of visits; B wins and is promoted`;

/**
 * Plays the chapter with `chapter` (main.ts's: prints and records it), the highlight being the
 * experiment's verdict sentence. Clients stop checking out when it ends.
 */
export async function experimentChapter(
  world: World,
  chapter: (
    title: string,
    work: () => Promise<WorkflowRun>,
    highlight?: (run: WorkflowRun) => string | undefined,
  ) => Promise<WorkflowRun>,
): Promise<WorkflowRun> {
  const a = world.live().production?.stable ?? '';
  world.commit(
    'feat: one-click checkout',
    "{ greeting: 'hello, world', newPriceCache: false, oneClickCheckout: true }",
  );
  Object.assign(world.vars, EXPERIMENT_VARS);
  world.conversion = (version) => (version === a ? CONVERSION.a : CONVERSION.b);
  try {
    return await chapter(
      EXPERIMENT_TITLE,
      () => world.run('experiment.yml', { name: 'workflow_dispatch' }),
      experimentVerdict,
    );
  } finally {
    world.conversion = undefined;
  }
}

/** The verdict sentence canary-step wrote in its JSON report (the `report` output). */
export function experimentVerdict(run: WorkflowRun): string | undefined {
  for (const job of run.jobs)
    for (const step of job.steps) {
      const file = step.outputs.report;
      if (step.outputs.winner === undefined || !file || !existsSync(file)) continue;
      const report = JSON.parse(readFileSync(file, 'utf8')) as { reason?: string };
      return report.reason;
    }
  return undefined;
}
