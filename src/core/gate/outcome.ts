import type { Counts } from './judge.js';
import type { LatencyShiftSummary } from './latency.js';
import type { CheckConfig } from './config.js';

/** What a gate gives back: its result, each check's, and their timelines. */
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
  /** Metric checks: the provider's kind, and buckets passed over because a total had no value in them. */
  provider?: string;
  bucketGaps?: number;
  /** Metric checks with `groups: each`: each group's verdict and canary counts; `worst` marks the highest error rate. */
  groups?: {
    group: string;
    result: 'pass' | 'fail' | 'inconclusive' | 'not judged';
    errors: number;
    requests: number;
    worst: boolean;
  }[];
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
