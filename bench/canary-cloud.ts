// The canary bench's cloud providers (gateway-api, aws-alb, aws-lambda, cloud-run): no traffic
// flows through a stand-in, so "stable-only" is what the stand-in says: the moment it stored the
// weight change back to 0 (written), and the moment its model of the vendor applied it (in
// effect: the Gateway's controller accepted the generation, Cloud Run's operation ended; the
// write itself for ELBv2 and Lambda, whose APIs apply a change as they answer). The provider
// runs in this process through its real client (client-node, the AWS SDKs, google-auth-library),
// the stand-in in a worker process. Per run: the provider's check, steps to 10 and 25 (calls
// counted by the stand-in per step), then the real gate fails the bad canary (t0) and
// `setWeight(0)` at once, as canary-step does.
import { performance } from 'node:perf_hooks';
import type { GateReport } from '../src/core/gate/outcome.js';
import { createProvider } from '../src/core/traffic/providers.js';
import type { CloudInfo, CloudKind, CloudReport } from './cloud-stand-ins.js';
import { median, round } from './lib.js';

export { CLOUD_PROVIDERS, type CloudKind } from './cloud-stand-ins.js';

/** The weights walked before the decision. */
export const CLOUD_STEPS = [10, 25];
export const CLOUD_TARGETS = { stableOnlyMs: 1000, writesPerWeightChange: 1 };

/** What the bench needs of a worker (bench/canary.ts's Worker). */
export interface CloudWorker {
  call<T = unknown>(cmd: string, args?: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  clockOffset(pings?: number): Promise<{ offset: number; rttMs: number }>;
}

interface StepCalls {
  weight: number;
  /** The provider's setWeight, start to return (ms). */
  ms: number;
  calls: Record<string, number>;
  writes: number;
  total: number;
}

export interface CloudRun {
  provider: CloudKind;
  ok: boolean;
  problem?: string;
  gate: { result: GateReport['result']; decidedAfterS: number };
  /** setWeight(0) returned, after t0 (the provider had confirmed the change by then). */
  setWeightMs: number;
  /** The stand-in stored the weight change back to 0, after t0. */
  writtenMs: number;
  /** The stand-in's model applied it, after t0. */
  stableOnlyMs: number;
  /** The weight changes, the restore last. */
  steps: StepCalls[];
  canaryWeightAfter: number;
  clockRttMs: number;
}

function delta(
  after: Record<string, number>,
  before: Record<string, number>,
  weight: number,
  ms: number,
): StepCalls {
  const calls = Object.fromEntries(
    Object.entries(after)
      .map(([k, n]) => [k, n - (before[k] ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );
  const sum = (filter: (k: string) => boolean) =>
    Object.entries(calls).reduce((total, [k, n]) => total + (filter(k) ? n : 0), 0);
  return { weight, ms, calls, writes: sum((k) => k.startsWith('write ')), total: sum(() => true) };
}

/** One run against a fresh stand-in; `decide` is the real gate on the bad canary. */
export async function runCloudOnce(
  kind: CloudKind,
  cloud: CloudWorker,
  decide: () => Promise<GateReport>,
): Promise<CloudRun> {
  const info = await cloud.call<CloudInfo>('cloudStart', { kind });
  const saved = Object.fromEntries(Object.keys(info.env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, info.env);
  try {
    const provider = createProvider(info.settings);
    await provider.check?.();
    const steps: StepCalls[] = [];
    const report = () => cloud.call<CloudReport>('cloudReport');
    for (const weight of CLOUD_STEPS) {
      const before = (await report()).calls;
      const started = performance.now();
      await provider.setWeight(weight);
      const ms = performance.now() - started;
      steps.push(delta((await report()).calls, before, weight, ms));
    }
    const clock = await cloud.clockOffset();
    const before = (await report()).calls;

    const gate = await decide();
    const t0 = performance.now();
    let problem: string | undefined;
    try {
      await provider.setWeight(0);
    } catch (error) {
      problem = `setWeight(0) failed: ${(error as Error).message}`;
    }
    const returned = performance.now();
    const end = await report();
    steps.push(delta(end.calls, before, 0, returned - t0));
    if (gate.result !== 'fail')
      problem ??= `the gate did not fail the bad canary: ${gate.result} (${gate.reason})`;
    const changes = CLOUD_STEPS.length + 1;
    if (end.writeTimes.length !== changes)
      problem ??= `the stand-in stored ${end.writeTimes.length} weight changes, not ${changes}`;
    if (end.canaryWeight !== 0)
      problem ??= `the stand-in holds canary weight ${end.canaryWeight} after the restore`;
    if (end.violations.length)
      problem ??= `the stand-in found requests or answers out of the vendor's schema: ${end.violations.join('; ')}`;
    const last = end.writeTimes.at(-1);
    const ours = (t: number | undefined) => (t === undefined ? Number.NaN : t - clock.offset - t0);
    return {
      provider: kind,
      ok: problem === undefined,
      ...(problem === undefined ? {} : { problem }),
      gate: { result: gate.result, decidedAfterS: gate.decidedAfterS },
      setWeightMs: returned - t0,
      writtenMs: ours(last?.at),
      stableOnlyMs: ours(last?.inEffectAt),
      steps,
      canaryWeightAfter: end.canaryWeight,
      clockRttMs: clock.rttMs,
    };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await cloud.call('cloudStop').catch(() => undefined);
  }
}

export function describeCloudRun(r: CloudRun): string {
  const calls = r.steps
    .map(
      (s) =>
        `${s.weight}%: ${s.total} (${Object.entries(s.calls)
          .map(([k, n]) => `${k} ×${n}`)
          .join(', ')})`,
    )
    .join('; ');
  return (
    `gate ${r.gate.result} after ${r.gate.decidedAfterS.toFixed(2)} s; written ${r.writtenMs.toFixed(1)} ms, ` +
    `stable-only ${r.stableOnlyMs.toFixed(1)} ms, setWeight returned ${r.setWeightMs.toFixed(1)} ms after t0; ` +
    `calls per weight change: ${calls}; canary weight now ${r.canaryWeightAfter}`
  );
}

interface Stat {
  median: number;
  max: number;
}

const stat = (values: readonly number[], digits = 1): Stat =>
  values.length
    ? { median: round(median(values), digits), max: round(Math.max(...values), digits) }
    : { median: Number.NaN, max: Number.NaN };

/** A provider's figures over its runs, its table row, and whether it met the targets (null: invalid runs). */
export function summariseCloud(
  kind: CloudKind,
  runs: CloudRun[],
  reps: number,
): {
  summary: Record<string, unknown>;
  row: (string | number)[];
  met: { stableOnly: boolean | null; writes: boolean | null };
} {
  const valid = runs.filter((r) => r.ok);
  const steps = valid.flatMap((r) => r.steps);
  const written = stat(valid.map((r) => r.writtenMs));
  const stableOnly = stat(valid.map((r) => r.stableOnlyMs));
  const setWeight = stat(valid.map((r) => r.setWeightMs));
  const writes = stat(
    steps.map((s) => s.writes),
    0,
  );
  const calls = stat(
    steps.map((s) => s.total),
    0,
  );
  const complete = valid.length === reps;
  const met = {
    stableOnly: complete ? stableOnly.max < CLOUD_TARGETS.stableOnlyMs : null,
    writes: complete ? steps.every((s) => s.writes === CLOUD_TARGETS.writesPerWeightChange) : null,
  };
  const fmt = (s: Stat, digits: number) =>
    Number.isNaN(s.median) ? 'n/a' : `${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
  const minWrites = steps.length ? Math.min(...steps.map((s) => s.writes)) : Number.NaN;
  const verdict =
    met.stableOnly === null || met.writes === null
      ? 'n/a (invalid runs)'
      : met.stableOnly && met.writes
        ? 'yes'
        : `NO (${[!met.stableOnly ? 'time' : '', !met.writes ? 'writes' : ''].filter(Boolean).join(', ')})`;
  return {
    summary: {
      runs: runs.length,
      validRuns: valid.length,
      writtenMs: written,
      stableOnlyMs: stableOnly,
      setWeightMs: setWeight,
      writesPerWeightChange: { ...writes, min: minWrites },
      callsPerWeightChange: calls,
      gateDecidedS: stat(
        valid.map((r) => r.gate.decidedAfterS),
        2,
      ),
      clockSyncRttMs: runs.length ? round(Math.max(...runs.map((r) => r.clockRttMs)), 3) : null,
      // One run's calls per weight change, by kind and operation (the others are alike).
      callsByStep: valid[0]?.steps.map((s) => ({ weight: s.weight, ...s.calls })) ?? [],
      perRun: {
        writtenMs: valid.map((r) => round(r.writtenMs, 1)),
        stableOnlyMs: valid.map((r) => round(r.stableOnlyMs, 1)),
        setWeightMs: valid.map((r) => round(r.setWeightMs, 1)),
      },
    },
    row: [
      kind,
      runs.length,
      fmt(written, 1),
      fmt(stableOnly, 1),
      fmt(setWeight, 1),
      Number.isNaN(writes.max) ? 'n/a' : `${minWrites}–${writes.max}`,
      fmt(calls, 0),
      `< ${CLOUD_TARGETS.stableOnlyMs} ms, ${CLOUD_TARGETS.writesPerWeightChange} write`,
      verdict,
    ],
    met,
  };
}
