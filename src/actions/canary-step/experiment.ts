import { core, sleep, UserError } from '../../core/runtime/index.js';
import {
  ExperimentAnalysis,
  type LiftReading,
  type Snapshot,
  snapshotReader,
} from '../../core/experiment/index.js';
import { type GateReport, runGate } from '../../core/gate/index.js';
import type { ExperimentRunSettings } from './experiment-inputs.js';
import {
  type CanaryDeps,
  Cancelled,
  beforeAnyWrite,
  type GateGlance,
  glance,
  recordStatus,
  trafficHandoff,
} from './shared.js';

export interface ExperimentResult {
  /** promoted: B at 100%; reverted: all traffic back on A; held: the split stays; aborted: guardrail or error. */
  decision: 'promoted' | 'reverted' | 'held' | 'aborted';
  winner: 'a' | 'b' | 'none';
  finalWeight: number;
  /** `guardrails` when a guardrail stopped it, else ''. */
  failedStep: string;
  reason: string;
  /** The last reading (null before both variants had data). */
  reading: LiftReading | null;
  decidedAfterS: number | null;
  /** Whether the counters gave per-user sums (else every visit was its own unit). */
  perUser: boolean;
  history: { t: number; lift: number; lower: number; upper: number }[];
  guardrails?: GateGlance & { reason: string };
  deploymentId?: number;
  provider: string;
  seconds: number;
}

/** Consecutive failed counter reads tolerated before the experiment stops (traffic back on A). */
const READ_FAILURES = 3;

/**
 * Holds B beside A at a fixed sticky split, reads both variants' counters every look and stops at
 * the first decision of the anytime-valid test, or at the horizon (winner none). The guardrails
 * (the canary checks) run beside it for the whole horizon: a fail puts all traffic back on A at
 * once. Any error or a cancel does the same before anything else.
 */
export async function runExperiment(
  settings: ExperimentRunSettings,
  deps: CanaryDeps,
): Promise<ExperimentResult> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const { provider, record } = await beforeAnyWrite(settings, deps);
  const result: ExperimentResult = {
    decision: 'held',
    winner: 'none',
    finalWeight: 0,
    failedStep: '',
    reason: '',
    reading: null,
    decidedAfterS: null,
    perUser: true,
    history: [],
    deploymentId: record?.id,
    provider: provider.describe(),
    seconds: 0,
  };
  const status = recordStatus(record, deps);
  const persist = trafficHandoff(settings, record, () => ({ provider: settings.provider }));
  const shift = async (weight: number) => {
    await provider.setWeight(weight);
    result.finalWeight = weight;
    core.info(`Traffic: ${weight}% of users to B (${provider.describe()})`);
  };
  const stopGuard = new AbortController();
  const onCancel = () => stopGuard.abort();
  deps.signal.addEventListener('abort', onCancel, { once: true });
  let guard: GateReport | undefined;
  const never = new Promise<void>(() => undefined);
  let gateRun: Promise<void> | undefined;
  let guardDone = never;
  persist(true);
  try {
    await shift(settings.split);
    await status('in_progress', `experiment: ${settings.split}% of users on B`);
    if (settings.gate.checks.length)
      guardDone = gateRun = runGate(settings.gate, { signal: stopGuard.signal }).then((report) => {
        guard = report;
      });
    const analysis = new ExperimentAnalysis(settings.analysis);
    const read = snapshotReader(settings.source, settings.metric, deps.signal);
    let failures = 0;
    for (;;) {
      const wait = Math.min(settings.lookMs, Math.max(0, settings.horizonMs - elapsed() * 1000));
      await Promise.race([sleep(wait, deps.signal), guardDone]);
      if (deps.signal.aborted) throw new Cancelled();
      if (guard?.result === 'fail') break;
      // A guardrail that passed (or ran out) has said what it can: stop racing it.
      if (guard) guardDone = never;
      let counters: Snapshot;
      try {
        counters = await read();
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures >= READ_FAILURES) throw error;
        core.warning(`${(error as Error).message}; trying again at the next look`);
        continue;
      }
      const { a, b } = counters;
      if (!a || !b) {
        if (elapsed() * 1000 >= settings.horizonMs) break;
        continue;
      }
      result.perUser = a.perUser && b.perUser;
      const verdict = analysis.update(a.totals, b.totals);
      if (verdict.reading) {
        result.reading = verdict.reading;
        const r = verdict.reading;
        result.history.push({ t: elapsed(), lift: r.lift, lower: r.lower, upper: r.upper });
      }
      if (verdict.state === 'decided') {
        result.winner = verdict.winner;
        result.decidedAfterS = elapsed();
        break;
      }
      if (elapsed() * 1000 >= settings.horizonMs) break;
    }
    stopGuard.abort();
    await gateRun?.catch(() => undefined);
    if (guard) result.guardrails = { ...glance(guard), reason: guard.reason };
    if (guard?.result === 'fail') {
      await shift(0);
      result.decision = 'aborted';
      result.failedStep = 'guardrails';
      result.reason = `a guardrail failed: ${guard.reason}; all traffic is back on A`;
      await status('failure', `experiment stopped by a guardrail: ${guard.reason}`);
    } else await conclude(settings, result, shift, status);
    persist(false);
    return finish(result, started);
  } catch (error) {
    stopGuard.abort();
    await shift(0).catch((e: Error) =>
      core.error(
        `Could not put all traffic back on A: ${e.message}. Put it back by hand (provider: ${provider.describe()})`,
      ),
    );
    const message =
      error instanceof Cancelled
        ? 'cancelled: all traffic is back on A'
        : `error: ${(error as Error).message}`;
    await status('failure', `experiment aborted: ${message}`).catch(() => undefined);
    persist(false);
    throw error instanceof Cancelled
      ? new UserError(
          'canary-step was cancelled: all traffic is back on A and the deployment is marked failure',
        )
      : error;
  } finally {
    deps.signal.removeEventListener('abort', onCancel);
  }
}

/** The end without a guardrail fail: promote (B to 100, or back to A), or hold the split. */
async function conclude(
  settings: ExperimentRunSettings,
  result: ExperimentResult,
  shift: (weight: number) => Promise<void>,
  status: ReturnType<typeof recordStatus>,
): Promise<void> {
  const verdict = verdictSentence(settings, result);
  result.reason = verdict;
  if (settings.onWinner === 'hold') {
    result.decision = 'held';
    await status(
      'in_progress',
      `experiment ended, winner ${result.winner}; holding ${settings.split}% on B`,
    );
    return;
  }
  if (result.winner === 'b') {
    await shift(100);
    result.decision = 'promoted';
    await status('success', `experiment: B won and was promoted to 100%`);
  } else {
    await shift(0);
    result.decision = 'reverted';
    await status(
      'failure',
      result.winner === 'a'
        ? 'experiment: A won; all traffic is back on A'
        : 'experiment: no winner by the horizon; all traffic is back on A',
    );
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One sentence: "B converts 4.1% better, 95% interval 1.2% to 7.0%; decided after 3,912 users per variant." */
export function verdictSentence(settings: ExperimentRunSettings, result: ExperimentResult): string {
  const r = result.reading;
  const level = `${Math.round((1 - settings.analysis.alpha) * 1000) / 10}%`;
  const verb = settings.metric === 'conversion' ? 'converts' : 'earns';
  if (!r) return 'No verdict: the counters never gave both variants data to compare.';
  const interval = `${level} interval ${pct(r.lower)} to ${pct(r.upper)}`;
  const users = Math.min(r.units.a, r.units.b).toLocaleString('en-US');
  if (result.winner === 'none')
    return `No winner by the horizon: B ${verb} ${pct(Math.abs(r.lift))} ${r.lift >= 0 ? 'better' : 'worse'} so far, ${interval}, after ${users} users per variant.`;
  const better = result.winner === 'b';
  return `${better ? 'B' : 'A'} wins: B ${verb} ${pct(Math.abs(r.lift))} ${r.lift >= 0 ? 'better' : 'worse'}, ${interval}; decided after ${users} users per variant.`;
}

function finish(result: ExperimentResult, started: number): ExperimentResult {
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
