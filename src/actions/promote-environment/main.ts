import { type PipelineEnvironment, versionRefusal, waveAround } from '../../core/pipeline/index.js';
import { core, sleep, UserError } from '../../core/runtime/index.js';
import {
  type AttestationRecord,
  createDeployment,
  type DeploymentPayload,
  type DeploymentView,
  type GitHubDeps,
  type History,
  lastGood,
  readApprovals,
  readHistory,
  running,
  setStatus,
  describeStore,
} from '../../core/github/index.js';
import { chooseArtifact, type Chosen, DigestMismatch } from './choose.js';
import { deploy } from './deploy.js';
import type { PromoteSettings } from './inputs.js';

export interface PromoteDeps extends GitHubDeps {
  /** Wait between polls while another deployment is in progress. */
  pollMs?: number;
  /** Told the process group of each user command as it starts (and undefined when it ends). */
  onCommand?: (pid: number | undefined) => void;
  /** Aborted when the runner cancels the job. */
  signal?: AbortSignal;
}

export interface PromoteResult {
  deploymentId: number | null;
  version: string;
  digest: string;
  environmentUrl: string;
  previousVersion: string;
  source: string | null;
  approvers: DeploymentPayload['approvers'];
  backup?: string;
  reused: boolean;
  dryRun: boolean;
  override?: string;
  /** Where the bytes came from (a release says whether GitHub holds it immutable). */
  stored: string;
  /** What the artifact's verified attestation proved (require-attestation). */
  attestation?: AttestationRecord;
  seconds: number;
}

/**
 * Promotes one verified artifact to the next environment: checks the pipeline order, the
 * version policy, protection and concurrency from ONE history query, then records a GitHub
 * Deployment around the user's deploy command. Whatever happens after the deployment is
 * created, it ends `success` or `failure`, never `in_progress`.
 */
export async function promote(
  settings: PromoteSettings,
  deps: PromoteDeps,
): Promise<PromoteResult> {
  const started = Date.now();
  const { ctx } = deps;
  const client = deps.client();
  const target = settings.environment;
  // The wave before the target's (one environment, or every region of a wave): its histories and
  // the target's come from one query, however many regions.
  const { previous } = waveAround(settings.pipeline, target);
  const source = previous[0]?.name ?? null;
  const environments = [...previous.map((e) => e.name), target];
  if (settings.windowOverride) {
    const w = settings.windowOverride;
    core.warning(`override-window: ${w.by} deploys past ${w.rule}: “${w.reason}” (recorded)`);
  }

  let history = await readHistory(client, ctx, environments, target);
  // Concurrency: another run's deployment to the same environment still in progress.
  const deadline = Date.now() + settings.waitTimeoutMs;
  for (;;) {
    const others = running(history.deployments[target]).filter(
      (d) => d.payload?.run_id !== ctx.runId,
    );
    if (others.length === 0) break;
    const other = others[0] as DeploymentView;
    const who = `deployment ${other.id} of ${other.payload?.version ?? 'an unknown version'} (${other.payload?.run_url ?? 'another run'}) is ${other.latestState}`;
    if (Date.now() >= deadline) {
      throw new UserError(
        `Another deployment to ${target} is in progress: ${who}. Wait for it, raise wait-timeout, or add a concurrency: group to the workflow`,
      );
    }
    core.info(`Waiting: ${who}`);
    await sleep(deps.pollMs ?? 5000);
    history = await readHistory(client, ctx, environments, target);
  }

  let chosen: Chosen;
  try {
    chosen = await chooseArtifact(settings, history, source, deps);
  } catch (error) {
    if (error instanceof DigestMismatch && !settings.dryRun) {
      // Recorded, so the attempt to ship altered bytes is visible in the environment's history.
      const id = await createDeployment(client, ctx, {
        ref: error.commit || ctx.sha,
        environment: target,
        payload: error.payload,
        description: `Glidepath: refused ${error.payload.version}, digest mismatch`,
        production: settings.lastWave,
      });
      await setStatus(client, ctx, id, 'error', { description: error.message });
    }
    throw error;
  }
  core.info(`Artifact ${chosen.name} ${chosen.version} (${chosen.digest}) verified`);
  // Provenance before any write: the sigstore code loads only when it is asked for.
  let attestation: AttestationRecord | undefined;
  if (settings.requireAttestation) {
    const { checkAttestation } = await import('../../core/attestation/index.js');
    attestation = await checkAttestation(client, ctx, chosen, settings.attestationSigners);
    core.info(
      `Attestation verified: ${chosen.digest} was built by ${attestation.signer_workflow} at ${attestation.commit}`,
    );
  }

  // Idempotent: a re-run of this run attempt adopts the deployment it already made.
  const own = history.deployments[target]?.find(
    (d) =>
      d.payload?.run_id === ctx.runId &&
      d.payload.run_attempt === ctx.runAttempt &&
      d.payload.digest === chosen.digest,
  );

  // Pipeline order: the artifact must be what is live in the previous environment (in every
  // region of the previous wave but those with an allow-skip reason), for this service.
  let override: string | undefined;
  if (previous.length > 1) {
    override = waveOrder(settings, previous, history, chosen);
  } else if (source) {
    const live = lastGood(history.deployments[source], chosen.name);
    if (live?.payload?.digest !== chosen.digest) {
      const what = live
        ? `${source} has ${live.payload?.version} (${short(live.payload?.digest)}) live`
        : `${source} has no successful Glidepath deployment`;
      const message = `${chosen.version} (${short(chosen.digest)}) is not live in ${source}, the environment before ${target}: ${what}`;
      if (!settings.allowSkip)
        throw new UserError(
          `Refusing to promote: ${message}. Promote it to ${source} first, or set allow-skip: true to override (the override is recorded)`,
        );
      override = message;
      core.warning(`allow-skip: ${message}; the override is recorded in the deployment`);
    }
  }

  // Version policy of the target environment.
  const current = lastGood(history.deployments[target], chosen.name);
  const previousVersion = current?.payload?.version ?? '';
  const refusal = versionRefusal(
    chosen.version,
    settings.pipeline[settings.index] ?? { name: target },
    previousVersion,
    settings.allowDowngrade,
  );
  if (refusal) throw new UserError(refusal);

  // Environment protection.
  const protection = history.protection;
  if (settings.requireReviewers && !protection?.requiredReviewers.length) {
    throw new UserError(
      protection?.exists
        ? `Refusing to deploy to ${target}: it has no required-reviewers protection rule, and require-reviewers is true. Add reviewers in Settings → Environments → ${target} (in a private repository required reviewers need GitHub Enterprise; on other plans make the repository public, or set require-reviewers: false and gate production another way, e.g. a workflow_dispatch run by the people who approve)`
        : `Refusing to deploy to ${target}: no such environment in the repository settings, so nobody reviews deployments to it (require-reviewers is true). Create it with required reviewers`,
    );
  }

  const approvers = protection?.requiredReviewers.length
    ? (await readApprovals(client, ctx, target)).filter((a) => a.state === 'approved')
    : [];
  const environmentUrl = settings.environmentUrl ?? '';
  const result: PromoteResult = {
    deploymentId: own?.id ?? null,
    version: chosen.version,
    digest: chosen.digest,
    environmentUrl,
    previousVersion,
    source,
    approvers,
    reused: Boolean(own),
    dryRun: settings.dryRun,
    override,
    stored: describeStore(chosen.location),
    ...(attestation ? { attestation } : {}),
    seconds: 0,
  };
  if (own && own.states.includes('success') && own.latestState !== 'failure') {
    core.info(
      `This run attempt already deployed ${chosen.version} to ${target} (deployment ${own.id}): nothing to do`,
    );
    return { ...result, seconds: (Date.now() - started) / 1000 };
  }
  if (settings.dryRun) {
    core.info(
      `Dry run: would deploy ${chosen.version} to ${target}${previousVersion ? ` (replacing ${previousVersion})` : ''}; nothing changed`,
    );
    return { ...result, seconds: (Date.now() - started) / 1000 };
  }

  await deploy(settings, deps, client, { chosen, own, current }, result);
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/**
 * Order across waves: every region of the previous wave must hold the artifact as its last good
 * deployment of this service, except regions whose config gives an allow-skip reason (recorded).
 * Returns the override to record, or throws naming every region that lacks it.
 */
function waveOrder(
  settings: PromoteSettings,
  previous: PipelineEnvironment[],
  history: History,
  chosen: Chosen,
): string | undefined {
  const target = settings.environment;
  const lacking: string[] = [];
  const skipped: string[] = [];
  for (const e of previous) {
    const live = lastGood(history.deployments[e.name], chosen.name);
    if (live?.payload?.digest === chosen.digest) continue;
    const what = live
      ? `${e.name} has ${live.payload?.version} (${short(live.payload?.digest)})`
      : `${e.name} has no successful deployment of ${chosen.name}`;
    if (e.skipReason) skipped.push(`${what}, skipped: ${e.skipReason}`);
    else lacking.push(what);
  }
  const wave = `the wave before ${target} (${previous.map((e) => e.name).join(', ')})`;
  if (lacking.length) {
    const message = `${chosen.version} (${short(chosen.digest)}) is not live in every region of ${wave}: ${lacking.join('; ')}`;
    if (!settings.allowSkip)
      throw new UserError(
        `Refusing to promote: ${message}. Promote it there first, give a region allow-skip: <reason> in the config, or set allow-skip: true to override (the override is recorded)`,
      );
    core.warning(`allow-skip: ${message}; the override is recorded in the deployment`);
    return [message, ...skipped].join('; ');
  }
  if (!skipped.length) return undefined;
  const message = `regions of ${wave} skipped by the config: ${skipped.join('; ')}`;
  core.warning(`${message}; recorded in the deployment`);
  return message;
}

/** The last good deployment of one service (the artifact's name) in an environment's history. */
function short(digest: string | undefined): string {
  return digest ? `${digest.slice(0, 19)}…` : 'no digest';
}
