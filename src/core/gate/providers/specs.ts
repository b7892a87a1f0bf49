import { cloudwatch } from './cloudwatch-check.js';
import { datadog } from './datadog.js';
import { newrelic } from './newrelic-check.js';
import type { ProviderSpec } from './registry.js';
import { web } from './web.js';

/** Every metric provider's spec (loaded by loadProviders() when a `checks` entry may name one). */
export const SPECS: readonly ProviderSpec[] = [
  datadog,
  web,
  cloudwatch,
  newrelic,
] as ProviderSpec[];
