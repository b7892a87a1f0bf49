import { core, killGroup, type RunContext, runPost } from '../runtime/index.js';
import { loadHandoff, type OpenWork, saveHandoff } from '../handoff/index.js';
import {
  createClient,
  type GitHubClient,
  readHistory,
  running,
  setStatus,
  isGlidepath,
} from '../github/index.js';
import { createProvider, type ProviderSettings } from '../traffic/index.js';

const KEY = 'glidepath-open-work';
let current: OpenWork = { active: false };

/** Records that work on `environment` has started (saved at once: a kill can come any moment). */
export function openWork(work: Omit<OpenWork, 'active'>): void {
  current = { ...work, active: true };
  saveHandoff(KEY, current);
}

export function updateWork(patch: Partial<Omit<OpenWork, 'active'>>): void {
  if (!current.active) return;
  current = { ...current, ...patch };
  saveHandoff(KEY, current);
}

/** Main finished and closed its own records: nothing for the post step to do. */
export function closeWork(): void {
  current = { active: false };
  saveHandoff(KEY, current);
}

/**
 * Main ended with an error: nothing of it runs any more and traffic is where main left it on
 * purpose, but if its own failure record did not land (GitHub down), the post step tries again.
 */
export function failWork(): void {
  updateWork({ commandPid: undefined, provider: undefined, failed: true });
}

/**
 * Runs a main step that writes deployments with its post step kept informed: bad input (a throw
 * from `read`) and a dry run leave nothing open; until `body` succeeds, the post step knows what
 * to stop and close; an error tells it main failed rather than was killed.
 */
export async function withOpenWork<S>(
  read: () => S,
  what: (s: S) => Omit<OpenWork, 'active' | 'failed'> | 'dry run',
  body: (s: S, onCommand: (pid: number | undefined) => void) => Promise<void>,
): Promise<void> {
  let settings: S;
  try {
    settings = read();
  } catch (error) {
    closeWork();
    throw error;
  }
  const work = what(settings);
  if (work === 'dry run') closeWork();
  else openWork(work);
  try {
    await body(settings, (pid) => updateWork({ commandPid: pid }));
    closeWork();
  } catch (error) {
    failWork();
    throw error;
  }
}

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
