import { World } from '../../../tools/demo/world.js';
import { DEMO_VARS } from '../../../tools/demo/vars.js';
import { ROOT } from '../../../lab/runner.js';
import { tempDir } from '../../../lab/fixtures.js';
import type { WorkflowRun } from '../../../tools/demo/runner.js';

// The example workflows, run as they are by the demo's local runner against the stand-in, the
// embedded router and the sample service: one file per example (examples-*.test.ts), so vitest
// can spread the longest runs of the suite over its workers.

/** A fresh world (stand-in, router, sample service) for one test, stopped whatever happens. */
export async function inWorld(
  prefix: string,
  work: (world: World) => Promise<void>,
): Promise<void> {
  const world = new World({ root: ROOT, out: tempDir(prefix), vars: DEMO_VARS });
  await world.start();
  try {
    await work(world);
  } finally {
    await world.stop();
  }
}

/** Every step error of a run, named by job (what a failed assertion should show). */
export const stepErrors = (run: WorkflowRun) =>
  run.jobs.flatMap((j) => j.steps.flatMap((st) => st.errors.map((e) => `${j.id}: ${e}`)));

export async function until(what: () => boolean | undefined, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
