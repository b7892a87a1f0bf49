import type { Inputs } from '../../runtime/index.js';
import type { MetricProvider } from './types.js';
import { cloudwatch } from './cloudwatch-check.js';
import { datadog } from './datadog.js';
import { newrelic } from './newrelic-check.js';
import { web } from './web.js';

/**
 * What the gate knows of one metric provider before it loads it: the keys a `checks` entry of
 * its kind may set, how to read and check them (no network, secrets masked), its bucket width
 * and how long its newest buckets keep changing, and how to load the client. Adding a provider
 * is one module exporting a spec, listed in PROVIDERS below, plus its stand-in and tests.
 */
export interface ProviderSpec<S = unknown> {
  readonly kind: string;
  /** Keys of a `checks` entry this kind adds; those in `stepInputs` are also step inputs they inherit. */
  readonly keys: readonly string[];
  readonly stepInputs: readonly string[];
  /** The bucket width it is asked for, how often it is polled, and how long the newest buckets keep being revised. */
  readonly stepMs: number;
  readonly intervalMs: number;
  readonly settleMs: number;
  /** Checks this kind's settings (errors name the key), masks its secrets; sends nothing. */
  read(inputs: Inputs): S;
  /**
   * Whether these settings read the baseline from a place of its own (web's baseline-url): then
   * the canary's queries serve for the baseline when no baseline query is given. Without it, a
   * baseline-url in the entry is refused (it would be ignored).
   */
  baselineApart?(settings: S): boolean;
  /** The client, loaded only when the gate starts (an SDK is never loaded to read inputs). */
  load(): Promise<(settings: S) => MetricProvider>;
}

/** Every metric provider, by the `kind` a `checks` entry names. */
export const PROVIDERS: readonly ProviderSpec[] = [
  datadog,
  web,
  cloudwatch,
  newrelic,
] as ProviderSpec[];

export function providerSpec(kind: string): ProviderSpec | undefined {
  return PROVIDERS.find((p) => p.kind === kind);
}
