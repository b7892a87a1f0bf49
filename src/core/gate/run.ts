import { pct, type Verdict } from './judge.js';
import { sleep } from '../runtime/index.js';
import { judgeOf, type CheckConfig, type GateConfig } from './config.js';
import { startHttp } from './http-check.js';
import { loadProvider, preflightMetric, startMetric } from './metric-check.js';
import { startPrometheus, startThreshold } from './prometheus-check.js';
import type { CheckReport, GateReport } from './outcome.js';
import type { Running } from './running.js';

/**
 * Runs every check until all pass, any fails, the duration runs out, or `signal` aborts.
 * Each check is judged by its own sequential tests; the gate fails as soon as one check fails.
 */
export async function runGate(
  config: GateConfig,
  options: { signal?: AbortSignal; onTick?: (elapsedMs: number, verdicts: Verdict[]) => void } = {},
): Promise<GateReport> {
  const started = Date.now();
  const running = config.checks.map((check) => startCheck(check, started, options.signal));
  let result: GateReport['result'] = 'inconclusive';
  let reason: string;
  try {
    for (;;) {
      await sleep(config.tickMs, options.signal);
      const now = Date.now();
      await Promise.all(
        running.map((r) => (r.verdict.state === 'continue' ? r.tick(now) : undefined)),
      );
      const timeUp = now - started >= config.durationMs;
      // Time is up: a last look with what may only be said at the end (a check with no errors at all).
      if (timeUp) for (const r of running) if (r.verdict.state === 'continue') r.final?.();
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
      if (timeUp) {
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
    config.checks.flatMap((c) => {
      const judge = judgeOf(c);
      return judge ? [[c.name, judge.alpha]] : [];
    }),
  );
  const gateAlpha = Object.values(perCheck).reduce((a, b) => a + b, 0);
  return {
    result,
    ...(Object.keys(perCheck).length
      ? {
          alpha: {
            gate: config.alpha ?? gateAlpha,
            perCheck,
            covers: coverage(gateAlpha, Object.keys(perCheck).length, config.failSteps),
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

/**
 * What can be checked before traffic moves: each metric check's queries are asked once (keys,
 * queries, field paths against a real answer). canary-step runs it before its first write.
 */
export async function preflightGate(config: GateConfig, signal?: AbortSignal): Promise<void> {
  await Promise.all(
    config.checks.map((c) => (c.kind === 'metric' ? preflightMetric(c, signal) : undefined)),
  );
}

/** What α promises for this gate run, in words, for the job summary. */
function coverage(alpha: number, checks: number, steps = 1): string {
  const a = +alpha.toPrecision(3);
  const split = checks > 1 ? ` (split between ${checks} checks)` : '';
  if (steps > 1)
    return `α ${a} covers the rollout: this gate is one of its ${steps} analysed steps and fails a healthy target with chance at most ${+(alpha / steps).toPrecision(3)} here (α split over the steps), so the whole rollout raises a false alarm with chance at most ${a}; the chance it passes one worse than its limits is at most ${a}, however often it looked${split}.`;
  return `α ${a} covers this gate run: the chance it fails a healthy target, and separately the chance it passes one worse than its limits, is at most ${a}, however often it looked${split}. A rollout that runs a gate per canary step takes that chance at every step.`;
}

/** A check started, whatever its kind (the gate's loop, and the provider contract's tests). */
export function startCheck(check: CheckConfig, started: number, signal?: AbortSignal): Running {
  if (check.kind === 'http') return startHttp(check, started);
  if (check.kind === 'metric') {
    const provider = loadProvider(check);
    provider.catch(() => {}); // awaited by the first poll, which reports the failure
    return startMetric(check, started, provider, signal);
  }
  if (check.kind === 'prometheus') return startPrometheus(check, started, signal);
  return startThreshold(check, started, signal);
}

export { pct };
