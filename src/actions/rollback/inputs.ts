import { ConfigError, type Inputs, type RunContext } from '../../core/runtime/index.js';
import {
  type AttestationPolicy,
  ENVIRONMENT_NAME,
  readAttestationInputs,
} from '../../core/pipeline/index.js';

import { type ProviderSettings, readProvider } from '../../core/traffic/index.js';
import { readArtifactName } from '../../core/artifact/index.js';

export interface RollbackSettings extends AttestationPolicy {
  environment: string;
  /** 'previous' or a semantic version. */
  to: string;
  reason: string;
  deployCommand?: string;
  deployTimeoutMs: number;
  /** Traffic to put back on stable, when a provider is configured. */
  provider?: ProviderSettings;
  force: boolean;
  allowUnproven: boolean;
  dryRun: boolean;
  token: string;
  /** Roll back only if the environment's newest deployment is of this digest (a wave's bad one). */
  ifDigest?: string;
  /** The service to roll back, where several deploy to the environment. */
  artifactName?: string;
}

/** Reads and checks every input before anything is read from or written to GitHub. */
export function readSettings(inputs: Inputs, ctx: RunContext): RollbackSettings {
  const environment = inputs.required('environment');
  if (!ENVIRONMENT_NAME.test(environment))
    throw new ConfigError(
      'environment',
      `is '${environment}', not an environment name`,
      'use letters, digits, spaces, dots, dashes or underscores',
    );
  const ifDigest = inputs.string('if-digest');
  if (ifDigest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(ifDigest))
    throw new ConfigError(
      'if-digest',
      `is '${ifDigest.slice(0, 80)}', not a digest`,
      "give the bad artifact's digest (promote-environment's digest output), sha256: and 64 hex digits",
    );
  const toText = inputs.string('to') ?? 'previous';
  const to = toText === 'previous' ? 'previous' : (inputs.semver('to') as string);
  return {
    environment,
    to,
    reason: inputs.string('reason', { maxLength: 1000 }) ?? 'no reason given',
    deployCommand: inputs.string('deploy-command'),
    deployTimeoutMs: inputs.duration('deploy-timeout', {
      min: 1000,
      max: 6 * 3_600_000,
      fallback: 30 * 60_000,
    }) as number,
    provider: readTraffic(inputs),
    force: inputs.boolean('force', false),
    allowUnproven: inputs.boolean('allow-unproven', false),
    dryRun: inputs.boolean('dry-run', false),
    ...readAttestationInputs(inputs, ctx),
    token: inputs.secret('token', { required: true }) as string,
    ...(ifDigest ? { ifDigest } : {}),
    artifactName: readArtifactName(inputs),
  };
}

/** The traffic provider to restore, if one is configured (the embedded router's default needs its URL). */
export function readTraffic(inputs: Inputs): ProviderSettings | undefined {
  const wanted =
    inputs.string('provider') !== undefined &&
    (inputs.string('provider') !== 'embedded' || inputs.string('router-url') !== undefined);
  return wanted ? readProvider(inputs) : undefined;
}
