import type { Inputs } from '../../runtime/index.js';
import { PROVIDER_KINDS } from './keys.js';
import type { MetricProvider } from './types.js';

/**
 * What the gate knows of one metric provider once its settings reader is loaded: how to read and
 * check a `checks` entry of its kind (no network, secrets masked), its bucket width and how long
 * its newest buckets keep changing, and how to load the client. Adding a provider is one module
 * exporting a spec, listed in specs.ts, its keys in keys.ts, plus its stand-in and tests.
 */
export interface ProviderSpec<S = unknown> {
  readonly kind: string;
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

let loaded: ReadonlyMap<string, ProviderSpec> | undefined;

/**
 * Loads every provider's settings reader: what reading a `checks` entry needs, so the actions
 * call it (beside loadYaml) when `checks` is given, and reading plain inputs loads none of them.
 */
export async function loadProviders(): Promise<void> {
  loaded ??= new Map((await import('./specs.js')).SPECS.map((spec) => [spec.kind, spec]));
}

/** The spec of a provider kind (undefined for a kind that is not a provider's). */
export function providerSpec(kind: string): ProviderSpec | undefined {
  if (!(PROVIDER_KINDS as string[]).includes(kind)) return undefined;
  if (!loaded)
    throw new Error(
      `Internal error: the ${kind} provider's settings were read before loadProviders() loaded them`,
    );
  return loaded.get(kind);
}
