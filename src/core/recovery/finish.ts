import { core, killGroup, type RunContext, runPost } from '../runtime/index.js';
import { loadHandoff, OPEN_WORK_KEY } from '../handoff/index.js';
import type { GitHubClient } from '../github/index.js';
import type { ProviderSettings } from '../traffic/index.js';

const KEY = OPEN_WORK_KEY;

/**
 * Marks failure every deployment this run attempt made to `environment` that has no final
 * status yet (in_progress, queued, pending, or none at all when the kill came mid-create).
 */
export async function closeUnfinished(
  client: GitHubClient,
  ctx: RunContext,
  environment: string,
  description: string,
): Promise<number[]> {
  const { isGlidepath, readHistory, running, setStatus } = await import('../github/index.js');
  const history = await readHistory(client, ctx, [environment]);
  const ours = (history.deployments[environment] ?? []).filter(
    (d) =>
      isGlidepath(d) && d.payload.run_id === ctx.runId && d.payload.run_attempt === ctx.runAttempt,
  );
  const open = ours.filter((d) => d.latestState === null || running([d]).length > 0);
  for (const d of open)
    await setStatus(client, ctx, d.id, 'failure', { description, autoInactive: false });
  return open.map((d) => d.id);
}

/**
 * The post step of promote-environment and rollback. `trafficFromInputs` is for a main stopped
 * before it saved anything (killed while starting): a rollback still owes its traffic restore.
 */
export async function finishOpenWork(
  action: string,
  trafficFromInputs?: () => ProviderSettings | undefined,
): Promise<void> {
  await runPost(action, async (h) => {
    // Loaded here, not at import: main steps import this folder for withOpenWork and stay light.
    const { createProvider } = await import('../traffic/index.js');
    const work = loadHandoff(KEY);
    if (!work) {
      const provider = trafficFromInputs?.();
      if (!provider) return core.info(`${action} post: main did not start its work, nothing to do`);
      core.warning(
        `${action} post: main was stopped before it started; restoring all traffic to stable`,
      );
      await createProvider(provider).setWeight(0);
      return core.info('Stable traffic restored');
    }
    if (!work.active) {
      core.info(`${action} post: main finished, nothing left open`);
      return;
    }
    if (work.failed)
      core.info(`${action} post: main failed; checking that it left no deployment open`);
    else
      core.warning(
        `${action} post: main did not finish; stopping what it left running and closing its records`,
      );
    if (work.commandPid) killGroup(work.commandPid, 'SIGTERM');
    if (work.provider) {
      await createProvider(work.provider).setWeight(0);
      core.info('Stable traffic restored');
    }
    if (!work.environment) return;
    const token = h.inputs.secret('token') ?? '';
    const { createClient } = await import('../github/index.js');
    const closed = await closeUnfinished(
      createClient(token),
      h.context(),
      work.environment,
      `failure: the job stopped before ${action} finished; closed by its post step`,
    );
    core.info(
      closed.length
        ? `Deployment ${closed.join(', ')} marked failure`
        : 'No deployment of this run attempt was left open',
    );
  });
}
