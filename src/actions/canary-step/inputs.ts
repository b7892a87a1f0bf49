import { ConfigError } from '../../core/errors.js';
import { readGateSettings, type GateSettings } from '../../core/gate-inputs.js';
import type { Inputs } from '../../core/inputs.js';
import { ENVIRONMENT_NAME } from '../../core/pipeline.js';
import { parseSteps, type Step } from '../../core/steps.js';
import type { ProviderSettings } from '../../core/traffic.js';
import { readProvider } from '../../core/provider-inputs.js';

export interface CanarySettings {
  environment?: string;
  deploymentId?: number;
  provider: ProviderSettings;
  strategy: 'canary' | 'blue-green';
  steps: Step[];
  /** Single-step mode: set this weight, analyse, stop. */
  weight?: number;
  matchHeader?: string;
  gate: GateSettings;
  token?: string;
}

/** Reads and checks every input before any traffic moves. */
export function readSettings(inputs: Inputs): CanarySettings {
  const environment = inputs.string('environment');
  if (environment !== undefined && !ENVIRONMENT_NAME.test(environment)) throw new ConfigError('environment', `is '${environment}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
  const deploymentId = inputs.integer('deployment-id', { min: 1, max: Number.MAX_SAFE_INTEGER });
  const provider = readProvider(inputs);
  const strategy = inputs.enum('strategy', ['canary', 'blue-green', 'rolling'] as const, 'canary') as 'canary' | 'blue-green' | 'rolling';
  if (strategy === 'rolling') {
    inputs.string('batch-size');
    inputs.string('max-unavailable');
    inputs.string('drain-timeout');
    throw new ConfigError('strategy', 'is rolling, which is not yet available in this version', 'use canary or blue-green');
  }
  const weight = inputs.number('weight', { min: 0, max: 100 });
  const steps = parseSteps(inputs.string('steps') ?? '5@1m,25@2m,50@2m,100');
  const matchHeader = inputs.string('match-header');
  if (matchHeader !== undefined) {
    if (!/^[A-Za-z0-9-]+=[^\s]+$/.test(matchHeader)) throw new ConfigError('match-header', `is '${matchHeader}'`, 'write name=value, e.g. x-canary=1');
    if (provider.provider !== 'embedded' && provider.provider !== 'command') throw new ConfigError('match-header', `is not supported by provider ${provider.provider}`, 'use provider embedded or command for header-based routing');
  }
  for (const name of ['version', 'deploy-command']) {
    if (inputs.string(name) !== undefined) throw new ConfigError(name, 'is only used by strategy rolling, which is not yet available', 'remove it');
  }
  const gate = readGateSettings(inputs, { durationFallbackMs: 300_000, requireCheck: false });
  const token = environment ? inputs.secret('token', { required: true }) : inputs.secret('token');
  return { environment, deploymentId, provider, strategy, steps, weight, matchHeader, gate, token };
}
