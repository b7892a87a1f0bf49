import { existsSync } from 'node:fs';
import {
  type PipelineEnvironment,
  type WindowOverride,
  readAttestationInputs,
  type AttestationPolicy,
} from '../../core/pipeline/index.js';
import path from 'node:path';
import { clip, ConfigError, type Inputs, type RunContext } from '../../core/runtime/index.js';

import { manifestFileName } from '../../core/artifact/index.js';

export interface PromoteSettings extends AttestationPolicy {
  environment: string;
  pipeline: PipelineEnvironment[];
  /** Position of the target in the pipeline. */
  index: number;
  /** The target is in the pipeline's last wave (production: every region of it). */
  lastWave: boolean;
  version?: string;
  artifactPath?: string;
  manifestPath?: string;
  /** The manifest's expected sha256:<hex>, from the build job's outputs. */
  manifestDigest?: string;
  deployCommand?: string;
  preDeployCommand?: string;
  deployTimeoutMs: number;
  environmentUrl?: string;
  requireReviewers: boolean;
  allowDowngrade: boolean;
  allowSkip: boolean;
  waitTimeoutMs: number;
  dryRun: boolean;
  token: string;
  /** Set when override-window let this promotion past a closed window or a freeze. */
  windowOverride?: WindowOverride;
}

/**
 * Reads and checks every input before anything is read from or written to GitHub. The plain
 * inputs come first; the pipeline's reader (the config file, its version ranges, windows and
 * waves, with semver's ranges) is loaded only then, so a typo in a plain input fails without it.
 */
export async function readSettings(inputs: Inputs, ctx: RunContext): Promise<PromoteSettings> {
  const environment = inputs.required('environment');
  const plain = {
    version: inputs.semver('version'),
    deployCommand: inputs.string('deploy-command'),
    preDeployCommand: inputs.string('pre-deploy-command'),
    deployTimeoutMs: inputs.duration('deploy-timeout', {
      min: 1000,
      max: 6 * 3_600_000,
      fallback: 30 * 60_000,
    }) as number,
    allowDowngrade: inputs.boolean('allow-downgrade', false),
    allowSkip: inputs.boolean('allow-skip', false),
    waitTimeoutMs: inputs.duration('wait-timeout', {
      min: 0,
      max: 6 * 3_600_000,
      fallback: 0,
    }) as number,
    dryRun: inputs.boolean('dry-run', false),
    ...readAttestationInputs(inputs, ctx),
    token: inputs.secret('token', { required: true }) as string,
  };
  const requireReviewers = inputs.boolean('require-reviewers', false);
  const { readPipeline, environmentRules, checkOverrideWindow, waveAround, windowGate } =
    await import('../../core/pipeline/index.js');
  const pipeline = readPipeline(
    inputs.list('pipeline'),
    inputs.string('config') ?? '.github/glidepath.yml',
    ctx.workspace,
  );
  const index = pipeline.findIndex((e) => e.name.toLowerCase() === environment.toLowerCase());
  if (index < 0) {
    throw new ConfigError(
      'environment',
      `is '${environment}', which is not in the pipeline`,
      `use one of ${pipeline.map((e) => e.name).join(', ')}`,
    );
  }
  const target = pipeline[index] as PipelineEnvironment;
  let artifactPath = inputs.string('artifact-path');
  let manifestPath: string | undefined;
  if (artifactPath) {
    artifactPath = path.resolve(ctx.workspace, artifactPath);
    if (!existsSync(artifactPath))
      throw new ConfigError(
        'artifact-path',
        `is '${artifactPath}', which does not exist`,
        "pass build-artifact's archive-path output, or download the artifact first",
      );
    if (!artifactPath.endsWith('.tar.gz'))
      throw new ConfigError(
        'artifact-path',
        `is '${artifactPath}', not a .tar.gz written by build-artifact`,
        "pass build-artifact's archive-path output",
      );
    manifestPath = manifestFileName(artifactPath);
    if (!existsSync(manifestPath))
      throw new ConfigError(
        'artifact-path',
        `has no manifest beside it ('${path.basename(manifestPath)}')`,
        'keep the manifest build-artifact wrote next to the archive (upload and download both files)',
      );
  }
  const manifestDigest = inputs.string('manifest-digest');
  if (manifestDigest !== undefined) {
    if (!/^sha256:[0-9a-f]{64}$/.test(manifestDigest))
      throw new ConfigError(
        'manifest-digest',
        `is '${clip(manifestDigest)}', not a digest`,
        "give build-artifact's manifest-digest output, sha256: and 64 hex digits",
      );
    if (!artifactPath)
      throw new ConfigError(
        'manifest-digest',
        'is set without artifact-path',
        'pass both, from the same build-artifact step',
      );
  }
  // Release windows and freezes: refused here, before any request to GitHub.
  const configPath = inputs.string('config') ?? '.github/glidepath.yml';
  const rules = inputs.list('pipeline').length
    ? environmentRules(configPath, ctx.workspace, target.name)
    : target.rules;
  const windowOverride = windowGate(
    target.name,
    rules,
    checkOverrideWindow(inputs.string('override-window')),
    ctx.actor,
  );
  const url = inputs.url('environment-url') ? inputs.string('environment-url') : target.url;
  return {
    ...plain,
    environment: target.name,
    pipeline,
    index,
    lastWave: waveAround(pipeline, target.name).last,
    artifactPath,
    manifestPath,
    manifestDigest,
    environmentUrl: url,
    requireReviewers: requireReviewers || target.requireReviewers === true,
    ...(windowOverride ? { windowOverride } : {}),
  };
}
