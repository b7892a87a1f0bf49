import { clip, ConfigError, type Inputs } from '../../core/runtime/index.js';
import {
  ENVIRONMENT_NAME,
  type ReleaseRules,
  type WindowOverride,
} from '../../core/pipeline/index.js';
import { readArtifactName } from '../../core/artifact/index.js';
import { GATE_INPUTS, readGateSettings, type GateSettings } from '../../core/gate/index.js';

import {
  type ExperimentRunSettings,
  readExperiment,
  refuseExperimentInputs,
} from './experiment-inputs.js';
import {
  parseSteps,
  type PoolSettings,
  type ProviderSettings,
  readPool,
  readProvider,
  refuseForRolling,
  type Step,
} from '../../core/traffic/index.js';

/** What every strategy shares: where progress is recorded and how health is judged. */
/** Which deployment records the rollout: of the environment, by id or newest of the artifact. */
export interface RecordTarget {
  environment?: string;
  deploymentId?: number;
  /** The service, where several deploy to the environment (artifact-name). */
  artifactName?: string;
}

export interface RecordSettings extends RecordTarget {
  gate: GateSettings;
  token?: string;
  /** The environment's release windows and freezes (window.ts), when the config file has them. */
  rules?: ReleaseRules;
  /** Set when override-window let this run start past a closed window or a freeze. */
  windowOverride?: WindowOverride;
}

export interface CanarySettings extends RecordSettings {
  provider: ProviderSettings;
  strategy: 'canary' | 'blue-green';
  steps: Step[];
  /** Single-step mode: set this weight, analyse, stop. */
  weight?: number;
  /** on-inconclusive: pause: an inconclusive step holds its weight for a person to judge. */
  pauseOnInconclusive: boolean;
  matchHeader?: string;
}

/** A number of servers, or a share of the pool (rounded down, at least 1). */
export type ServerCount = { servers: number } | { percent: number };

export interface RollingSettings extends RecordSettings {
  strategy: 'rolling';
  pool: PoolSettings;
  batchSize: ServerCount;
  maxUnavailable: ServerCount;
  drainTimeoutMs: number;
  deployTimeoutMs: number;
  version: string;
  /** From the input; otherwise the environment's history gives it. */
  previousVersion?: string;
  deployCommand: string;
  /** True when a gate input holds {address} or {name}, so each server is checked on its own. */
  perServer: boolean;
  /** The gate for one server: the gate inputs with {address} and {name} filled in. */
  gateFor(server: { name: string; address: string }): GateSettings;
}

const SERVER_TOKEN = /\{(address|name)\}/g;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;

/** Reads and checks every input before any traffic moves or any server is drained. */
export function readSettings(
  inputs: Inputs,
): CanarySettings | RollingSettings | ExperimentRunSettings {
  const environment = inputs.string('environment');
  if (environment !== undefined && !ENVIRONMENT_NAME.test(environment))
    throw new ConfigError(
      'environment',
      `is '${environment}', not an environment name`,
      'use letters, digits, spaces, dots, dashes or underscores',
    );
  const deploymentId = inputs.integer('deployment-id', { min: 1, max: Number.MAX_SAFE_INTEGER });
  const artifactName = readArtifactName(inputs);
  const strategy = inputs.enum(
    'strategy',
    ['canary', 'blue-green', 'rolling', 'experiment'] as const,
    'canary',
  ) as 'canary' | 'blue-green' | 'rolling' | 'experiment';
  // pause is canary-step's own value of on-inconclusive: the gate is read with fail in its place,
  // and the step loop holds the weight where the gate would have failed on an inconclusive step.
  const pauseOnInconclusive = inputs.string('on-inconclusive') === 'pause';
  if (pauseOnInconclusive && strategy !== 'canary')
    throw new ConfigError(
      'on-inconclusive',
      `is pause, which only strategy canary supports (its steps resume), not ${strategy}`,
      'use fail or pass, or strategy: canary',
    );
  if (pauseOnInconclusive)
    inputs = inputs.withValues((v, name) => (name === 'on-inconclusive' ? 'fail' : v));
  if (strategy === 'experiment')
    return readExperiment(
      inputs,
      { environment, deploymentId, artifactName },
      readToken(inputs, environment),
    );
  refuseExperimentInputs(inputs, strategy);
  if (strategy === 'rolling')
    return readRolling(inputs, { environment, deploymentId, artifactName });
  // (batch-size, max-unavailable, drain-timeout and deploy-timeout always arrive with their defaults.)
  for (const name of ['version', 'previous-version', 'deploy-command']) {
    if (inputs.string(name) !== undefined)
      throw new ConfigError(
        name,
        `is only used by strategy rolling, not ${strategy}`,
        'remove it, or set strategy: rolling',
      );
  }
  const provider = readProvider(inputs);
  const weight = inputs.number('weight', { min: 0, max: 100 });
  const steps = parseSteps(inputs.string('steps') ?? '5@1m,25@2m,50@2m,100');
  const matchHeader = inputs.string('match-header');
  if (matchHeader !== undefined) {
    if (!/^[A-Za-z0-9-]+=[^\s]+$/.test(matchHeader))
      throw new ConfigError(
        'match-header',
        `is '${matchHeader}'`,
        'write name=value, e.g. x-canary=1',
      );
    if (!['embedded', 'command', 'gateway-api'].includes(provider.provider))
      throw new ConfigError(
        'match-header',
        `is not supported by provider ${provider.provider}`,
        'use provider embedded, command or gateway-api for header-based routing',
      );
  }
  const gate = readGateSettings(inputs, { durationFallbackMs: 300_000, requireCheck: false });
  return {
    environment,
    deploymentId,
    artifactName,
    provider,
    strategy,
    steps,
    weight,
    pauseOnInconclusive,
    matchHeader,
    gate,
    token: readToken(inputs, environment),
  };
}

function readToken(inputs: Inputs, environment: string | undefined): string | undefined {
  return environment ? inputs.secret('token', { required: true }) : inputs.secret('token');
}

function readRolling(inputs: Inputs, record: RecordTarget): RollingSettings {
  refuseForRolling(inputs, ['weight', 'match-header'], 'moves whole servers');
  const pool = readPool(inputs);
  const batchSize = serverCount('batch-size', inputs.string('batch-size') ?? '1');
  const maxUnavailable = serverCount('max-unavailable', inputs.string('max-unavailable') ?? '1');
  if ('servers' in batchSize && 'servers' in maxUnavailable)
    checkBatch(batchSize.servers, maxUnavailable.servers);
  const drainTimeoutMs = inputs.duration('drain-timeout', {
    min: 0,
    max: 3_600_000,
    fallback: 30_000,
  }) as number;
  const deployTimeoutMs = inputs.duration('deploy-timeout', {
    min: 1000,
    max: 6 * 3_600_000,
    fallback: 30 * 60_000,
  }) as number;
  const version = checkVersion('version', inputs.string('version'));
  if (version === undefined)
    throw new ConfigError(
      'version',
      'is required with strategy rolling',
      'give the version the deploy command puts on each server (GLIDEPATH_VERSION), e.g. 1.4.2',
    );
  const previousVersion = checkVersion('previous-version', inputs.string('previous-version'));
  const deployCommand = inputs.string('deploy-command');
  if (deployCommand === undefined)
    throw new ConfigError(
      'deploy-command',
      'is required with strategy rolling',
      'give a shell command that deploys GLIDEPATH_VERSION to the server GLIDEPATH_SERVER (at GLIDEPATH_SERVER_ADDRESS)',
    );
  const perServer = GATE_INPUTS.some(
    (name) => (inputs.string(name) ?? '').search(SERVER_TOKEN) >= 0,
  );
  const gateFor = (server: { name: string; address: string }) => {
    const filled = inputs.withValues((value) =>
      value.replace(SERVER_TOKEN, (_, key: 'address' | 'name') => server[key]),
    );
    return readGateSettings(filled, { durationFallbackMs: 300_000, requireCheck: false });
  };
  // Checked now, with a stand-in server, so a bad gate input fails before any server is drained.
  const gate = gateFor({ name: 'server', address: '127.0.0.1:1' });
  return {
    ...record,
    strategy: 'rolling',
    pool,
    batchSize,
    maxUnavailable,
    drainTimeoutMs,
    deployTimeoutMs,
    version,
    previousVersion,
    deployCommand,
    perServer,
    gateFor,
    gate,
    token: readToken(inputs, record.environment),
  };
}

function checkVersion(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !VERSION.test(value))
    throw new ConfigError(
      name,
      `is '${clip(value)}', not a version`,
      'use letters, digits, dots, dashes, underscores or plus signs, e.g. 1.4.2 or 2026.11.3-abc1234',
    );
  return value;
}

function serverCount(name: string, text: string): ServerCount {
  const m = /^(\d{1,5})(%?)$/.exec(text);
  const valid =
    'use a number of servers (1, 2, …) or a share of the pool from 1% to 100% (e.g. 25%)';
  if (!m) throw new ConfigError(name, `is '${clip(text)}'`, valid);
  const n = Number(m[1]);
  if (m[2] ? n < 1 || n > 100 : n < 1) throw new ConfigError(name, `is ${text}`, valid);
  return m[2] ? { percent: n } : { servers: n };
}

/** A share of the pool as a number of servers: rounded down, at least 1. */
export function resolveCount(count: ServerCount, poolSize: number): number {
  return 'servers' in count
    ? count.servers
    : Math.max(1, Math.floor((count.percent * poolSize) / 100));
}

/** At most max-unavailable servers are out of the pool at once, so a batch may not be larger. */
export function checkBatch(batch: number, maxUnavailable: number, poolSize?: number): void {
  const of = poolSize === undefined ? '' : ` (of a pool of ${poolSize})`;
  if (batch > maxUnavailable)
    throw new ConfigError(
      'batch-size',
      `is ${batch} servers${of}, more than max-unavailable (${maxUnavailable})`,
      'make batch-size at most max-unavailable, the most servers drained at once, or raise max-unavailable',
    );
}
