import { promises as fs } from 'node:fs';
import { versionRefusal } from '../../core/pipeline/index.js';
import path from 'node:path';
import {
  digestOf,
  isVersion,
  type Manifest,
  readManifest,
  sha256File,
} from '../../core/artifact/index.js';
import {
  core,
  formatDuration,
  type RunContext,
  runUserCommandOrFail,
  table,
  UserError,
  writeSummary,
  runnerTemp,
} from '../../core/runtime/index.js';
import {
  createDeployment,
  lastGood,
  payloadFromRelease,
  readApprovals,
  readHistory,
  runFields,
  running,
  setStatus,
  type DeploymentPayload,
  type DeploymentView,
  type History,
  type AnyLocation,
  fetchArtifact,
  fetchedArchiveName,
  type GitHubClient,
  locationFileName,
  describeStore,
  isGlidepath,
} from '../../core/github/index.js';
import type { PromoteSettings } from './inputs.js';

export interface PromoteDeps {
  ctx: RunContext;
  client: () => GitHubClient;
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
  seconds: number;
}

/** The artifact chosen for this promotion, verified against its recorded digest. */
interface Chosen {
  name: string;
  version: string;
  digest: string;
  commit: string;
  archivePath: string;
  location: AnyLocation;
  image?: string;
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
  const source = settings.index > 0 ? (settings.pipeline[settings.index - 1]?.name ?? null) : null;
  const environments = source ? [source, target] : [target];

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
    await new Promise((resolve) => setTimeout(resolve, deps.pollMs ?? 5000));
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
        production: settings.index === settings.pipeline.length - 1,
      });
      await setStatus(client, ctx, id, 'error', { description: error.message });
    }
    throw error;
  }
  core.info(`Artifact ${chosen.name} ${chosen.version} (${chosen.digest}) verified`);

  // Idempotent: a re-run of this run attempt adopts the deployment it already made.
  const own = history.deployments[target]?.find(
    (d) =>
      d.payload?.run_id === ctx.runId &&
      d.payload.run_attempt === ctx.runAttempt &&
      d.payload.digest === chosen.digest,
  );

  // Pipeline order: the artifact must be what is live in the previous environment.
  let override: string | undefined;
  if (source) {
    const live = lastGood(history.deployments[source]);
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
  const current = lastGood(history.deployments[target]);
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
        ? `Refusing to deploy to ${target}: it has no required-reviewers protection rule, and require-reviewers is true. Add reviewers in Settings → Environments → ${target}`
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
    ...runFields(ctx),
    approvers,
    ...(backup ? { backup } : {}),
    previous_version: previousVersion || null,
  });
  const create = (backup?: string) =>
    createDeployment(client, ctx, {
      ref: chosen.commit || ctx.sha,
      environment: target,
      payload: payload(backup),
      description: `Glidepath: ${chosen.version} to ${target}`,
      production: settings.index === settings.pipeline.length - 1,
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
  if (
    settings.index === settings.pipeline.length - 1 &&
    current &&
    current.id !== id &&
    current.latestState === 'success'
  ) {
    await setStatus(client, ctx, current.id, 'inactive', {
      description: `Replaced by ${chosen.version}`,
    });
  }
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/** The bytes found are not the bytes that were built. */
class DigestMismatch extends UserError {
  constructor(
    message: string,
    readonly payload: DeploymentPayload,
    readonly commit: string,
  ) {
    super(message);
  }
}

async function chooseArtifact(
  settings: PromoteSettings,
  history: History,
  source: string | null,
  deps: PromoteDeps,
): Promise<Chosen> {
  if (settings.artifactPath && settings.manifestPath) {
    if (settings.manifestDigest) {
      const actual = digestOf(await fs.readFile(settings.manifestPath));
      if (actual !== settings.manifestDigest) {
        throw new UserError(
          `The manifest beside artifact-path has digest ${actual}, but manifest-digest is ${settings.manifestDigest}: it was changed after the build, so it is refused`,
        );
      }
    }
    const manifest = await readManifest(settings.manifestPath);
    if (settings.version && !isVersion(manifest.version, settings.version)) {
      throw new UserError(
        `Input 'version' is ${settings.version}, but the artifact at artifact-path is ${manifest.version}: pass one or the other, or the matching pair`,
      );
    }
    const location = await recordedLocation(settings.manifestPath, settings.artifactPath);
    const actual = `sha256:${await sha256File(settings.artifactPath)}`;
    if (actual !== manifest.digest) {
      const message = `The archive at artifact-path has digest ${actual}, but its manifest records ${manifest.digest}: it was changed after the build, so it is refused`;
      throw new DigestMismatch(
        message,
        refusedPayload(
          manifest.name,
          manifest.version,
          manifest.digest,
          manifest.commit,
          location,
          source,
          deps.ctx,
        ),
        manifest.commit,
      );
    }
    return { ...fromManifest(manifest), archivePath: settings.artifactPath, location };
  }
  const all = Object.values(history.deployments).flat();
  let found: DeploymentView | undefined;
  if (settings.version) {
    const wanted = settings.version;
    found = all.find(
      (d) => isGlidepath(d) && isVersion(d.payload.version, wanted) && d.states.includes('success'),
    );
    if (!found && !source) {
      // The first environment takes any build: find it by its GitHub Release.
      const p = await payloadFromRelease(deps.client(), deps.ctx, wanted);
      found = {
        id: 0,
        environment: '',
        createdAt: '',
        commit: p.commit,
        payload: p,
        latestState: null,
        latestDescription: '',
        states: [],
      };
    }
    if (!found) {
      throw new UserError(
        `Version ${wanted} was never deployed successfully to ${[source, settings.environment].filter(Boolean).join(' or ')}: promote it through ${source} first, or pass artifact-path (build-artifact's archive-path output)`,
      );
    }
  } else {
    if (!source)
      throw new UserError(
        `${settings.environment} is the first environment, so there is nothing to promote from: pass artifact-path (build-artifact's archive-path output)`,
      );
    found = lastGood(history.deployments[source]);
    if (!found)
      throw new UserError(
        `${source} has no successful Glidepath deployment to promote to ${settings.environment}: deploy there first, or pass artifact-path or version`,
      );
  }
  const p = found.payload as DeploymentPayload;
  const dir = runnerTemp('glidepath-fetched', String(found.id));
  let archivePath: string;
  try {
    archivePath = await fetchArtifact(
      p.artifact as AnyLocation,
      p.digest,
      path.join(dir, fetchedArchiveName(p.artifact as AnyLocation)),
      deps.client,
    );
  } catch (error) {
    if (error instanceof UserError && /has digest .* was recorded/.test(error.message)) {
      throw new DigestMismatch(
        error.message,
        refusedPayload(
          p.name,
          p.version,
          p.digest,
          p.commit,
          p.artifact as AnyLocation,
          source,
          deps.ctx,
        ),
        p.commit,
      );
    }
    throw error;
  }
  return {
    name: p.name,
    version: p.version,
    digest: p.digest,
    commit: p.commit,
    archivePath,
    location: p.artifact as AnyLocation,
    image: (p.artifact as AnyLocation).image,
  };
}

function refusedPayload(
  name: string,
  version: string,
  digest: string,
  commit: string,
  location: AnyLocation,
  source: string | null,
  ctx: RunContext,
): DeploymentPayload {
  return {
    glidepath: 1,
    name,
    version,
    digest,
    artifact: location as DeploymentPayload['artifact'],
    commit,
    source_environment: source,
    ...runFields(ctx),
    approvers: [],
  };
}

function fromManifest(m: Manifest): Omit<Chosen, 'archivePath' | 'location'> {
  return { name: m.name, version: m.version, digest: m.digest, commit: m.commit, image: m.image };
}

async function recordedLocation(manifestPath: string, archivePath: string): Promise<AnyLocation> {
  try {
    return JSON.parse(await fs.readFile(locationFileName(manifestPath), 'utf8')) as AnyLocation;
  } catch {
    core.warning(
      "No storage location beside the manifest: the deployment records this runner's path only, so a later rollback to this version needs the same archive. Build with storage: release or directory",
    );
    return { storage: 'none', url: '', path: archivePath, archive: path.basename(archivePath) };
  }
}

function short(digest: string | undefined): string {
  return digest ? `${digest.slice(0, 19)}…` : 'no digest';
}

/** Outputs and the job summary. */
export async function report(settings: PromoteSettings, result: PromoteResult): Promise<void> {
  core.setOutput('deployment-id', result.deploymentId === null ? '' : String(result.deploymentId));
  core.setOutput('version', result.version);
  core.setOutput('digest', result.digest);
  core.setOutput('environment-url', result.environmentUrl);
  core.setOutput('previous-version', result.previousVersion);
  const flow = settings.pipeline
    .map((e, i) =>
      i < settings.index
        ? `${e.name} ✅`
        : i === settings.index
          ? `**${e.name}** ${result.dryRun ? '🔍' : '🚀'}`
          : `${e.name} ⏳`,
    )
    .join(' → ');
  const rows: unknown[][] = [
    [
      'Environment',
      `${settings.environment}${result.environmentUrl ? ` (${result.environmentUrl})` : ''}`,
    ],
    [
      'Version',
      `\`${result.version}\`${result.previousVersion ? ` (was \`${result.previousVersion}\`)` : ''}`,
    ],
    ['Digest', `\`${result.digest}\``],
    ['Promoted from', result.source ?? 'build (first environment)'],
    [
      'Approved by',
      result.approvers.length
        ? result.approvers.map((a) => `${a.user}${a.comment ? `: “${a.comment}”` : ''}`).join('; ')
        : '—',
    ],
    ['Stored', result.stored],
    ['Backup', result.backup ?? '—'],
    [
      'Deployment',
      result.deploymentId === null
        ? result.dryRun
          ? 'none (dry run)'
          : '—'
        : `${result.deploymentId}${result.reused ? ' (re-run: adopted)' : ''}`,
    ],
    ['Took', formatDuration(result.seconds * 1000)],
  ];
  if (result.override) rows.push(['⚠️ Order override', result.override]);
  const title = result.dryRun
    ? `🔍 Glidepath promote-environment (dry run): ${result.version} → ${settings.environment}`
    : `🚀 Glidepath promote-environment: ${result.version} → ${settings.environment}`;
  await writeSummary(`### ${title}\n\n${flow}\n\n${table(['', ''], rows)}`);
}
