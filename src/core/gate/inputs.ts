import { ConfigError, Inputs, yaml } from '../runtime/index.js';
import { judgeOf, withJudge, type CheckConfig, type GateConfig } from './config.js';
import type { JudgeSettings } from './judge.js';
import { readCheck } from './check-inputs.js';
import { METRIC_KEYS } from './metric-inputs.js';
import { PROVIDER_KEYS } from './providers/keys.js';

/** The gate's settings plus what to do with its result; shared by health-gate and canary-step. */
export interface GateSettings extends GateConfig {
  failOnUnhealthy: boolean;
  onInconclusive: 'fail' | 'pass';
}

/**
 * Reads the health-gate inputs (or one entry of `checks`, falling back to the inputs) into
 * checks. Every value is validated here, before any probe is sent.
 */
export function readGateSettings(
  inputs: Inputs,
  options: { durationFallbackMs?: number; requireCheck?: boolean } = {},
): GateSettings {
  const durationMs = inputs.duration('duration', {
    min: 1000,
    max: 6 * 3_600_000,
    fallback: options.durationFallbackMs ?? 300_000,
  }) as number;
  const checksText = inputs.string('checks');
  const checks: CheckConfig[] = [];
  if (checksText) {
    let parsed: unknown;
    try {
      parsed = yaml().parse(checksText);
    } catch (error) {
      throw new ConfigError(
        'checks',
        `is not valid YAML (${(error as Error).message.split('\n')[0]})`,
        'give a YAML list of checks, each a map such as {name: api, url: https://…}',
      );
    }
    if (
      !Array.isArray(parsed) ||
      parsed.length === 0 ||
      parsed.some((c) => c === null || typeof c !== 'object' || Array.isArray(c))
    ) {
      throw new ConfigError(
        'checks',
        'is not a YAML list of maps',
        'write one "- name: …" entry per check with keys named like the inputs (url, error-query, query, …)',
      );
    }
    parsed.forEach((entry: Record<string, unknown>, index: number) => {
      const label = `checks[${index}]`;
      const known = new Set([...CHECK_KEYS]);
      for (const key of Object.keys(entry)) {
        if (!known.has(key))
          throw new ConfigError(
            'checks',
            `has an unknown key '${key}' in ${label}`,
            `use ${[...CHECK_KEYS].join(', ')}`,
          );
      }
      // The entry's own value (blank is unset, as for a step input), else the step's input for
      // a shared key: either way, an error names the entry.
      const own = (key: string) => {
        const v = entry[key];
        if (v === undefined || v === null) return undefined;
        const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
        return text.trim() === '' ? undefined : text;
      };
      const scoped = Inputs.within(
        'checks',
        `${label}.`,
        (key) => own(key) ?? (SHARED_KEYS.has(key) ? (inputs.string(key) ?? '') : ''),
      );
      checks.push(
        readCheck(
          scoped,
          typeof entry.name === 'string' ? entry.name : `check ${index + 1}`,
          entry.headers,
        ),
      );
    });
  } else if (inputs.string('url') || inputs.string('error-query') || inputs.string('total-query')) {
    // max-latency-increase with latency-query and no baseline-url is the Prometheus check's alone.
    const probesOnly =
      inputs.string('latency-query') && !inputs.string('baseline-url')
        ? inputs.withValues((value, key) => (key === 'max-latency-increase' ? '' : value))
        : inputs;
    if (inputs.string('url')) checks.push(readCheck(probesOnly, 'http', undefined));
    if (inputs.string('error-query') || inputs.string('total-query'))
      checks.push(
        readCheck(
          inputs.withValues((value, key) => (key === 'url' || key === 'baseline-url' ? '' : value)),
          'prometheus',
          undefined,
        ),
      );
  } else if (options.requireCheck !== false) {
    throw new ConfigError(
      'url',
      'is empty and there is nothing else to check',
      'set url (HTTP probes), or prometheus-url with error-query and total-query, or checks',
    );
  }
  // α is per decision the user sees: the gate's result. Each check that can fail or pass on
  // evidence gets an equal share of it, so two checks do not double the chance of a false fail
  // (or of a false pass). Threshold checks compare values and spend none.
  const judged = checks.filter((c) => judgeOf(c) !== undefined);
  const gateAlpha = judged.reduce((sum, c) => sum + (judgeOf(c) as JudgeSettings).alpha, 0);
  const shared =
    judged.length > 1
      ? checks.map((c) => withJudge(c, (j) => ({ ...j, alpha: j.alpha / judged.length })))
      : checks;
  return {
    checks: shared,
    alpha: judged.length ? gateAlpha / judged.length : undefined,
    durationMs,
    tickMs: Math.min(1000, Math.max(100, Math.round(durationMs / 50))),
    failOnUnhealthy: inputs.boolean('fail-on-unhealthy', true),
    onInconclusive: inputs.enum('on-inconclusive', ['fail', 'pass'] as const, 'fail') as
      'fail' | 'pass',
  };
}

/** The queries of a Prometheus check: counters (error, total) and histograms (latency), each side. */
const PROMETHEUS_QUERIES = [
  'error-query',
  'total-query',
  'baseline-error-query',
  'baseline-total-query',
  'latency-query',
  'baseline-latency-query',
];
/** Every key a `checks` entry may set, in the order the error for an unknown key lists them. */
const CHECK_KEYS = [
  'name',
  'url',
  'baseline-url',
  'method',
  'headers',
  'expect-status',
  'expect-body',
  'timeout',
  'max-latency',
  'rate',
  'concurrency',
  'warm-up',
  'prometheus-url',
  'prometheus-headers',
  ...PROMETHEUS_QUERIES,
  'query-interval',
  'query',
  'threshold',
  'range',
  'min-samples',
  'alpha',
  'max-error-rate',
  'tolerance',
  'max-latency-increase',
  ...METRIC_KEYS,
  ...Object.values(PROVIDER_KEYS).flatMap((p) => p.keys),
];
/** Keys of metric checks that only a `checks` entry sets (no step input of that name). */
const CHECKS_ONLY = new Set([
  ...METRIC_KEYS,
  ...Object.values(PROVIDER_KEYS).flatMap((p) =>
    p.keys.filter((k) => !(p.stepInputs as readonly string[]).includes(k)),
  ),
]);
/** Keys that only a check of its own sets: what it looks at (none is a step input the others share). */
const OWN_KEYS = new Set([
  'name',
  'url',
  'baseline-url',
  ...PROMETHEUS_QUERIES,
  'query',
  'threshold',
  'range',
  ...CHECKS_ONLY,
]);
/** Every step input the gate reads (CHECK_KEYS less the per-check ones, plus the gate's own). */
export const GATE_INPUTS = [
  ...CHECK_KEYS.filter(
    (k) => !['name', 'query', 'threshold', 'range'].includes(k) && !CHECKS_ONLY.has(k),
  ),
  'duration',
  'checks',
  'fail-on-unhealthy',
  'on-inconclusive',
];
/** Keys a `checks` entry inherits from the step's inputs when it does not set them. */
const SHARED_KEYS = new Set(CHECK_KEYS.filter((k) => !OWN_KEYS.has(k)));
