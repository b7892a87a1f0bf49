// What a gate is given: its checks, as read from the inputs or the `checks` YAML.
import type { JudgeSettings } from './judge.js';
import type { ProbeSpec } from './probe.js';

/** One check of a gate, as read from the inputs or the `checks` YAML. */
export type CheckConfig =
  HttpCheckConfig | PrometheusCheckConfig | ThresholdCheckConfig | MetricCheckConfig;

/** One query of a metric check: its text and where it was given (`checks[0].error-query`). */
export interface MetricQuery {
  text: string;
  label: string;
  /** Set on a counts check's baseline queries: a provider may read them elsewhere (web's baseline-url). */
  side?: 'baseline';
}

/**
 * A check on a metric provider's buckets (`kind: datadog`, `web`, …): counts of errors and
 * requests judged like Prometheus counters (canary against baseline), or one value per bucket
 * held against a threshold.
 */
export interface MetricCheckConfig {
  kind: 'metric';
  name: string;
  /** The provider's kind and its settings, as its spec read them. */
  provider: { kind: string; settings: unknown };
  measure:
    | {
        type: 'counts';
        errors: MetricQuery;
        total: MetricQuery;
        baseline?: { errors: MetricQuery; total: MetricQuery };
        /** Grouped answers (by {host}, FACET): summed into one count, or each group judged. */
        groups: 'sum' | 'each';
        judge: JudgeSettings;
      }
    | {
        type: 'gauge';
        query: MetricQuery;
        operator: '<' | '<=' | '>' | '>=';
        threshold: number;
        /** Buckets that must hold before the check can pass. */
        minBuckets: number;
      };
  /** How often the provider is asked, the bucket width asked for, and how old a bucket must be before it is read. */
  intervalMs: number;
  stepMs: number;
  settleMs: number;
}

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
  /** max-latency-increase from histograms: cumulative `_bucket` counters of canary and baseline. */
  latencyQuery?: string;
  baselineLatencyQuery?: string;
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
  /**
   * Set when this gate is one of a rollout's analysed steps (family.ts): each check's fail tests
   * then spend α / failSteps, so the whole rollout's false-alarm chance stays at most α.
   */
  failSteps?: number;
  /** Longest the gate looks before the result is inconclusive. */
  durationMs: number;
  /** How often the evidence is examined. */
  tickMs: number;
}

/** The judge settings of a check that judges evidence (none for thresholds and gauges). */
export function judgeOf(check: CheckConfig): JudgeSettings | undefined {
  if (check.kind === 'threshold') return undefined;
  if (check.kind === 'metric')
    return check.measure.type === 'counts' ? check.measure.judge : undefined;
  return check.judge;
}

/** The check with its judge changed (a copy; checks without a judge as they are). */
export function withJudge(
  check: CheckConfig,
  change: (judge: JudgeSettings) => JudgeSettings,
): CheckConfig {
  if (check.kind === 'threshold') return check;
  if (check.kind === 'metric')
    return check.measure.type === 'counts'
      ? { ...check, measure: { ...check.measure, judge: change(check.measure.judge) } }
      : check;
  return { ...check, judge: change(check.judge) };
}
