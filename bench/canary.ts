// How fast each traffic provider takes a failed canary out of live traffic.
//
// Per provider (embedded Router, HAProxy runtime API, nginx include + `nginx -t` + reload) and
// per repetition, on fresh processes: a healthy stable service and a bad canary (500 on 30% of
// requests) from lab/services.ts behind the proxy, the canary at weight 25 set through
// createProvider(). A steady load of 200 req/s over 16 keep-alive connections goes THROUGH the
// proxy, each answer tagged by the proxy with the upstream that served it (x-glidepath-upstream).
// The decision is the real gate: runGate() with an http check (canary service direct vs stable
// service direct, 200 probes/s, min-samples 50, alpha 0.01, …). t0 = the moment runGate resolves
// with 'fail'; then at once `await provider.setWeight(0)`. The load runs 3 s past t0.
// Processes as in production: this one runs the gate and the provider (like the action); the
// services, the embedded Router and the load generator each run in a bench/canary-worker.ts child
// (own event loop); HAProxy and nginx are Debian's, started by lab/proxies.ts. The load's
// timestamps are moved onto this process's clock (offset from the shortest of 20 IPC pings).
//
//   stableOnlyMs      start of the last request the canary answered − t0 (0 if none started after t0):
//                     how long after the decision new requests could still reach the canary.
//   afterDecision     canary-answered requests that STARTED after t0.
//   inFlightAtDecision canary-answered requests started before t0 and still running at t0 (excluded above).
//   setWeightMs       when provider.setWeight(0) returned, after t0.
//   afterReturn       canary-answered requests started after setWeight returned (the provider said
//                     "done" but the proxy had not switched yet).
//   onOldConns        of afterDecision, those carried by client connections opened before t0.
//
// Targets: embedded and HAProxy under 1 s and no canary request after the decision; nginx under 2 s.
//
// The cloud providers (gateway-api, aws-alb, aws-lambda, cloud-run) move no traffic through a
// local proxy: bench/canary-cloud.ts times them as their stand-in sees them (the restore stored,
// and in effect in the stand-in's model of the vendor), after the same gate's decision, and counts
// the API calls of each weight change. Targets: one write per weight change, stable-only under 1 s.
// Run: npx tsx bench/run.ts canary [--quick]
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { GateConfig } from '../src/core/gate/config.js';
import type { GateReport } from '../src/core/gate/outcome.js';
import { runGate } from '../src/core/gate/run.js';
import type { ProbeSpec } from '../src/core/gate/probe.js';
import {
  createProvider,
  type ProviderSettings,
  type TrafficProvider,
} from '../src/core/traffic/providers.js';
import { startHaproxy, startNginx } from '../lab/proxies.js';
import { realServer } from '../lab/real.js';
import type { LoadReport, Sample } from './canary-load.js';
import type { ServicesInfo, WorkerAnswer, WorkerRequest } from './canary-worker.js';
import { median, round, table } from './lib.js';
import {
  CLOUD_PROVIDERS,
  CLOUD_STEPS,
  CLOUD_TARGETS,
  describeCloudRun,
  runCloudOnce,
  summariseCloud,
  type CloudKind,
  type CloudRun,
} from './canary-cloud.js';

const PROVIDERS = ['embedded', 'haproxy', 'nginx'] as const;
type ProviderKind = (typeof PROVIDERS)[number];

const LOAD = { rate: 200, connections: 16, timeoutMs: 5000 };
const CANARY_WEIGHT = 25;
const CANARY_ERROR_RATE = 0.3;
/** Load before the gate starts, so the split is steady at the decision. */
const WARMUP_MS = 500;
/** Load kept running after t0. */
const AFTER_MS = 3000;

export const TARGETS = { embeddedMs: 1000, haproxyMs: 1000, nginxMs: 2000, afterDecision: 0 };

const NGINX_RELOAD =
  '"$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -t -q && "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -s reload';

/** The gate as src/core/gate/inputs.ts builds it for url + baseline-url with these inputs. */
function gateConfig(svc: ServicesInfo): GateConfig {
  const spec = (url: string): ProbeSpec => ({
    url: new URL(url),
    method: 'GET',
    headers: {},
    expectStatus: [[200, 399]],
    timeoutMs: 5000,
    maxLatencyMs: 2000,
  });
  return {
    checks: [
      {
        kind: 'http',
        name: 'http',
        canary: spec(svc.canaryUrl),
        baseline: spec(svc.stableUrl),
        rate: 200,
        concurrency: 20,
        warmupMs: 0,
        judge: {
          alpha: 0.01,
          maxErrorRate: 0.05,
          tolerance: 1.5,
          minSamples: 50,
          latency: true,
          maxLatencyMs: 2000,
        },
      },
    ],
    durationMs: 30_000,
    tickMs: 100,
  };
}

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** A bench/canary-worker.ts child process, driven over IPC (bench/load.ts drives them too). */
export class Worker {
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();
  private seq = 0;
  private constructor(
    readonly role: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (answer: WorkerAnswer) => {
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      clearTimeout(waiting.timer);
      if (answer.ok) waiting.resolve(answer.result);
      else waiting.reject(new Error(`${role} worker: ${answer.error}`));
    });
    child.on('exit', (code, signal) => {
      for (const waiting of this.pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new Error(`${role} worker exited (${code ?? signal})`));
      }
      this.pending.clear();
    });
  }

  static async start(role: string): Promise<Worker> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, 'canary-worker.ts')],
      { cwd: path.dirname(benchDir), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    const worker = new Worker(role, child);
    await worker.call('now', {}, 30_000);
    return worker;
  }

  call<T = unknown>(
    cmd: string,
    args: Record<string, unknown> = {},
    timeoutMs = 20_000,
  ): Promise<T> {
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.role} worker: no answer to ${cmd} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.child.send({ id, cmd, args } satisfies WorkerRequest);
    });
  }

  /**
   * This worker's performance.now() minus ours (ms), from the ping with the shortest round trip:
   * a worker time t is our time t − offset, to about half that round trip.
   */
  async clockOffset(pings = 20): Promise<{ offset: number; rttMs: number }> {
    let best = { offset: 0, rttMs: Infinity };
    for (let i = 0; i < pings; i++) {
      const before = performance.now();
      const theirs = await this.call<number>('now');
      const after = performance.now();
      if (after - before < best.rttMs)
        best = { offset: theirs - (before + after) / 2, rttMs: after - before };
    }
    return best;
  }

  /** Asks the worker to close everything and leave; kills it (this child only) if it has not within 5 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.call('exit', {}, 5000).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

interface Workers {
  services: Worker;
  router: Worker;
  load: Worker;
  cloud: Worker;
}

interface Setup {
  url: string;
  provider: TrafficProvider;
  /** Where the proxy reports the canary's weight now, for the record. */
  canaryWeight(): Promise<string>;
  stop(): Promise<void>;
}

async function setUp(
  kind: ProviderKind,
  binaries: Record<'haproxy' | 'nginx', string>,
  workers: Workers,
  svc: ServicesInfo,
): Promise<Setup> {
  if (kind === 'embedded') {
    const router = await workers.router.call<{ url: string; adminUrl: string }>('router', {
      stable: `http://127.0.0.1:${svc.stablePort}`,
      canary: `http://127.0.0.1:${svc.canaryPort}`,
    });
    const settings: ProviderSettings = { provider: 'embedded', routerUrl: router.adminUrl };
    return {
      url: router.url,
      provider: createProvider(settings),
      canaryWeight: async () => String(await workers.router.call<number | null>('routerWeight')),
      stop: async () => void (await workers.router.call('stopRouter')),
    };
  }
  if (kind === 'haproxy') {
    const proxy = await startHaproxy(binaries.haproxy, svc.stablePort, svc.canaryPort);
    const settings: ProviderSettings = {
      provider: 'haproxy',
      socket: proxy.socket,
      backend: 'app',
      stableServer: 'stable',
      canaryServer: 'canary',
    };
    return {
      url: proxy.url,
      provider: createProvider(settings),
      canaryWeight: async () => String(await proxy.weight('canary')),
      stop: async () => {
        await proxy.stop();
        rmSync(path.dirname(proxy.socket), { recursive: true, force: true });
      },
    };
  }
  const proxy = await startNginx(binaries.nginx, svc.stablePort, svc.canaryPort);
  // The reload command reads its paths from the environment, never from interpolated text.
  process.env.NGINX_BIN = proxy.binary;
  process.env.NGINX_PREFIX = proxy.prefix;
  process.env.NGINX_MAIN_CONF = proxy.mainConf;
  const settings: ProviderSettings = {
    provider: 'nginx',
    conf: proxy.upstreamConf,
    reloadCommand: NGINX_RELOAD,
    stableServer: `127.0.0.1:${svc.stablePort}`,
    canaryServer: `127.0.0.1:${svc.canaryPort}`,
  };
  return {
    url: proxy.url,
    provider: createProvider(settings),
    canaryWeight: async () => {
      const line =
        readFileSync(proxy.upstreamConf, 'utf8')
          .split('\n')
          .find((l) => l.includes(`:${svc.canaryPort}`)) ?? '';
      return line.includes(' down;') ? 'down' : (/weight=(\d+)/.exec(line)?.[1] ?? '?');
    },
    stop: async () => {
      await proxy.stop();
      rmSync(proxy.prefix, { recursive: true, force: true });
    },
  };
}

interface RunResult {
  provider: ProviderKind;
  ok: boolean;
  problem?: string;
  gate: {
    result: GateReport['result'];
    decidedAfterS: number;
    reason: string;
    canaryErrorRate: number | null;
  };
  setWeightMs: number;
  stableOnlyMs: number;
  afterDecision: number;
  inFlightAtDecision: number;
  afterReturn: number;
  onOldConns: number;
  /** Canary share of the requests started in the second before t0. */
  shareBefore: number;
  requests: number;
  loadErrors: number;
  skippedBehind: number;
  skippedBusy: number;
  /** Dropped requests in the first second after t0 (they could have hidden a late canary request). */
  skippedAfterDecision: number;
  connections: number;
  clockRttMs: number;
  /** Last start (ms after t0) of any request on a client connection opened before t0; null if none after t0. */
  oldConnsLastUseMs: number | null;
  /** Client connections opened after t0 (the proxy closed old ones). */
  newConnsAfterDecision: number;
  /** Load errors by kind (ECONNRESET, status-less answers, …). */
  errorKinds: Record<string, number>;
  weightAfter: string;
  /** Start times (ms after t0) of the canary-answered requests that started after t0. */
  lateStarts: number[];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

async function runOnce(
  kind: ProviderKind,
  binaries: Record<'haproxy' | 'nginx', string>,
  workers: Workers,
): Promise<RunResult> {
  const svc = await workers.services.call<ServicesInfo>('services', {
    canaryErrorRate: CANARY_ERROR_RATE,
  });
  let setup: Setup | undefined;
  let loading = false;
  try {
    setup = await setUp(kind, binaries, workers, svc);
    await setup.provider.setWeight(CANARY_WEIGHT);
    // nginx applies a reload asynchronously: let the new workers take over before the load connects.
    if (kind === 'nginx') await sleep(300);
    const clock = await workers.load.clockOffset();
    await workers.load.call('loadStart', {
      url: new URL('/load', setup.url).href,
      ...LOAD,
      stablePort: svc.stablePort,
      canaryPort: svc.canaryPort,
    });
    loading = true;
    await sleep(WARMUP_MS);

    const report = await runGate(gateConfig(svc));
    const t0 = performance.now();
    let problem: string | undefined;
    try {
      await setup.provider.setWeight(0);
    } catch (error) {
      problem = `setWeight(0) failed: ${(error as Error).message}`;
    }
    const returned = performance.now();
    await sleep(t0 + AFTER_MS - performance.now());
    const load = await workers.load.call<LoadReport>('loadStop', { drainMs: 6000 }, 30_000);
    loading = false;
    const weightAfter = await setup
      .canaryWeight()
      .catch((error: unknown) => `? (${(error as Error).message})`);
    if (report.result !== 'fail')
      problem ??= `the gate did not fail the bad canary: ${report.result} (${report.reason})`;

    // The load's clock, moved onto ours.
    const samples: Sample[] = load.samples.map((s) => ({
      ...s,
      start: s.start - clock.offset,
      end: s.end - clock.offset,
      connOpenedAt: s.connOpenedAt - clock.offset,
    }));
    const canarySamples = samples.filter((s) => s.upstream === 'canary');
    const late = canarySamples.filter((s) => s.start > t0);
    const lastCanaryStart = canarySamples.reduce((max, s) => Math.max(max, s.start), -Infinity);
    const before = samples.filter(
      (s) =>
        s.start > t0 - 1000 &&
        s.start <= t0 &&
        (s.upstream === 'canary' || s.upstream === 'stable'),
    );
    const onOld = samples.filter((s) => s.start > t0 && s.conn > 0 && s.connOpenedAt <= t0);
    const errorKinds: Record<string, number> = {};
    for (const s of samples) {
      if (s.upstream !== 'error' && s.upstream !== 'other') continue;
      const kind =
        s.upstream === 'error' ? (s.error ?? 'error') : `no upstream header (status ${s.status})`;
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    }
    return {
      provider: kind,
      ok: problem === undefined,
      ...(problem === undefined ? {} : { problem }),
      gate: {
        result: report.result,
        decidedAfterS: report.decidedAfterS,
        reason: report.reason,
        canaryErrorRate: report.errorRate,
      },
      setWeightMs: returned - t0,
      stableOnlyMs: Math.max(0, lastCanaryStart - t0),
      afterDecision: late.length,
      inFlightAtDecision: canarySamples.filter((s) => s.start <= t0 && s.end > t0).length,
      afterReturn: canarySamples.filter((s) => s.start > returned).length,
      onOldConns: late.filter((s) => s.connOpenedAt <= t0).length,
      shareBefore: before.length
        ? before.filter((s) => s.upstream === 'canary').length / before.length
        : Number.NaN,
      requests: samples.length,
      loadErrors: samples.filter((s) => s.upstream === 'error' || s.upstream === 'other').length,
      skippedBehind: load.skippedBehind,
      skippedBusy: load.skippedBusy,
      skippedAfterDecision: load.skipTimes.filter(
        (t) => t - clock.offset > t0 && t - clock.offset <= t0 + 1000,
      ).length,
      connections: load.connections,
      clockRttMs: clock.rttMs,
      oldConnsLastUseMs: onOld.length
        ? round(Math.max(...onOld.map((s) => s.start)) - t0, 1)
        : null,
      newConnsAfterDecision: new Set(
        samples.filter((s) => s.conn > 0 && s.connOpenedAt > t0).map((s) => s.conn),
      ).size,
      errorKinds,
      weightAfter,
      lateStarts: late.map((s) => round(s.start - t0, 1)),
    };
  } finally {
    if (loading) await workers.load.call('loadStop', { drainMs: 0 }).catch(() => undefined);
    if (setup) await setup.stop().catch(() => undefined);
    await workers.services.call('closeServices').catch(() => undefined);
  }
}

interface Stat {
  median: number;
  max: number;
}

function stat(values: readonly number[], digits = 1): Stat {
  return values.length
    ? { median: round(median(values), digits), max: round(Math.max(...values), digits) }
    : { median: Number.NaN, max: Number.NaN };
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const reps = opts.quick ? 3 : 10;
  const haproxy = realServer('haproxy');
  const nginx = realServer('nginx');
  const binaries = { haproxy: haproxy.path, nginx: nginx.path };
  const available: Record<ProviderKind, boolean> = {
    embedded: true,
    haproxy: haproxy.available,
    nginx: nginx.available,
  };
  console.log(
    `canary: ${LOAD.rate} req/s over ${LOAD.connections} keep-alive connections through each proxy; canary weight ${CANARY_WEIGHT}, canary error rate ${CANARY_ERROR_RATE * 100}%; ` +
      `real gate (runGate, 200 probes/s, alpha 0.01); ${reps} runs per provider${opts.quick ? ' (quick)' : ''}; ${haproxy.version || 'no haproxy'}; ${nginx.version || 'no nginx'}`,
  );

  const runs: Record<ProviderKind, RunResult[]> = { embedded: [], haproxy: [], nginx: [] };
  const problems: string[] = [];
  const cloudRuns = Object.fromEntries(CLOUD_PROVIDERS.map((k) => [k, [] as CloudRun[]])) as Record<
    CloudKind,
    CloudRun[]
  >;
  const spawned = await Promise.allSettled([
    Worker.start('services'),
    Worker.start('router'),
    Worker.start('load'),
    Worker.start('cloud'),
  ]);
  const [services, router, load, cloud] = spawned.map((r) =>
    r.status === 'fulfilled' ? r.value : undefined,
  );
  try {
    if (!services || !router || !load || !cloud)
      throw new Error(
        `a worker did not start: ${spawned.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')).join('; ')}`,
      );
    const workers: Workers = { services, router, load, cloud };
    for (const kind of PROVIDERS) {
      if (!available[kind]) {
        problems.push(`${kind}: not installed, skipped`);
        continue;
      }
      for (let rep = 0; rep < reps; rep++) {
        let r: RunResult;
        try {
          r = await runOnce(kind, binaries, workers);
        } catch (error) {
          problems.push(
            `${kind} run ${rep + 1}: ${error instanceof Error ? error.message : String(error)}`,
          );
          console.log(
            `  ${kind.padEnd(8)} run ${String(rep + 1).padStart(2)}/${reps}: FAILED: ${error instanceof Error ? error.message : String(error)}`,
          );
          continue;
        }
        runs[kind].push(r);
        if (r.problem) problems.push(`${kind} run ${rep + 1}: ${r.problem}`);
        console.log(
          `  ${kind.padEnd(8)} run ${String(rep + 1).padStart(2)}/${reps}: gate ${r.gate.result} after ${r.gate.decidedAfterS.toFixed(2)} s (canary error rate ${r.gate.canaryErrorRate === null ? 'n/a' : (r.gate.canaryErrorRate * 100).toFixed(1)}%); ` +
            `setWeight ${r.setWeightMs.toFixed(1)} ms; stable-only after ${r.stableOnlyMs.toFixed(1)} ms; canary after decision ${r.afterDecision} (in flight at decision ${r.inFlightAtDecision}, ` +
            `after setWeight returned ${r.afterReturn}, on connections opened before t0 ${r.onOldConns}); share before ${(r.shareBefore * 100).toFixed(1)}%; ` +
            `${r.requests} requests, ${r.loadErrors} errors${
              r.loadErrors
                ? ` (${Object.entries(r.errorKinds)
                    .map(([k, n]) => `${k} ×${n}`)
                    .join(', ')})`
                : ''
            }, ${r.skippedBehind + r.skippedBusy} skipped (${r.skippedAfterDecision} in the second after t0); ` +
            `${r.connections} connections, ${r.newConnsAfterDecision} opened after t0, old ones last used at ${r.oldConnsLastUseMs === null ? 'n/a' : `+${r.oldConnsLastUseMs} ms`}; canary weight now ${r.weightAfter}` +
            (r.lateStarts.length
              ? `; late canary starts at +${r.lateStarts.slice(0, 12).join(', +')} ms${r.lateStarts.length > 12 ? ', …' : ''}`
              : ''),
        );
      }
    }
    for (const kind of CLOUD_PROVIDERS) {
      for (let rep = 0; rep < reps; rep++) {
        const label = `  ${kind.padEnd(11)} run ${String(rep + 1).padStart(2)}/${reps}`;
        try {
          const r = await runCloudOnce(kind, workers.cloud, async () => {
            const svc = await workers.services.call<ServicesInfo>('services', {
              canaryErrorRate: CANARY_ERROR_RATE,
            });
            return runGate(gateConfig(svc));
          });
          cloudRuns[kind].push(r);
          if (r.problem) problems.push(`${kind} run ${rep + 1}: ${r.problem}`);
          console.log(`${label}: ${describeCloudRun(r)}`);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          problems.push(`${kind} run ${rep + 1}: ${message}`);
          console.log(`${label}: FAILED: ${message}`);
        } finally {
          await workers.services.call('closeServices').catch(() => undefined);
        }
      }
    }
  } finally {
    await Promise.all([services, router, load, cloud].map((w) => w?.close()));
    delete process.env.NGINX_BIN;
    delete process.env.NGINX_PREFIX;
    delete process.env.NGINX_MAIN_CONF;
  }

  const targetMs: Record<ProviderKind, number> = {
    embedded: TARGETS.embeddedMs,
    haproxy: TARGETS.haproxyMs,
    nginx: TARGETS.nginxMs,
  };
  const summary = {} as Record<ProviderKind, Record<string, unknown>>;
  const met: Record<string, boolean | null> = {};
  const rows: (string | number)[][] = [];
  for (const kind of PROVIDERS) {
    const valid = runs[kind].filter((r) => r.ok);
    const setWeight = stat(valid.map((r) => r.setWeightMs));
    const stableOnly = stat(valid.map((r) => r.stableOnlyMs));
    const after = stat(
      valid.map((r) => r.afterDecision),
      0,
    );
    const timeMet = valid.length === reps ? stableOnly.max < targetMs[kind] : null;
    const afterMet =
      kind === 'nginx' ? null : valid.length === reps ? after.max <= TARGETS.afterDecision : null;
    met[`${kind}Ms`] = timeMet;
    if (kind !== 'nginx') met[`${kind}AfterDecision`] = afterMet;
    summary[kind] = {
      runs: runs[kind].length,
      validRuns: valid.length,
      setWeightMs: setWeight.median,
      setWeightMsMax: setWeight.max,
      stableOnlyMs: stableOnly,
      afterDecision: after,
      inFlightAtDecision: stat(
        valid.map((r) => r.inFlightAtDecision),
        0,
      ),
      afterSetWeightReturned: stat(
        valid.map((r) => r.afterReturn),
        0,
      ),
      afterDecisionOnOldConnections: stat(
        valid.map((r) => r.onOldConns),
        0,
      ),
      gateDecidedS: stat(
        valid.map((r) => r.gate.decidedAfterS),
        2,
      ),
      canaryShareBefore: round(median(valid.map((r) => r.shareBefore)), 3),
      loadErrors: runs[kind].reduce((sum, r) => sum + r.loadErrors, 0),
      loadSkipped: runs[kind].reduce((sum, r) => sum + r.skippedBehind + r.skippedBusy, 0),
      loadSkippedAfterDecision: runs[kind].reduce((sum, r) => sum + r.skippedAfterDecision, 0),
      requestsPerRun: round(median(runs[kind].map((r) => r.requests)), 0),
      clockSyncRttMs: runs[kind].length
        ? round(Math.max(...runs[kind].map((r) => r.clockRttMs)), 3)
        : null,
      perRun: {
        stableOnlyMs: valid.map((r) => round(r.stableOnlyMs, 1)),
        afterDecision: valid.map((r) => r.afterDecision),
        setWeightMs: valid.map((r) => round(r.setWeightMs, 1)),
        lateCanaryStartsMs: valid.map((r) => r.lateStarts),
        oldConnsLastUseMs: valid.map((r) => r.oldConnsLastUseMs),
        newConnsAfterDecision: valid.map((r) => r.newConnsAfterDecision),
      },
    };
    const fmt = (s: Stat, digits: number) =>
      Number.isNaN(s.median) ? 'n/a' : `${s.median.toFixed(digits)} / ${s.max.toFixed(digits)}`;
    const target =
      kind === 'nginx'
        ? `< ${targetMs[kind]} ms`
        : `< ${targetMs[kind]} ms, ${TARGETS.afterDecision} after`;
    const verdict = !available[kind]
      ? 'skipped'
      : timeMet === null
        ? 'n/a (invalid runs)'
        : timeMet && afterMet !== false
          ? 'yes'
          : `NO (${[!timeMet ? 'time' : '', afterMet === false ? 'requests after decision' : ''].filter(Boolean).join(', ')})`;
    rows.push([
      kind,
      runs[kind].length,
      Number.isNaN(setWeight.median) ? 'n/a' : setWeight.median.toFixed(1),
      fmt(stableOnly, 1),
      fmt(after, 0),
      target,
      verdict,
    ]);
  }
  console.log('');
  console.log(
    table(
      [
        'provider',
        'runs',
        'setWeight ms (median)',
        'time to stable-only ms (median / max)',
        'canary requests after decision (median / max)',
        'target',
        'met',
      ],
      rows,
    ),
  );
  console.log(
    'time to stable-only = start of the last canary-answered request − t0 (t0 = runGate resolved with fail); ' +
      'after decision = canary-answered requests started after t0 (those in flight at t0 excluded). Per-run lines above give setWeight return time, ' +
      'canary requests after setWeight returned, and whether late requests rode client connections opened before t0.',
  );

  const cloudSummary = {} as Record<CloudKind, Record<string, unknown>>;
  const cloudRows: (string | number)[][] = [];
  for (const kind of CLOUD_PROVIDERS) {
    const s = summariseCloud(kind, cloudRuns[kind], reps);
    cloudSummary[kind] = s.summary;
    cloudRows.push(s.row);
    const key = kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    met[`${key}Ms`] = s.met.stableOnly;
    met[`${key}WritesPerWeightChange`] = s.met.writes;
  }
  console.log('');
  console.log(
    table(
      [
        'provider (stand-in)',
        'runs',
        'restore written ms (median / max)',
        'time to stable-only ms (median / max)',
        'setWeight(0) returned ms (median / max)',
        'writes per weight change (min–max)',
        'calls per weight change (median / max)',
        'target',
        'met',
      ],
      cloudRows,
    ),
  );
  console.log(
    `t0 as above; written = the stand-in stored the weights back at 0; stable-only = the stand-in's model applied it (the Gateway's controller accepted the generation, ` +
      `Cloud Run's operation ended; the write itself for ELBv2 and Lambda); setWeight(0) returned = the provider confirmed it. ` +
      `Weight changes: ${[...CLOUD_STEPS, 0].join(', ')}; calls are counted by the stand-in, the provider's check before the first step excluded.`,
  );
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  return {
    bench: 'canary',
    quick: opts.quick,
    runs: reps,
    load: {
      ...LOAD,
      canaryWeight: CANARY_WEIGHT,
      canaryErrorRate: CANARY_ERROR_RATE,
      afterMs: AFTER_MS,
    },
    versions: {
      haproxy: haproxy.version || null,
      nginx: nginx.version || null,
      node: process.version,
    },
    embedded: summary.embedded,
    haproxy: summary.haproxy,
    nginx: summary.nginx,
    ...cloudSummary,
    targets: { ...TARGETS, cloud: CLOUD_TARGETS },
    met,
    problems,
    ok: problems.length === 0,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
