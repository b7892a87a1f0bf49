import {
  core,
  ApiError,
  formatDuration,
  runUserCommandOrFail,
  table,
  UserError,
  writeSummary,
  runnerTemp,
} from '../../core/runtime/index.js';
import {
  type AnyLocation,
  type AttestationRecord,
  attestationText,
  createDeployment,
  type DeploymentPayload,
  type DeploymentView,
  fetchArtifact,
  fetchedArchiveName,
  type GitHubDeps,
  isGood,
  payloadFromRelease,
  readHistory,
  runFields,
  safeSegment,
  setStatus,
  isGlidepath,
  ofArtifact,
  describeStore,
} from '../../core/github/index.js';
import { createProvider } from '../../core/traffic/index.js';
import { isVersion } from '../../core/artifact/index.js';
import type { RollbackSettings } from './inputs.js';

export interface RollbackDeps extends GitHubDeps {
  /** Told the process group of the deploy command as it starts (and undefined when it ends). */
  onCommand?: (pid: number | undefined) => void;
}

export interface RollbackResult {
  from: { id: number; version: string; digest: string } | null;
  to: {
    version: string;
    digest: string;
    deploymentId?: number;
    unproven: boolean;
    /** Where its bytes are kept, in words (a release says whether it is immutable). */
    stored?: string;
    /** What its verified attestation proved (require-attestation). */
    attestation?: AttestationRecord;
  };
  deploymentId: number | null;
  dryRun: boolean;
  trafficRestored: boolean;
  backup?: string;
  /** Set when if-digest found the environment not on that digest: nothing was done, and why. */
  skipped?: string;
  seconds: number;
}

/**
 * Returns an environment to a version that was good there: finds it in ONE history query,
 * refuses a stale rollback, fetches and verifies the exact artifact, puts traffic back on
 * stable, redeploys through the same deploy-command contract, and records it all.
 */
export async function rollback(
  settings: RollbackSettings,
  deps: RollbackDeps,
): Promise<RollbackResult> {
  const started = Date.now();
  const { ctx } = deps;
  const client = deps.client();
  const env = settings.environment;
  const restoreTraffic = async () => {
    if (!settings.provider || settings.dryRun) return;
    // Fastest relief first, before any GitHub write: all traffic back on the stable version.
    await createProvider(settings.provider).setWeight(0);
    core.info('Traffic restored: 0% to the canary');
  };
  let history;
  try {
    history = await readHistory(client, ctx, [env]);
  } catch (error) {
    // GitHub down must not keep users on a bad canary: traffic needs nothing from GitHub.
    if (error instanceof ApiError && settings.provider && !settings.dryRun) {
      await restoreTraffic();
      core.warning(
        'GitHub could not be read, so nothing was redeployed or recorded; traffic is back on stable. Re-run the rollback once GitHub answers',
      );
    }
    throw error;
  }
  // Only the service being rolled back: another service's newer deployment to a shared
  // environment is neither what is rolled back nor a reason to call this rollback stale.
  const list = ofArtifact(
    (history.deployments[env] ?? []).filter(isGlidepath),
    env,
    settings.artifactName,
    ctx.runId,
  );
  const newest = list[0];
  // What is being rolled back: this run's own latest deployment when it made one (a step
  // with if: failure()), otherwise the environment's newest deployment (a manual rollback).
  const ours = list.find((d) => d.payload?.run_id === ctx.runId);
  let from = ours ?? newest;
  const unfinished =
    from?.payload?.rollback_of !== undefined && !from.states.includes('success') ? from : undefined;
  if (unfinished) {
    // An earlier rollback that never finished (cancelled, killed, failed): finish it, from what
    // it was rolling back. Its target is not what is live, and what it undid is not good.
    const undone = list.find((d) => d.id === unfinished.payload?.rollback_of);
    if (undone) from = undone;
    core.info(
      `Finishing rollback deployment ${unfinished.id}, which did not complete: rolling back deployment ${undone?.id ?? '(not among the recent ones)'}`,
    );
  }
  if (settings.ifDigest && from?.payload?.digest !== settings.ifDigest) {
    // A region of a wave that never took the bad artifact (or was already rolled back): left alone.
    const skipped = `${env} is not on ${settings.ifDigest.slice(0, 19)}… (its newest deployment is ${from?.payload?.version ?? 'none'}): nothing to roll back`;
    core.info(skipped);
    return {
      from: null,
      to: { version: '', digest: '', unproven: false },
      deploymentId: null,
      dryRun: settings.dryRun,
      trafficRestored: false,
      skipped,
      seconds: (Date.now() - started) / 1000,
    };
  }
  if (ours && newest && newest.id !== ours.id && !settings.force) {
    throw new UserError(
      `Refusing a stale rollback: deployment ${newest.id} (${newest.payload?.version}, ${newest.payload?.run_url ?? 'another run'}) started after this run's deployment ${ours.id} to ${env}, so rolling back would undo it. Set force: true if that is what you want`,
    );
  }
  const sameTarget = settings.to === 'previous' || isVersion(ours?.payload?.version, settings.to);
  if (ours?.payload?.rollback_of !== undefined && isGood(ours) && sameTarget && !settings.dryRun) {
    // A re-run of a rollback that already finished (same target): the work is done.
    const undone = list.find((d) => d.id === ours.payload?.rollback_of);
    await restoreTraffic();
    core.info(
      `This run already rolled ${env} back to ${ours.payload.version} (deployment ${ours.id}): nothing left to do`,
    );
    const version = (d: DeploymentView) => ({
      id: d.id,
      version: d.payload?.version ?? '',
      digest: d.payload?.digest ?? '',
    });
    return {
      from: undone ? version(undone) : null,
      to: {
        version: ours.payload.version ?? '',
        digest: ours.payload.digest ?? '',
        unproven: false,
      },
      deploymentId: ours.id,
      dryRun: false,
      trafficRestored: Boolean(settings.provider),
      seconds: (Date.now() - started) / 1000,
    };
  }

  let target: { payload: DeploymentPayload; id?: number; unproven: boolean };
  if (settings.to === 'previous') {
    const good = list.find(
      (d) => (!from || d.id < from.id) && isGood(d) && d.payload?.digest !== from?.payload?.digest,
    );
    if (!good) {
      throw new UserError(
        `Nothing to roll back to in ${env}: no earlier deployment reached success with a different artifact${from ? ` than ${from.payload?.version}` : ''}. Give to: <version> with allow-unproven: true to deploy a version that never ran here`,
      );
    }
    target = { payload: good.payload as DeploymentPayload, id: good.id, unproven: false };
  } else {
    const wanted = settings.to;
    const proven = list.find((d) => isGood(d) && isVersion(d.payload?.version, wanted));
    if (proven)
      target = { payload: proven.payload as DeploymentPayload, id: proven.id, unproven: false };
    else if (settings.allowUnproven)
      target = { payload: await payloadFromRelease(client, ctx, wanted), unproven: true };
    else
      throw new UserError(
        `${wanted} never reached success in ${env}: pick a version that ran there, or set allow-unproven: true to deploy it anyway (its release must exist)`,
      );
  }
  if (from && target.payload.digest === from.payload?.digest) {
    throw new UserError(
      `${env} already runs ${target.payload.version} (${target.payload.digest.slice(0, 19)}…): nothing to roll back`,
    );
  }

  // The version returned to must have been built by this repository's workflow: checked before
  // anything is written or redeployed. A refusal still puts traffic back on stable (what users
  // ran before the canary, no new bytes), as when GitHub cannot be read: never left on a canary.
  let attestation: AttestationRecord | undefined;
  if (settings.requireAttestation) {
    const { checkAttestation } = await import('../../core/attestation/index.js');
    try {
      attestation = await checkAttestation(
        client,
        ctx,
        target.payload,
        settings.attestationSigners,
      );
    } catch (error) {
      if (settings.provider && !settings.dryRun) {
        await restoreTraffic();
        core.warning(
          `Traffic is back on stable; ${target.payload.version} was not redeployed and nothing was recorded`,
        );
      }
      throw error;
    }
    core.info(
      `Attestation verified: ${target.payload.digest} was built by ${attestation.signer_workflow} at ${attestation.commit}`,
    );
  }

  await restoreTraffic();
  const archive = runnerTemp(
    'glidepath-rollback',
    safeSegment(`${target.payload.version}`.slice(0, 64)),
    fetchedArchiveName(target.payload.artifact as AnyLocation),
  );
  const archivePath = await fetchArtifact(
    target.payload.artifact as AnyLocation,
    target.payload.digest,
    archive,
    deps.client,
  );
  core.info(`Target ${target.payload.version} (${target.payload.digest}) fetched and verified`);

  const result: RollbackResult = {
    from: from
      ? { id: from.id, version: from.payload?.version ?? '', digest: from.payload?.digest ?? '' }
      : null,
    to: {
      version: target.payload.version,
      digest: target.payload.digest,
      deploymentId: target.id,
      unproven: target.unproven,
      stored: describeStore(target.payload.artifact as AnyLocation),
      attestation,
    },
    deploymentId: null,
    dryRun: settings.dryRun,
    trafficRestored: Boolean(settings.provider) && !settings.dryRun,
    backup: target.payload.backup,
    seconds: 0,
  };
  if (settings.dryRun) {
    core.info(
      `Dry run: would roll ${env} back from ${result.from?.version ?? 'nothing'} to ${target.payload.version}; nothing changed`,
    );
    return { ...result, seconds: (Date.now() - started) / 1000 };
  }

  const payload: DeploymentPayload = {
    ...target.payload,
    source_environment: null,
    ...runFields(ctx),
    approvers: [],
    previous_version: result.from?.version ?? null,
    ...(from ? { rollback_of: from.id } : {}),
    reason: settings.reason,
    // Only what this run verified: an older record is not carried over as if checked now.
    attestation,
  };
  const id = await createDeployment(client, ctx, {
    ref: target.payload.commit || ctx.sha,
    environment: env,
    payload,
    description: `Rollback to ${target.payload.version}: ${settings.reason}`,
    production: from ? isProduction(from, env) : env === 'production',
  });
  result.deploymentId = id;
  try {
    await setStatus(client, ctx, id, 'in_progress', {
      description: `Rolling back to ${target.payload.version}`,
      autoInactive: false,
    });
    if (settings.deployCommand) {
      await core.group('Deploy command', () =>
        runUserCommandOrFail(settings.deployCommand as string, {
          env: {
            GLIDEPATH_VERSION: target.payload.version,
            GLIDEPATH_DIGEST: target.payload.digest,
            GLIDEPATH_ARTIFACT_PATH: archivePath,
            GLIDEPATH_ENVIRONMENT: env,
            GLIDEPATH_PREVIOUS_VERSION: result.from?.version ?? '',
            ...(target.payload.backup ? { GLIDEPATH_BACKUP: target.payload.backup } : {}),
          },
          timeoutMs: settings.deployTimeoutMs,
          label: "The command in input 'deploy-command'",
          cwd: ctx.workspace,
          onSpawn: deps.onCommand,
        }).finally(() => deps.onCommand?.(undefined)),
      );
    }
    await setStatus(client, ctx, id, 'success', {
      description: `Rolled back to ${target.payload.version}: ${settings.reason}`,
    });
  } catch (error) {
    await setStatus(client, ctx, id, 'failure', {
      description: `Rollback failed: ${(error as Error).message}`,
    }).catch(() => undefined);
    throw error;
  }
  if (from)
    await setStatus(client, ctx, from.id, 'failure', {
      description: `Rolled back to ${target.payload.version} by ${ctx.actor}: ${settings.reason}`,
      autoInactive: false,
    });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

function isProduction(d: DeploymentView, env: string): boolean {
  return env === 'production' || d.environment === 'production';
}

/** Outputs and the job summary: from → to, who, why, how long. */
export async function report(settings: RollbackSettings, result: RollbackResult): Promise<void> {
  core.setOutput('rolled-back-to', result.to.version);
  core.setOutput('rolled-back-from', result.from?.version ?? '');
  core.setOutput('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
  const rows: unknown[][] = [
    ['Environment', settings.environment],
    ['From', result.from ? `\`${result.from.version}\` (deployment ${result.from.id})` : '—'],
    [
      'To',
      `\`${result.to.version}\` \`${result.to.digest}\`${result.to.unproven ? ' ⚠️ never ran here (allow-unproven)' : ''}`,
    ],
    ['Stored', result.to.stored ?? '—'],
    ['Attestation', attestationText(result.to.attestation)],
    ['Who', process.env.GITHUB_ACTOR ?? ''],
    ['Why', settings.reason],
    [
      'Traffic',
      result.trafficRestored
        ? 'restored to stable'
        : settings.provider
          ? 'not changed'
          : 'no provider configured',
    ],
    ['Data backup of the target', result.backup ?? '—'],
    ['Deployment', result.deploymentId === null ? 'none (dry run)' : String(result.deploymentId)],
    ['Took', formatDuration(result.seconds * 1000)],
  ];
  if (result.skipped) {
    await writeSummary(
      `### ⏭️ Glidepath rollback: ${settings.environment} left alone\n\n${result.skipped}\n`,
    );
    return;
  }
  const title = result.dryRun
    ? `🔍 Glidepath rollback plan (dry run): ${settings.environment}`
    : `⏪ Glidepath rollback: ${settings.environment} ${result.from?.version ?? ''} → ${result.to.version}`;
  await writeSummary(`### ${title}\n\n${table(['', ''], rows)}`);
}
