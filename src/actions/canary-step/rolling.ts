import { isGood, lastGood, type DeploymentView } from '../../core/github/index.js';
import { core, ConfigError, describeError, UserError } from '../../core/runtime/index.js';
import { isUnhealthy, preflightGate, runGate } from '../../core/gate/index.js';
import { createPool, type PoolServer } from '../../core/traffic/index.js';
import { checkBatch, resolveCount, type RollingSettings } from './inputs.js';
import { type CanaryDeps, Cancelled, findRecord, glance, type RecordInfo } from './shared.js';
import {
  type DrainWaits,
  type Previous,
  Roll,
  type RollingResult,
  type RollPlan,
  type ServerRecord,
} from './roll.js';
import { revert } from './revert.js';

/**
 * Rolls `version` over a fixed pool, batch by batch: drain the batch (wait for its sessions to
 * end, at most drain-timeout), run deploy-command once per server with GLIDEPATH_SERVER, check
 * each server alone with the gate, put it back. A failed batch stops the roll and redeploys the
 * previous version on every server already touched (revert.ts); a cancel puts every drained
 * server back at once. No server is ever left drained.
 */
export async function runRolling(
  settings: RollingSettings,
  deps: CanaryDeps,
): Promise<RollingResult> {
  const started = Date.now();
  const plan = await check(settings, deps);
  const { servers, batchSize, previous, pool } = plan;
  const roll = new Roll(started, settings, deps, plan);
  const { result } = roll;

  const batches = chunk(servers, batchSize);
  roll.persist(true);
  try {
    core.info(
      `Rolling ${settings.version} over ${servers.length} servers of ${pool.describe()}, ${batchSize} at a time${previous ? `; ${previous.version} is the version to go back to` : ''}`,
    );
    for (const [i, batch] of batches.entries()) {
      roll.stopIfCancelled();
      const names = batch.map((s) => s.name).join(', ');
      await roll.status(
        'in_progress',
        `rolling ${settings.version}: batch ${i + 1}/${batches.length} (${names}), ${roll.onNew.size}/${servers.length} servers done`,
      );
      const batchStart = roll.elapsed();
      const waits = await roll.drain(batch);
      roll.stopIfCancelled();
      const rows = await Promise.all(
        batch.map((server) => rollServer(roll, server, i + 1, batchStart, waits)),
      );
      result.servers.push(...rows);
      roll.stopIfCancelled();
      const failed = rows.find((r) => r.result !== 'updated');
      if (failed) {
        result.decision = 'aborted';
        result.failedStep = failed.name;
        result.reason = `${failed.name} failed: ${failed.deploy === 'failed' ? failed.reason : `health ${failed.health}: ${failed.reason}`}`;
        const back = await revert(roll, batch, batches.slice(0, i).reverse());
        roll.mark('revert');
        result.reason += `; ${back}`;
        await roll.status('failure', `rolling stopped at ${failed.name}: ${back}`);
        roll.persist(false);
        return roll.finish();
      }
      await roll.readyAgain(batch.map((s) => s.name));
      roll.mark(`batch ${i + 1}`);
      core.info(
        `Batch ${i + 1}/${batches.length} (${names}) on ${settings.version} and back in the pool`,
      );
    }
    result.reason = `${settings.version} rolled out to all ${servers.length} servers, ${batchSize} at a time`;
    await roll.status(
      'success',
      `rolled out ${settings.version} to ${servers.length}/${servers.length} servers`,
    );
    roll.persist(false);
    return roll.finish();
  } catch (error) {
    throw await putBack(roll, error);
  }
}

/** Everything is checked before the first drain: the version, the pool, the batch, every server's gate. */
async function check(settings: RollingSettings, deps: CanaryDeps): Promise<RollPlan> {
  const pool = createPool(settings.pool);
  const record = await findRecord(settings, deps);
  const recorded = record?.view.payload?.version;
  if (recorded && bare(recorded) !== bare(settings.version)) {
    throw new ConfigError(
      'version',
      `is ${settings.version}, but deployment ${record.id} of ${settings.environment} records ${recorded}`,
      'roll out the version promote-environment deployed, or pass the deployment-id of the one to record on',
    );
  }
  const previous = previousVersion(settings, record);
  const digest = recorded ? (record?.view.payload?.digest ?? '') : '';

  const servers = await pool.list();
  if (servers.length === 0)
    throw new UserError(`${pool.describe()} has no servers to roll: check the provider inputs`);
  const out = servers.filter((s) => s.state !== 'ready');
  if (out.length)
    throw new UserError(
      `${out.map((s) => `${s.name} is in ${s.state}`).join(', ')} at ${pool.describe()}: put ${out.length > 1 ? 'them' : 'it'} back to ready (or remove ${out.length > 1 ? 'them' : 'it'} from the pool) before a rolling deploy`,
    );
  const batchSize = resolveCount(settings.batchSize, servers.length);
  const maxUnavailable = resolveCount(settings.maxUnavailable, servers.length);
  checkBatch(batchSize, maxUnavailable, servers.length);
  if (batchSize >= servers.length)
    throw new ConfigError(
      'batch-size',
      `is ${batchSize}, the whole pool of ${servers.length}`,
      `use at most ${servers.length - 1} so some servers keep serving while others are updated`,
    );
  const gates = new Map(servers.map((s) => [s.name, settings.gateFor(s)]));
  // Each server's metric queries are asked once before the first drain, so a refused key or a
  // malformed query fails naming its check with every server still serving (as beforeAnyWrite).
  // Servers whose checks read the same (no {name} or {address} in them) are asked once.
  const distinct = new Map([...gates.values()].map((g) => [JSON.stringify(g.checks), g]));
  await Promise.all(
    [...distinct.values()].map((g) =>
      g.checks.length ? preflightGate(g, deps.signal) : undefined,
    ),
  );
  if (settings.gate.checks.length === 0)
    core.warning(
      'No health checks are configured (url, checks or Prometheus queries): each server goes back to ready as soon as its deploy-command succeeds',
    );
  else if (!settings.perServer && servers.length > 1)
    core.warning(
      'No gate input holds {address} or {name}: every server is checked at the same place, not on its own',
    );
  if (!previous)
    core.warning(
      `No previous version is known (no previous-version input${settings.environment ? ` and no earlier good deployment of ${settings.environment}` : ' and no environment'}): a failed batch cannot be reverted`,
    );
  return { pool, record, previous, digest, servers, batchSize, maxUnavailable, gates };
}

/** One server of a drained batch: deploy the new version, then check it alone with its gate. */
async function rollServer(
  roll: Roll,
  server: PoolServer,
  batch: number,
  startedS: number,
  waits: DrainWaits,
): Promise<ServerRecord> {
  const { version } = roll.settings;
  const { signal } = roll.deps;
  const { plan } = roll;
  const row = roll.row(server, waits, {
    phase: 'roll',
    batch,
    version,
    result: 'failed',
    reason: '',
    startedS,
  });
  core.info(`${server.name} (${server.address}): deploying ${version}`);
  roll.onNew.add(server.name);
  try {
    await roll.deploy(server, version, plan.previous?.version ?? '', plan.digest);
    row.deploy = 'ok';
  } catch (error) {
    row.deploy = signal.aborted ? 'cancelled' : 'failed';
    row.reason = describeError(error);
    row.endedS = roll.elapsed();
    return row;
  }
  const gate = plan.gates.get(server.name);
  if (gate?.checks.length && !signal.aborted) {
    const report = await runGate(gate, { signal });
    row.health = signal.aborted ? 'cancelled' : report.result;
    row.gate = glance(report);
    row.reason = report.reason;
    core.info(
      `${server.name}: health ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`,
    );
    if (isUnhealthy(report.result, gate.onInconclusive)) {
      row.endedS = roll.elapsed();
      return row;
    }
  }
  row.result = 'updated';
  row.reason ||= 'deployed';
  row.endedS = roll.elapsed();
  return row;
}

/**
 * After an error or a cancel: every drained server back to ready, interrupted rows marked, the
 * record marked failure. Returns what runRolling throws.
 */
async function putBack(roll: Roll, error: unknown): Promise<unknown> {
  const { settings, result } = roll;
  const out = [...roll.drained];
  await roll
    .readyAgain(out)
    .catch((e: unknown) =>
      core.error(
        `Could not put ${out.join(', ')} back to ready: ${describeError(e)}. Put them back by hand`,
      ),
    );
  const cancelled = error instanceof Cancelled;
  const interrupted = result.servers.filter(
    (r) => r.deploy === 'cancelled' || r.health === 'cancelled',
  );
  for (const r of interrupted) r.result = 'interrupted';
  if (cancelled && interrupted.length) {
    const names = interrupted.map((r) => r.name).join(', ');
    core.warning(
      `${names}: the cancel stopped ${interrupted.length > 1 ? 'their' : 'its'} deploy or health check; back in the pool as the deploy-command left ${interrupted.length > 1 ? 'them' : 'it'}: re-run, or roll back with the rollback action`,
    );
  }
  const what = cancelled
    ? `cancelled: ${out.length ? `${out.join(', ')} back to ready` : 'no server was drained'}`
    : `error: ${describeError(error)}`;
  await roll.status('failure', `rolling ${settings.version} ${what}`).catch(() => undefined);
  roll.persist(false);
  return cancelled
    ? new UserError(
        `canary-step was cancelled: no server is left drained (${roll.onNew.size}/${roll.servers.length} had been given ${settings.version}) and the deployment is marked failure`,
      )
    : error;
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const bare = (version: string) => version.replace(/^v(?=\d)/, '');

/**
 * The version to go back to: the previous-version input; else what the recorded deployment says
 * it replaced; else the newest good deployment of the environment before it with another version.
 */
function previousVersion(
  settings: RollingSettings,
  record: RecordInfo | undefined,
): Previous | undefined {
  const before = record ? record.list.slice(record.list.indexOf(record.view) + 1) : [];
  const digestOf = (version: string) =>
    before.find(
      (d: DeploymentView) =>
        isGood(d) && d.payload?.version && bare(d.payload.version) === bare(version),
    )?.payload?.digest ?? '';
  const named = settings.previousVersion ?? record?.view.payload?.previous_version ?? undefined;
  if (named) return { version: named, digest: digestOf(named) };
  const good = lastGood(
    before.filter((d) => d.payload?.version && bare(d.payload.version) !== bare(settings.version)),
  );
  return good?.payload?.version
    ? { version: good.payload.version, digest: good.payload.digest ?? '' }
    : undefined;
}
