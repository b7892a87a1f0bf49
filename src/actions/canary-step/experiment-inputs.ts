import { ConfigError, type Inputs } from '../../core/runtime/index.js';
import {
  type CounterSource,
  EXPERIMENT_DEFAULTS,
  type ExperimentSettings,
} from '../../core/experiment/index.js';
import { type GateSettings, readGateSettings, readHeaders } from '../../core/gate/index.js';
import {
  type ProviderSettings,
  readProvider,
  type Sticky,
  stickyProvider,
} from '../../core/traffic/index.js';
import type { RecordSettings, RecordTarget } from './inputs.js';

/**
 * The inputs only `strategy: experiment` reads and that have no default in action.yml (the runner
 * passes every default, so only these show that the workflow asked for an experiment).
 */
export const EXPERIMENT_INPUTS = [
  'sticky',
  'metric-a-url',
  'metric-b-url',
  'metric-query',
] as const;

export interface ExperimentRunSettings extends RecordSettings {
  strategy: 'experiment';
  provider: ProviderSettings;
  sticky: Sticky;
  /** B's share of users, percent. */
  split: number;
  metric: 'conversion' | 'mean';
  /** Where each variant's counters come from: HTTP JSON per variant, or a Prometheus template. */
  source: CounterSource;
  analysis: ExperimentSettings;
  horizonMs: number;
  lookMs: number;
  onWinner: 'promote' | 'hold';
  /** Guardrails: the canary checks, run beside the experiment for its whole horizon. */
  gate: GateSettings;
}

/** Refuses experiment inputs given to another strategy. */
export function refuseExperimentInputs(inputs: Inputs, strategy: string): void {
  for (const name of EXPERIMENT_INPUTS)
    if (inputs.string(name) !== undefined)
      throw new ConfigError(
        name,
        `is only used by strategy experiment, not ${strategy}`,
        'remove it, or set strategy: experiment',
      );
}

/** Reads and checks every experiment input before any traffic moves. */
export function readExperiment(
  inputs: Inputs,
  record: RecordTarget,
  token: string | undefined,
): ExperimentRunSettings {
  // (steps always arrives with its default, so it cannot be refused; it is not read.)
  for (const name of ['weight', 'match-header'])
    if (inputs.string(name) !== undefined)
      throw new ConfigError(
        name,
        'is not used by strategy experiment, which holds one fixed split',
        'remove it and give split (B’s share of users, 1–99)',
      );
  const { provider, sticky } = stickyProvider(readProvider(inputs), inputs.string('sticky'));
  const split = inputs.integer('split', { min: 1, max: 99, fallback: 50 }) as number;
  const metric = inputs.enum('metric', ['conversion', 'mean'] as const, 'conversion') as
    'conversion' | 'mean';
  const source = readSource(inputs);
  const alpha = inputs.number('experiment-alpha', {
    min: 0,
    max: 0.5,
    exclusiveMin: true,
    fallback: EXPERIMENT_DEFAULTS.alpha,
  }) as number;
  if (alpha >= 0.5)
    throw new ConfigError(
      'experiment-alpha',
      `is ${alpha}`,
      'use a number between 0 and 0.5, e.g. 0.05',
    );
  const mde = readShare(inputs.string('minimum-effect'));
  const horizonMs = inputs.duration('horizon', {
    min: 1000,
    max: 6 * 3_600_000,
    fallback: 3_600_000,
  }) as number;
  const lookMs = inputs.duration('look-interval', {
    min: 100,
    max: 3_600_000,
    fallback: 30_000,
  }) as number;
  const minUnits = inputs.integer('min-users', {
    min: 2,
    max: 1_000_000_000,
    fallback: EXPERIMENT_DEFAULTS.minUnits,
  }) as number;
  const onWinner = inputs.enum('on-winner', ['promote', 'hold'] as const, 'hold') as
    'promote' | 'hold';
  const gate = readGateSettings(inputs, { durationFallbackMs: horizonMs, requireCheck: false });
  return {
    ...record,
    strategy: 'experiment',
    provider,
    sticky,
    split,
    metric,
    source,
    analysis: { alpha, mde, minUnits },
    horizonMs,
    lookMs,
    onWinner,
    gate: { ...gate, durationMs: horizonMs },
    token,
  };
}

/** `minimum-effect`: a relative lift, `10%` or `0.1`, above 0 and at most 10 (1,000%). */
function readShare(text: string | undefined): number {
  if (text === undefined) return EXPERIMENT_DEFAULTS.mde;
  const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text.trim());
  const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!(value > 0 && value <= 10))
    throw new ConfigError(
      'minimum-effect',
      `is '${text}'`,
      'give the smallest relative lift worth detecting, above 0: e.g. 10% or 0.1',
    );
  return value;
}

/** Each variant's counters: metric-a-url and metric-b-url (HTTP JSON), or metric-query (Prometheus). */
function readSource(inputs: Inputs): ExperimentRunSettings['source'] {
  const a = inputs.url('metric-a-url')?.href;
  const b = inputs.url('metric-b-url')?.href;
  const template = inputs.string('metric-query');
  const valid =
    'give metric-a-url and metric-b-url (each variant’s counters as HTTP JSON: users, visits, value, visitsSq, valueSq, visitsValue), or metric-query with prometheus-url';
  if (template !== undefined) {
    if (a !== undefined || b !== undefined)
      throw new ConfigError(
        a !== undefined ? 'metric-a-url' : 'metric-b-url',
        'is given with metric-query: the counters come from one place',
        'keep either the two URLs or metric-query',
      );
    if (!template.includes('$variant') || !template.includes('$field'))
      throw new ConfigError(
        'metric-query',
        `is '${template}', without $variant and $field`,
        'write PromQL with both, e.g. sum(checkout_experiment_$field{variant="$variant"})',
      );
    const url = inputs.url('prometheus-url')?.href;
    if (url === undefined)
      throw new ConfigError(
        'prometheus-url',
        'is required with metric-query',
        'give the base URL of the Prometheus HTTP API, e.g. http://127.0.0.1:9090',
      );
    // The same headers the Prometheus checks send (an auth proxy in front of Prometheus).
    const headers = readHeaders(
      inputs.string('prometheus-headers'),
      inputs.path('prometheus-headers'),
    );
    return { kind: 'prometheus', url, template, headers };
  }
  if (a === undefined || b === undefined) {
    const [missing, given] = a === undefined ? ['metric-a-url', b] : ['metric-b-url', a];
    throw new ConfigError(
      missing,
      given === undefined
        ? 'is required with strategy experiment (or metric-query)'
        : `is missing while ${missing === 'metric-a-url' ? 'metric-b-url' : 'metric-a-url'} is given: both variants need their counters`,
      valid,
    );
  }
  return { kind: 'http', a, b };
}
