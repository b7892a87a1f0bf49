import { CountJudge, pct, type Counts, type JudgeSettings, type Verdict } from './judge.js';
import { LogHistogram, type LatencyShiftSummary } from './latency.js';
import { Prober, type ProbeSpec } from './probe.js';
import { sleep } from '../runtime/index.js';
import { PrometheusClient } from './prometheus.js';

/** One check of a gate, as read from the inputs or the `checks` YAML. */
export type CheckConfig = HttpCheckConfig | PrometheusCheckConfig | ThresholdCheckConfig;

export interface HttpCheckConfig {
  kind: 'http';
  name: string;
  canary: ProbeSpec;
  baseline?: ProbeSpec;
  /** Probes per second per target. */
  rate: number;
  concurrency: number;
  warmupMs: number;
  judge: JudgeSettings;
}

export interface PrometheusCheckConfig {
  kind: 'prometheus';
  name: string;
  prometheus: { url: URL; headers: Record<string, string> };
  errorQuery: string;
  totalQuery: string;
  baselineErrorQuery?: string;
  baselineTotalQuery?: string;
  intervalMs: number;
  judge: JudgeSettings;
}

export interface ThresholdCheckConfig {
  kind: 'threshold';
  name: string;
  prometheus: { url: URL; headers: Record<string, string> };
  query: string;
  operator: '<' | '<=' | '>' | '>=';
  threshold: number;
  /** Judge the worst value of a range query over this window instead of the instant value. */
  rangeMs?: number;
  intervalMs: number;
  /** Polls that must hold before the check can pass. */
  minPolls: number;
}

export interface GateConfig {
  checks: CheckConfig[];
  /**
   * The α the user asked for, which covers this gate run: the checks' own α add up to it (the
   * inputs split it between checks). Each canary step runs its own gate.
   */
  alpha?: number;
  /** Longest the gate looks before the result is inconclusive. */
  durationMs: number;
  /** How often the evidence is examined. */
  tickMs: number;
}

export interface TimelinePoint {
  t: number;
  canaryErrorRate: number | null;
  baselineErrorRate: number | null;
  p95Ms: number | null;
}

export interface CheckReport {
  name: string;
  kind: CheckConfig['kind'];
  result: 'pass' | 'fail' | 'inconclusive';
  reason: string;
  decidedAfterS: number | null;
  canary?: Counts & {
    errorRate: number | null;
    p95Ms: number | null;
    problems: Record<string, number>;
  };
  /** Scheduled probes not sent because `concurrency` were already in flight. */
  skippedProbes?: number;
  baseline?: Counts & {
    errorRate: number | null;
    p95Ms: number | null;
    problems: Record<string, number>;
  };
  evidence?: {
    /** Fail test (canary worse than baseline) and pass test (ratio below tolerance) e-values. */
    ratioE?: number;
    passE?: number;
    errorGuardE: number;
    slowGuardE?: number;
    /** Blocks judged, over-dispersion of the canary's share of errors (1: independent, k: clumps of k), pooled ratio. */
    blocks?: number;
    dispersion?: number | null;
    ratio?: number | null;
    tolerance?: number;
    /** α of this check: the chance of a false fail, and separately of a false pass. */
    alpha: number;
    /** What a pass rests on: the ratio shown below tolerance, no errors at all, or the guardrails alone (no baseline). */
    passBasis?: 'ratio' | 'no-errors' | 'guardrails';
  };
  /** max-latency-increase: the comparison in words and figures, and both distributions ([upper edge ms, count]). */
  latency?: LatencyShiftSummary & {
    canaryHistogram: [number | null, number][];
    baselineHistogram: [number | null, number][];
  };
  /** Polls skipped because a counter went down (a reset inside sum()). */
  counterResets?: number;
  values?: number[];
  timeline: TimelinePoint[];
}

export interface GateReport {
  result: 'pass' | 'fail' | 'inconclusive';
  /** What α covers, in words, and each check's share. */
  alpha?: { gate: number; perCheck: Record<string, number>; covers: string };
  reason: string;
  decidedAfterS: number;
  samples: number;
  errorRate: number | null;
  p95Ms: number | null;
  checks: CheckReport[];
}

/** Latencies in log-spaced buckets (5% wide): constant memory however long the gate runs. */
export class LatencyHistogram {
  private readonly counts = new Map<number, number>();
  total = 0;
  add(ms: number): void {
    const bucket = Math.max(0, Math.ceil(Math.log(Math.max(ms, 0.01) / 0.01) / Math.log(1.05)));
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.total += 1;
  }
  quantile(q: number): number | null {
    if (!this.total) return null;
    const target = Math.ceil(q * this.total);
    let seen = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket) as number;
      if (seen >= target) return 0.01 * 1.05 ** bucket;
    }
    return null;
  }
}

interface Running {
  config: CheckConfig;
  verdict: Verdict;
  decidedAt: number | null;
  timeline: TimelinePoint[];
  tick(now: number): Promise<void> | void;
  stop(): void;
  report(): Partial<CheckReport>;
}

/**
 * Runs every check until all pass, any fails, the duration runs out, or `signal` aborts.
 * Each check is judged by its own sequential tests; the gate fails as soon as one check fails.
 */
export async function runGate(
  config: GateConfig,
  options: { signal?: AbortSignal; onTick?: (elapsedMs: number, verdicts: Verdict[]) => void } = {},
): Promise<GateReport> {
  const started = Date.now();
  const running = config.checks.map((check) => start(check, started));
  let result: GateReport['result'] = 'inconclusive';
  let reason: string;
  try {
    for (;;) {
      await sleep(config.tickMs, options.signal);
      const now = Date.now();
      await Promise.all(
        running.map((r) => (r.verdict.state === 'continue' ? r.tick(now) : undefined)),
      );
      for (const r of running)
        if (r.verdict.state !== 'continue' && r.decidedAt === null) r.decidedAt = now;
      options.onTick?.(
        now - started,
        running.map((r) => r.verdict),
      );
      const failed = running.find((r) => r.verdict.state === 'fail');
      if (failed) {
        result = 'fail';
        reason = `${failed.config.name}: ${(failed.verdict as { reason: string }).reason}`;
        break;
      }
      if (running.every((r) => r.verdict.state === 'pass')) {
        result = 'pass';
        reason = running
          .map((r) => `${r.config.name}: ${(r.verdict as { reason: string }).reason}`)
          .join('; ');
        break;
      }
      if (options.signal?.aborted) {
        reason = 'stopped before a decision';
        break;
      }
      if (now - started >= config.durationMs) {
        const open = running
          .filter((r) => r.verdict.state === 'continue')
          .map((r) => r.config.name);
        reason = `no decision within ${Math.round(config.durationMs / 1000)}s for ${open.join(', ')}: not enough evidence either way`;
        break;
      }
    }
  } finally {
    for (const r of running) r.stop();
  }
  const decidedAfterS = (Date.now() - started) / 1000;
  const checks = running.map((r): CheckReport => {
    const state = r.verdict.state;
    return {
      name: r.config.name,
      kind: r.config.kind,
      result: state === 'continue' ? 'inconclusive' : state,
      reason: state === 'continue' ? 'no decision' : r.verdict.reason,
      decidedAfterS: r.decidedAt === null ? null : (r.decidedAt - started) / 1000,
      timeline: r.timeline,
      ...r.report(),
    };
  });
  const first = checks.find((c) => c.canary);
  const perCheck = Object.fromEntries(
    config.checks.flatMap((c) => (c.kind === 'threshold' ? [] : [[c.name, c.judge.alpha]])),
  );
  const gateAlpha = Object.values(perCheck).reduce((a, b) => a + b, 0);
  return {
    result,
    ...(Object.keys(perCheck).length
      ? {
          alpha: {
            gate: config.alpha ?? gateAlpha,
            perCheck,
            covers: `α ${+gateAlpha.toPrecision(3)} covers this gate run: the chance it fails a healthy target, and separately the chance it passes one worse than its limits, is at most ${+gateAlpha.toPrecision(3)}, however often it looked${Object.keys(perCheck).length > 1 ? ` (split between ${Object.keys(perCheck).length} checks)` : ''}. A rollout that runs a gate per canary step takes that chance at every step.`,
          },
        }
      : {}),
    reason,
    decidedAfterS,
    samples: checks.reduce((sum, c) => sum + (c.canary?.requests ?? c.values?.length ?? 0), 0),
    errorRate: first?.canary?.errorRate ?? null,
    p95Ms: first?.canary?.p95Ms ?? null,
    checks,
  };
}

function start(check: CheckConfig, started: number): Running {
  if (check.kind === 'http') return startHttp(check, started);
  if (check.kind === 'prometheus') return startPrometheus(check, started);
  return startThreshold(check, started);
}

function point(
  started: number,
  now: number,
  c: Counts,
  b: Counts | undefined,
  p95: number | null,
): TimelinePoint {
  return {
    t: Math.round((now - started) / 100) / 10,
    canaryErrorRate: c.requests ? c.errors / c.requests : null,
    baselineErrorRate: b && b.requests ? b.errors / b.requests : null,
    p95Ms: p95,
  };
}

interface Side {
  prober: Prober;
  pending: Counts;
  histogram: LatencyHistogram;
  problems: Record<string, number>;
  inflight: number;
}

/** How often the probe schedule is checked at most, and how late probes may be before they are skipped. */
const PUMP_MS = 10;
const BACKLOG_MS = 100;

function startHttp(check: HttpCheckConfig, started: number): Running {
  const judge = new CountJudge(check.judge, check.baseline !== undefined);
  const sides: Side[] = [check.canary, ...(check.baseline ? [check.baseline] : [])].map((spec) => ({
    prober: new Prober(spec, check.concurrency),
    pending: { requests: 0, errors: 0, slow: 0 },
    histogram: new LatencyHistogram(),
    problems: {},
    inflight: 0,
  }));
  const warmupEnds = started + check.warmupMs;
  let skipped = 0;
  // A fixed schedule: probe n goes at n/rate s, never more than `concurrency` in flight, so a
  // slow target is never flooded beyond the configured rate. Timers fire late (a 2 ms interval
  // runs every 2.3 ms or so: 13% short at 500/s), so each wake-up sends what is due by the
  // clock; a stall longer than BACKLOG_MS is skipped, not made up in a burst.
  const periodMs = 1000 / check.rate;
  const begun = performance.now();
  const maxBacklog = Math.max(1, Math.ceil(BACKLOG_MS / periodMs));
  let sent = 0;
  // Latency pairs for max-latency-increase: probe n of the canary and of the baseline were sent
  // together; once both have answered (after warm-up) the pair joins the next batch.
  const pairing = judge.latencyShift && sides.length === 2;
  const halves = new Map<number, [number | undefined, number | undefined]>();
  let pairs: { canary: number[]; baseline: number[] } = { canary: [], baseline: [] };
  const pairUp = (seq: number, side: 0 | 1, ms: number) => {
    const half = halves.get(seq) ?? [undefined, undefined];
    half[side] = ms;
    if (half[0] !== undefined && half[1] !== undefined) {
      halves.delete(seq);
      pairs.canary.push(half[0]);
      pairs.baseline.push(half[1]);
    } else halves.set(seq, half);
  };
  const pump = () => {
    const due = Math.floor((performance.now() - begun) / periodMs) + 1;
    if (due - sent > maxBacklog) {
      skipped += (due - sent - maxBacklog) * sides.length;
      sent = due - maxBacklog;
    }
    for (; sent < due; sent++) fire();
  };
  const fire = () => {
    const seq = sent;
    // A pair needs both halves: when either side is full, neither is sent.
    if (pairing && sides.some((side) => side.inflight >= check.concurrency)) {
      skipped += sides.length;
      return;
    }
    for (const [index, side] of sides.entries()) {
      if (side.inflight >= check.concurrency) {
        skipped += 1;
        continue;
      }
      side.inflight += 1;
      // Warm-up is judged by when a probe was sent, not when it came back: a probe sent during
      // warm-up never counts (however slow), one sent after it always does (however fast).
      const sentAt = Date.now();
      void side.prober.probe().then((r) => {
        side.inflight -= 1;
        if (sentAt < warmupEnds) return;
        side.pending.requests += 1;
        if (!r.ok) {
          side.pending.errors += 1;
          if (r.problem) side.problems[r.problem] = (side.problems[r.problem] ?? 0) + 1;
        }
        if (r.slow) side.pending.slow += 1;
        side.histogram.add(r.latencyMs);
        // A timeout is slower than any answer: it counts as an error and as +∞, never dropped.
        if (pairing) pairUp(seq, index as 0 | 1, r.problem === 'timeout' ? Infinity : r.latencyMs);
      });
    }
  };
  const interval = setInterval(pump, Math.min(periodMs, PUMP_MS));
  pump();
  const running: Running = {
    config: check,
    verdict: { state: 'continue' },
    decidedAt: null,
    timeline: [],
    tick(now) {
      const [canary, baseline] = sides.map((s) => {
        const batch = s.pending;
        s.pending = { requests: 0, errors: 0, slow: 0 };
        return batch;
      });
      judge.add(canary as Counts, baseline, now - started);
      if (pairing) {
        judge.addLatencies(pairs.canary, pairs.baseline);
        pairs = { canary: [], baseline: [] };
      }
      running.verdict = judge.verdict();
      running.timeline.push(
        point(
          started,
          now,
          judge.canary,
          check.baseline ? judge.baseline : undefined,
          sides[0]?.histogram.quantile(0.95) ?? null,
        ),
      );
    },
    stop() {
      clearInterval(interval);
      for (const s of sides) s.prober.close();
    },
    report() {
      const side = (s: Side | undefined, counts: Counts) =>
        s
          ? {
              ...counts,
              errorRate: counts.requests ? counts.errors / counts.requests : null,
              p95Ms: round(s.histogram.quantile(0.95)),
              problems: s.problems,
            }
          : undefined;
      return {
        canary: side(sides[0], judge.canary),
        baseline: side(sides[1], judge.baseline),
        evidence: evidence(judge),
        skippedProbes: skipped,
        ...(judge.latencyShift
          ? {
              latency: {
                ...(judge.latencySummary() as LatencyShiftSummary),
                canaryHistogram: histogramRows(judge.latencyShift.canaryHistogram),
                baselineHistogram: histogramRows(judge.latencyShift.baselineHistogram),
              },
            }
          : {}),
      };
    },
  };
  return running;
}

function startPrometheus(check: PrometheusCheckConfig, started: number): Running {
  const judge = new CountJudge(check.judge, check.baselineErrorQuery !== undefined);
  const client = new PrometheusClient(check.prometheus.url, check.prometheus.headers);
  const queries = [
    check.errorQuery,
    check.totalQuery,
    check.baselineErrorQuery,
    check.baselineTotalQuery,
  ].filter((q): q is string => q !== undefined);
  let last: number[] | undefined;
  let resets = 0;
  const due = pollEvery(check.intervalMs);
  const running: Running = {
    config: check,
    verdict: { state: 'continue' },
    decidedAt: null,
    timeline: [],
    async tick(now) {
      if (!due(now)) return;
      const values = await Promise.all(queries.map((q) => client.scalar(q)));
      if (values.some((v) => v === null)) return; // no data yet: inconclusive, keep looking
      const current = values as number[];
      const delta = last ? counterDeltas(last, current) : null;
      if (delta === null && last) resets += 1;
      if (delta) {
        const canary = { errors: Math.round(delta[0]!), requests: Math.round(delta[1]!), slow: 0 };
        const baseline =
          queries.length === 4
            ? { errors: Math.round(delta[2]!), requests: Math.round(delta[3]!), slow: 0 }
            : undefined;
        if (canary.errors > canary.requests || (baseline && baseline.errors > baseline.requests)) {
          throw new Error(
            `${check.name}: the error query grew faster than the total query (${canary.errors} > ${canary.requests}): check that error-query counts a subset of total-query`,
          );
        }
        judge.add(canary, baseline, now - started);
        running.verdict = judge.verdict();
        running.timeline.push(
          point(started, now, judge.canary, baseline ? judge.baseline : undefined, null),
        );
      }
      last = current;
    },
    stop() {},
    report() {
      const side = (counts: Counts) => ({
        ...counts,
        errorRate: counts.requests ? counts.errors / counts.requests : null,
        p95Ms: null,
        problems: {},
      });
      return {
        canary: side(judge.canary),
        baseline: queries.length === 4 ? side(judge.baseline) : undefined,
        evidence: evidence(judge),
        counterResets: resets,
      };
    },
  };
  return running;
}

function startThreshold(check: ThresholdCheckConfig, started: number): Running {
  const client = new PrometheusClient(check.prometheus.url, check.prometheus.headers);
  const values: number[] = [];
  const due = pollEvery(check.intervalMs);
  const holds = (v: number) =>
    check.operator === '<'
      ? v < check.threshold
      : check.operator === '<='
        ? v <= check.threshold
        : check.operator === '>'
          ? v > check.threshold
          : v >= check.threshold;
  const running: Running = {
    config: check,
    verdict: { state: 'continue' },
    decidedAt: null,
    timeline: [],
    async tick(now) {
      if (!due(now)) return;
      const value = await client.scalar(
        check.query,
        check.rangeMs
          ? { ms: check.rangeMs, worst: check.operator.startsWith('<') ? 'max' : 'min' }
          : undefined,
      );
      if (value === null) return;
      values.push(value);
      running.timeline.push({
        t: Math.round((now - started) / 100) / 10,
        canaryErrorRate: null,
        baselineErrorRate: null,
        p95Ms: null,
      });
      const what = check.rangeMs
        ? `${check.query} reached ${value} within the last ${Math.round(check.rangeMs / 1000)}s`
        : `${check.query} = ${value}`;
      if (!holds(value))
        running.verdict = {
          state: 'fail',
          reason: `${what}, which breaks ${check.operator} ${check.threshold}`,
        };
      else if (values.length >= check.minPolls)
        running.verdict = {
          state: 'pass',
          reason: `${check.query} held ${check.operator} ${check.threshold} over ${values.length} polls (last ${value})`,
        };
    },
    stop() {},
    report: () => ({ values }),
  };
  return running;
}

/** True when `intervalMs` has passed since it last said true: Prometheus is polled at its own pace, not every tick. */
function pollEvery(intervalMs: number): (now: number) => boolean {
  let last = 0;
  return (now) => {
    if (now - last < intervalMs) return false;
    last = now;
    return true;
  };
}

function evidence(judge: CountJudge): CheckReport['evidence'] {
  const d = judge.diagnostics();
  const v = judge.verdict();
  return {
    ...(judge.ratio ? { ratioE: Math.exp(judge.ratio.logE()) } : {}),
    ...(judge.passTest ? { passE: Math.exp(judge.passTest.logE()) } : {}),
    errorGuardE: Math.exp(judge.errorGuard.logE()),
    ...(judge.slowGuard ? { slowGuardE: Math.exp(judge.slowGuard.logE()) } : {}),
    ...(judge.hasBaseline
      ? {
          blocks: d.blocks,
          dispersion: d.dispersion,
          ratio: d.ratio,
          tolerance: judge.settings.tolerance,
        }
      : {}),
    alpha: judge.settings.alpha,
    ...(v.state === 'pass' && v.basis ? { passBasis: v.basis } : {}),
  };
}

/**
 * Increases of cumulative counters between two polls, or null when any of them went down: a
 * counter reset (a pod restarted) inside an aggregated sum() hides how much it grew, so the
 * interval is skipped for every query alike (counting the whole current value would be one huge
 * false batch; counting only some queries would pair errors with the wrong requests).
 */
export function counterDeltas(
  last: readonly number[],
  current: readonly number[],
): number[] | null {
  const delta = current.map((v, i) => v - (last[i] as number));
  return delta.some((d) => d < 0) ? null : delta;
}

/** A histogram as [upper edge in ms (null: timed out), count] rows, fastest first. */
function histogramRows(h: LogHistogram): [number | null, number][] {
  return [...h.counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([bucket, count]) => {
      const edge = LogHistogram.edge(bucket);
      return [edge === Infinity ? null : Math.round(edge * 10) / 10, count];
    });
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

export { pct };
