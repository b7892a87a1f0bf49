// Health-gate decision rule against today's canary engines, on the same simulated traffic,
// scored on the FIRST decision a user would act on (the gate stops there).
//
// Traffic (from issue 16): 100 req/s in all, 10% to the canary, baseline error rate 0.5%, a
// 30-minute horizon, one look per second. Each second's request counts are Poisson(10) (canary)
// and Poisson(90) (baseline). Scenarios, each with its own seeds:
//
//   aa        A/A, independent errors (Binomial per second)
//   drift     A/A, both rates drifting together: 0.25% → 1% over 30 min, ±50% in 5-minute waves
//   clump5    A/A, errors in clumps of 5 within one group: a clump starts at a request with
//             chance p/5 and fails the next 5 requests of that group (a bad pod, a retry storm)
//   clump20   the same with clumps of 20 (2 s of the canary's traffic)
//   shared    A/A, independent errors plus blips shared by both groups: a blip starts in a second
//             with chance 0.5% and for 3 s fails each request of either group with chance 30%
//   tol       canary at exactly the tolerance, 1.5× the baseline (a pass here is a false pass)
//   x2, x4    canary 2× and 4× the baseline (independent errors)
//
// Policies, all fed the same per-second data:
//   glidepath    CountJudge from src/core/gate/judge.ts with a baseline, latency off, max-error-rate
//                5%, tolerance 1.5, min-samples 100, alpha 0.01: the real code path, verdict()
//                after every 1 s batch; the first pass or fail is the decision.
//   flagger      1-minute checks, each failing if the canary's success rate < 99% (no canary
//                requests = failed); a failed-check counter that never resets; rollback at 5.
//   argo         5-minute measurements failing if the canary's success rate < 99%; abort when
//                failed measurements > failureLimit 3, i.e. on the 4th.
//   fail oracle  SPRT of ρ = true ratio against ρ = 1 on the conditional binomial split of each
//                second's errors (ρ = 4 on A/A scenarios, to count its false alarms).
//   pass oracle  SPRT of ρ = 1 against ρ = tolerance on the same data (knows the canary is healthy).
// Flagger, Argo and the fail oracle only fail (they pass at the end of the horizon).
//
// Run: npm run bench -- health-gate [--quick]
import { CountJudge, RATIO_GRID, BLOCK, type JudgeSettings } from '../src/core/gate/judge.js';
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
const TOLERANCE = 1.5;
const SETTINGS: JudgeSettings = {
  alpha: ALPHA,
  maxErrorRate: 0.05,
  tolerance: TOLERANCE,
  minSamples: 100,
  latency: false,
};

const FLAGGER = { windowS: 60, minSuccess: 0.99, threshold: 5 };
const ARGO = { windowS: 300, minSuccess: 0.99, failureLimit: 3 };

export const TARGETS = {
  /** In every A/A scenario, clumps included. */
  falseAlarmMax: 0.01,
  /** Canary at the tolerance (1.5×) passed. */
  falsePassMax: 0.01,
  /** 4× median time to fail ÷ the fail oracle's. */
  x4MedianVsOracleMax: 1.3,
  /** 2× failed as the first decision within 30 min. */
  x2DetectMin: 0.99,
  /** Healthy (A/A) median time to pass ÷ the pass oracle's. */
  passMedianVsOracleMax: 1.3,
};

type Key = 'aa' | 'drift' | 'clump5' | 'clump20' | 'shared' | 'tol' | 'tolClump5' | 'x2' | 'x4';
interface Scenario {
  key: Key;
  label: string;
  /** Canary error rate ÷ baseline error rate. */
  ratio: number;
  /** A/A: a fail is a false alarm. */
  healthy: boolean;
  traffic: TrafficShape;
  runs: number;
}

interface TrafficShape {
  /** Errors come in clumps of this many consecutive requests of one group (1: independent). */
  clump?: number;
  /** Both rates drift together. */
  drift?: boolean;
  /** Blips shared by both groups. */
  shared?: boolean;
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
/** The first decision: what and when (null: none within the horizon). */
type Decision = { state: 'pass' | 'fail'; t: number } | null;

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

/** Errors of one group in one second when errors come in clumps of `k` consecutive requests. */
class Clumps {
  private remaining = 0;
  constructor(private readonly k: number) {}
  errors(n: number, p: number, u: () => number): number {
    const carried = Math.min(this.remaining, n);
    this.remaining -= carried;
    const free = n - carried;
    const starts = binomial(free, p / this.k, u());
    const fresh = starts * this.k;
    const now = Math.min(fresh, free);
    this.remaining += fresh - now;
    return carried + now;
  }
}

const BLIP = { startChance: 0.005, seconds: 3, failChance: 0.3 };

export function simulate(
  seed: number,
  canaryErrorRate: number,
  shape: TrafficShape = {},
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
  const k = shape.clump ?? 1;
  const canaryClumps = new Clumps(k);
  const baselineClumps = new Clumps(k);
  let blipLeft = 0;
  for (let i = 0; i < seconds; i++) {
    const nc = fromCdf(CANARY_CDF, next());
    const nb = fromCdf(BASELINE_CDF, next());
    const f = shape.drift
      ? (0.5 + (1.5 * i) / seconds) * (1 + 0.5 * Math.sin((2 * Math.PI * i) / 300))
      : 1;
    const pc = canaryErrorRate * f;
    const pb = baselineErrorRate * f;
    t.canaryRequests[i] = nc;
    t.baselineRequests[i] = nb;
    let ec: number;
    let eb: number;
    if (k > 1) {
      ec = canaryClumps.errors(nc, pc, next);
      eb = baselineClumps.errors(nb, pb, next);
    } else {
      ec = binomial(nc, pc, next());
      eb = binomial(nb, pb, next());
    }
    if (shape.shared) {
      if (blipLeft === 0 && next() < BLIP.startChance) blipLeft = BLIP.seconds;
      if (blipLeft > 0) {
        blipLeft -= 1;
        ec += binomial(nc - ec, BLIP.failChance, next());
        eb += binomial(nb - eb, BLIP.failChance, next());
      }
    }
    t.canaryErrors[i] = ec;
    t.baselineErrors[i] = eb;
  }
  return t;
}

// ---------------------------------------------------------------------------------------------
// Policies

/** Glidepath: the real CountJudge, verdict() after every 1-second batch; its first decision. */
export function glidepath(t: Traffic): Decision {
  const judge = new CountJudge(SETTINGS, true);
  const canary = { requests: 0, errors: 0, slow: 0 };
  const baseline = { requests: 0, errors: 0, slow: 0 };
  for (let i = 0; i < t.canaryRequests.length; i++) {
    canary.requests = t.canaryRequests[i] as number;
    canary.errors = t.canaryErrors[i] as number;
    baseline.requests = t.baselineRequests[i] as number;
    baseline.errors = t.baselineErrors[i] as number;
    judge.add(canary, baseline, (i + 1) * 1000);
    const last = i === t.canaryRequests.length - 1;
    const state = judge.verdict({ final: last }).state;
    if (state !== 'continue') return { state, t: i + 1 };
  }
  return null;
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

/**
 * SPRT of ρ = `alt` against ρ = `null0` on the canary's share of each second's errors; stops when
 * the log likelihood ratio reaches ln(1/alpha). alt > null0: the fail oracle; alt < null0: the
 * pass oracle.
 */
export function oracle(t: Traffic, alt: number, null0 = 1, alpha = ALPHA): Detection {
  const threshold = Math.log(1 / alpha);
  let logLR = 0;
  for (let i = 0; i < t.canaryRequests.length; i++) {
    const nc = t.canaryRequests[i] as number;
    const nb = t.baselineRequests[i] as number;
    const ec = t.canaryErrors[i] as number;
    const eb = t.baselineErrors[i] as number;
    if (nc <= 0 || nb <= 0 || ec + eb === 0) continue;
    const share = nc / (nc + nb);
    const p1 = (alt * share) / (alt * share + 1 - share);
    const p0 = (null0 * share) / (null0 * share + 1 - share);
    logLR += ec * Math.log(p1 / p0) + eb * Math.log((1 - p1) / (1 - p0));
    if (logLR >= threshold) return i + 1;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Summaries

interface Summary {
  runs: number;
  /** Share of runs whose first decision was this, within the horizon. */
  share: number;
  ci95: [number, number];
  medianS: number | null;
  p90S: number | null;
}

function summarise(times: readonly Detection[], runs: number): Summary {
  const sorted = times.filter((d): d is number => d !== null).sort((a, b) => a - b);
  const share = sorted.length / Math.max(1, runs);
  return {
    runs,
    share: round(share, 4),
    ci95: wilson(share, runs),
    medianS: sorted.length ? round(median(sorted), 1) : null,
    p90S: sorted.length ? quantile(sorted, 0.9) : null,
  };
}

/** Wilson score interval (95%) for a proportion. */
function wilson(share: number, n: number): [number, number] {
  const z = 1.96;
  const denom = 1 + (z * z) / n;
  const centre = (share + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n))) / denom;
  return [round(Math.max(0, centre - half), 4), round(Math.min(1, centre + half), 4)];
}

const pctText = (share: number) => `${(share * 100).toFixed(2)}%`;
const secText = (s: number | null) => (s === null ? 'n/a' : String(s));
const ciText = (s: Summary) => `${pctText(s.share)} [${pctText(s.ci95[0])}, ${pctText(s.ci95[1])}]`;

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const aaRuns = opts.quick ? 300 : 2000;
  const runs = opts.quick ? 200 : 1000;
  const scenarios: Scenario[] = [
    { key: 'aa', label: 'A/A', ratio: 1, healthy: true, traffic: {}, runs: aaRuns },
    {
      key: 'drift',
      label: 'A/A drifting',
      ratio: 1,
      healthy: true,
      traffic: { drift: true },
      runs,
    },
    { key: 'clump5', label: 'A/A clumps 5', ratio: 1, healthy: true, traffic: { clump: 5 }, runs },
    {
      key: 'clump20',
      label: 'A/A clumps 20',
      ratio: 1,
      healthy: true,
      traffic: { clump: 20 },
      runs,
    },
    {
      key: 'shared',
      label: 'A/A shared blips',
      ratio: 1,
      healthy: true,
      traffic: { shared: true },
      runs,
    },
    { key: 'tol', label: '1.5× (tolerance)', ratio: TOLERANCE, healthy: false, traffic: {}, runs },
    {
      key: 'tolClump5',
      label: '1.5×, clumps 5',
      ratio: TOLERANCE,
      healthy: false,
      traffic: { clump: 5 },
      runs,
    },
    { key: 'x2', label: '2×', ratio: 2, healthy: false, traffic: {}, runs },
    { key: 'x4', label: '4×', ratio: 4, healthy: false, traffic: {}, runs },
  ];
  type Row = {
    fail: Summary;
    pass: Summary;
    flagger: Summary;
    argo: Summary;
    failOracle: Summary;
    passOracle: Summary;
  };
  const results = {} as Record<Key, Row>;
  for (const sc of scenarios) {
    const fail: Detection[] = [];
    const pass: Detection[] = [];
    const fl: Detection[] = [];
    const ar: Detection[] = [];
    const fo: Detection[] = [];
    const po: Detection[] = [];
    for (let run = 0; run < sc.runs; run++) {
      const traffic = simulate(runSeed(sc.key, run), BASELINE_ERROR_RATE * sc.ratio, sc.traffic);
      const d = glidepath(traffic);
      fail.push(d?.state === 'fail' ? d.t : null);
      pass.push(d?.state === 'pass' ? d.t : null);
      fl.push(flagger(traffic));
      ar.push(argo(traffic));
      fo.push(oracle(traffic, sc.healthy ? 4 : sc.ratio));
      po.push(oracle(traffic, 1, TOLERANCE));
    }
    results[sc.key] = {
      fail: summarise(fail, sc.runs),
      pass: summarise(pass, sc.runs),
      flagger: summarise(fl, sc.runs),
      argo: summarise(ar, sc.runs),
      failOracle: summarise(fo, sc.runs),
      passOracle: summarise(po, sc.runs),
    };
  }

  console.log(
    `health-gate: ${CANARY_RPS}+${BASELINE_RPS} req/s, baseline error rate ${BASELINE_ERROR_RATE * 100}%, ${HORIZON_S / 60} min, look every 1 s; ` +
      `CountJudge alpha ${ALPHA}, tolerance ${TOLERANCE}, fail grid ${RATIO_GRID.low}–${RATIO_GRID.high} × ${RATIO_GRID.points}, blocks ${BLOCK.minMs / 1000}–${BLOCK.maxMs / 1000} s; first decision scored${opts.quick ? ' (quick)' : ''}`,
  );
  const rows = scenarios.flatMap((sc) => {
    const r = results[sc.key];
    const cell = (s: Summary) => `${pctText(s.share)} (median ${secText(s.medianS)} s)`;
    return [
      [sc.label, sc.runs, 'glidepath', cell(r.fail), cell(r.pass)],
      [sc.label, sc.runs, 'flagger', cell(r.flagger), '—'],
      [sc.label, sc.runs, 'argo', cell(r.argo), '—'],
      [sc.label, sc.runs, 'fail oracle', cell(r.failOracle), '—'],
      [sc.label, sc.runs, 'pass oracle', '—', cell(r.passOracle)],
    ];
  });
  console.log(
    table(['scenario', 'runs', 'policy', 'first decision fail', 'first decision pass'], rows),
  );

  const g = (k: Key) => results[k];
  const ratioOf = (a: number | null, b: number | null) =>
    a !== null && b !== null && b > 0 ? round(a / b, 3) : null;
  const aaKeys: Key[] = ['aa', 'drift', 'clump5', 'clump20', 'shared'];
  const falseAlarms = Object.fromEntries(
    aaKeys.map((k) => [k, { share: g(k).fail.share, ci95: g(k).fail.ci95 }]),
  );
  const x4Ratio = ratioOf(g('x4').fail.medianS, g('x4').failOracle.medianS);
  const passRatio = ratioOf(g('aa').pass.medianS, g('aa').passOracle.medianS);
  const met = {
    falseAlarms: aaKeys.every((k) => g(k).fail.share <= TARGETS.falseAlarmMax),
    falsePass:
      g('tol').pass.share <= TARGETS.falsePassMax &&
      g('tolClump5').pass.share <= TARGETS.falsePassMax,
    x4Median: x4Ratio !== null && x4Ratio <= TARGETS.x4MedianVsOracleMax,
    x2Detect: g('x2').fail.share >= TARGETS.x2DetectMin,
    passMedian: passRatio !== null && passRatio <= TARGETS.passMedianVsOracleMax,
  };
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  console.log('\nTargets (Glidepath, first decision, 95% Wilson intervals):');
  for (const k of aaKeys)
    console.log(
      `  ${scenarios.find((s) => s.key === k)?.label}: false alarms ${ciText(g(k).fail)} ≤ ${pctText(TARGETS.falseAlarmMax)}: ${verdict(g(k).fail.share <= TARGETS.falseAlarmMax)} (flagger ${pctText(g(k).flagger.share)}, argo ${pctText(g(k).argo.share)})`,
    );
  console.log(
    `  1.5× false passes ${ciText(g('tol').pass)}, with clumps of 5 ${ciText(g('tolClump5').pass)} ≤ ${pctText(TARGETS.falsePassMax)}: ${verdict(met.falsePass)}; 2× false passes ${ciText(g('x2').pass)}`,
  );
  console.log(
    `  4× median time to fail ${secText(g('x4').fail.medianS)} s = ${secText(x4Ratio)}× the fail oracle's ${secText(g('x4').failOracle.medianS)} s (≤ ${TARGETS.x4MedianVsOracleMax}×): ${verdict(met.x4Median)}`,
  );
  console.log(
    `  2× failed first ${ciText(g('x2').fail)} ≥ ${pctText(TARGETS.x2DetectMin)}: ${verdict(met.x2Detect)} (fail oracle ${pctText(g('x2').failOracle.share)}, median ${secText(g('x2').fail.medianS)} s vs ${secText(g('x2').failOracle.medianS)} s)`,
  );
  console.log(
    `  A/A median time to pass ${secText(g('aa').pass.medianS)} s = ${secText(passRatio)}× the pass oracle's ${secText(g('aa').passOracle.medianS)} s (≤ ${TARGETS.passMedianVsOracleMax}×): ${verdict(met.passMedian)}; passed within 30 min ${pctText(g('aa').pass.share)} vs the oracle's ${pctText(g('aa').passOracle.share)}`,
  );

  const policy = (pick: (r: Row) => Summary) =>
    Object.fromEntries(
      scenarios.map((sc) => {
        const s = pick(results[sc.key]);
        return [sc.key, { share: s.share, medianS: s.medianS, p90S: s.p90S }];
      }),
    );
  return {
    bench: 'health-gate',
    quick: opts.quick,
    runs: Object.fromEntries(scenarios.map((sc) => [sc.key, sc.runs])),
    ratioGrid: RATIO_GRID,
    block: BLOCK,
    glidepath: {
      falseAlarms,
      falsePass: {
        tol: g('tol').pass.share,
        tolCi95: g('tol').pass.ci95,
        tolClump5: g('tolClump5').pass.share,
        tolClump5Ci95: g('tolClump5').pass.ci95,
        x2: g('x2').pass.share,
      },
      x4: { medianS: g('x4').fail.medianS, p90S: g('x4').fail.p90S, vsOracle: x4Ratio },
      x2: { detected: g('x2').fail.share, ci95: g('x2').fail.ci95, medianS: g('x2').fail.medianS },
      aaPass: {
        passed: g('aa').pass.share,
        medianS: g('aa').pass.medianS,
        p90S: g('aa').pass.p90S,
        vsOracle: passRatio,
      },
      fail: policy((r) => r.fail),
      pass: policy((r) => r.pass),
    },
    flagger: policy((r) => r.flagger),
    argo: policy((r) => r.argo),
    failOracle: policy((r) => r.failOracle),
    passOracle: policy((r) => r.passOracle),
    targets: TARGETS,
    met,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
