import { CountJudge, type Counts } from './judge.js';
import { LatencyHistogram } from './latency.js';
import { Prober } from './probe.js';
import type { HttpCheckConfig } from './config.js';
import { evidence, latencyReport, record, round, running, type Running } from './running.js';

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

/** Probes the canary (and the baseline) on a fixed schedule; each tick judges what came back. */
export function startHttp(check: HttpCheckConfig, started: number): Running {
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
  return running(check, (self) => ({
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
      record(self, judge, started, now, sides[0]?.histogram.quantile(0.95) ?? null);
    },
    final() {
      self.verdict = judge.verdict({ final: true });
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
        ...latencyReport(judge),
      };
    },
  }));
}
