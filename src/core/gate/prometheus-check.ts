import { BinnedShift, binsBetween } from './binned.js';
import { CountJudge } from './judge.js';
import { PrometheusClient } from './prometheus.js';
import type { PrometheusCheckConfig, ThresholdCheckConfig } from './config.js';
import {
  countSide,
  evidence,
  holds,
  latencyReport,
  point,
  record,
  round,
  running,
  type Running,
} from './running.js';

/**
 * Polls cumulative error and request counters; each increase is a batch for the judge. With
 * latency-query and baseline-latency-query, the histograms' bucket counters too: each poll's
 * increase per bucket, canary against baseline, feeds the latency shift test (binned.ts).
 */
export function startPrometheus(
  check: PrometheusCheckConfig,
  started: number,
  signal?: AbortSignal,
): Running {
  let shift: BinnedShift | undefined;
  const judge = new CountJudge(
    check.judge,
    check.baselineErrorQuery !== undefined,
    (t) => (shift = new BinnedShift(t)),
  );
  const client = new PrometheusClient(check.prometheus.url, check.prometheus.headers, signal);
  const histograms =
    shift && check.latencyQuery && check.baselineLatencyQuery
      ? [check.latencyQuery, check.baselineLatencyQuery]
      : [];
  let lastBuckets: Map<number, number>[] | undefined;
  const queries = [
    check.errorQuery,
    check.totalQuery,
    check.baselineErrorQuery,
    check.baselineTotalQuery,
  ].filter((q): q is string => q !== undefined);
  let last: number[] | undefined;
  let resets = 0;
  return running(check, (self) => ({
    tick: pollEvery(check.intervalMs, async (now) => {
      const [values, buckets] = await Promise.all([
        Promise.all(queries.map((q) => client.scalar(q))),
        Promise.all(histograms.map((q) => client.buckets(q))),
      ]);
      if (values.some((v) => v === null) || buckets.some((b) => b === null)) return; // no data yet
      const current = values as number[];
      const currentBuckets = buckets as Map<number, number>[];
      const delta = last ? counterDeltas(last, current) : null;
      const bins =
        lastBuckets && currentBuckets.length === 2
          ? binsBetween(
              { last: lastBuckets[0]!, now: currentBuckets[0]! },
              { last: lastBuckets[1]!, now: currentBuckets[1]! },
            )
          : undefined;
      // A reset in any counter skips the poll for all of them, latency buckets included.
      if (last && (delta === null || bins === null)) resets += 1;
      if (delta && bins !== null) {
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
        if (shift && bins) shift.addBins(bins.canary, bins.baseline);
        record(self, judge, started, now, shift ? round(shift.quantile('canary', 0.95)) : null);
      }
      last = current;
      lastBuckets = currentBuckets;
    }),
    final() {
      self.verdict = judge.verdict({ final: true });
    },
    stop() {},
    report() {
      return {
        canary: countSide(judge.canary),
        baseline: queries.length === 4 ? countSide(judge.baseline) : undefined,
        evidence: evidence(judge),
        counterResets: resets,
        ...latencyReport(judge),
      };
    },
  }));
}

/** Polls one value and holds it against the threshold: fails at once, passes after minPolls. */
export function startThreshold(
  check: ThresholdCheckConfig,
  started: number,
  signal?: AbortSignal,
): Running {
  const client = new PrometheusClient(check.prometheus.url, check.prometheus.headers, signal);
  const values: number[] = [];
  return running(check, (self) => ({
    tick: pollEvery(check.intervalMs, async (now) => {
      const value = await client.scalar(
        check.query,
        check.rangeMs
          ? { ms: check.rangeMs, worst: check.operator.startsWith('<') ? 'max' : 'min' }
          : undefined,
      );
      if (value === null) return;
      values.push(value);
      self.timeline.push(point(started, now, undefined, undefined, null));
      const what = check.rangeMs
        ? `${check.query} reached ${value} within the last ${Math.round(check.rangeMs / 1000)}s`
        : `${check.query} = ${value}`;
      if (!holds(check.operator, value, check.threshold))
        self.verdict = {
          state: 'fail',
          reason: `${what}, which breaks ${check.operator} ${check.threshold}`,
        };
      else if (values.length >= check.minPolls)
        self.verdict = {
          state: 'pass',
          reason: `${check.query} held ${check.operator} ${check.threshold} over ${values.length} polls (last ${value})`,
        };
    }),
    stop() {},
    report: () => ({ values }),
  }));
}

/** `poll` once `intervalMs` has passed since it last ran: Prometheus is polled at its own pace, not every tick. */
function pollEvery(
  intervalMs: number,
  poll: (now: number) => Promise<void>,
): (now: number) => Promise<void> | void {
  let last = 0;
  return (now) => {
    if (now - last < intervalMs) return;
    last = now;
    return poll(now);
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
