/**
 * What the gate knows of each metric provider without loading it: the keys a `checks` entry of
 * its kind adds (those in `stepInputs` are also step inputs the entry inherits). Kept apart from
 * the providers' code, so reading inputs that name no provider loads none of it; each provider
 * module reads its own keys from here.
 */
export const PROVIDER_KEYS = {
  datadog: {
    keys: ['datadog-site', 'datadog-api-key', 'datadog-app-key'],
    stepInputs: ['datadog-site', 'datadog-api-key', 'datadog-app-key'],
  },
  web: { keys: [], stepInputs: [] },
  cloudwatch: { keys: ['aws-region'], stepInputs: [] },
  newrelic: {
    keys: ['newrelic-account-id', 'newrelic-api-key', 'newrelic-region'],
    stepInputs: [],
  },
} as const satisfies Record<string, { keys: readonly string[]; stepInputs: readonly string[] }>;

export type ProviderKind = keyof typeof PROVIDER_KEYS;

/** Every metric provider's kind, as a `checks` entry names it. */
export const PROVIDER_KINDS = Object.keys(PROVIDER_KEYS) as ProviderKind[];
