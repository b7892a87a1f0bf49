import { core, describeError, formatDuration, sleep, UserError } from '../../core/runtime/index.js';
import { type GateReport, isUnhealthy, runGate, splitFailAlpha } from '../../core/gate/index.js';
import { WrittenNotConfirmed } from '../../core/traffic/index.js';
import { clockNow, describeInstant, windowVerdict } from '../../core/pipeline/index.js';
import type { CanarySettings } from './inputs.js';
import {
  type CanaryDeps,
  Cancelled,
  beforeAnyWrite,
  type GateGlance,
  glance,
  recordStatus,
  trafficHandoff,
} from './shared.js';

export type Decision = 'promoted' | 'aborted' | 'paused';

export interface StepRecord {
  label: string;
  weight: number;
  startedS: number;
  endedS: number;
  result: 'pass' | 'fail' | 'inconclusive' | 'skipped' | 'cancelled';
  reason: string;
  gate?: GateGlance;
}

export interface CanaryResult {
  decision: Decision;
  finalWeight: number;
  failedStep: string;
  reason: string;
  steps: StepRecord[];
  timeline: { t: number; weight: number; errorRate: number | null }[];
  deploymentId?: number;
  /** The provider as described to people. */
  provider: string;
  seconds: number;
}

const MARKER = /\[gp step=(\d+) w=(\d+(?:\.\d+)?)\]/;

/**
 * Walks the steps: set the weight, analyse the step with the gate (which may pass early),
 * and on a fail, a cancel or any error put all traffic back on stable before anything else.
 */
export async function runCanary(settings: CanarySettings, deps: CanaryDeps): Promise<CanaryResult> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const { provider, record } = await beforeAnyWrite(settings, deps);
  const result: CanaryResult = {
    decision: 'promoted',
    finalWeight: 0,
    failedStep: '',
    reason: '',
    steps: [],
    timeline: [],
    deploymentId: record?.id,
    provider: provider.describe(),
    seconds: 0,
  };
  const status = recordStatus(record, deps);
  const persist = trafficHandoff(settings, record, () => ({ provider: settings.provider }));

  let current = 0;
  // A provider that failed after writing (the change made but never confirmed) may have moved
  // traffic: the catch then restores stable even though no weight was confirmed.
  let moved = false;
  const shift = async (weight: number) => {
    try {
      await provider.setWeight(weight);
    } catch (error) {
      if (error instanceof WrittenNotConfirmed) moved = true;
      throw error;
    }
    current = weight;
    result.timeline.push({ t: elapsed(), weight, errorRate: null });
    core.info(`Traffic: ${weight}% to the new version (${provider.describe()})`);
  };
  const restoreStable = async (why: string) => {
    try {
      await shift(0);
    } catch (error) {
      core.error(
        `Could not restore stable traffic after ${why}: ${(error as Error).message}. Put all traffic back on stable by hand`,
      );
      throw error;
    }
  };

  const plan =
    settings.weight !== undefined
      ? [{ weight: settings.weight, bakeMs: settings.gate.durationMs, label: `${settings.weight}` }]
      : settings.strategy === 'blue-green'
        ? [
            { weight: 0, bakeMs: settings.gate.durationMs, label: 'pre-switch (0%)' },
            { weight: 100, bakeMs: settings.gate.durationMs, label: 'switched (100%)' },
          ]
        : settings.steps;
  // The steps that run a gate: one false alarm among them aborts the rollout, so they share α's
  // fail side (family.ts). The final 100% step of a canary and steps without bake time run none.
  const analysed = plan.filter(
    (step, i) =>
      step.bakeMs > 0 &&
      !(i === plan.length - 1 && settings.weight === undefined && settings.strategy === 'canary'),
  ).length;
  // Holds the weight where it is and ends the run `paused`: the marker first in the description
  // (GitHub keeps 140 characters) says which step a later run of canary-step resumes at.
  const pause = async (next: number, why: string, awaited: string) => {
    result.decision = 'paused';
    result.finalWeight = current;
    result.reason = `${why}; ${awaited}`;
    await status('in_progress', `[gp step=${next} w=${current}] paused at ${current}%: ${awaited}`);
    persist(false);
    core.info(`canary-step paused at ${current}%: ${why}; ${awaited}`);
    return finish(result, started);
  };
  if (settings.windowOverride) {
    const w = settings.windowOverride;
    core.warning(`override-window: ${w.by} started past ${w.rule}: “${w.reason}”`);
  }
  persist(true);
  try {
    if (settings.matchHeader && provider.setMatchHeader)
      await provider.setMatchHeader(settings.matchHeader);
    const resumable = settings.weight === undefined && settings.strategy === 'canary';
    const resumeAt = resumable ? resumeIndex(record?.latestDescription, plan.length) : 0;
    if (resumeAt > 0)
      core.info(
        `Resuming at step ${resumeAt + 1} of ${plan.length}, where an earlier attempt stopped`,
      );

    for (let i = resumeAt; i < plan.length; i++) {
      const step = plan[i] as (typeof plan)[number];
      if (deps.signal.aborted) throw new Cancelled();
      // A window that closed during the last step: finish it (done), hold there, resume later.
      if (i > resumeAt && settings.rules && !settings.windowOverride && resumable) {
        const verdict = windowVerdict(settings.rules, clockNow());
        if (!verdict.open) {
          const opens =
            verdict.next === undefined
              ? 'no window opens within a year'
              : `the next window opens ${describeInstant(verdict.next, settings.rules.timeZone)}`;
          return await pause(
            i,
            `the release window closed (${verdict.rule}) after step ${i}/${plan.length}; ${opens}`,
            `window closed; run canary-step again in the next window to resume at step ${i + 1}/${plan.length}`,
          );
        }
      }
      const stepStart = elapsed();
      await shift(step.weight);
      await status(
        'in_progress',
        `canary ${step.weight}% (step ${i + 1}/${plan.length}) [gp step=${i} w=${step.weight}]`,
      );
      const last =
        i === plan.length - 1 && settings.weight === undefined && settings.strategy === 'canary';
      if (last || step.bakeMs === 0) {
        result.steps.push({
          label: step.label,
          weight: step.weight,
          startedS: stepStart,
          endedS: elapsed(),
          result: 'skipped',
          reason: last ? 'final step: full traffic' : 'no bake time',
        });
        continue;
      }
      let report: GateReport | undefined;
      if (settings.gate.checks.length) {
        report = await core.group(`Step ${i + 1}/${plan.length}: ${step.label}: analysis`, () =>
          runGate(splitFailAlpha({ ...settings.gate, durationMs: step.bakeMs }, analysed), {
            signal: deps.signal,
          }),
        );
        const latest = result.timeline.at(-1);
        if (latest) latest.errorRate = report.errorRate;
        result.timeline.push({ t: elapsed(), weight: step.weight, errorRate: report.errorRate });
      } else {
        await sleep(step.bakeMs, deps.signal);
      }
      if (deps.signal.aborted) throw new Cancelled();
      const unhealthy = report && isUnhealthy(report.result, settings.gate.onInconclusive);
      result.steps.push({
        label: step.label,
        weight: step.weight,
        startedS: stepStart,
        endedS: elapsed(),
        result: report ? report.result : 'skipped',
        reason: report ? report.reason : `baked ${formatDuration(step.bakeMs)} without analysis`,
        ...(report ? { gate: glance(report) } : {}),
      });
      if (report?.result === 'inconclusive' && settings.pauseOnInconclusive) {
        const next = settings.weight === undefined ? i + 1 : 0;
        return await pause(
          next,
          `step ${i + 1}/${plan.length} (${step.label}) ended inconclusive: ${report.reason}`,
          `step ${i + 1}/${plan.length} inconclusive, awaiting a person: approve to resume, reject to roll back`,
        );
      }
      if (unhealthy && report) {
        await restoreStable('a failed analysis');
        result.decision = 'aborted';
        result.failedStep = step.label;
        result.reason = report.reason;
        await status('failure', `aborted at ${step.weight}%: ${report.reason}`);
        persist(false);
        return finish(result, started);
      }
    }
    result.finalWeight = current;
    if (settings.weight !== undefined && settings.weight < 100) {
      result.decision = 'paused';
      result.reason = `holding at ${settings.weight}% until the next job`;
      await status(
        'in_progress',
        `canary paused at ${settings.weight}% [gp step=0 w=${settings.weight}]`,
      );
    } else {
      result.decision = 'promoted';
      // Say plainly when a step went on without a pass: on-inconclusive: pass means "no fail
      // was shown in the bake time", which is not the same as a healthy verdict.
      const unproven = result.steps.filter((s) => s.result === 'inconclusive').map((s) => s.label);
      result.reason =
        settings.strategy === 'blue-green'
          ? 'switched to the new version'
          : unproven.length
            ? `no step failed; ${unproven.join(', ')} ended inconclusive (no decision within its bake time) and went on because on-inconclusive is pass`
            : 'every step passed';
      await status('success', `promoted: ${current}% on the new version`);
    }
    persist(false);
    return finish(result, started);
  } catch (error) {
    // Whatever went wrong, traffic goes back to stable first; the record follows.
    let restored = true;
    if (current !== 0 || moved || settings.strategy === 'blue-green')
      restored = await restoreStable(error instanceof Cancelled ? 'the cancel' : 'an error').then(
        () => true,
        () => false,
      );
    result.decision = 'aborted';
    result.failedStep =
      plan.find((step) => !result.steps.some((done) => done.label === step.label))?.label ?? '';
    const message =
      error instanceof Cancelled
        ? `cancelled: ${restored ? 'traffic restored to stable' : 'stable traffic could NOT be restored'}`
        : `error: ${(error as Error).message}`;
    await status('failure', `aborted: ${message}`).catch(() => undefined);
    // Restoring failed: the post step must not say there is nothing to do.
    persist(!restored);
    if (!restored)
      throw new UserError(
        `canary-step stopped (${describeError(error)}) and could not put traffic back on stable through ${provider.describe()}: do it by hand; the deployment is marked failure`,
      );
    throw error instanceof Cancelled
      ? new UserError(
          'canary-step was cancelled: all traffic is back on stable and the deployment is marked failure',
        )
      : error;
  }
}

function finish(result: CanaryResult, started: number): CanaryResult {
  result.seconds = (Date.now() - started) / 1000;
  result.finalWeight = result.timeline.at(-1)?.weight ?? result.finalWeight;
  return result;
}

function resumeIndex(description: string | undefined, steps: number): number {
  const m = MARKER.exec(description ?? '');
  if (!m) return 0;
  const index = Number(m[1]);
  return index > 0 && index < steps ? index : 0;
}
