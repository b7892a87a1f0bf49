// Rolling deploys under load: client errors and total time per pool size and provider.
//
// Per provider (embedded router, HAProxy runtime API, nginx include + reload) and pool size, on
// fresh processes: a pool of sample servers (lab/services.ts startPool) whose deploy
// endpoint restarts a server like a real deploy (listener closed 150 ms, back on the same port
// with the new version, connections in flight cut). Clients send steady traffic THROUGH the
// proxy the whole time: 4 keep-alive connections of quick GETs and 2 of slow ones (300 ms, so a
// drain has sessions to wait for), 5 ms apart. The real canary-step bundle (run as the runner
// does, lab/runner.ts) rolls 1.0.0 → 2.0.0 with strategy rolling: drain, deploy-command
// (curl to the deploy endpoint), gate on the server alone (http://{address}/healthz, 100
// probes/s, min-samples 50, max-error-rate 0.1), ready.
//
//   client errors   requests through the proxy that did not end in a 200 (target: 0).
//   retried         nginx only: GETs whose idle keep-alive connection a reload closed as they
//                   were sent, sent once more on a new connection as browsers do; not errors.
//   total s         wall time of the whole step (records none: no environment).
//   gate s / drain s  medians per server, from the step's JSON report.
//   naive errors    the same pool and load, each server restarted in place one after another
//                   (no drain, 500 ms apart): what rolling without a drain costs the clients.
//
// The proxies keep retries off (HAProxy `retries 0`, nginx `proxy_next_upstream off`) so a request
// sent to a restarting server fails for the client rather than being retried out of sight.
// Run: npx tsx bench/run.ts rolling [--quick]
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Router } from '../tools/router/router.js';
import { startLoad, type LoadStats } from '../lab/load.js';
import { startHaproxyPool, startNginxPool } from '../lab/proxies.js';
import { realServer } from '../lab/real.js';
import { runAction } from '../lab/runner.js';
import { startPool, type SamplePool } from '../lab/services.js';
import { median, round, table } from './lib.js';

const PROVIDERS = ['embedded', 'haproxy', 'nginx'] as const;
type ProviderKind = (typeof PROVIDERS)[number];

export const TARGETS = { clientErrors: 0 };

const GATE = {
  url: 'http://{address}/healthz',
  'expect-body': 'json:status=ok',
  rate: '100',
  'min-samples': '50',
  'max-error-rate': '0.1',
  concurrency: '10',
  duration: '30s',
};
const NGINX_RELOAD =
  '"$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -t -q && "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -s reload';

interface Plan {
  servers: number;
  batch: string;
}

interface RunResult {
  provider: ProviderKind;
  servers: number;
  batch: string;
  ok: boolean;
  problem?: string;
  seconds: number;
  perServerS: number;
  gateMedianS: number;
  drainMedianS: number;
  requests: number;
  clientErrors: number;
  errorKinds: Record<string, number>;
  retried: number;
  naiveRequests: number;
  naiveErrors: number;
}

interface Proxy {
  url: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  stop(): Promise<void>;
}

async function startProxy(
  kind: ProviderKind,
  pool: SamplePool,
  binaries: Record<'haproxy' | 'nginx', string>,
): Promise<Proxy> {
  if (kind === 'embedded') {
    const router = new Router({
      pool: pool.members.map((m) => ({ name: m.name, url: `http://${m.address}` })),
    });
    await router.start();
    return {
      url: router.url,
      inputs: { 'router-url': router.adminUrl, 'drain-timeout': '3s' },
      env: {},
      stop: () => router.stop(),
    };
  }
  if (kind === 'haproxy') {
    const proxy = await startHaproxyPool(
      binaries.haproxy,
      pool.members.map((m) => ({ name: m.name, port: m.port })),
    );
    return {
      url: proxy.url,
      inputs: {
        provider: 'haproxy',
        'haproxy-socket': proxy.socket,
        'haproxy-backend': 'app',
        'drain-timeout': '3s',
      },
      env: {},
      stop: async () => {
        await proxy.stop();
        rmSync(path.dirname(proxy.socket), { recursive: true, force: true });
      },
    };
  }
  const proxy = await startNginxPool(
    binaries.nginx,
    pool.members.map((m) => m.port),
  );
  return {
    url: proxy.url,
    // nginx reports no sessions: each drain waits all of drain-timeout, longer than the slow requests.
    inputs: {
      provider: 'nginx',
      'nginx-conf': proxy.upstreamConf,
      'nginx-reload-command': NGINX_RELOAD,
      'drain-timeout': '500ms',
    },
    env: { NGINX_BIN: proxy.binary, NGINX_PREFIX: proxy.prefix, NGINX_MAIN_CONF: proxy.mainConf },
    stop: async () => {
      await proxy.stop();
      rmSync(proxy.prefix, { recursive: true, force: true });
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Steady traffic (quick and slow GETs) through the proxy while `work` runs. */
async function underLoad(
  url: string,
  retryStale: boolean,
  work: () => Promise<void>,
): Promise<LoadStats> {
  const quick = startLoad(`${url}/`, { connections: 4, pauseMs: 5, retryStale });
  const slow = startLoad(`${url}/?delay=300`, { connections: 2, pauseMs: 5, retryStale });
  await sleep(300);
  try {
    await work();
  } finally {
    await sleep(300);
  }
  const [a, b] = [await quick.stop(), await slow.stop()];
  const errors: Record<string, number> = { ...a.errors };
  for (const [kind, n] of Object.entries(b.errors)) errors[kind] = (errors[kind] ?? 0) + n;
  return {
    requests: a.requests + b.requests,
    failed: a.failed + b.failed,
    errors,
    byServer: {},
    retried: a.retried + b.retried,
    seconds: a.seconds,
  };
}

async function runOnce(
  kind: ProviderKind,
  plan: Plan,
  binaries: Record<'haproxy' | 'nginx', string>,
): Promise<RunResult> {
  const pool = await startPool(plan.servers, { version: '1.0.0' });
  let proxy: Proxy | undefined;
  try {
    proxy = await startProxy(kind, pool, binaries);
    const setup = proxy;
    let problem: string | undefined;
    let seconds = 0;
    let report:
      | { servers: { phase: string; drainS: number | null; gate?: { decidedAfterS: number } }[] }
      | undefined;
    const traffic = await underLoad(setup.url, kind === 'nginx', async () => {
      const started = performance.now();
      const result = await runAction('canary-step', {
        env: { POOL_CONTROL: pool.controlUrl, ...setup.env },
        inputs: {
          strategy: 'rolling',
          version: '2.0.0',
          'previous-version': '1.0.0',
          'deploy-command': pool.deployCommand,
          'batch-size': plan.batch,
          'max-unavailable': plan.batch,
          ...GATE,
          ...setup.inputs,
        },
        timeoutMs: 600_000,
      });
      seconds = (performance.now() - started) / 1000;
      if (result.exitCode !== 0 || result.outputs.decision !== 'promoted')
        problem = `the roll did not promote: ${result.errors.join('; ') || result.outputs.decision}`;
      else if (pool.members.some((m) => m.version !== '2.0.0'))
        problem = `not every server runs 2.0.0: ${pool.members.map((m) => m.version).join(', ')}`;
      if (result.outputs.report)
        report = JSON.parse(readFileSync(result.outputs.report, 'utf8')) as typeof report;
    });
    // The naive contrast: the same restarts, in place, one server after another, no drain.
    const naive = await underLoad(setup.url, kind === 'nginx', async () => {
      for (const m of pool.members) {
        const answer = await fetch(`${pool.controlUrl}/deploy`, {
          method: 'PUT',
          headers: { 'x-server': m.name, 'x-address': m.address, 'x-version': '3.0.0' },
        });
        await answer.arrayBuffer();
        await sleep(500);
      }
    });
    const rows = report?.servers.filter((s) => s.phase === 'roll') ?? [];
    if (traffic.failed > TARGETS.clientErrors)
      problem ??= `${traffic.failed} client errors (${Object.entries(traffic.errors)
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ')})`;
    return {
      provider: kind,
      servers: plan.servers,
      batch: plan.batch,
      ok: problem === undefined,
      ...(problem === undefined ? {} : { problem }),
      seconds: round(seconds, 1),
      perServerS: round(seconds / plan.servers, 2),
      gateMedianS: round(median(rows.map((r) => r.gate?.decidedAfterS ?? 0)), 2),
      drainMedianS: round(median(rows.map((r) => r.drainS ?? 0)), 2),
      requests: traffic.requests,
      clientErrors: traffic.failed,
      errorKinds: traffic.errors,
      retried: traffic.retried,
      naiveRequests: naive.requests,
      naiveErrors: naive.failed,
    };
  } finally {
    await proxy?.stop().catch(() => undefined);
    await pool.close().catch(() => undefined);
  }
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const plans: Plan[] = opts.quick
    ? [{ servers: 4, batch: '1' }]
    : [
        { servers: 4, batch: '1' },
        { servers: 8, batch: '1' },
        { servers: 16, batch: '1' },
        { servers: 16, batch: '25%' },
      ];
  const haproxy = realServer('haproxy');
  const nginx = realServer('nginx');
  const binaries = { haproxy: haproxy.path, nginx: nginx.path };
  const available: Record<ProviderKind, boolean> = {
    embedded: true,
    haproxy: haproxy.available,
    nginx: nginx.available,
  };
  console.log(
    `rolling: 1.0.0 → 2.0.0 under steady load (4 keep-alive connections of quick GETs, 2 of 300 ms GETs); deploy = restart (150 ms down); gate 100 probes/s, min-samples 50; ` +
      `pools ${plans.map((p) => `${p.servers}×${p.batch}`).join(', ')}${opts.quick ? ' (quick)' : ''}; ${haproxy.version || 'no haproxy'}; ${nginx.version || 'no nginx'}`,
  );
  const runs: RunResult[] = [];
  const problems: string[] = [];
  for (const kind of PROVIDERS) {
    if (!available[kind]) {
      problems.push(`${kind}: not installed, skipped`);
      continue;
    }
    for (const plan of plans) {
      try {
        const r = await runOnce(kind, plan, binaries);
        runs.push(r);
        if (r.problem) problems.push(`${kind} ${plan.servers}×${plan.batch}: ${r.problem}`);
        console.log(
          `  ${kind.padEnd(8)} ${String(plan.servers).padStart(2)} servers, batch ${plan.batch.padEnd(3)}: ${r.seconds.toFixed(1)} s (${r.perServerS.toFixed(2)} s/server; gate ${r.gateMedianS} s, drain ${r.drainMedianS} s median); ` +
            `${r.requests} requests, ${r.clientErrors} client errors${r.retried ? `, ${r.retried} retried after a reload closed an idle connection` : ''}; naive restart: ${r.naiveErrors} errors of ${r.naiveRequests}`,
        );
      } catch (error) {
        problems.push(
          `${kind} ${plan.servers}×${plan.batch}: ${error instanceof Error ? error.message : String(error)}`,
        );
        console.log(
          `  ${kind.padEnd(8)} ${plan.servers}×${plan.batch}: FAILED: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  console.log('');
  console.log(
    table(
      [
        'provider',
        'servers',
        'batch',
        'total s',
        's / server',
        'gate s (median)',
        'drain s (median)',
        'client requests',
        'client errors',
        'retried (nginx reload)',
        'naive: errors',
      ],
      runs.map((r) => [
        r.provider,
        r.servers,
        r.batch,
        r.seconds,
        r.perServerS,
        r.gateMedianS,
        r.drainMedianS,
        r.requests,
        r.clientErrors,
        r.retried,
        r.naiveErrors,
      ]),
    ),
  );
  console.log(
    `Target: ${TARGETS.clientErrors} client errors in every rolling run. "naive" restarts the same servers in place without draining them.`,
  );
  if (problems.length) console.log(`\nProblems:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const met = {
    clientErrors: runs.length > 0 && runs.every((r) => r.clientErrors <= TARGETS.clientErrors),
  };
  return {
    bench: 'rolling',
    quick: opts.quick,
    versions: {
      haproxy: haproxy.version || null,
      nginx: nginx.version || null,
      node: process.version,
    },
    runs,
    targets: TARGETS,
    met,
    problems,
    ok: problems.length === 0 && met.clientErrors,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
