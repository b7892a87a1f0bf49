// What a gate is given: its checks, as read from the inputs or the `checks` YAML.
import type { JudgeSettings } from './judge.js';
import type { ProbeSpec } from './probe.js';

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
