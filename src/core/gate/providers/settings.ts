import { ConfigError, type Inputs } from '../../runtime/index.js';

/** The keys of a metric check that hold a query; the others belong to the gate (judge, threshold…). */
export const QUERY_FIELDS = [
  'query',
  'error-query',
  'total-query',
  'baseline-error-query',
  'baseline-total-query',
] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/**
 * The error for a bad setting: inside a check (`key` = `checks[2]`) it names the input `checks`
 * and `checks[2].<field>`; with `key` '' it names the step input `field` itself.
 */
export function fail(key: string, field: string, problem: string, valid: string): ConfigError {
  if (!key) return new ConfigError(field, problem, valid);
  const input = /^[^[.]+/.exec(key)?.[0] ?? key;
  return new ConfigError(input, `${key}.${field} ${problem}`, valid);
}

/** The raw values of `keys` in a check (or the step's inputs), for a provider's settings parser. */
export function rawSettings(inputs: Inputs, keys: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const name of keys) {
    const value = inputs.string(name);
    if (value !== undefined) raw[name] = value;
  }
  return raw;
}

/** Where `inputs` sits: `checks[2]` inside a checks entry, '' for the step's own inputs. */
export function scopeKey(inputs: Inputs): string {
  return inputs.path('').replace(/\.$/, '');
}
