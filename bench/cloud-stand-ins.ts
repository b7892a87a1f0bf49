// The cloud providers' stand-ins for bench/canary.ts, hosted in a bench/canary-worker.ts child (as
// in production, the API is another process): one at a time, from lab/cloud.ts, with what the
// provider in the bench process needs to reach it (settings and environment). Times come back on
// the worker's performance.now() clock, which bench/canary.ts moves onto its own.
import { performance } from 'node:perf_hooks';
import type { ProviderSettings } from '../src/core/traffic/providers.js';
import type { WriteTime } from '../tools/vendors/loopback.js';
import { startCloud as start, type CloudFixture, type CloudKind } from '../lab/cloud.js';

export { CLOUD_PROVIDERS, type CloudKind } from '../lab/cloud.js';

/** The controller's accept delay and Cloud Run's operation time: the stand-ins' own defaults. */
const DELAY_MS = 100;

export interface CloudInfo {
  settings: ProviderSettings;
  env: Record<string, string>;
}

export interface CloudReport {
  /** Calls answered so far, by 'kind operation' (tools/vendors/loopback.ts). */
  calls: Record<string, number>;
  /** Every weight change stored, on the worker's performance.now() clock. */
  writeTimes: WriteTime[];
  /** The canary's share as the stand-in holds it now. */
  canaryWeight: number;
  /** What the stand-in found out of its vendor's published schema. */
  violations: string[];
}

let current: CloudFixture | undefined;

export async function startCloud(kind: CloudKind): Promise<CloudInfo> {
  await stopCloud();
  current = await start(kind, DELAY_MS);
  return { settings: current.settings, env: current.env };
}

export function cloudReport(): CloudReport {
  if (!current) throw new Error('no stand-in is running');
  const onClock = (t: number) => t - performance.timeOrigin;
  return {
    calls: Object.fromEntries(current.standIn.calls),
    writeTimes: current.standIn.writeTimes.map((w) => ({
      at: onClock(w.at),
      ...(w.inEffectAt === undefined ? {} : { inEffectAt: onClock(w.inEffectAt) }),
    })),
    canaryWeight: current.canaryWeight(),
    violations: current.violations(),
  };
}

export async function stopCloud(): Promise<void> {
  const was = current;
  current = undefined;
  await was?.stop();
}
