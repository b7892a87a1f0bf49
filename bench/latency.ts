// Relative latency: canary against baseline, judged on the same simulated traffic by Glidepath's
// anytime-valid test and by today's policies; the first decision of each run is scored.
//
// Traffic (issue 16): 100 requests/s in all, 10% to the canary (Poisson(10) and Poisson(90) per
// second), log-normal latencies with median 100 ms and σ 0.5, 1% of requests 10× slower (both
// groups); the canary's latencies multiplied by 1 + shift, shift 0, +10%, +25%, +50%; a 30-minute
// horizon, one look per second; every run seeded from (shift, run index).
//
//   glidepath  LatencyShift from src/core/gate/latency.ts with max-latency-increase 10%, judged by
//              latencyVerdict at the check's budget (fail at SHIFT_SHARE × α, pass at α; α 0.01), as
//              CountJudge does with max-latency-increase: the first pass or fail is the decision.
//   kayenta    Mann-Whitney U of canary vs baseline latencies per 5-minute window, two-sided at 98%
//              confidence, repeated every window for 30 minutes: fails at the first window where
//              the canary is significantly higher.
//   flagger    each 1-minute window whose canary p99 is above 1.1 × the baseline's p99 counts a
//              failed check; rollback at 5 (never reset).
//   histogram  the same test on Prometheus-style histograms (src/core/gate/binned.ts): each side's
//              requests counted per bucket and fed every 15 s (a scrape and poll interval), on the
//              client libraries' default buckets (5 ms … 10 s) and on exponential buckets 10% apart;
//              only a request's bucket is known.
//   oracle     SPRT of the true shift (+25% on the A/A runs, to count its false alarms) against 0
//              on the canary's log-latencies, knowing the baseline's distribution exactly (the
//              log-normal with its 1% slow tail): the information limit.
//
// Run: npm run bench -- latency [--quick]
import { BinnedShift } from '../src/core/gate/binned.js';
import { SHIFT_SHARE } from '../src/core/gate/judge.js';
import { LatencyShift, latencyVerdict } from '../src/core/gate/latency.js';
import { median, mulberry32, round, table } from './lib.js';

const HORIZON_S = 30 * 60;
const CANARY_RPS = 10;
const BASELINE_RPS = 90;
const MEDIAN_MS = 100;
const SIGMA = 0.5;
const SLOW = { share: 0.01, factor: 10 };
const ALPHA = 0.01;
const TOLERANCE = 0.1;
const KAYENTA = { windowS: 300, confidence: 0.98 };
const FLAGGER = { windowS: 60, factor: 1.1, threshold: 5 };
const POLL_S = 15;
/** Bucket layouts in ms: the client libraries' default buckets, and exponential ones 10% apart. */
const LAYOUTS = {
  default: [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
  exp10: Array.from({ length: 100 }, (_, i) => 1.1 ** i),
};
type Layout = keyof typeof LAYOUTS;

function bucketOf(edges: readonly number[], ms: number): number {
  let [lo, hi] = [0, edges.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms <= (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export const TARGETS = {
  falseAlarmMax: 0.01,
  /** +25% and +50%: median time to fail ÷ the oracle's. */
  medianVsOracleMax: 1.5,
  /** +10% failed within 30 minutes. */
  x10DetectMin: 0.95,
};

type Decision = { state: 'pass' | 'fail'; t: number } | null;

function quantile(sorted: number[], q: number): number {
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  ] as number;
}

function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function seedOf(key: string, run: number): number {
  let h = 0x2545f491;
  for (let i = 0; i < key.length; i++) h = mix32(h ^ key.charCodeAt(i));
  return mix32(h ^ mix32(run + 1));
}

/** Poisson by inversion (small means). */
function poisson(lambda: number, u: number): number {
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 10 * lambda + 50) {
    k += 1;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

class Source {
  private readonly next: () => number;
  private spare: number | null = null;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  normal(): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - this.next()));
    const a = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(a);
    return r * Math.cos(a);
  }
  latency(scale: number): number {
    const ms = MEDIAN_MS * scale * Math.exp(SIGMA * this.normal());
    return this.next() < SLOW.share ? ms * SLOW.factor : ms;
  }
  count(lambda: number): number {
    return poisson(lambda, this.next());
  }
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 through erf). */
function phi(z: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(z)) / Math.SQRT2);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp((-z * z) / 2);
  return z >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

/** Two-sided Mann-Whitney (normal approximation): is the canary significantly higher? */
function mannWhitneyHigher(canary: number[], baseline: number[], confidence: number): boolean {
  const n1 = canary.length;
  const n2 = baseline.length;
  if (n1 < 2 || n2 < 2) return false;
  const all = [...canary.map((v) => [v, 1] as const), ...baseline.map((v) => [v, 0] as const)];
  all.sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; i++)
    if ((all[i] as readonly [number, number])[1]) rankSum += i + 1;
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const sd = Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12);
  const z = (u - mean) / sd;
  const p = 2 * (1 - phi(Math.abs(z)));
  return p < 1 - confidence && z > 0;
}

/** log density of a log-latency under the baseline's law (log-normal with its slow tail) scaled by `scale`. */
function logDensity(logMs: number, scale: number): number {
  const mu = Math.log(MEDIAN_MS * scale);
  const a = (logMs - mu) / SIGMA;
  const b = (logMs - mu - Math.log(SLOW.factor)) / SIGMA;
  return Math.log((1 - SLOW.share) * Math.exp((-a * a) / 2) + SLOW.share * Math.exp((-b * b) / 2));
}

interface RunResult {
  glidepath: Decision;
  histogram: Record<Layout, Decision>;
  kayenta: number | null;
  flagger: number | null;
  oracle: number | null;
}

function runOnce(seed: number, shift: number, oracleShift: number): RunResult {
  const src = new Source(seed);
  const test = new LatencyShift(TOLERANCE, { interval: false });
  const out: RunResult = {
    glidepath: null,
    histogram: { default: null, exp10: null },
    kayenta: null,
    flagger: null,
    oracle: null,
  };
  const layouts = (Object.keys(LAYOUTS) as Layout[]).map((name) => {
    const edges = LAYOUTS[name];
    const empty = () => Array.from({ length: edges.length + 1 }, () => 0);
    return {
      name,
      edges,
      test: new BinnedShift(TOLERANCE, { interval: false }),
      c: empty(),
      b: empty(),
      empty,
    };
  });
  let kc: number[] = [];
  let kb: number[] = [];
  let fc: number[] = [];
  let fb: number[] = [];
  let flaggerFails = 0;
  let oracleLLR = 0;
  const threshold = Math.log(1 / ALPHA);
  for (let t = 1; t <= HORIZON_S; t++) {
    const nc = src.count(CANARY_RPS);
    const nb = src.count(BASELINE_RPS);
    const canary: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < nc; i++) canary.push(src.latency(1 + shift));
    for (let i = 0; i < nb; i++) baseline.push(src.latency(1));
    if (out.glidepath === null) {
      test.add(canary, baseline);
      const v = latencyVerdict(test, SHIFT_SHARE * ALPHA, ALPHA, ALPHA);
      if (v.state !== 'continue') out.glidepath = { state: v.state, t };
    }
    for (const h of layouts) {
      if (out.histogram[h.name] !== null) continue;
      for (const c of canary) h.c[bucketOf(h.edges, c)]! += 1;
      for (const b of baseline) h.b[bucketOf(h.edges, b)]! += 1;
      if (t % POLL_S !== 0) continue;
      h.test.addBins({ edges: h.edges, counts: h.c }, { edges: h.edges, counts: h.b });
      [h.c, h.b] = [h.empty(), h.empty()];
      const v = latencyVerdict(h.test, SHIFT_SHARE * ALPHA, ALPHA, ALPHA);
      if (v.state !== 'continue') out.histogram[h.name] = { state: v.state, t };
    }
    if (out.oracle === null) {
      for (const c of canary) {
        const l = Math.log(c);
        oracleLLR += logDensity(l, 1 + oracleShift) - logDensity(l, 1);
      }
      if (oracleLLR >= threshold) out.oracle = t;
    }
    if (out.kayenta === null) {
      kc.push(...canary);
      kb.push(...baseline);
      if (t % KAYENTA.windowS === 0) {
        if (mannWhitneyHigher(kc, kb, KAYENTA.confidence)) out.kayenta = t;
        kc = [];
        kb = [];
      }
    }
    if (out.flagger === null) {
      fc.push(...canary);
      fb.push(...baseline);
      if (t % FLAGGER.windowS === 0) {
        fc.sort((a, b) => a - b);
        fb.sort((a, b) => a - b);
        if (fc.length && fb.length && quantile(fc, 0.99) > FLAGGER.factor * quantile(fb, 0.99))
          flaggerFails += 1;
        if (flaggerFails >= FLAGGER.threshold) out.flagger = t;
        fc = [];
        fb = [];
      }
    }
    if (
      out.glidepath &&
      out.histogram.default &&
      out.histogram.exp10 &&
      out.oracle !== null &&
      out.kayenta !== null &&
      out.flagger !== null
    )
      break;
  }
  return out;
}

/**
 * What any bet on this score can do: for each shift, the growth per unit (one canary request
 * against its 9 baseline requests, as LatencyShift cuts a batch) of the best constant λ, chosen
 * knowing the truth, and the units that growth needs to reach the latency test's threshold
 * log(1 / (SHIFT_SHARE × α)); and the same with the baseline's distribution known (the canary
 * request's placement is its CDF). A bound for the test's speed before any cost of not knowing λ.
 */
function bestConstantBet(
  shift: number,
  perUnit: number,
  draws: number,
): { lambda: number; units: number } {
  const src = new Source(seedOf(`bound${shift}/${perUnit}`, 0));
  const xs: number[] = [];
  for (let i = 0; i < draws; i++) {
    const c = src.latency(1 + shift);
    if (perUnit === Infinity) {
      // The baseline known exactly: the canary request's placement is the baseline's CDF at it.
      const z = (Math.log(c) - Math.log(MEDIAN_MS)) / SIGMA;
      const cdf = (1 - SLOW.share) * phi(z) + SLOW.share * phi(z - Math.log(SLOW.factor) / SIGMA);
      xs.push(cdf - 0.5);
      continue;
    }
    let above = 0;
    for (let k = 0; k < perUnit; k++) above += c > src.latency(1) ? 1 : 0;
    xs.push(above / perUnit - 0.5);
  }
  let best = { lambda: 0, growth: 0 };
  for (let lambda = 0.05; lambda < 2; lambda += 0.05) {
    const growth = xs.reduce((a, x) => a + Math.log(1 + lambda * x), 0) / xs.length;
    if (growth > best.growth) best = { lambda, growth };
  }
  return {
    lambda: round(best.lambda, 2),
    units: Math.ceil(Math.log(1 / (SHIFT_SHARE * ALPHA)) / best.growth),
  };
}

interface Summary {
  share: number;
  ci95: [number, number];
  medianS: number | null;
  p90S: number | null;
}

function wilson(share: number, n: number): [number, number] {
  const z = 1.96;
  const denom = 1 + (z * z) / n;
  const centre = (share + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((share * (1 - share)) / n + (z * z) / (4 * n * n))) / denom;
  return [round(Math.max(0, centre - half), 4), round(Math.min(1, centre + half), 4)];
}

function summarise(times: (number | null)[]): Summary {
  const sorted = times.filter((t): t is number => t !== null).sort((a, b) => a - b);
  const share = sorted.length / Math.max(1, times.length);
  return {
    share: round(share, 4),
    ci95: wilson(share, times.length),
    medianS: sorted.length ? round(median(sorted), 1) : null,
    p90S: sorted.length ? quantile(sorted, 0.9) : null,
  };
}

const pctText = (x: number) => `${(x * 100).toFixed(2)}%`;
const secText = (s: number | null) => (s === null ? 'n/a' : String(s));

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const runs = opts.quick ? 150 : 1000;
  const shifts = [
    { key: 's0', shift: 0, oracle: 0.25 },
    { key: 's10', shift: 0.1, oracle: 0.1 },
    { key: 's25', shift: 0.25, oracle: 0.25 },
    { key: 's50', shift: 0.5, oracle: 0.5 },
  ];
  const results: Record<
    string,
    {
      fail: Summary;
      pass: Summary;
      histogram: Record<Layout, { fail: Summary; pass: Summary }>;
      kayenta: Summary;
      flagger: Summary;
      oracle: Summary;
    }
  > = {};
  for (const sc of shifts) {
    const fail: (number | null)[] = [];
    const pass: (number | null)[] = [];
    const kay: (number | null)[] = [];
    const fl: (number | null)[] = [];
    const or: (number | null)[] = [];
    const hist = { default: { fail: [], pass: [] }, exp10: { fail: [], pass: [] } } as Record<
      Layout,
      { fail: (number | null)[]; pass: (number | null)[] }
    >;
    for (let run = 0; run < runs; run++) {
      const r = runOnce(seedOf(sc.key, run), sc.shift, sc.oracle);
      fail.push(r.glidepath?.state === 'fail' ? r.glidepath.t : null);
      pass.push(r.glidepath?.state === 'pass' ? r.glidepath.t : null);
      for (const name of Object.keys(hist) as Layout[]) {
        const d = r.histogram[name];
        hist[name].fail.push(d?.state === 'fail' ? d.t : null);
        hist[name].pass.push(d?.state === 'pass' ? d.t : null);
      }
      kay.push(r.kayenta);
      fl.push(r.flagger);
      or.push(r.oracle);
    }
    results[sc.key] = {
      fail: summarise(fail),
      pass: summarise(pass),
      histogram: {
        default: { fail: summarise(hist.default.fail), pass: summarise(hist.default.pass) },
        exp10: { fail: summarise(hist.exp10.fail), pass: summarise(hist.exp10.pass) },
      },
      kayenta: summarise(kay),
      flagger: summarise(fl),
      oracle: summarise(or),
    };
  }
  console.log(
    `latency: ${CANARY_RPS}+${BASELINE_RPS} req/s, log-normal median ${MEDIAN_MS} ms σ ${SIGMA}, ${SLOW.share * 100}% ${SLOW.factor}× slower, ${HORIZON_S / 60} min, look every 1 s; ` +
      `Glidepath max-latency-increase ${TOLERANCE * 100}%, alpha ${ALPHA}; ${runs} runs per shift${opts.quick ? ' (quick)' : ''}`,
  );
  const cell = (s: Summary) => `${pctText(s.share)} (median ${secText(s.medianS)} s)`;
  console.log(
    table(
      ['shift', 'glidepath fail', 'glidepath pass', 'kayenta fail', 'flagger fail', 'oracle fail'],
      shifts.map((sc) => {
        const r = results[sc.key]!;
        return [
          `+${sc.shift * 100}%`,
          cell(r.fail),
          cell(r.pass),
          cell(r.kayenta),
          cell(r.flagger),
          cell(r.oracle),
        ];
      }),
    ),
  );
  console.log(
    `\nThe same test on histograms, fed every ${POLL_S} s (only each request's bucket known):`,
  );
  console.log(
    table(
      [
        'shift',
        'default buckets fail',
        'default buckets pass',
        '10% buckets fail',
        '10% buckets pass',
      ],
      shifts.map((sc) => {
        const h = results[sc.key]!.histogram;
        return [
          `+${sc.shift * 100}%`,
          cell(h.default.fail),
          cell(h.default.pass),
          cell(h.exp10.fail),
          cell(h.exp10.pass),
        ];
      }),
    ),
  );
  const r = (k: string) => results[k]!;
  const vs = (k: string) =>
    r(k).fail.medianS !== null && r(k).oracle.medianS
      ? round((r(k).fail.medianS as number) / (r(k).oracle.medianS as number), 3)
      : null;
  const met = {
    falseAlarm: r('s0').fail.share <= TARGETS.falseAlarmMax,
    x25Median: (vs('s25') ?? Infinity) <= TARGETS.medianVsOracleMax,
    x50Median: (vs('s50') ?? Infinity) <= TARGETS.medianVsOracleMax,
    x10Detect: r('s10').fail.share >= TARGETS.x10DetectMin,
    histogramFalseAlarm: (['default', 'exp10'] as Layout[]).every(
      (l) => r('s0').histogram[l].fail.share <= TARGETS.falseAlarmMax,
    ),
    histogramFalsePass: (['default', 'exp10'] as Layout[]).every(
      (l) => r('s10').histogram[l].pass.share <= TARGETS.falseAlarmMax,
    ),
  };
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  console.log('\nTargets (Glidepath, first decision, 95% Wilson intervals):');
  console.log(
    `  false alarms (shift 0) ${pctText(r('s0').fail.share)} [${pctText(r('s0').fail.ci95[0])}, ${pctText(r('s0').fail.ci95[1])}] ≤ ${pctText(TARGETS.falseAlarmMax)}: ${verdict(met.falseAlarm)} (kayenta-style, repeated every 5 min: ${pctText(r('s0').kayenta.share)}; flagger-style ${pctText(r('s0').flagger.share)}); passed ${pctText(r('s0').pass.share)}, median ${secText(r('s0').pass.medianS)} s`,
  );
  for (const k of ['s25', 's50'])
    console.log(
      `  ${k === 's25' ? '+25%' : '+50%'} median time to fail ${secText(r(k).fail.medianS)} s = ${secText(vs(k))}× the oracle's ${secText(r(k).oracle.medianS)} s (≤ ${TARGETS.medianVsOracleMax}×): ${verdict(k === 's25' ? met.x25Median : met.x50Median)}`,
    );
  console.log(
    `  +10% failed first within 30 min ${pctText(r('s10').fail.share)} ≥ ${pctText(TARGETS.x10DetectMin)}: ${verdict(met.x10Detect)} (median ${secText(r('s10').fail.medianS)} s; passed ${pctText(r('s10').pass.share)})`,
  );
  for (const l of ['default', 'exp10'] as Layout[]) {
    const h = (k: string) => r(k).histogram[l];
    console.log(
      `  histogram, ${l === 'default' ? 'default buckets' : 'buckets 10% apart'}: false alarms ${pctText(h('s0').fail.share)} [${pctText(h('s0').fail.ci95[0])}, ${pctText(h('s0').fail.ci95[1])}], false passes at +10% ${pctText(h('s10').pass.share)} (≤ ${pctText(TARGETS.falseAlarmMax)}: ${verdict(h('s0').fail.share <= TARGETS.falseAlarmMax && h('s10').pass.share <= TARGETS.falseAlarmMax)}); +25% failed in a median ${secText(h('s25').fail.medianS)} s; equal passed ${pctText(h('s0').pass.share)} (median ${secText(h('s0').pass.medianS)} s)`,
    );
  }
  const draws = opts.quick ? 5000 : 20000;
  const bound = Object.fromEntries(
    ['s25', 's50'].map((k) => {
      const shift = k === 's25' ? 0.25 : 0.5;
      const own = bestConstantBet(shift, BASELINE_RPS / CANARY_RPS, draws);
      const known = bestConstantBet(shift, Infinity, draws);
      return [k, { own, knownBaseline: known }];
    }),
  );
  for (const k of ['s25', 's50'] as const) {
    const b = bound[k] as {
      own: { lambda: number; units: number };
      knownBaseline: { units: number };
    };
    const oracle = r(k).oracle.medianS ?? NaN;
    console.log(
      `  bound at ${k === 's25' ? '+25%' : '+50%'}: the best constant bet (λ ${b.own.lambda}, chosen knowing the shift) needs ${b.own.units} units, ${secText(round(b.own.units / CANARY_RPS, 1))} s at ${CANARY_RPS} canary requests/s = ${secText(round(b.own.units / CANARY_RPS / oracle, 2))}× the oracle; with the baseline's distribution known ${b.knownBaseline.units} units = ${secText(round(b.knownBaseline.units / CANARY_RPS / oracle, 2))}×`,
    );
  }
  const pick = (f: (x: (typeof results)[string]) => Summary) =>
    Object.fromEntries(shifts.map((sc) => [sc.key, f(results[sc.key]!)]));
  return {
    bench: 'latency',
    quick: opts.quick,
    runs,
    glidepath: {
      fail: pick((x) => x.fail),
      pass: pick((x) => x.pass),
      vsOracle: { s25: vs('s25'), s50: vs('s50') },
      bestConstantBet: bound,
    },
    histogram: Object.fromEntries(
      (['default', 'exp10'] as Layout[]).map((l) => [
        l,
        { fail: pick((x) => x.histogram[l].fail), pass: pick((x) => x.histogram[l].pass) },
      ]),
    ),
    kayenta: pick((x) => x.kayenta),
    flagger: pick((x) => x.flagger),
    oracle: pick((x) => x.oracle),
    targets: TARGETS,
    met,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
