import { core, formatDuration, runUserCommandOrFail, sleep } from '../../core/runtime/index.js';
import type { GateSettings } from '../../core/gate/index.js';
import type { PoolServer, ServerPool } from '../../core/traffic/index.js';
import type { RollingSettings } from './inputs.js';
import {
  type CanaryDeps,
  Cancelled,
  type GateGlance,
  type RecordInfo,
  recordStatus,
  type StatusWriter,
  trafficHandoff,
} from './shared.js';

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
  health: GateGlance['result'] | 'not checked' | 'cancelled';
  result: 'updated' | 'failed' | 'reverted' | 'not reverted' | 'interrupted';
  reason: string;
  startedS: number;
  endedS: number;
  gate?: GateGlance;
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

/** Per server of a drained batch: how long the drain waited and the sessions it left open. */
export type DrainWaits = Map<string, { drainS: number | null; sessionsLeft: number | null }>;

/** The version to go back to after a failed batch, with its digest ('' when unknown). */
export interface Previous {
  version: string;
  digest: string;
}

const POLL_MS = 100;

/** What the checks before the first drain found: the pool, the record, the batches' size, every server's gate. */
export interface RollPlan {
  pool: ServerPool;
  record: RecordInfo | undefined;
  previous: Previous | undefined;
  /** The digest of the version rolled out, when the record gives it. */
  digest: string;
  servers: PoolServer[];
  batchSize: number;
  maxUnavailable: number;
  gates: Map<string, GateSettings>;
}

/**
 * The state of one rolling deploy, shared by the roll (rolling.ts) and the revert (revert.ts):
 * the pool, which servers are drained and which run the new version, the record, the hand-off
 * for the post step and the result being written. Every drain and every return to ready goes
 * through here, so the hand-off always names the servers drained at the moment.
 */
export class Roll {
  /** Servers set to drain and not yet back to ready: what a cancel or the post step puts back. */
  readonly drained = new Set<string>();
  /** Servers given the new version (a deploy started) and not reverted. */
  readonly onNew = new Set<string>();
  /** Sets a status on the deployment record. */
  readonly status: StatusWriter;
  /** Saves the hand-off for the post step: the pool and the servers drained now. */
  readonly persist: (active: boolean) => void;

  readonly pool: ServerPool;
  readonly servers: PoolServer[];
  /** What the roll writes down as it goes: rows, progress, the decision. */
  readonly result: RollingResult;

  constructor(
    /** When runRolling began (Date.now()): the roll's clock. */
    readonly started: number,
    readonly settings: RollingSettings,
    readonly deps: CanaryDeps,
    /** What the checks found: the pool, the record, the version to go back to, the gates. */
    readonly plan: RollPlan,
  ) {
    const { pool, servers, record, previous } = plan;
    this.pool = pool;
    this.servers = servers;
    this.result = {
      strategy: 'rolling',
      decision: 'promoted',
      finalWeight: 0,
      failedStep: '',
      reason: '',
      version: settings.version,
      previousVersion: previous?.version ?? null,
      batchSize: plan.batchSize,
      maxUnavailable: plan.maxUnavailable,
      servers: [],
      progress: [{ label: 'start', t: 0, onNew: 0, onOld: servers.length }],
      pool: servers.map((s) => s.name),
      deploymentId: record?.id,
      provider: pool.describe(),
      seconds: 0,
    };
    this.status = recordStatus(record, deps);
    this.persist = trafficHandoff(settings, record, () => ({
      pool: settings.pool,
      drained: [...this.drained],
    }));
  }

  /** Seconds since the roll started. */
  elapsed(): number {
    return (Date.now() - this.started) / 1000;
  }

  /** Throws Cancelled once the runner has cancelled the job. */
  stopIfCancelled(): void {
    if (this.deps.signal.aborted) throw new Cancelled();
  }

  /** A point on the progress chart: servers on each version now. */
  mark(label: string): void {
    this.result.progress.push({
      label,
      t: this.elapsed(),
      onNew: this.onNew.size,
      onOld: this.servers.length - this.onNew.size,
    });
  }

  /** Drains the batch and waits for its sessions to end (at most drain-timeout). */
  async drain(batch: PoolServer[]): Promise<DrainWaits> {
    // Saved before the change, so a post step after a kill puts back even a half-made drain.
    for (const s of batch) this.drained.add(s.name);
    this.persist(true);
    await this.pool.set(
      batch.map((s) => s.name),
      'drain',
    );
    return waitDrained(this.pool, batch, this.settings.drainTimeoutMs, this.deps.signal);
  }

  /** Puts servers back to ready. */
  async readyAgain(names: string[]): Promise<void> {
    if (!names.length) return;
    await this.pool.set(names, 'ready');
    for (const name of names) this.drained.delete(name);
    this.persist(true);
  }

  /** Runs deploy-command for one server: `version` replacing `replacing`. */
  deploy(server: PoolServer, version: string, replacing: string, digest: string): Promise<void> {
    const { settings } = this;
    return runUserCommandOrFail(settings.deployCommand, {
      env: {
        GLIDEPATH_VERSION: version,
        GLIDEPATH_PREVIOUS_VERSION: replacing,
        GLIDEPATH_DIGEST: digest,
        GLIDEPATH_ENVIRONMENT: settings.environment ?? '',
        GLIDEPATH_SERVER: server.name,
        GLIDEPATH_SERVER_ADDRESS: server.address,
      },
      timeoutMs: settings.deployTimeoutMs,
      label: `The command in input 'deploy-command' (server ${server.name})`,
      cwd: this.deps.ctx.workspace,
    });
  }

  /** A fresh row for one server of a batch, deploy not run yet. */
  row(
    server: PoolServer,
    waits: DrainWaits,
    row: Pick<ServerRecord, 'phase' | 'batch' | 'version' | 'result' | 'reason' | 'startedS'>,
  ): ServerRecord {
    return {
      phase: row.phase,
      batch: row.batch,
      name: server.name,
      address: server.address,
      version: row.version,
      drainS: null,
      sessionsLeft: null,
      ...waits.get(server.name),
      deploy: 'not run',
      health: 'not checked',
      result: row.result,
      reason: row.reason,
      startedS: row.startedS,
      endedS: 0,
    };
  }

  /** The result with its time and the share of the pool on the new version. */
  finish(): RollingResult {
    this.result.seconds = this.elapsed();
    this.result.finalWeight = Math.round((100 * this.onNew.size) / this.servers.length);
    return this.result;
  }
}

/** Waits until every server of the batch has no session left, or drain-timeout; per server, how long and what was left. */
async function waitDrained(
  pool: ServerPool,
  batch: PoolServer[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<DrainWaits> {
  const started = Date.now();
  const waits: DrainWaits = new Map();
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
