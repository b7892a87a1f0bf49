import { core } from '../../core/runtime/index.js';
import {
  formatDuration,
  mermaid,
  type RunContext,
  sleep,
  table,
  UserError,
  writeSummary,
} from '../../core/runtime/index.js';
import {
  type DeploymentView,
  type GitHubClient,
  readHistory,
  setStatus,
} from '../../core/github/index.js';
import { type GateReport, runGate, writeReport } from '../../core/gate/index.js';
import { createProvider } from '../../core/traffic/index.js';
import { saveHandoff } from '../../core/handoff/index.js';
import type { CanarySettings, RecordSettings } from './inputs.js';

export type Decision = 'promoted' | 'aborted' | 'paused';

export interface StepRecord {
  label: string;
  weight: number;
  startedS: number;
  endedS: number;
  result: 'pass' | 'fail' | 'inconclusive' | 'skipped' | 'cancelled';
  reason: string;
  gate?: Pick<GateReport, 'result' | 'decidedAfterS' | 'samples' | 'errorRate' | 'p95Ms'>;
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

export interface CanaryDeps {
  ctx: RunContext;
  client: () => GitHubClient;
  signal: AbortSignal;
}

/**
 * Walks the steps: set the weight, analyse the step with the gate (which may pass early),
 * and on a fail, a cancel or any error put all traffic back on stable before anything else.
 */
export async function runCanary(settings: CanarySettings, deps: CanaryDeps): Promise<CanaryResult> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const provider = createProvider(settings.provider);
  const record = await findRecord(settings, deps);
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
  const status = async (state: 'in_progress' | 'success' | 'failure', description: string) => {
    if (record)
      await setStatus(deps.client(), deps.ctx, record.id, state, {
        description,
        autoInactive: false,
      });
  };
  const persist = (active: boolean) =>
    saveHandoff('glidepath-traffic', {
      active,
      provider: settings.provider,
      deploymentId: record?.id,
      environment: settings.environment,
    });

  let current = 0;
  const shift = async (weight: number) => {
    await provider.setWeight(weight);
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
  persist(true);
  try {
    if (settings.matchHeader && provider.setMatchHeader)
      await provider.setMatchHeader(settings.matchHeader);
    const resumeAt =
      settings.weight === undefined && settings.strategy === 'canary'
        ? resumeIndex(record?.latestDescription, plan.length)
        : 0;
    if (resumeAt > 0)
      core.info(
        `Resuming at step ${resumeAt + 1} of ${plan.length}, where an earlier attempt stopped`,
      );

    for (let i = resumeAt; i < plan.length; i++) {
      const step = plan[i] as (typeof plan)[number];
      if (deps.signal.aborted) throw new Cancelled();
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
          runGate({ ...settings.gate, durationMs: step.bakeMs }, { signal: deps.signal }),
        );
        const latest = result.timeline.at(-1);
        if (latest) latest.errorRate = report.errorRate;
        result.timeline.push({ t: elapsed(), weight: step.weight, errorRate: report.errorRate });
      } else {
        await sleep(step.bakeMs, deps.signal);
      }
      if (deps.signal.aborted) throw new Cancelled();
      const unhealthy =
        report &&
        (report.result === 'fail' ||
          (report.result === 'inconclusive' && settings.gate.onInconclusive === 'fail'));
      result.steps.push({
        label: step.label,
        weight: step.weight,
        startedS: stepStart,
        endedS: elapsed(),
        result: report ? report.result : 'skipped',
        reason: report ? report.reason : `baked ${formatDuration(step.bakeMs)} without analysis`,
        ...(report
          ? {
              gate: {
                result: report.result,
                decidedAfterS: report.decidedAfterS,
                samples: report.samples,
                errorRate: report.errorRate,
                p95Ms: report.p95Ms,
              },
            }
          : {}),
      });
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
      result.reason =
        settings.strategy === 'blue-green' ? 'switched to the new version' : 'every step passed';
      await status('success', `promoted: ${current}% on the new version`);
    }
    persist(false);
    return finish(result, started);
  } catch (error) {
    // Whatever went wrong, traffic goes back to stable first; the record follows.
    if (current !== 0 || settings.strategy === 'blue-green')
      await restoreStable(error instanceof Cancelled ? 'the cancel' : 'an error').catch(
        () => undefined,
      );
    result.decision = 'aborted';
    result.failedStep =
      plan.find((step) => !result.steps.some((done) => done.label === step.label))?.label ?? '';
    const message =
      error instanceof Cancelled
        ? 'cancelled: traffic restored to stable'
        : `error: ${(error as Error).message}`;
    await status('failure', `aborted: ${message}`).catch(() => undefined);
    persist(false);
    throw error instanceof Cancelled
      ? new UserError(
          'canary-step was cancelled: all traffic is back on stable and the deployment is marked failure',
        )
      : error;
  }
}

/** Thrown where a cancel (SIGINT/SIGTERM) is noticed; the catch puts everything back. */
export class Cancelled extends Error {}

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

/** The Glidepath deployment that records progress, with the environment's history around it. */
export interface RecordInfo {
  id: number;
  /** Its latest description while in_progress (where a re-run resumes), else ''. */
  latestDescription: string;
  view: DeploymentView;
  /** The environment's Glidepath deployments, newest first. */
  list: DeploymentView[];
}

export async function findRecord(
  settings: RecordSettings,
  deps: CanaryDeps,
): Promise<RecordInfo | undefined> {
  if (!settings.environment) return undefined;
  const history = await readHistory(deps.client(), deps.ctx, [settings.environment]);
  // Records GitHub makes for jobs with `environment:` carry no Glidepath payload: never record on those.
  const list = (history.deployments[settings.environment] ?? []).filter(
    (d) => d.payload?.glidepath === 1,
  );
  const chosen = settings.deploymentId ? list.find((d) => d.id === settings.deploymentId) : list[0];
  if (!chosen) {
    throw new UserError(
      settings.deploymentId
        ? `Deployment ${settings.deploymentId} is not among the recent deployments of ${settings.environment}: pass promote-environment's deployment-id output`
        : `${settings.environment} has no deployment to record the canary on: run promote-environment first (its deployment-id output goes in deployment-id)`,
    );
  }
  return {
    id: chosen.id,
    latestDescription: chosen.latestState === 'in_progress' ? chosen.latestDescription : '',
    view: chosen,
    list,
  };
}

/** The JSON report and the outputs, the same for every strategy. */
export async function setOutputs(result: {
  decision: string;
  finalWeight: number;
  failedStep: string;
}): Promise<void> {
  const file = await writeReport({ kind: 'canary-step', ...result }, 'canary-step');
  core.setOutput('decision', result.decision);
  core.setOutput('final-weight', String(result.finalWeight));
  core.setOutput('failed-step', result.failedStep);
  core.setOutput('report', file);
}

/** Outputs, the JSON report, and the job summary with the step timeline. */
export async function report(settings: CanarySettings, result: CanaryResult): Promise<void> {
  await setOutputs(result);
  const icon = result.decision === 'promoted' ? '✅' : result.decision === 'paused' ? '⏸️' : '❌';
  const rows = result.steps.map((s, i) => [
    i + 1,
    s.label,
    `${s.weight}%`,
    s.result,
    `${s.startedS.toFixed(1)}–${s.endedS.toFixed(1)}s`,
    s.gate
      ? `${s.gate.samples} samples, ${s.gate.errorRate === null ? '—' : `${(s.gate.errorRate * 100).toFixed(2)}%`} errors`
      : '—',
    s.reason,
  ]);
  let md = `### ${icon} Glidepath canary-step: ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
  md += table(['#', 'Step', 'Weight', 'Result', 'When', 'Analysis', 'Why'], rows);
  if (result.timeline.length >= 2) {
    const points = result.timeline;
    md += mermaid(
      [
        'xychart-beta',
        `  title "Traffic to the new version (%)${result.decision === 'aborted' ? `, aborted at ${result.failedStep}` : ''}"`,
        `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(1)}"`).join(', ')}]`,
        '  y-axis "weight %" 0 --> 100',
        `  line [${points.map((p) => p.weight).join(', ')}]`,
      ].join('\n'),
    );
    const rates = points.map((p) => (p.errorRate === null ? 0 : +(p.errorRate * 100).toFixed(3)));
    if (points.some((p) => p.errorRate !== null)) {
      md += mermaid(
        [
          'xychart-beta',
          '  title "Canary error rate at each step (%)"',
          `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(1)}"`).join(', ')}]`,
          `  y-axis "errors %" 0 --> ${Math.max(1, ...rates) * 1.2}`,
          `  bar [${rates.join(', ')}]`,
        ].join('\n'),
      );
    }
  }
  md += `\nProvider: ${result.provider} · took ${formatDuration(result.seconds * 1000)}\n`;
  await writeSummary(md);
}
