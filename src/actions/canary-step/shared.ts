import { core, type RunContext, UserError } from '../../core/runtime/index.js';
import {
  type DeploymentView,
  type GitHubClient,
  isGlidepath,
  ofArtifact,
  readHistory,
  setStatus,
} from '../../core/github/index.js';
import {
  type GateConfig,
  type GateReport,
  preflightGate,
  writeReport,
} from '../../core/gate/index.js';
import {
  createProvider,
  type ProviderSettings,
  type TrafficProvider,
} from '../../core/traffic/index.js';
import { saveHandoff, type TrafficState } from '../../core/handoff/index.js';
import type { RecordSettings } from './inputs.js';

// What every strategy (canary and blue-green in main.ts, rolling in rolling.ts) shares: what it
// is given, the cancel marker, the deployment record it writes progress on, the hand-off its post
// step (post.ts) reads, and the outputs.

/** What a strategy is given besides its settings. */
export interface CanaryDeps {
  ctx: RunContext;
  client: () => GitHubClient;
  signal: AbortSignal;
}

/** Thrown where a cancel (SIGINT/SIGTERM) is noticed; the catch puts everything back. */
export class Cancelled extends Error {}

/** The Glidepath deployment that records progress, with the environment's history around it. */
export interface RecordInfo {
  id: number;
  /** Its latest description while in_progress (where a re-run resumes), else ''. */
  latestDescription: string;
  view: DeploymentView;
  /** The environment's Glidepath deployments, newest first. */
  list: DeploymentView[];
}

/**
 * What a strategy does before its first write (a deployment status, a weight): the provider checks
 * its names (a route, its backends) and each metric check asks its queries once, so a wrong name,
 * a refused key or a malformed query fails naming its input with nothing changed; then the
 * deployment record is found.
 */
export async function beforeAnyWrite(
  settings: RecordSettings & { provider: ProviderSettings; gate: Pick<GateConfig, 'checks'> },
  deps: CanaryDeps,
): Promise<{ provider: TrafficProvider; record: RecordInfo | undefined }> {
  const provider = createProvider(settings.provider);
  await provider.check?.();
  if (settings.gate.checks.length) await preflightGate(settings.gate, deps.signal);
  return { provider, record: await findRecord(settings, deps) };
}

export async function findRecord(
  settings: RecordSettings,
  deps: CanaryDeps,
): Promise<RecordInfo | undefined> {
  if (!settings.environment) return undefined;
  const history = await readHistory(deps.client(), deps.ctx, [settings.environment]);
  // Records GitHub makes for jobs with `environment:` carry no Glidepath payload: never record on those.
  const list = ofArtifact(
    (history.deployments[settings.environment] ?? []).filter(isGlidepath),
    settings.environment,
    settings.artifactName,
    deps.ctx.runId,
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

/** Sets a status on the record (none without one); the deployment stays active. */
export type StatusWriter = (
  state: 'in_progress' | 'success' | 'failure',
  description: string,
) => Promise<void>;

export function recordStatus(record: RecordInfo | undefined, deps: CanaryDeps): StatusWriter {
  return async (state, description) => {
    if (record)
      await setStatus(deps.client(), deps.ctx, record.id, state, {
        description,
        autoInactive: false,
      });
  };
}

/** Where traffic stands: the provider (canary, blue-green), or the pool and its drained servers (rolling). */
export type TrafficWhere = Pick<TrafficState, 'provider' | 'pool' | 'drained'>;

/**
 * Saves the hand-off for post.ts: `active` while traffic (or a drained server) may need putting
 * back. `where` is read at each save, so a rolling deploy saves its drained servers of the moment.
 */
export function trafficHandoff(
  settings: RecordSettings,
  record: RecordInfo | undefined,
  where: () => TrafficWhere,
): (active: boolean) => void {
  return (active) =>
    saveHandoff('glidepath-traffic', {
      active,
      ...where(),
      deploymentId: record?.id,
      environment: settings.environment,
    });
}

/** What a step or a server keeps of the gate's report. */
export type GateGlance = Pick<
  GateReport,
  'result' | 'decidedAfterS' | 'samples' | 'errorRate' | 'p95Ms'
>;

export function glance(report: GateReport): GateGlance {
  return {
    result: report.result,
    decidedAfterS: report.decidedAfterS,
    samples: report.samples,
    errorRate: report.errorRate,
    p95Ms: report.p95Ms,
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
