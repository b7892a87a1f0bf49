import type { CountJudge, Counts, Verdict } from './judge.js';
import type { CheckConfig } from './config.js';
import type { CheckReport, TimelinePoint } from './outcome.js';

/** A check while the gate runs: its verdict so far, and how to advance, stop and report it. */
export interface Running {
  config: CheckConfig;
  verdict: Verdict;
  decidedAt: number | null;
  timeline: TimelinePoint[];
  tick(now: number): Promise<void> | void;
  /** The gate's time is up: a last look with what may only be said at the end (judge.ts). */
  final?(): void;
  stop(): void;
  report(): Partial<CheckReport>;
}

/** A check that has decided nothing yet; `parts` get the check itself, to record its verdict. */
export function running(
  config: CheckConfig,
  parts: (self: Running) => Pick<Running, 'tick' | 'stop' | 'report' | 'final'>,
): Running {
  const self: Running = {
    config,
    verdict: { state: 'continue' },
    decidedAt: null,
    timeline: [],
    tick: () => {},
    stop: () => {},
    report: () => ({}),
  };
  return Object.assign(self, parts(self));
}

/** After a look: the judge's verdict so far, and the timeline's point for it (with the p95 if known). */
export function record(
  self: Running,
  judge: Pick<CountJudge, 'canary' | 'baseline' | 'hasBaseline'> & { verdict(): Verdict },
  started: number,
  now: number,
  p95: number | null = null,
): void {
  self.verdict = judge.verdict();
  self.timeline.push(
    point(started, now, judge.canary, judge.hasBaseline ? judge.baseline : undefined, p95),
  );
}

/** One point of a check's timeline: error rates so far and the p95, at `now`. */
export function point(
  started: number,
  now: number,
  c: Counts | undefined,
  b: Counts | undefined,
  p95: number | null,
): TimelinePoint {
  return {
    t: Math.round((now - started) / 100) / 10,
    canaryErrorRate: c && c.requests ? c.errors / c.requests : null,
    baselineErrorRate: b && b.requests ? b.errors / b.requests : null,
    p95Ms: p95,
  };
}

/** The evidence a judge holds, for the report. */
export function evidence(judge: CountJudge): CheckReport['evidence'] {
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

/** The latency comparison of a judge with max-latency-increase, for the report (nothing without). */
export function latencyReport(judge: CountJudge): Pick<CheckReport, 'latency'> {
  const summary = judge.latencySummary();
  if (!judge.latencyShift || !summary) return {};
  const rows = judge.latencyShift.rows();
  return {
    latency: { ...summary, canaryHistogram: rows.canary, baselineHistogram: rows.baseline },
  };
}

/** Milliseconds to one decimal, for the report. */
export function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** One side's counts as the report gives them for counter checks (no latency, no probe problems). */
export function countSide(counts: Counts): NonNullable<CheckReport['canary']> {
  return {
    ...counts,
    errorRate: counts.requests ? counts.errors / counts.requests : null,
    p95Ms: null,
    problems: {},
  };
}

/** Whether `value` holds against a threshold such as `< 0.01`. */
export function holds(
  operator: '<' | '<=' | '>' | '>=',
  value: number,
  threshold: number,
): boolean {
  return operator === '<'
    ? value < threshold
    : operator === '<='
      ? value <= threshold
      : operator === '>'
        ? value > threshold
        : value >= threshold;
}
