// Load: does health-gate hold its probe rate with flat memory, and does the embedded router carry
// 2,000 requests/s through a canary step without an error?
//
// 1. health-gate, as the runner runs it (node dist/health-gate/index.js, INPUT_* variables),
//    probes a local sample service (in a bench/canary-worker.ts child) at rate 500/s with
//    concurrency 50 and min-samples 10,000,000, so that it never decides early: it runs its whole
//    duration, 10 minutes (30 s with --quick). Every 10 s the service reports how many probes it
//    answered, on its own clock; every 5 s the action's resident memory is read from
//    /proc/<pid>/status.
//      rate        probes per second over the run, leaving out the first window (start-up);
//      worstWindow the 10 s window furthest from 500/s, as a signed deviation;
//      rssGrowth   RSS at the end minus RSS after warm-up (the first minute; 15 s with --quick),
//                  and the least-squares slope of RSS after warm-up, per minute.
//    Targets: the rate and every window within ±5% of 500/s; RSS growth under 10 MB (flat).
// 2. The embedded Router in a process of its own (as in production), two sample services in
//    another, and a steady load of 2,000 requests/s over 32 keep-alive connections from a third
//    (bench/canary-load.ts); meanwhile the canary-step bundle walks 10@5s,50@5s,100 (10@2s,50@2s,100
//    with --quick) on the router. The load starts 2 s before the step and ends 2 s after it,
//    after 4 s of the same load, not measured, to warm up every process.
//      answered    requests answered 200, per second of load;
//      errors      other answers and failed requests;
//      skipped     requests the generator itself could not send on schedule (its own limit);
//      latency     p50 / p99 through the router; the canary's share before and after the step.
//    Targets: at least 1,980 answered per second (−1%), no error, the canary promoted to 100%.
//
// Run: npx tsx bench/run.ts load [--quick]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction } from '../lab/runner.js';
import type { LoadReport } from './canary-load.js';
import { Worker } from './canary.js';
import type { ServicesInfo } from './canary-worker.js';
import { median, round, table } from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GATE = { rate: 500, concurrency: 50, windowS: 10 };
/** 50 ms of schedule may be made up after a stall (a GC pause); later than that a request is dropped and counted. */
const ROUTER = { rate: 2000, connections: 32, maxLate: 100 };
export const TARGETS = {
  gateRateTolerance: 0.05,
  rssGrowthMaxMB: 10,
  routerMinPerSecond: 1980,
  routerErrors: 0,
};

interface Count {
  at: number;
  requests: number;
}

/** Resident memory of a process in MB, from /proc (null once it is gone). */
function rssMB(pid: number): number | null {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

function slopePerMinute(points: { t: number; v: number }[]): number {
  if (points.length < 2) return 0;
  const mt = points.reduce((s, p) => s + p.t, 0) / points.length;
  const mv = points.reduce((s, p) => s + p.v, 0) / points.length;
  const cov = points.reduce((s, p) => s + (p.t - mt) * (p.v - mv), 0);
  const varT = points.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  return varT === 0 ? 0 : (cov / varT) * 60;
}

async function gateRun(services: Worker, svc: ServicesInfo, quick: boolean) {
  const durationS = quick ? 30 : 600;
  const warmupS = quick ? 15 : 60;
  const temp = mkdtempSync(path.join(os.tmpdir(), 'glidepath-bench-load-'));
  const inputs: Record<string, string> = {
    url: svc.stableUrl,
    rate: String(GATE.rate),
    concurrency: String(GATE.concurrency),
    'min-samples': '10000000',
    duration: `${durationS}s`,
    'on-inconclusive': 'pass',
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_REPOSITORY: 'octo/bench',
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: path.join(temp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  // The runner creates these files before a step starts; @actions/core refuses to write to a missing one.
  for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY] as string[])
    writeFileSync(file, '');
  const child = spawn(process.execPath, [path.join(root, 'dist', 'health-gate', 'index.js')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code)),
  );
  const started = Date.now();
  const counts: Count[] = [];
  const memory: { t: number; v: number }[] = [];
  let alive = true;
  void exited.then(() => (alive = false));
  const sampleCount = async () => {
    const c = await services.call<{ at: number; requests: number[] }>('counts');
    if (alive) counts.push({ at: c.at, requests: c.requests[0] ?? 0 });
  };
  const countTimer = setInterval(() => void sampleCount(), GATE.windowS * 1000);
  const memTimer = setInterval(() => {
    const v = child.pid ? rssMB(child.pid) : null;
    if (v !== null) memory.push({ t: (Date.now() - started) / 1000, v });
  }, 5000);
  await sampleCount();
  const code = await exited;
  clearInterval(countTimer);
  clearInterval(memTimer);
  const windows = counts
    .slice(1)
    .map(
      (c, i) =>
        ((c.requests - (counts[i] as Count).requests) * 1000) / (c.at - (counts[i] as Count).at),
    );
  const steady = windows.slice(1);
  const first = counts[1];
  const last = counts.at(-1);
  const rate =
    first && last && last.at > first.at
      ? ((last.requests - first.requests) * 1000) / (last.at - first.at)
      : Number.NaN;
  const worst = steady.reduce(
    (w, r) => (Math.abs(r - GATE.rate) > Math.abs(w - GATE.rate) ? r : w),
    GATE.rate,
  );
  const afterWarmup = memory.filter((m) => m.t >= warmupS);
  const rssStart = afterWarmup[0]?.v ?? Number.NaN;
  const rssEnd = afterWarmup.at(-1)?.v ?? Number.NaN;
  const outputFile = path.join(temp, 'output');
  const recorded = existsSync(outputFile)
    ? /result<<[^\n]*\n(\w+)/.exec(readFileSync(outputFile, 'utf8'))?.[1]
    : undefined;
  return {
    exitCode: code,
    result: recorded ?? 'unknown',
    durationS,
    rate: round(rate, 1),
    windows: steady.map((r) => round(r, 1)),
    worstWindow: round(worst, 1),
    worstDeviation: round((worst - GATE.rate) / GATE.rate, 4),
    rateDeviation: round((rate - GATE.rate) / GATE.rate, 4),
    rssAfterWarmupMB: round(rssStart, 1),
    rssEndMB: round(rssEnd, 1),
    rssMaxMB: round(Math.max(...memory.map((m) => m.v)), 1),
    rssGrowthMB: round(rssEnd - rssStart, 1),
    rssSlopeMBPerMin: round(slopePerMinute(afterWarmup), 3),
    memorySamples: memory.length,
  };
}

async function routerRun(
  services: Worker,
  router: Worker,
  load: Worker,
  svc: ServicesInfo,
  quick: boolean,
) {
  const steps = quick ? '10@2s,50@2s,100' : '10@5s,50@5s,100';
  const origin = (url: string) => new URL(url).origin;
  const r = await router.call<{ url: string; adminUrl: string }>('router', {
    stable: origin(svc.stableUrl),
    canary: origin(svc.canaryUrl),
  });
  const start = () =>
    load.call('loadStart', {
      url: `${r.url}/load`,
      rate: ROUTER.rate,
      connections: ROUTER.connections,
      maxLate: ROUTER.maxLate,
      timeoutMs: 5000,
      stablePort: svc.stablePort,
      canaryPort: svc.canaryPort,
    });
  // Warm-up, not measured: the first seconds at this rate are spent compiling the hot paths of
  // the router, the services and the generator (a cold start drops a third of the schedule).
  await start();
  await new Promise((resolve) => setTimeout(resolve, 4000));
  await load.call('loadStop', { drainMs: 2000 }, 60_000);
  const cpuBefore = await router.call<number>('cpu');
  await start();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const step = await runAction('canary-step', {
    inputs: { 'router-url': r.adminUrl, steps },
    timeoutMs: 120_000,
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const report = (await load.call<LoadReport>('loadStop', { drainMs: 6000 }, 60_000)) as LoadReport;
  const routerCpuMs = (await router.call<number>('cpu')) - cpuBefore;
  const samples = report.samples;
  const starts = samples.map((s) => s.start);
  const t0 = Math.min(...starts);
  const seconds = (Math.max(...starts) - t0) / 1000;
  const ok = samples.filter((s) => s.status === 200 && !s.error);
  const errors = samples.length - ok.length;
  const latencies = ok.map((s) => s.end - s.start).sort((a, b) => a - b);
  const share = (from: number, to: number) => {
    const inRange = ok.filter((s) => s.start - t0 >= from * 1000 && s.start - t0 < to * 1000);
    return inRange.length
      ? inRange.filter((s) => s.upstream === 'canary').length / inRange.length
      : Number.NaN;
  };
  const errorKinds: Record<string, number> = {};
  for (const s of samples)
    if (s.status !== 200 || s.error)
      errorKinds[s.error ?? `status ${s.status}`] =
        (errorKinds[s.error ?? `status ${s.status}`] ?? 0) + 1;
  return {
    steps,
    decision: step.outputs.decision ?? 'none',
    stepErrors: step.errors,
    seconds: round(seconds, 2),
    requests: samples.length,
    answeredPerSecond: round(ok.length / seconds, 1),
    errors,
    errorKinds,
    skipped: report.skippedBehind + report.skippedBusy,
    skippedBySecond: Array.from(
      { length: Math.ceil(seconds) },
      (_, i) =>
        report.skipTimes.filter((t) => t - t0 >= i * 1000 && t - t0 < (i + 1) * 1000).length,
    ),
    answeredBySecond: Array.from(
      { length: Math.ceil(seconds) },
      (_, i) => ok.filter((x) => x.start - t0 >= i * 1000 && x.start - t0 < (i + 1) * 1000).length,
    ),
    skippedBehind: report.skippedBehind,
    skippedBusy: report.skippedBusy,
    unfinished: report.unfinished,
    connections: report.connections,
    routerCpuUsPerRequest: round((routerCpuMs * 1000) / samples.length, 1),
    routerCoreShareAt2000: round((routerCpuMs * 1000 * ROUTER.rate) / samples.length / 1e6, 3),
    p50Ms: round(median(latencies), 2),
    p99Ms: round(
      latencies[Math.min(latencies.length - 1, Math.ceil(0.99 * latencies.length) - 1)] ??
        Number.NaN,
      2,
    ),
    canaryShareFirstSecond: round(share(0, 1), 3),
    canaryShareLastSecond: round(share(seconds - 1, seconds + 1), 3),
  };
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  if (!existsSync(path.join(root, 'dist', 'health-gate', 'index.js')))
    throw new Error('dist/ is missing: run npm run build first');
  console.log(
    `load: health-gate at ${GATE.rate} probes/s for ${opts.quick ? '30 s' : '10 min'}; embedded router at ${ROUTER.rate} req/s through a canary step${opts.quick ? ' (quick)' : ''}; ${os.cpus().length} cores, Node ${process.versions.node}`,
  );
  const [services, router, load] = await Promise.all([
    Worker.start('services'),
    Worker.start('router'),
    Worker.start('load'),
  ]);
  try {
    const svc = await services.call<ServicesInfo>('services', { canaryErrorRate: 0 });
    const gate = await gateRun(services, svc, opts.quick);
    console.log(
      `  health-gate: ${gate.rate} probes/s (${(gate.rateDeviation * 100).toFixed(2)}%), worst 10 s window ${gate.worstWindow} (${(gate.worstDeviation * 100).toFixed(2)}%); RSS ${gate.rssAfterWarmupMB} → ${gate.rssEndMB} MB (${gate.rssSlopeMBPerMin} MB/min); exit ${gate.exitCode}, ${gate.result}`,
    );
    const routed = await routerRun(services, router, load, svc, opts.quick);
    console.log(
      `  router: ${routed.answeredPerSecond} answered/s over ${routed.seconds} s, ${routed.errors} errors, ${routed.skipped} skipped by the generator, p50 ${routed.p50Ms} ms, p99 ${routed.p99Ms} ms; router CPU ${routed.routerCpuUsPerRequest} µs a request (${(routed.routerCoreShareAt2000 * 100).toFixed(0)}% of a core at ${ROUTER.rate}/s); canary ${routed.decision}, share ${routed.canaryShareFirstSecond} → ${routed.canaryShareLastSecond}; load average ${os.loadavg()[0]?.toFixed(2)}`,
    );

    const met = {
      gateRate: Math.abs(gate.rateDeviation) <= TARGETS.gateRateTolerance,
      gateEveryWindow: Math.abs(gate.worstDeviation) <= TARGETS.gateRateTolerance,
      gateMemoryFlat: gate.rssGrowthMB < TARGETS.rssGrowthMaxMB,
      routerRate: routed.answeredPerSecond >= TARGETS.routerMinPerSecond,
      routerErrors: routed.errors === TARGETS.routerErrors,
      routerPromoted: routed.decision === 'promoted' && routed.canaryShareLastSecond === 1,
    };
    console.log(
      `\n${table(
        ['measure', 'value', 'target', 'met'],
        [
          ['health-gate probes/s', gate.rate, `${GATE.rate} ± 5%`, met.gateRate ? 'yes' : 'NO'],
          [
            'worst 10 s window, probes/s',
            gate.worstWindow,
            `${GATE.rate} ± 5%`,
            met.gateEveryWindow ? 'yes' : 'NO',
          ],
          [
            'health-gate RSS growth after warm-up, MB',
            gate.rssGrowthMB,
            `< ${TARGETS.rssGrowthMaxMB}`,
            met.gateMemoryFlat ? 'yes' : 'NO',
          ],
          [
            'router answered/s through the canary step',
            routed.answeredPerSecond,
            `≥ ${TARGETS.routerMinPerSecond}`,
            met.routerRate ? 'yes' : 'NO',
          ],
          ['router errors', routed.errors, '0', met.routerErrors ? 'yes' : 'NO'],
          [
            'canary promoted, last second all canary',
            `${routed.decision}, ${routed.canaryShareLastSecond}`,
            'promoted, 1',
            met.routerPromoted ? 'yes' : 'NO',
          ],
        ],
      )}\n`,
    );
    return {
      bench: 'load',
      quick: opts.quick,
      ok: Object.values(met).every(Boolean),
      healthGate: gate,
      router: routed,
      loadAverage1m: round(os.loadavg()[0] ?? Number.NaN, 2),
      targets: TARGETS,
      met,
    };
  } finally {
    await Promise.all([services.close(), router.close(), load.close()]);
  }
}
