import { promises as fs } from 'node:fs';
import { core, runnerTemp, runUserCommandOrFail } from '../../core/runtime/index.js';
import {
  createDeployment,
  type DeploymentPayload,
  type DeploymentView,
  type GitHubClient,
  runFields,
  setStatus,
} from '../../core/github/index.js';
import type { Chosen } from './choose.js';
import type { PromoteSettings } from './inputs.js';
import type { PromoteDeps, PromoteResult } from './main.js';

/** What the checks settled besides the result: the artifact, this attempt's own deployment, and what is live. */
export interface Plan {
  chosen: Chosen;
  /** The deployment this run attempt already made of the same artifact (a re-run adopts it). */
  own: DeploymentView | undefined;
  /** The target's newest good deployment, which this one replaces. */
  current: DeploymentView | undefined;
}

/**
 * The deploy with its records: the pre-deploy command, the deployment (created with the backup it
 * recorded), in_progress around the deploy command, then success or failure, and the replaced
 * production deployment made inactive. Sets the result's deploymentId and backup.
 */
export async function deploy(
  settings: PromoteSettings,
  deps: PromoteDeps,
  client: GitHubClient,
  { chosen, own, current }: Plan,
  result: PromoteResult,
): Promise<void> {
  const { ctx } = deps;
  const target = settings.environment;
  const { source, override, approvers, previousVersion, environmentUrl } = result;
  const env = {
    GLIDEPATH_VERSION: chosen.version,
    GLIDEPATH_DIGEST: chosen.digest,
    GLIDEPATH_ARTIFACT_PATH: chosen.archivePath,
    GLIDEPATH_ENVIRONMENT: target,
    GLIDEPATH_PREVIOUS_VERSION: previousVersion,
    ...(chosen.image ? { GLIDEPATH_IMAGE: chosen.image } : {}),
  };
  const payload = (backup?: string): DeploymentPayload => ({
    glidepath: 1,
    name: chosen.name,
    version: chosen.version,
    digest: chosen.digest,
    artifact: chosen.location as DeploymentPayload['artifact'],
    commit: chosen.commit,
    source_environment: source,
    ...(override ? { order_override: { by: ctx.actor, reason: override } } : {}),
    ...(settings.windowOverride ? { window_override: settings.windowOverride } : {}),
    ...runFields(ctx),
    approvers,
    ...(backup ? { backup } : {}),
    previous_version: previousVersion || null,
    ...(result.attestation ? { attestation: result.attestation } : {}),
  });
  const create = (backup?: string) =>
    createDeployment(client, ctx, {
      ref: chosen.commit || ctx.sha,
      environment: target,
      payload: payload(backup),
      description: `Glidepath: ${chosen.version} to ${target}`,
      production: settings.lastWave,
    });

  // The pre-deploy command runs first so what it records (a backup's location) is in the
  // payload, which GitHub never lets change. If it fails, the attempt is still recorded.
  let backup: string | undefined;
  if (settings.preDeployCommand) {
    const backupFile = runnerTemp(`glidepath-backup-${ctx.runId}-${Date.now()}`);
    await fs.writeFile(backupFile, '');
    try {
      await core.group('Pre-deploy command', () =>
        runUserCommandOrFail(settings.preDeployCommand as string, {
          env: { ...env, GLIDEPATH_BACKUP_FILE: backupFile },
          timeoutMs: settings.deployTimeoutMs,
          label: "The command in input 'pre-deploy-command'",
          cwd: ctx.workspace,
          onSpawn: deps.onCommand,
        }).finally(() => deps.onCommand?.(undefined)),
      );
    } catch (error) {
      const id = own?.id ?? (await create());
      await setStatus(client, ctx, id, 'failure', {
        description: `pre-deploy failed, nothing deployed: ${(error as Error).message}`,
      });
      throw error;
    }
    backup = (await fs.readFile(backupFile, 'utf8')).trim() || undefined;
  }

  const id = own?.id ?? (await create(backup));
  result.deploymentId = id;
  result.backup = backup;
  core.info(`Deployment ${id}: ${chosen.version} to ${target}`);
  let finished = false;
  const onCancel = () => {
    if (!finished)
      core.warning('Cancelled: the deploy command was stopped; the deployment is marked failure');
  };
  deps.signal?.addEventListener('abort', onCancel, { once: true });
  try {
    await setStatus(client, ctx, id, 'in_progress', {
      description: `Deploying ${chosen.version}`,
      environmentUrl,
      autoInactive: false,
    });
    if (settings.deployCommand) {
      await core.group('Deploy command', () =>
        runUserCommandOrFail(settings.deployCommand as string, {
          env,
          timeoutMs: settings.deployTimeoutMs,
          label: "The command in input 'deploy-command'",
          cwd: ctx.workspace,
          onSpawn: deps.onCommand,
        }).finally(() => deps.onCommand?.(undefined)),
      );
    } else {
      core.info('No deploy-command: the deployment records the promotion only');
    }
    await setStatus(client, ctx, id, 'success', {
      description: `${chosen.version} live in ${target}`,
      environmentUrl,
    });
    finished = true;
  } catch (error) {
    finished = true;
    await setStatus(client, ctx, id, 'failure', {
      description: `Failed: ${(error as Error).message}`,
      environmentUrl,
    }).catch((statusError: unknown) => {
      core.warning(`Could not mark deployment ${id} failure: ${(statusError as Error).message}`);
    });
    throw error;
  } finally {
    deps.signal?.removeEventListener('abort', onCancel);
  }
  // GitHub deactivates earlier deployments itself, except production ones: do it here.
  if (settings.lastWave && current && current.id !== id && current.latestState === 'success') {
    await setStatus(client, ctx, current.id, 'inactive', {
      description: `Replaced by ${chosen.version}`,
    });
  }
}
