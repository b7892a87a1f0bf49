import { core, describeError } from '../../core/runtime/index.js';
import type { PoolServer } from '../../core/traffic/index.js';
import type { DrainWaits, Previous, Roll } from './roll.js';

/**
 * After a failed batch: the failed batch (still drained) gets the previous version and comes
 * back; then each earlier batch, newest first, is drained, redeployed and brought back the same
 * way. Every redeploy adds a row (phase revert) to the result. Returns what happened, in words.
 */
export async function revert(
  roll: Roll,
  failedBatch: PoolServer[],
  earlier: PoolServer[][],
): Promise<string> {
  const { previous } = roll.plan;
  const touchedNow = failedBatch.filter((s) => roll.onNew.has(s.name));
  if (!previous) {
    await roll.readyAgain(failedBatch.map((s) => s.name));
    const left = [...roll.onNew];
    core.error(
      `Could not revert ${left.join(', ')}: no previous version is known (set previous-version, or record deployments with promote-environment)`,
    );
    return `no previous version known, so ${left.join(', ')} could not be reverted (all servers are ready)`;
  }
  const notReverted: string[] = [];
  await redeploy(roll, previous, touchedNow, 1, new Map(), notReverted);
  await roll.readyAgain(failedBatch.map((s) => s.name));
  for (const [k, batch] of earlier.entries()) {
    roll.stopIfCancelled();
    await redeploy(roll, previous, batch, k + 2, await roll.drain(batch), notReverted);
    await roll.readyAgain(batch.map((s) => s.name));
  }
  roll.stopIfCancelled();
  const reverted = [...touchedNow, ...earlier.flat()]
    .map((s) => s.name)
    .filter((n) => !notReverted.includes(n));
  return notReverted.length
    ? `${notReverted.join(', ')} could not be reverted to ${previous.version}${reverted.length ? `; ${reverted.join(', ')} back on it` : ''}`
    : `${reverted.join(', ')} back on ${previous.version}`;
}

/** Redeploys the previous version on every server of one (drained) batch, side by side. */
async function redeploy(
  roll: Roll,
  previous: Previous,
  batch: PoolServer[],
  index: number,
  waits: DrainWaits,
  notReverted: string[],
): Promise<void> {
  const startedS = roll.elapsed();
  await Promise.all(
    batch.map(async (server) => {
      const row = roll.row(server, waits, {
        phase: 'revert',
        batch: index,
        version: previous.version,
        result: 'reverted',
        reason: `back on ${previous.version}`,
        startedS,
      });
      core.info(`${server.name}: redeploying ${previous.version}`);
      try {
        await roll.deploy(server, previous.version, roll.settings.version, previous.digest);
        row.deploy = 'ok';
        roll.onNew.delete(server.name);
      } catch (error) {
        row.deploy = roll.deps.signal.aborted ? 'cancelled' : 'failed';
        row.result = 'not reverted';
        row.reason = describeError(error);
        notReverted.push(server.name);
        core.error(`Could not redeploy ${previous.version} on ${server.name}: ${row.reason}`);
      }
      row.endedS = roll.elapsed();
      roll.result.servers.push(row);
    }),
  );
}
