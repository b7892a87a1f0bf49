// The embedded router against HAProxy on this machine, under the same keep-alive load.
//
// Two upstreams (lab/restartable.ts, a process each) behind each proxy, split 50/50: the
// embedded Router (a process of its own, as in production) and Debian's HAProxy with
// `retries 3`, `retry-on conn-failure empty-response`, `option redispatch` (lab/proxies.ts
// startHaproxyRetrying). The load generator (another process) sends GETs on raw keep-alive
// connections on a fixed schedule (open loop, up to 64 connections); a request's latency runs
// from when it was due, so waiting for a free connection counts.
//
//   (warm-up)      each proxy first takes 2,000 req/s unmeasured (1.5 s quick, 3 s full).
//   max req/s      the highest offered rate the proxy sustains: every request answered 200, at
//                  least 95% of the rate achieved, p99 under 50 ms. Rates double from 1,000 until
//                  one fails, then the gap is bisected (2 steps quick, 4 full). A failed step is
//                  run once more before it counts (one stall on a shared machine ruins a p99).
//   cpu µs/req     the proxy process's CPU time (/proc/<pid>/stat, user + system) per request, at
//                  1,000 req/s (both proxies) and at its max.
//   graceful       10 graceful restarts, stable and canary in turn, under 1,000 req/s: each
//                  upstream hands its listening socket to a new generation and closes its idle
//                  keep-alive connections (lab/restartable.ts). Errors: requests not answered 200.
//   abrupt         10 abrupt restarts (every connection cut, port refused 100 ms), for the record.
//   embedded, retries off: the graceful restarts again through a router with retries off, what
//                  they cost before this router retried.
//
// Both proxies run on the same cores as the load generator and the upstreams (Node processes):
// with HAProxy they, not HAProxy, are likely the limit, so the ratio flatters neither side more
// than the machine does. Run: npx tsx bench/run.ts router [--quick]
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { haproxyCommand } from '../src/core/traffic/haproxy.js';
import { startHaproxyRetrying, type RealHaproxy } from '../lab/proxies.js';
import { realServer } from '../lab/real.js';
import { round, table } from './lib.js';
import type { LoadResult, WorkerAnswer, WorkerRequest } from './router-worker.js';

export const TARGETS = { gracefulErrors: 0, throughputRatio: 0.5, p99Ms: 50 };

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const RESTART_RATE = 1000;

class Worker {
  private readonly pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }
  >();
  private seq = 0;
  private constructor(
    readonly role: string,
    readonly child: ChildProcess,
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
      ['--import', 'tsx', path.join(benchDir, 'router-worker.ts')],
      { cwd: path.dirname(benchDir), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    );
    const worker = new Worker(role, child);
    await worker.call('ping', {}, 30_000);
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

  /** Asks the worker to leave; kills it (this child only) if it has not within 5 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.call('exit', {}, 5000).catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
}

function availableCores(): number {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('processor')).length;
  } catch {
    return 0;
  }
}

/** CPU time a process has used (user + system), in ms, from /proc/<pid>/stat; null without it. */
function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

interface Step {
  rate: number;
  result: LoadResult;
  sustained: boolean;
  cpuUsPerRequest: number | null;
  /** The proxy, both upstreams and the load generator together. */
  pipelineCpuUsPerRequest: number | null;
}

interface ProxyFigures {
  proxy: string;
  maxRps: number | null;
  maxOfferedRate: number | null;
  p99AtMaxMs: number | null;
  cpuUsPerRequestAt1000: number | null;
  cpuUsPerRequestAtMax: number | null;
  /** Proxy + upstreams + load generator, at 1,000 req/s. */
  pipelineCpuUsPerRequestAt1000: number | null;
  steps: { rate: number; rps: number; p99: number; failed: number; sustained: boolean }[];
  graceful?: { requests: number; errors: number; errorKinds: Record<string, number>; p99: number };
  abrupt?: { requests: number; errors: number; errorKinds: Record<string, number>; p99: number };
  retried?: number;
}

const sustains = (rate: number, r: LoadResult) =>
  r.failed === 0 && r.p99 < TARGETS.p99Ms && r.rps >= rate * 0.95;

/** Pids of the bench's other processes (upstreams, load generator), for the pipeline's CPU. */
let pipelinePids: number[] = [];

const totalCpuMs = (pids: number[]) => {
  let total = 0;
  for (const pid of pids) {
    const ms = cpuMs(pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
};

async function step(
  load: Worker,
  url: string,
  pid: number,
  rate: number,
  quick: boolean,
): Promise<Step> {
  const seconds = quick ? 1.5 : 4;
  const warmupS = quick ? 0.3 : 1;
  const pipelineBefore = totalCpuMs([pid, ...pipelinePids]);
  const before = cpuMs(pid);
  const result = await load.call<LoadResult>(
    'load',
    { url, rate, seconds, warmupS, connections: 64, timeoutMs: 5000 },
    60_000,
  );
  const after = cpuMs(pid);
  const pipelineAfter = totalCpuMs([pid, ...pipelinePids]);
  const requests = rate * (seconds + warmupS);
  return {
    rate,
    result,
    sustained: sustains(rate, result),
    cpuUsPerRequest:
      before === null || after === null ? null : ((after - before) * 1000) / requests,
    pipelineCpuUsPerRequest:
      pipelineBefore === null || pipelineAfter === null
        ? null
        : ((pipelineAfter - pipelineBefore) * 1000) / requests,
  };
}

/**
 * The search for one proxy's max sustained rate, one step at a time so that the proxies can take
 * turns (each sees the machine as it is at about the same moments): rates double from 1,000
 * while sustained (or halve while not), then the gap between the last pass and the first
 * failure is bisected `bisections` times.
 */
class Search {
  readonly steps: Step[] = [];
  private pass?: Step;
  private fail?: Step;
  private phase: 'up' | 'down' | 'bisect' | 'done' = 'up';
  private rate = 1000;
  private bisected = 0;

  constructor(
    readonly name: string,
    readonly url: string,
    readonly pid: number,
    private readonly bisections: number,
  ) {}

  next(): number | undefined {
    if (this.phase === 'bisect') {
      if (!this.pass || !this.fail || this.bisected >= this.bisections) this.phase = 'done';
      else {
        const rate = Math.round((this.pass.rate + this.fail.rate) / 2 / 50) * 50;
        if (rate === this.pass.rate || rate === this.fail.rate) this.phase = 'done';
        else this.rate = rate;
      }
    }
    return this.phase === 'done' ? undefined : this.rate;
  }

  record(step: Step): void {
    this.steps.push(step);
    if (step.sustained) this.pass = step;
    else this.fail = step;
    if (this.phase === 'up') {
      if (step.sustained) {
        this.rate *= 2;
        if (this.rate > 64_000) this.phase = 'done';
      } else if (this.pass) this.phase = 'bisect';
      else {
        this.phase = 'down';
        this.rate = 500;
      }
    } else if (this.phase === 'down') {
      if (step.sustained) this.phase = 'bisect';
      else if ((this.rate /= 2) < 125) this.phase = 'done';
    } else if (this.phase === 'bisect') this.bisected += 1;
  }

  figures(): ProxyFigures {
    const pass = this.pass;
    const at1000 = this.steps.find((s) => s.rate === 1000);
    return {
      proxy: this.name,
      maxRps: pass ? round(pass.result.rps, 0) : null,
      maxOfferedRate: pass?.rate ?? null,
      p99AtMaxMs: pass ? round(pass.result.p99, 2) : null,
      cpuUsPerRequestAt1000:
        at1000?.cpuUsPerRequest != null ? round(at1000.cpuUsPerRequest, 1) : null,
      cpuUsPerRequestAtMax: pass?.cpuUsPerRequest != null ? round(pass.cpuUsPerRequest, 1) : null,
      pipelineCpuUsPerRequestAt1000:
        at1000?.pipelineCpuUsPerRequest != null ? round(at1000.pipelineCpuUsPerRequest, 1) : null,
      steps: this.steps.map((s) => ({
        rate: s.rate,
        rps: round(s.result.rps, 0),
        p99: round(s.result.p99, 2),
        failed: s.result.failed,
        sustained: s.sustained,
      })),
    };
  }
}

function log(name: string, s: Step, again = ''): void {
  console.log(
    `  ${name.padEnd(8)} ${String(s.rate).padStart(6)} req/s offered${again ? ` (${again})` : ''}: ${s.result.rps.toFixed(0).padStart(6)} answered/s, p99 ${s.result.p99.toFixed(1)} ms, ${s.result.failed} failed, ${s.result.connections} connections, cpu ${s.cpuUsPerRequest?.toFixed(0) ?? 'n/a'} µs/req${s.sustained ? '' : '  (not sustained)'}`,
  );
}

/** The proxies' searches, taking turns step by step. */
async function searchMax(
  load: Worker,
  proxies: { name: string; url: string; pid: number }[],
  quick: boolean,
): Promise<ProxyFigures[]> {
  const searches = proxies.map((p) => new Search(p.name, p.url, p.pid, quick ? 2 : 4));
  for (;;) {
    let ran = false;
    for (const search of searches) {
      const rate = search.next();
      if (rate === undefined) continue;
      ran = true;
      // A step that fails is run once more before it counts: on a shared machine one stall of a
      // process ruins a window's p99 (both proxies get the same second chance).
      let s = await step(load, search.url, search.pid, rate, quick);
      log(search.name, s);
      if (!s.sustained) {
        s = await step(load, search.url, search.pid, rate, quick);
        log(search.name, s, 'again');
      }
      search.record(s);
    }
    if (!ran) return searches.map((search) => search.figures());
  }
}

/** `count` restarts of stable and canary in turn, `intervalMs` apart, under steady load. */
async function restarts(
  load: Worker,
  url: string,
  upstreams: Worker[],
  mode: 'graceful' | 'abrupt',
  count: number,
  intervalMs: number,
) {
  const warmupS = 0.3;
  const seconds = ((count + 1) * intervalMs) / 1000;
  const running = load.call<LoadResult>(
    'load',
    { url, rate: RESTART_RATE, seconds, warmupS, connections: 64, timeoutMs: 5000 },
    60_000,
  );
  await new Promise((resolve) => setTimeout(resolve, warmupS * 1000));
  for (let i = 0; i < count; i++) {
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, intervalMs / 2));
    await (upstreams[i % 2] as Worker).call('restart', { mode, downMs: 100 });
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, intervalMs - (Date.now() - started))),
    );
  }
  const result = await running;
  return {
    requests: result.scheduled,
    errors: result.failed,
    errorKinds: result.errors,
    p99: round(result.p99, 2),
  };
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const loadBefore = loadavg()[0] as number;
  const haproxyBinary = realServer('haproxy');
  const problems: string[] = [];
  const workers: Worker[] = [];
  let haproxy: RealHaproxy | undefined;
  const figures: ProxyFigures[] = [];
  let noRetry: ProxyFigures['graceful'];
  console.log(
    `router: embedded router vs ${haproxyBinary.version || 'no haproxy'} (retries 3, retry-on conn-failure empty-response, redispatch); ` +
      `2 upstreams 50/50; open-loop keep-alive GETs on raw sockets (≤64 connections); ${opts.quick ? 'quick' : 'full'}; node ${process.version}`,
  );
  try {
    const [stable, canary, router, load] = await Promise.all(
      ['stable', 'canary', 'router', 'load'].map((role) => Worker.start(role)),
    );
    workers.push(stable as Worker, canary as Worker, router as Worker, load as Worker);
    pipelinePids = [stable, canary, load].map((w) => (w as Worker).child.pid ?? 0);
    const up = await Promise.all(
      (['stable', 'canary'] as const).map((name, i) =>
        (workers[i] as Worker).call<{ origin: string; port: number }>('upstream', { name }),
      ),
    );
    const [s, c] = up as [{ origin: string; port: number }, { origin: string; port: number }];
    const embedded = await (router as Worker).call<{ url: string; pid: number }>('router', {
      stable: s.origin,
      canary: c.origin,
      weight: 50,
    });
    const proxies: { name: string; url: string; pid: number }[] = [
      { name: 'embedded', url: `${embedded.url}/`, pid: embedded.pid },
    ];
    if (haproxyBinary.available) {
      haproxy = await startHaproxyRetrying(haproxyBinary.path, [
        { name: 'stable', port: s.port, weight: 50 },
        { name: 'canary', port: c.port, weight: 50 },
      ]);
      const info = await haproxyCommand(haproxy.socket, 'show info');
      const pid = Number(/^Pid: (\d+)$/m.exec(info)?.[1] ?? 0);
      proxies.push({ name: 'haproxy', url: `${haproxy.url}/`, pid });
    } else problems.push(`haproxy: ${haproxyBinary.reason}`);

    console.log('\nMax sustained rate (p99 < 50 ms, no error, ≥95% of the offered rate answered):');
    // Unmeasured warm-up of every process (the load generator's and the router's JIT, the
    // proxies' upstream connections), so that no proxy's first step pays for it.
    for (const proxy of proxies)
      await (load as Worker).call(
        'load',
        { url: proxy.url, rate: 2000, seconds: opts.quick ? 1.5 : 3, warmupS: 0, connections: 64 },
        60_000,
      );
    figures.push(...(await searchMax(load as Worker, proxies, opts.quick)));

    const count = 10;
    const interval = opts.quick ? 250 : 500;
    console.log(
      `\nRestarts under ${RESTART_RATE} req/s, stable and canary in turn, ${interval} ms apart:`,
    );
    for (const [i, proxy] of proxies.entries()) {
      const f = figures[i] as ProxyFigures;
      for (const mode of ['graceful', 'abrupt'] as const) {
        f[mode] = await restarts(
          load as Worker,
          proxy.url,
          [stable as Worker, canary as Worker],
          mode,
          count,
          interval,
        );
        console.log(
          `  ${proxy.name.padEnd(8)} ${count} ${mode} restarts: ${f[mode]?.errors} errors in ${f[mode]?.requests} requests ${JSON.stringify(f[mode]?.errorKinds)}, p99 ${f[mode]?.p99} ms`,
        );
      }
      if (proxy.name === 'embedded')
        f.retried = (await (router as Worker).call<{ retried: number }>('counters')).retried;
    }
    const again = await (router as Worker).call<{ url: string }>('router', {
      stable: s.origin,
      canary: c.origin,
      weight: 50,
      retries: false,
    });
    noRetry = await restarts(
      load as Worker,
      `${again.url}/`,
      [stable as Worker, canary as Worker],
      'graceful',
      count,
      interval,
    );
    console.log(
      `  embedded, retries off: ${count} graceful restarts: ${noRetry.errors} errors in ${noRetry.requests} requests ${JSON.stringify(noRetry.errorKinds)}`,
    );
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await haproxy?.stop().catch(() => undefined);
    await Promise.all(workers.map((w) => w.close()));
  }

  const embedded = figures.find((f) => f.proxy === 'embedded');
  const haproxyFigures = figures.find((f) => f.proxy === 'haproxy');
  const ratio =
    embedded?.maxRps && haproxyFigures?.maxRps
      ? round(embedded.maxRps / haproxyFigures.maxRps, 2)
      : null;
  // If the pipeline were CPU-bound on a machine of its own, each proxy's max rate would go as
  // the inverse of the whole pipeline's CPU per request: this ratio, for the record only.
  const projectedRatio =
    embedded?.pipelineCpuUsPerRequestAt1000 && haproxyFigures?.pipelineCpuUsPerRequestAt1000
      ? round(
          haproxyFigures.pipelineCpuUsPerRequestAt1000 / embedded.pipelineCpuUsPerRequestAt1000,
          2,
        )
      : null;
  console.log('');
  console.log(
    table(
      [
        'proxy',
        'max req/s (p99<50ms)',
        'p99 at max ms',
        'cpu µs/req @1000/s',
        'cpu µs/req @max',
        'pipeline cpu µs/req @1000/s',
        'graceful: requests',
        'graceful: errors',
        'abrupt: requests',
        'abrupt: errors',
      ],
      [
        ...figures.map((f) => [
          f.proxy,
          f.maxRps,
          f.p99AtMaxMs,
          f.cpuUsPerRequestAt1000,
          f.cpuUsPerRequestAtMax,
          f.pipelineCpuUsPerRequestAt1000,
          f.graceful?.requests,
          f.graceful?.errors,
          f.abrupt?.requests,
          f.abrupt?.errors,
        ]),
        [
          'embedded, retries off',
          null,
          null,
          null,
          null,
          null,
          noRetry?.requests,
          noRetry?.errors,
          null,
          null,
        ],
      ],
    ),
  );
  console.log(
    `Throughput ratio embedded / HAProxy: ${ratio ?? 'n/a'} (target ≥ ${TARGETS.throughputRatio}). Target: ${TARGETS.gracefulErrors} errors on graceful restarts (HAProxy: ${haproxyFigures?.graceful?.errors ?? 'n/a'}).\n` +
      `Projected ratio on a machine of its own, from the whole pipeline's CPU per request at 1,000 req/s (proxy + upstreams + load generator): ${projectedRatio ?? 'n/a'} (for the record; the target is the measured ratio).`,
  );
  console.log(
    `Load average (1 min) before ${loadBefore.toFixed(1)}, after ${(loadavg()[0] as number).toFixed(1)} on ${availableCores()} cores: figures taken on a busy machine move with it.`,
  );
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const met = {
    gracefulErrors:
      embedded?.graceful !== undefined && embedded.graceful.errors <= TARGETS.gracefulErrors,
    throughputRatio: ratio !== null && ratio >= TARGETS.throughputRatio,
  };
  return {
    bench: 'router',
    quick: opts.quick,
    versions: { haproxy: haproxyBinary.version || null, node: process.version },
    // The machine's 1-minute load average before and after (2 cores: above 2, others competed).
    loadAverage: { before: round(loadBefore, 1), after: round(loadavg()[0] as number, 1) },
    embedded: embedded ?? null,
    haproxy: haproxyFigures ?? null,
    embeddedRetriesOff: noRetry ?? null,
    throughputRatio: ratio,
    projectedThroughputRatio: projectedRatio,
    targets: TARGETS,
    met,
    problems,
    ok: problems.length === 0 && met.gracefulErrors && met.throughputRatio,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
