// Health-gate decision rule against today's canary engines, on the same simulated traffic.
//
// Scenario (from the issue): 100 req/s in all, 10% to the canary, baseline error rate 0.5%, a
// 30-minute horizon, one look per second. Each second's request counts are Poisson(10) (canary)
// and Poisson(90) (baseline); each group's errors are Binomial(requests, p). Scenarios: A/A
// (canary rate = baseline rate), canary 2× and 4× the baseline rate. Every run's per-second data
// are drawn once, from a seed derived from (scenario, run index), and fed to every policy:
//
//   glidepath  CountJudge from src/core/gate/judge.ts with a baseline, latency off, max-error-rate 5%,
//              tolerance 1.5, min-samples 100, alpha 0.01: the real code path, verdict() after
//              every 1 s batch; time to the first 'fail'. (On A/A also the time to the first 'pass'.)
//   flagger    1-minute checks, each failing if the canary's success rate < 99% (no canary
//              requests = failed); a failed-check counter that never resets; rollback at 5.
//   argo       5-minute measurements failing if the canary's success rate < 99%; abort when
//              failed measurements > failureLimit 3, i.e. on the 4th.
//   oracle     plain SPRT of ρ = true ratio against ρ = 1 on the same conditional binomial data
//              (ρ = 4 on A/A, to count its false alarms), stop when log LR ≥ ln(1/alpha): the
//              information limit for this traffic.
//
// Run: npx tsx bench/run.ts health-gate [--quick]
import { CountJudge, RATIO_GRID, type JudgeSettings } from '../src/core/gate/judge.js';
import { median, mulberry32, round, table } from './lib.js';

/** Nearest-rank quantile of sorted values. */
function quantile(sorted: number[], q: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ] as number;
}

const HORIZON_S = 30 * 60;
const CANARY_RPS = 10;
const BASELINE_RPS = 90;
const BASELINE_ERROR_RATE = 0.005;
const ALPHA = 0.01;
const SETTINGS: JudgeSettings = {
  alpha: ALPHA,
  maxErrorRate: 0.05,
  tolerance: 1.5,
  minSamples: 100,
  latency: false,
};

const FLAGGER = { windowS: 60, minSuccess: 0.99, threshold: 5 };
const ARGO = { windowS: 300, minSuccess: 0.99, failureLimit: 3 };

export const TARGETS = {
  falseAlarmMax: 0.01,
  x4MedianMaxS: 45,
  x4P90MaxS: 100,
  x2DetectMin: 0.99,
  x2MedianMaxS: 300,
};

interface Scenario {
  key: 'aa' | 'x2' | 'x4';
  label: string;
  /** Canary error rate ÷ baseline error rate. */
  ratio: number;
  /** ρ the oracle's SPRT tests against ρ = 1 (the true ratio; 4 on A/A). */
  oracleRho: number;
  runs: number;
}

/** One run's traffic, second by second. */
export interface Traffic {
  canaryRequests: Int32Array;
  canaryErrors: Int32Array;
  baselineRequests: Int32Array;
  baselineErrors: Int32Array;
}

/** Seconds from the start to the decision (end of the batch or window), or null within the horizon. */
type Detection = number | null;

// ---------------------------------------------------------------------------------------------
// Seeded sampling

/** murmur3's 32-bit finaliser: spreads (scenario, run) into a well-mixed seed. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function runSeed(scenario: string, run: number): number {
  let h = 0x9e3779b9;
  for (let i = 0; i < scenario.length; i++) h = mix32(h ^ scenario.charCodeAt(i));
  return mix32(h ^ mix32(run + 1));
}

/** Cumulative Poisson(λ) probabilities, up to where they reach 1 in double precision. */
function poissonCdf(lambda: number): Float64Array {
  const cdf: number[] = [];
  let pmf = Math.exp(-lambda);
  let sum = 0;
  for (let k = 0; sum < 1 - 1e-15 && k < 10 * lambda + 100; k++) {
    if (k > 0) pmf *= lambda / k;
    sum += pmf;
    cdf.push(sum);
  }
  return Float64Array.from(cdf);
}

/** Inversion through a CDF table (binary search): exact to double precision, one uniform. */
function fromCdf(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  if (u >= (cdf[hi] as number)) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (u < (cdf[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Binomial(n, p) by inversion from 0 (fast for the small n·p here), one uniform. */
function binomial(n: number, p: number, u: number): number {
  if (n <= 0 || p <= 0) return 0;
  const odds = p / (1 - p);
  let pmf = Math.pow(1 - p, n);
  let cdf = pmf;
  let k = 0;
  while (u >= cdf && k < n) {
    pmf *= (odds * (n - k)) / (k + 1);
    k++;
    cdf += pmf;
  }
  return k;
}

const CANARY_CDF = poissonCdf(CANARY_RPS);
const BASELINE_CDF = poissonCdf(BASELINE_RPS);

export function simulate(
  seed: number,
  canaryErrorRate: number,
  baselineErrorRate = BASELINE_ERROR_RATE,
  seconds = HORIZON_S,
): Traffic {
  const next = mulberry32(seed);
  const t: Traffic = {
    canaryRequests: new Int32Array(seconds),
    canaryErrors: new Int32Array(seconds),
    baselineRequests: new Int32Array(seconds),
    baselineErrors: new Int32Array(seconds),
  };
  for (let i = 0; i < seconds; i++) {
    const nc = fromCdf(CANARY_CDF, next());
    const nb = fromCdf(BASELINE_CDF, next());
    t.canaryRequests[i] = nc;
    t.baselineRequests[i] = nb;
    t.canaryErrors[i] = binomial(nc, canaryErrorRate, next());
    t.baselineErrors[i] = binomial(nb, baselineErrorRate, next());
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Policies

/**
 * Glidepath: the real CountJudge, verdict() after every 1-second batch. Returns the first 'fail'
 * and the first 'pass' (the gate would stop at a pass; here the run goes on to the horizon so a
 * later false 'fail' still counts against it).
 */
export function glidepath(t: Traffic): { fail: Detection; pass: Detection } {
  const judge = new CountJudge(SETTINGS, true);
  const canary = { requests: 0, errors: 0, slow: 0 };
  const baseline = { requests: 0, errors: 0, slow: 0 };
  let pass: Detection = null;
  for (let i = 0; i < t.canaryRequests.length; i++) {
    canary.requests = t.canaryRequests[i] as number;
    canary.errors = t.canaryErrors[i] as number;
    baseline.requests = t.baselineRequests[i] as number;
    baseline.errors = t.baselineErrors[i] as number;
    judge.add(canary, baseline);
    const state = judge.verdict().state;
    if (state === 'fail') return { fail: i + 1, pass };
    if (state === 'pass' && pass === null) pass = i + 1;
  }
  return { fail: null, pass };
}

/** Fixed windows of canary traffic; a window fails if success rate < minSuccess or it had no requests. */
function failedWindows(t: Traffic, windowS: number, minSuccess: number): boolean[] {
  const failed: boolean[] = [];
  for (let start = 0; start + windowS <= t.canaryRequests.length; start += windowS) {
    let requests = 0;
    let errors = 0;
    for (let i = start; i < start + windowS; i++) {
      requests += t.canaryRequests[i] as number;
      errors += t.canaryErrors[i] as number;
    }
    failed.push(requests === 0 || (requests - errors) / requests < minSuccess);
  }
  return failed;
}

/** Flagger: a failed-check counter that never resets; roll back when it reaches the threshold. */
export function flagger(t: Traffic): Detection {
  let count = 0;
  const failed = failedWindows(t, FLAGGER.windowS, FLAGGER.minSuccess);
  for (let w = 0; w < failed.length; w++)
    if (failed[w] && ++count >= FLAGGER.threshold) return (w + 1) * FLAGGER.windowS;
  return null;
}

/** Argo Rollouts: abort when failed measurements exceed failureLimit. */
export function argo(t: Traffic): Detection {
  let count = 0;
  const failed = failedWindows(t, ARGO.windowS, ARGO.minSuccess);
  for (let w = 0; w < failed.length; w++)
    if (failed[w] && ++count > ARGO.failureLimit) return (w + 1) * ARGO.windowS;
  return null;
}

/** Simple SPRT of ρ against 1 on the canary's share of each batch's errors; threshold ln(1/alpha). */
export function oracle(t: Traffic, rho: number, alpha = ALPHA): Detection {
  const threshold = Math.log(1 / alpha);
  let logLR = 0;
  for (let i = 0; i < t.canaryRequests.length; i++) {
    const nc = t.canaryRequests[i] as number;
    const nb = t.baselineRequests[i] as number;
    const ec = t.canaryErrors[i] as number;
    const eb = t.baselineErrors[i] as number;
    if (nc <= 0 || nb <= 0 || ec + eb === 0) continue;
    const share = nc / (nc + nb);
    const pi = (rho * share) / (rho * share + 1 - share);
    logLR += ec * Math.log(pi / share) + eb * Math.log((1 - pi) / (1 - share));
    if (logLR >= threshold) return i + 1;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Summaries

interface Summary {
  runs: number;
  /** Share of runs where the policy fired within the horizon (false alarms on A/A). */
  fired: number;
  medianS: number | null;
  p90S: number | null;
}

function summarise(detections: readonly Detection[]): Summary {
  const times = detections.filter((d): d is number => d !== null).sort((a, b) => a - b);
  return {
    runs: detections.length,
    fired: round(times.length / Math.max(1, detections.length), 4),
    medianS: times.length ? round(median(times), 1) : null,
    p90S: times.length ? quantile(times, 0.9) : null,
  };
}

/** Wilson score interval (95%) for a proportion, for the false-alarm estimates. */
function wilson(share: number, n: number): [number, number] {
  const z = 1.96;
  const denom = 1 + (z * z) / n;
  const centre = (share + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n))) / denom;
  return [round(Math.max(0, centre - half), 4), round(Math.min(1, centre + half), 4)];
}

const POLICIES = ['glidepath', 'flagger', 'argo', 'oracle'] as const;
type Policy = (typeof POLICIES)[number];

const pctText = (share: number) => `${(share * 100).toFixed(2)}%`;
const secText = (s: number | null) => (s === null ? 'n/a' : String(s));

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const scenarios: Scenario[] = [
    { key: 'aa', label: 'A/A', ratio: 1, oracleRho: 4, runs: opts.quick ? 200 : 2000 },
    { key: 'x2', label: '2×', ratio: 2, oracleRho: 2, runs: opts.quick ? 200 : 1000 },
    { key: 'x4', label: '4×', ratio: 4, oracleRho: 4, runs: opts.quick ? 200 : 1000 },
  ];
  const results = {} as Record<Policy, Record<Scenario['key'], Summary>>;
  for (const p of POLICIES) results[p] = {} as Record<Scenario['key'], Summary>;
  let aaPass: Detection[] = [];

  for (const sc of scenarios) {
    const found: Record<Policy, Detection[]> = { glidepath: [], flagger: [], argo: [], oracle: [] };
    const passes: Detection[] = [];
    for (let run = 0; run < sc.runs; run++) {
      const traffic = simulate(runSeed(sc.key, run), BASELINE_ERROR_RATE * sc.ratio);
      const g = glidepath(traffic);
      found.glidepath.push(g.fail);
      passes.push(g.pass);
      found.flagger.push(flagger(traffic));
      found.argo.push(argo(traffic));
      found.oracle.push(oracle(traffic, sc.oracleRho));
    }
    for (const p of POLICIES) results[p][sc.key] = summarise(found[p]);
    if (sc.key === 'aa') aaPass = passes;
  }

  const rows = POLICIES.flatMap((p) =>
    scenarios.map((sc) => {
      const s = results[p][sc.key];
      const what = sc.key === 'aa' ? 'false alarm' : 'detected';
      return [p, sc.label, s.runs, what, pctText(s.fired), s.medianS, s.p90S];
    }),
  );
  console.log(
    `health-gate: ${CANARY_RPS}+${BASELINE_RPS} req/s, baseline error rate ${BASELINE_ERROR_RATE * 100}%, ${HORIZON_S / 60} min, look every 1 s; ` +
      `CountJudge alpha ${ALPHA}, RATIO_GRID ${RATIO_GRID.low}–${RATIO_GRID.high} × ${RATIO_GRID.points}${opts.quick ? ' (quick)' : ''}`,
  );
  console.log(
    table(
      ['policy', 'scenario', 'runs', 'measure', 'share within 30 min', 'median s', 'p90 s'],
      rows,
    ),
  );

  const g = results.glidepath;
  const o = results.oracle;
  const gap = (k: 'x2' | 'x4') =>
    g[k].medianS !== null && o[k].medianS !== null ? round(g[k].medianS - o[k].medianS, 1) : null;
  console.log(
    `\nGlidepath − oracle median time to detect: 2× ${secText(gap('x2'))} s, 4× ${secText(gap('x4'))} s`,
  );
  const faCi = wilson(g.aa.fired, g.aa.runs);
  console.log(
    `Glidepath A/A false alarms ${pctText(g.aa.fired)} (95% CI ${pctText(faCi[0])}–${pctText(faCi[1])})`,
  );

  const passTimes = aaPass.filter((d): d is number => d !== null).sort((a, b) => a - b);
  const pass = {
    passed: round(passTimes.length / Math.max(1, aaPass.length), 4),
    neverPassed: aaPass.length - passTimes.length,
    medianS: passTimes.length ? round(median(passTimes), 1) : null,
    p90S: passTimes.length ? quantile(passTimes, 0.9) : null,
  };
  console.log(
    `Glidepath A/A time to 'pass' (informational): median ${secText(pass.medianS)} s, p90 ${secText(pass.p90S)} s; ${pass.neverPassed} of ${aaPass.length} runs never passed within 30 min`,
  );

  const met = {
    falseAlarm: g.aa.fired <= TARGETS.falseAlarmMax,
    x4Median: g.x4.medianS !== null && g.x4.medianS <= TARGETS.x4MedianMaxS,
    x4P90: g.x4.p90S !== null && g.x4.p90S <= TARGETS.x4P90MaxS,
    x2Detect: g.x2.fired >= TARGETS.x2DetectMin,
    x2Median: g.x2.medianS !== null && g.x2.medianS <= TARGETS.x2MedianMaxS,
  };
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  console.log('\nTargets (Glidepath):');
  console.log(
    `  false alarms ${pctText(g.aa.fired)} ≤ ${pctText(TARGETS.falseAlarmMax)}: ${verdict(met.falseAlarm)}`,
  );
  console.log(
    `  4× median ${secText(g.x4.medianS)} s ≤ ${TARGETS.x4MedianMaxS} s: ${verdict(met.x4Median)} (oracle ${secText(o.x4.medianS)} s)`,
  );
  console.log(
    `  4× p90 ${secText(g.x4.p90S)} s ≤ ${TARGETS.x4P90MaxS} s: ${verdict(met.x4P90)} (oracle ${secText(o.x4.p90S)} s)`,
  );
  console.log(
    `  2× detected ${pctText(g.x2.fired)} ≥ ${pctText(TARGETS.x2DetectMin)}: ${verdict(met.x2Detect)} (oracle ${pctText(o.x2.fired)})`,
  );
  console.log(
    `  2× median ${secText(g.x2.medianS)} s ≤ ${TARGETS.x2MedianMaxS} s: ${verdict(met.x2Median)} (oracle ${secText(o.x2.medianS)} s)`,
  );

  const perPolicy = (p: Policy) => ({
    falseAlarm: results[p].aa.fired,
    aa: { medianS: results[p].aa.medianS, p90S: results[p].aa.p90S },
    x2: { detected: results[p].x2.fired, medianS: results[p].x2.medianS, p90S: results[p].x2.p90S },
    x4: { detected: results[p].x4.fired, medianS: results[p].x4.medianS, p90S: results[p].x4.p90S },
  });
  return {
    bench: 'health-gate',
    quick: opts.quick,
    runs: Object.fromEntries(scenarios.map((sc) => [sc.key, sc.runs])),
    ratioGrid: RATIO_GRID,
    glidepath: { ...perPolicy('glidepath'), falseAlarmCi95: faCi, aaPass: pass },
    flagger: perPolicy('flagger'),
    argo: perPolicy('argo'),
    oracle: { ...perPolicy('oracle'), aaRho: 4, gapMedianS: { x2: gap('x2'), x4: gap('x4') } },
    targets: TARGETS,
    met,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
