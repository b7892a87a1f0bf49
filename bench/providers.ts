// Metric providers: the health-gate bench's canary scenario (100 req/s, 10% to the canary,
// baseline error rate 0.5%, 30 minutes) judged through each provider's stand-in at its real
// granularity, side by side with the same Flagger-style policy on the same data.
//
//   prometheus  cumulative counters scraped every 15 s; the gate's Prometheus check polls every
//               15 s (startPrometheus against tools/vendors/prometheus on loopback)
//   datadog     10 s rollups, each read 30 s after it ends (the provider's settle default), polled
//               every 10 s (the Datadog provider against tools/vendors/datadog on loopback)
//   cloudwatch  60 s periods (GetMetricData through the AWS SDK, signed), each read a minute after
//               it ends, polled every 30 s (tools/vendors/cloudwatch)
//   newrelic    60 s TIMESERIES buckets of NRQL through NerdGraph, each read a minute after it
//               ends, polled every 30 s (tools/vendors/newrelic)
//   web         10 s buckets asked with {from}/{to}, polled every 10 s (tools/vendors/web)
//   flagger     1-minute windows failing below 99% success, rollback at the 5th failed window, on
//               the same per-second data (bench/health-gate.ts), with no ingestion delay at all;
//               and, beside each provider, the same policy reading that provider (its windows seen
//               as late as the provider's buckets settle: what Flagger pointed at it would see)
//
// The gate runs on a model clock (tick by tick; the stand-ins answer as of that clock), so a
// 30-minute run takes well under a second (CloudWatch's, with the SDK signing every request, about one). Scenarios: A/A (independent, drifting, clumps of 5),
// where a fail is a false alarm, and 4× where it is a detection.
//
// Run: npm run bench -- providers [--quick]
import { stringify } from 'yaml';
import type { CheckConfig } from '../src/core/gate/config.js';
import { readGateSettings } from '../src/core/gate/inputs.js';
import { loadProviders } from '../src/core/gate/providers/registry.js';
import { startCheck } from '../src/core/gate/run.js';
import type { Running } from '../src/core/gate/running.js';
import { Inputs, loadYaml } from '../src/core/runtime/index.js';
import type { BucketSource } from '../lab/metrics.js';
import {
  CloudWatchStandIn,
  modelQuery,
  putModel,
  STAND_IN_ACCESS_KEY_ID,
  STAND_IN_SECRET_ACCESS_KEY,
} from '../tools/vendors/cloudwatch/index.js';
import { startDatadog } from '../tools/vendors/datadog/server.js';
import type { VendorStandIn } from '../tools/vendors/http.js';
import {
  modelEvents,
  modelNrql,
  NewRelicStandIn,
  STAND_IN_ACCOUNT_ID,
  STAND_IN_API_KEY,
} from '../tools/vendors/newrelic/index.js';
import { startPrometheusApi } from '../tools/vendors/prometheus/server.js';
import { startWebMetrics } from '../tools/vendors/web/server.js';
import { flagger, runSeed, simulate, type Traffic } from './health-gate.js';
import { median, round, table } from './lib.js';

const HORIZON_S = 30 * 60;
const T0 = 1_900_000_020_000; // on a minute boundary: buckets of 10 s and 15 s align with it
const JUDGE = { alpha: '0.01', tolerance: '1.5', 'min-samples': '100', 'max-error-rate': '0.05' };
const SCENARIOS = [
  { key: 'aa', label: 'A/A', ratio: 1, shape: {}, healthy: true },
  { key: 'drift', label: 'A/A, drifting rates', ratio: 1, shape: { drift: true }, healthy: true },
  { key: 'clump5', label: 'A/A, clumps of 5', ratio: 1, shape: { clump: 5 }, healthy: true },
  { key: 'x4', label: '4× error rate', ratio: 4, shape: {}, healthy: false },
] as const;
const PROVIDERS = ['prometheus', 'datadog', 'cloudwatch', 'newrelic', 'web'] as const;
type Provider = (typeof PROVIDERS)[number];
/** How long after a bucket ends each provider's data is read (its settle default), seconds. */
const SETTLE_S: Record<Provider, number> = {
  prometheus: 0,
  datadog: 30,
  cloudwatch: 60,
  newrelic: 60,
  web: 0,
};

/** The current run's traffic, read by every stand-in as of the model clock. */
const world: { traffic: Traffic | null; now: number } = { traffic: null, now: T0 };

/** Sum of one side's measure over the seconds of [from, to) that have happened by now. */
function sum(
  side: 'canary' | 'baseline',
  measure: 'errors' | 'requests',
  from: number,
  to: number,
): number | null {
  const t = world.traffic;
  if (!t) return null;
  const arr =
    side === 'canary'
      ? measure === 'errors'
        ? t.canaryErrors
        : t.canaryRequests
      : measure === 'errors'
        ? t.baselineErrors
        : t.baselineRequests;
  const first = Math.max(0, Math.ceil((from - T0) / 1000));
  const last = Math.min(HORIZON_S, Math.floor((Math.min(to, world.now) - T0) / 1000));
  if (last <= first) return last === first && first >= 0 ? 0 : null;
  let total = 0;
  for (let i = first; i < last; i++) total += arr[i] as number;
  return total;
}

const source: BucketSource = (side, measure, at, widthMs) =>
  measure === 'gauge' ? null : sum(side, measure, at, at + widthMs);

/** The check for a provider, read from a `checks` entry as health-gate reads it. */
function check(entry: Record<string, string>, env: Record<string, string> = {}) {
  Object.assign(process.env, env);
  const step: Record<string, string> = { checks: stringify([{ name: 'api', ...entry }]), ...JUDGE };
  return readGateSettings(new Inputs((name) => step[name] ?? '')).checks[0] as CheckConfig;
}

/** Runs one check over the current traffic on the model clock: its first decision and when. */
async function judge(
  start: () => Running,
  stepS: number,
): Promise<{ state: 'pass' | 'fail'; t: number } | null> {
  world.now = T0;
  const r = start();
  for (let s = stepS; s <= HORIZON_S + 60; s += stepS) {
    world.now = T0 + s * 1000;
    await r.tick(world.now);
    if (r.verdict.state !== 'continue') return { state: r.verdict.state, t: s };
  }
  return null;
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const runs = opts.quick ? 20 : 200;
  await Promise.all([loadYaml(), loadProviders()]);
  const prometheus = await startPrometheusApi({
    model: source,
    metrics: { app_errors_total: 'errors', app_requests_total: 'requests' },
    start: T0,
    scrapeMs: 15_000,
    clock: () => world.now,
  });
  const datadog = await startDatadog({
    apiKey: 'bench-api-key',
    appKey: 'bench-app-key',
    model: source,
    metrics: { 'trace.http.request.errors': 'errors', 'trace.http.request.hits': 'requests' },
    clock: () => world.now,
  });
  const web = await startWebMetrics({
    token: 'bench-token',
    model: source,
    clock: () => world.now,
  });
  const cloudwatch = new CloudWatchStandIn();
  await cloudwatch.start();
  putModel(cloudwatch, source, () => world.now);
  const newrelic = new NewRelicStandIn({ now: () => world.now });
  await newrelic.start();
  newrelic.events(
    'Transaction',
    modelEvents(source, () => world.now),
  );
  const standIns: VendorStandIn[] = [prometheus, datadog, web];
  const prom = (m: string, side: string) => `sum(app_${m}_total{version="${side}"})`;
  const dd = (m: string, side: string) =>
    `sum:trace.http.request.${m}{service:api,version:${side}}.as_count()`;
  const checks = {
    prometheus: check({
      'prometheus-url': prometheus.url,
      'error-query': prom('errors', 'canary'),
      'total-query': prom('requests', 'canary'),
      'baseline-error-query': prom('errors', 'baseline'),
      'baseline-total-query': prom('requests', 'baseline'),
      'query-interval': '15s',
    }),
    datadog: check(
      {
        kind: 'datadog',
        'error-query': dd('errors', 'canary'),
        'total-query': dd('hits', 'canary'),
        'baseline-error-query': dd('errors', 'baseline'),
        'baseline-total-query': dd('hits', 'baseline'),
      },
      {
        DD_API_KEY: 'bench-api-key',
        DD_APP_KEY: 'bench-app-key',
        GLIDEPATH_DATADOG_URL: datadog.url,
      },
    ),
    cloudwatch: check(
      {
        kind: 'cloudwatch',
        bucket: '1m',
        'error-query': modelQuery('Errors', 'canary'),
        'total-query': modelQuery('Requests', 'canary'),
        'baseline-error-query': modelQuery('Errors', 'baseline'),
        'baseline-total-query': modelQuery('Requests', 'baseline'),
      },
      {
        AWS_ACCESS_KEY_ID: STAND_IN_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: STAND_IN_SECRET_ACCESS_KEY,
        AWS_REGION: 'us-east-1',
        AWS_ENDPOINT_URL_CLOUDWATCH: cloudwatch.url,
        AWS_MAX_ATTEMPTS: '1',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    ),
    newrelic: check(
      {
        kind: 'newrelic',
        'error-query': modelNrql('canary', true),
        'total-query': modelNrql('canary', false),
        'baseline-error-query': modelNrql('baseline', true),
        'baseline-total-query': modelNrql('baseline', false),
      },
      {
        NEW_RELIC_API_KEY: STAND_IN_API_KEY,
        NEW_RELIC_ACCOUNT_ID: String(STAND_IN_ACCOUNT_ID),
        GLIDEPATH_NEWRELIC_URL: newrelic.url,
      },
    ),
    web: check({
      kind: 'web',
      url: `${web.url}/api/counts?from={from}&to={to}`,
      headers: 'Authorization: Bearer bench-token',
      'error-query': '$.canary.errors',
      'total-query': '$.canary.requests',
      'baseline-error-query': '$.baseline.errors',
      'baseline-total-query': '$.baseline.requests',
    }),
  };
  // Each check ticked at its own poll interval (it asks nothing more often anyway).
  const steps: Record<Provider, number> = {
    prometheus: 15,
    datadog: 10,
    cloudwatch: 30,
    newrelic: 30,
    web: 10,
  };
  type Result = { fails: (number | null)[]; passes: number };
  const results: Record<string, Record<Provider | 'flagger', Result>> = {};
  try {
    for (const sc of SCENARIOS) {
      const per = Object.fromEntries(
        [...PROVIDERS, 'flagger'].map((p) => [p, { fails: [], passes: 0 } as Result]),
      ) as Record<Provider | 'flagger', Result>;
      for (let run = 0; run < runs; run++) {
        const traffic = simulate(runSeed(`providers-${sc.key}`, run), 0.005 * sc.ratio, sc.shape);
        world.traffic = traffic;
        prometheus.reset();
        for (const p of PROVIDERS) {
          const decision = await judge(() => startCheck(checks[p], T0), steps[p]);
          per[p].fails.push(decision?.state === 'fail' ? decision.t : null);
          if (decision?.state === 'pass') per[p].passes += 1;
        }
        per.flagger.fails.push(flagger(traffic));
      }
      results[sc.key] = per;
    }
  } finally {
    for (const s of standIns) await s.close();
    await cloudwatch.stop();
    await newrelic.stop();
  }
  const summary = (r: Result) => {
    const times = r.fails.filter((t): t is number => t !== null).sort((a, b) => a - b);
    return {
      share: round(times.length / runs, 4),
      medianS: times.length ? round(median(times), 1) : null,
      passed: round(r.passes / runs, 4),
    };
  };
  const policies = [...PROVIDERS, 'flagger'] as const;
  const figures = Object.fromEntries(
    policies.map((p) => [
      p,
      Object.fromEntries(
        SCENARIOS.map((sc) => [
          sc.key,
          summary((results[sc.key] as Record<string, Result>)[p] as Result),
        ]),
      ),
    ]),
  ) as Record<(typeof policies)[number], Record<string, ReturnType<typeof summary>>>;
  // The Flagger-style policy pointed at each provider: every window seen SETTLE_S later, scored
  // to the same horizon as the providers' runs (judge() looks until HORIZON_S + 60).
  const lagged = Object.fromEntries(
    PROVIDERS.map((p) => {
      const fails = ((results.x4 as Record<string, Result>).flagger as Result).fails.map((t) =>
        t === null || t + SETTLE_S[p] > HORIZON_S + 60 ? null : t + SETTLE_S[p],
      );
      return [p, summary({ fails, passes: 0 })];
    }),
  ) as Record<Provider, ReturnType<typeof summary>>;
  const healthy = SCENARIOS.filter((s) => s.healthy).map((s) => s.key);
  const worstFalse = (p: (typeof policies)[number]) =>
    Math.max(...healthy.map((k) => figures[p][k]?.share ?? 0));
  const rows = policies.map((p) => [
    p,
    ...healthy.map((k) => `${((figures[p][k]?.share ?? 0) * 100).toFixed(1)}%`),
    figures[p].x4?.medianS ?? null,
    p === 'flagger' ? '(no delay)' : (lagged[p].medianS ?? null),
    `${((figures[p].x4?.share ?? 0) * 100).toFixed(1)}%`,
    p === 'flagger' ? 'n/a' : `${((figures[p].aa?.passed ?? 0) * 100).toFixed(1)}%`,
  ]);
  console.log(
    `Providers at their granularity vs a Flagger-style policy, ${runs} runs per scenario (100 req/s, 10% canary, 0.5% baseline errors, 30 min)\n`,
  );
  console.log(
    table(
      [
        'policy',
        'false alarms A/A',
        'drift',
        'clumps of 5',
        '4×: median s to detect',
        'Flagger-style on this provider',
        '4× detected',
        'A/A passed in 30 min',
      ],
      rows,
    ),
  );
  // Ahead on both: false alarms at most the policy's, and 4× detected sooner than the policy
  // reading the same provider (a tie is not ahead).
  const met = Object.fromEntries(
    PROVIDERS.map((p) => [
      p,
      worstFalse(p) <= worstFalse('flagger') &&
        (figures[p].x4?.medianS ?? Infinity) < (lagged[p].medianS ?? Infinity),
    ]),
  );
  return {
    bench: 'providers',
    quick: opts.quick,
    runs,
    granularityS: {
      prometheus: 15,
      datadog: 10,
      cloudwatch: 60,
      newrelic: 60,
      web: 10,
      flagger: 60,
    },
    settleS: SETTLE_S,
    figures,
    flaggerOnProvider: lagged,
    targets: {
      falseAlarms: 'at most the Flagger-style policy’s, every A/A scenario',
      detect: 'median below the Flagger-style policy reading the same provider',
    },
    met,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
