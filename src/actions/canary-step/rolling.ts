import { core } from '../../core/runtime/index.js';
import { isGood, lastGood, setStatus, type DeploymentView } from '../../core/github/index.js';
import {
  ConfigError,
  describeError,
  formatDuration,
  mermaid,
  runUserCommandOrFail,
  sleep,
  table,
  UserError,
  writeSummary,
} from '../../core/runtime/index.js';
import { runGate, type GateReport } from '../../core/gate/index.js';
import { createPool, type PoolServer } from '../../core/traffic/index.js';
import { checkBatch, resolveCount, type RollingSettings } from './inputs.js';
import { saveHandoff } from '../../core/handoff/index.js';
import { Cancelled, findRecord, setOutputs, type CanaryDeps, type RecordInfo } from './main.js';

/** What happened to one server in one batch (of the roll, or of the revert). */
export interface ServerRecord {
  phase: 'roll' | 'revert';
  batch: number;
  name: string;
  address: string;
  version: string;
  /** Seconds the drain waited; sessions still open when it stopped waiting (null: the proxy cannot tell). */
  drainS: number | null;
  sessionsLeft: number | null;
  deploy: 'ok' | 'failed' | 'cancelled' | 'not run';
  health: GateReport['result'] | 'not checked' | 'cancelled';
  result: 'updated' | 'failed' | 'reverted' | 'not reverted' | 'interrupted';
  reason: string;
  startedS: number;
  endedS: number;
  gate?: Pick<GateReport, 'result' | 'decidedAfterS' | 'samples' | 'errorRate' | 'p95Ms'>;
}

export interface RollingResult {
  strategy: 'rolling';
  decision: 'promoted' | 'aborted';
  /** Share of the pool (%) on the new version at the end. */
  finalWeight: number;
  /** The server that failed, empty unless aborted. */
  failedStep: string;
  reason: string;
  version: string;
  previousVersion: string | null;
  batchSize: number;
  maxUnavailable: number;
  servers: ServerRecord[];
  /** Servers on each version after each batch, for the chart. */
  progress: { label: string; t: number; onNew: number; onOld: number }[];
  pool: string[];
  deploymentId?: number;
  provider: string;
  seconds: number;
}

const POLL_MS = 100;

/**
 * Rolls `version` over a fixed pool, batch by batch: drain the batch (wait for its sessions to
 * end, at most drain-timeout), run deploy-command once per server with GLIDEPATH_SERVER, check
 * each server alone with the gate, put it back. A failed batch stops the roll and redeploys the
 * previous version on every server already touched; a cancel puts every drained server back at
 * once. No server is ever left drained.
 */
export async function runRolling(
  settings: RollingSettings,
  deps: CanaryDeps,
): Promise<RollingResult> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
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

  // Everything is checked before the first drain: the pool, the batch, every server's gate.
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

  const result: RollingResult = {
    strategy: 'rolling',
    decision: 'promoted',
    finalWeight: 0,
    failedStep: '',
    reason: '',
    version: settings.version,
    previousVersion: previous?.version ?? null,
    batchSize,
    maxUnavailable,
    servers: [],
    progress: [{ label: 'start', t: 0, onNew: 0, onOld: servers.length }],
    pool: servers.map((s) => s.name),
    deploymentId: record?.id,
    provider: pool.describe(),
    seconds: 0,
  };
  const status = async (state: 'in_progress' | 'success' | 'failure', description: string) => {
    if (record)
      await setStatus(deps.client(), deps.ctx, record.id, state, {
        description,
        autoInactive: false,
      });
  };
  const drained = new Set<string>();
  const onNew = new Set<string>();
  const persist = (active: boolean) =>
    saveHandoff('glidepath-traffic', {
      active,
      pool: settings.pool,
      drained: [...drained],
      deploymentId: record?.id,
      environment: settings.environment,
    });
  const mark = (label: string) =>
    result.progress.push({
      label,
      t: elapsed(),
      onNew: onNew.size,
      onOld: servers.length - onNew.size,
    });
  const drain = async (batch: PoolServer[]) => {
    // Saved before the change, so a post step after a kill puts back even a half-made drain.
    for (const s of batch) drained.add(s.name);
    persist(true);
    await pool.set(
      batch.map((s) => s.name),
      'drain',
    );
    return waitDrained(pool, batch, settings.drainTimeoutMs, deps.signal);
  };
  const readyAgain = async (names: string[]) => {
    if (!names.length) return;
    await pool.set(names, 'ready');
    for (const name of names) drained.delete(name);
    persist(true);
  };
  const deploy = (server: PoolServer, version: string, replacing: string, versionDigest: string) =>
    runUserCommandOrFail(settings.deployCommand, {
      env: {
        GLIDEPATH_VERSION: version,
        GLIDEPATH_PREVIOUS_VERSION: replacing,
        GLIDEPATH_DIGEST: versionDigest,
        GLIDEPATH_ENVIRONMENT: settings.environment ?? '',
        GLIDEPATH_SERVER: server.name,
        GLIDEPATH_SERVER_ADDRESS: server.address,
      },
      timeoutMs: settings.deployTimeoutMs,
      label: `The command in input 'deploy-command' (server ${server.name})`,
      cwd: deps.ctx.workspace,
    });

  const batches = chunk(servers, batchSize);
  persist(true);
  try {
    core.info(
      `Rolling ${settings.version} over ${servers.length} servers of ${pool.describe()}, ${batchSize} at a time${previous ? `; ${previous.version} is the version to go back to` : ''}`,
    );
    for (const [i, batch] of batches.entries()) {
      if (deps.signal.aborted) throw new Cancelled();
      const names = batch.map((s) => s.name).join(', ');
      await status(
        'in_progress',
        `rolling ${settings.version}: batch ${i + 1}/${batches.length} (${names}), ${onNew.size}/${servers.length} servers done`,
      );
      const batchStart = elapsed();
      const waits = await drain(batch);
      if (deps.signal.aborted) throw new Cancelled();
      const rows = await Promise.all(
        batch.map(async (server): Promise<ServerRecord> => {
          const row: ServerRecord = {
            phase: 'roll',
            batch: i + 1,
            name: server.name,
            address: server.address,
            version: settings.version,
            drainS: null,
            sessionsLeft: null,
            ...waits.get(server.name),
            deploy: 'not run',
            health: 'not checked',
            result: 'failed',
            reason: '',
            startedS: batchStart,
            endedS: 0,
          };
          core.info(`${server.name} (${server.address}): deploying ${settings.version}`);
          onNew.add(server.name);
          try {
            await deploy(server, settings.version, previous?.version ?? '', digest);
            row.deploy = 'ok';
          } catch (error) {
            row.deploy = deps.signal.aborted ? 'cancelled' : 'failed';
            row.reason = describeError(error);
            row.endedS = elapsed();
            return row;
          }
          const gate = gates.get(server.name);
          if (gate?.checks.length && !deps.signal.aborted) {
            const report = await runGate(gate, { signal: deps.signal });
            row.health = deps.signal.aborted ? 'cancelled' : report.result;
            row.gate = {
              result: report.result,
              decidedAfterS: report.decidedAfterS,
              samples: report.samples,
              errorRate: report.errorRate,
              p95Ms: report.p95Ms,
            };
            row.reason = report.reason;
            const unhealthy =
              report.result === 'fail' ||
              (report.result === 'inconclusive' && gate.onInconclusive === 'fail');
            core.info(
              `${server.name}: health ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`,
            );
            if (unhealthy) {
              row.endedS = elapsed();
              return row;
            }
          }
          row.result = 'updated';
          row.reason ||= 'deployed';
          row.endedS = elapsed();
          return row;
        }),
      );
      result.servers.push(...rows);
      if (deps.signal.aborted) throw new Cancelled();
      const failed = rows.find((r) => r.result !== 'updated');
      if (failed) {
        result.decision = 'aborted';
        result.failedStep = failed.name;
        result.reason = `${failed.name} failed: ${failed.deploy === 'failed' ? failed.reason : `health ${failed.health}: ${failed.reason}`}`;
        const back = await revert(batch, batches.slice(0, i).reverse());
        mark('revert');
        result.reason += `; ${back}`;
        await status('failure', `rolling stopped at ${failed.name}: ${back}`);
        persist(false);
        return finish(result, started, onNew.size, servers.length);
      }
      await readyAgain(batch.map((s) => s.name));
      mark(`batch ${i + 1}`);
      core.info(
        `Batch ${i + 1}/${batches.length} (${names}) on ${settings.version} and back in the pool`,
      );
    }
    result.reason = `${settings.version} rolled out to all ${servers.length} servers, ${batchSize} at a time`;
    await status(
      'success',
      `rolled out ${settings.version} to ${servers.length}/${servers.length} servers`,
    );
    persist(false);
    return finish(result, started, onNew.size, servers.length);
  } catch (error) {
    // Whatever went wrong, no server stays drained; the record follows.
    const out = [...drained];
    await readyAgain(out).catch((e: unknown) =>
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
    await status('failure', `rolling ${settings.version} ${what}`).catch(() => undefined);
    persist(false);
    throw cancelled
      ? new UserError(
          `canary-step was cancelled: no server is left drained (${[...onNew].length}/${servers.length} had been given ${settings.version}) and the deployment is marked failure`,
        )
      : error;
  }

  /**
   * The failed batch (still drained) gets the previous version and comes back; then each earlier
   * batch, newest first, is drained, redeployed and brought back the same way. Returns what
   * happened, in words.
   */
  async function revert(failedBatch: PoolServer[], earlier: PoolServer[][]): Promise<string> {
    const touchedNow = failedBatch.filter((s) => onNew.has(s.name));
    if (!previous) {
      await readyAgain(failedBatch.map((s) => s.name));
      const left = [...onNew];
      core.error(
        `Could not revert ${left.join(', ')}: no previous version is known (set previous-version, or record deployments with promote-environment)`,
      );
      return `no previous version known, so ${left.join(', ')} could not be reverted (all servers are ready)`;
    }
    const notReverted: string[] = [];
    const redeploy = async (
      batch: PoolServer[],
      index: number,
      waits: Map<string, { drainS: number | null; sessionsLeft: number | null }>,
    ) => {
      const start = elapsed();
      await Promise.all(
        batch.map(async (server) => {
          const row: ServerRecord = {
            phase: 'revert',
            batch: index,
            name: server.name,
            address: server.address,
            version: previous.version,
            drainS: null,
            sessionsLeft: null,
            ...waits.get(server.name),
            deploy: 'not run',
            health: 'not checked',
            result: 'reverted',
            reason: `back on ${previous.version}`,
            startedS: start,
            endedS: 0,
          };
          core.info(`${server.name}: redeploying ${previous.version}`);
          try {
            await deploy(server, previous.version, settings.version, previous.digest);
            row.deploy = 'ok';
            onNew.delete(server.name);
          } catch (error) {
            row.deploy = deps.signal.aborted ? 'cancelled' : 'failed';
            row.result = 'not reverted';
            row.reason = describeError(error);
            notReverted.push(server.name);
            core.error(`Could not redeploy ${previous.version} on ${server.name}: ${row.reason}`);
          }
          row.endedS = elapsed();
          result.servers.push(row);
        }),
      );
    };
    await redeploy(touchedNow, 1, new Map());
    await readyAgain(failedBatch.map((s) => s.name));
    for (const [k, batch] of earlier.entries()) {
      if (deps.signal.aborted) throw new Cancelled();
      await redeploy(batch, k + 2, await drain(batch));
      await readyAgain(batch.map((s) => s.name));
    }
    if (deps.signal.aborted) throw new Cancelled();
    const reverted = [...touchedNow, ...earlier.flat()]
      .map((s) => s.name)
      .filter((n) => !notReverted.includes(n));
    return notReverted.length
      ? `${notReverted.join(', ')} could not be reverted to ${previous.version}${reverted.length ? `; ${reverted.join(', ')} back on it` : ''}`
      : `${reverted.join(', ')} back on ${previous.version}`;
  }
}

/** Waits until every server of the batch has no session left, or drain-timeout; per server, how long and what was left. */
async function waitDrained(
  pool: ReturnType<typeof createPool>,
  batch: PoolServer[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Map<string, { drainS: number | null; sessionsLeft: number | null }>> {
  const started = Date.now();
  const waits = new Map<string, { drainS: number | null; sessionsLeft: number | null }>();
  const names = new Set(batch.map((s) => s.name));
  for (;;) {
    const now = await pool.list();
    const pending = now.filter((s) => names.has(s.name) && !waits.has(s.name));
    for (const s of pending) {
      if (s.sessions === 0)
        waits.set(s.name, { drainS: (Date.now() - started) / 1000, sessionsLeft: 0 });
    }
    const open = pending.filter((s) => s.sessions !== 0);
    if (open.length === 0 || signal.aborted) break;
    if (Date.now() - started >= timeoutMs) {
      for (const s of open) {
        waits.set(s.name, { drainS: (Date.now() - started) / 1000, sessionsLeft: s.sessions });
        // nginx cannot report sessions: waiting the whole drain-timeout is the drain.
        if (s.sessions !== null)
          core.warning(
            `${s.name} still had ${s.sessions} session(s) after drain-timeout ${formatDuration(timeoutMs)}: deploying anyway`,
          );
      }
      break;
    }
    await sleep(Math.min(POLL_MS, timeoutMs - (Date.now() - started)), signal);
  }
  return waits;
}

function finish(
  result: RollingResult,
  started: number,
  onNew: number,
  total: number,
): RollingResult {
  result.seconds = (Date.now() - started) / 1000;
  result.finalWeight = Math.round((100 * onNew) / total);
  return result;
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
): { version: string; digest: string } | undefined {
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

/** Outputs, the JSON report, and the job summary: a row per server per batch and a chart of servers on each version. */
export async function reportRolling(
  settings: RollingSettings,
  result: RollingResult,
): Promise<void> {
  await setOutputs(result);
  const icon = result.decision === 'promoted' ? '✅' : '❌';
  let md = `### ${icon} Glidepath canary-step (rolling): ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
  const rows = result.servers.map((s) => [
    s.phase === 'roll' ? `batch ${s.batch}` : `revert ${s.batch}`,
    s.name,
    s.address,
    s.version,
    s.drainS === null
      ? '—'
      : `${s.drainS.toFixed(1)}s${s.sessionsLeft ? `, ${s.sessionsLeft} left` : s.sessionsLeft === null ? ' (no session count)' : ''}`,
    s.deploy,
    s.gate
      ? `${s.health}: ${s.gate.samples} samples, ${s.gate.errorRate === null ? '—' : `${(s.gate.errorRate * 100).toFixed(2)}%`} errors`
      : s.health,
    s.result,
    `${s.startedS.toFixed(1)}–${s.endedS.toFixed(1)}s`,
    s.reason,
  ]);
  md += table(
    [
      'Batch',
      'Server',
      'Address',
      'Version',
      'Drained',
      'Deploy',
      'Health',
      'Result',
      'When',
      'Why',
    ],
    rows,
  );
  const points = result.progress;
  md += mermaid(
    [
      'xychart-beta',
      `  title "Servers on ${result.version} (bars) and on ${result.previousVersion ?? 'the previous version'} (line)"`,
      `  x-axis [${points.map((p) => `"${p.label}"`).join(', ')}]`,
      `  y-axis "servers" 0 --> ${result.pool.length}`,
      `  bar [${points.map((p) => p.onNew).join(', ')}]`,
      `  line [${points.map((p) => p.onOld).join(', ')}]`,
    ].join('\n'),
  );
  md += `\n${result.pool.length} servers, batch ${result.batchSize}, max-unavailable ${result.maxUnavailable} · ${result.provider} · took ${formatDuration(result.seconds * 1000)}\n`;
  await writeSummary(md);
}
