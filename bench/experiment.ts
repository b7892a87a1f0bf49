// A/B experiment decision rule against the fixed-horizon test teams use, on simulated users.
//
// Traffic (issue 18): 1,000 visits/s split 50/50 by user, conversion rate 5% per visit on A, B's
// relative lift 0, +5%, +10% or +20%. Users arrive as a Poisson stream and visit 1 to 10 times
// (uniform), 5 s apart on average (exponential gaps), so a user's visits straddle many looks.
// Traffic shapes:
//   independent  every visit converts with the variant's rate (the textbook model)
//   users        each user has their own propensity, the rate × exp(σZ − σ²/2) with σ = 1:
//                conversions are correlated within a user (intraclass correlation ≈ 0.09)
//   drift        users, and the rate of both variants drifting ±50% in 60-second waves
// One look per second; the simulation aggregates per user per look (lab/experiment-traffic.ts).
//
// Policies, on the same looks:
//   glidepath  ExperimentAnalysis from src/core/experiment (alpha 0.05, minimum detectable lift
//              10%, per-user delta-method variance), read at every look; the first decision
//              stops it; no decision by its horizon (3× the fixed test's size) = none.
//   fixed      two-proportion z-test on visits (pooled, two-sided 5%), sized for +10% at 80%
//              power, checked once when the visits reach that size.
//   peeking    the same z-test checked at every look up to that size; first significant result.
//   oracle     Wald's SPRT of the true lift against none on the same estimate and variance (for
//              A/A it bets on ±10%, α/2 each side): what knowing the effect would buy.
//
// Run: npm run bench -- experiment [--quick]
import {
  ExperimentAnalysis,
  logRatioEstimate,
  normalQuantile,
} from '../src/core/experiment/index.js';
import { simulateUsers, type UserTraffic } from '../lab/experiment-traffic.js';
import { mulberry32, round, table } from './lib.js';

const ALPHA = 0.05;
const MDE = 0.1;
const RATE = 0.05;
const VISITS_PER_S = 1000;
const POWER = 0.8;

/** Visits per variant a fixed two-proportion z-test needs for `lift` at POWER (two-sided ALPHA). */
export function fixedSize(rate: number, lift: number): number {
  const p2 = rate * (1 + lift);
  const z = normalQuantile(1 - ALPHA / 2) + normalQuantile(POWER);
  return Math.ceil((z * z * (rate * (1 - rate) + p2 * (1 - p2))) / (p2 - rate) ** 2);
}
const FIXED_PER_ARM = fixedSize(RATE, MDE);
const FIXED_VISITS = 2 * FIXED_PER_ARM;
const HORIZON_FACTOR = 3;
const HORIZON_S = Math.ceil((HORIZON_FACTOR * FIXED_VISITS) / VISITS_PER_S) + 10;

export const TARGETS = {
  /** Glidepath's false winners on every A/A shape, looking every second. */
  falsePositiveMax: 0.05,
  /** Glidepath's power at +10% by the fixed test's planned size. */
  powerAtFixedMin: 0.8,
  /** Glidepath's mean visits to decision at +20% ÷ the fixed test's planned size. */
  visitsAt20VsFixedMax: 0.5,
};

type Shape = 'independent' | 'users' | 'drift';
const SHAPES: Record<Shape, Partial<UserTraffic>> = {
  independent: { userSigma: 0 },
  users: { userSigma: 1 },
  drift: { userSigma: 1, drift: (t) => 1 + 0.5 * Math.sin((2 * Math.PI * t) / 60) },
};

interface Outcome {
  winner: 'a' | 'b' | null;
  /** Total visits at the decision (or where the policy ended without one). */
  visits: number;
}

function zTest(a: { trials: number; value: number }, b: { trials: number; value: number }) {
  const pa = a.value / a.trials;
  const pb = b.value / b.trials;
  const pooled = (a.value + b.value) / (a.trials + b.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.trials + 1 / b.trials));
  return se > 0 ? (pb - pa) / se : 0;
}

function runOnce(traffic: UserTraffic, lift: number, seed: number) {
  const looks = simulateUsers(traffic, mulberry32(seed));
  const zc = normalQuantile(1 - ALPHA / 2);
  const analysis = new ExperimentAnalysis({ alpha: ALPHA, mde: MDE, minUnits: 200 });
  let glide: Outcome | null = null;
  let fixed: Outcome | null = null;
  let peek: Outcome | null = null;
  let oracle: Outcome | null = null;
  let glideByFixed = false;
  const oracleLifts = (lift === 0 ? [MDE, -MDE] : [lift]).map((l) => Math.log1p(l));
  const oracleThreshold = Math.log((lift === 0 ? 2 : 1) / ALPHA);
  const horizonVisits = HORIZON_FACTOR * FIXED_VISITS;
  for (const { a, b } of looks) {
    const visits = a.trials + b.trials;
    if (visits > horizonVisits) break;
    const pastFixed = visits >= FIXED_VISITS;
    if (!glide) {
      const v = analysis.update(a, b);
      if (v.state === 'decided') {
        glide = { winner: v.winner, visits };
        if (!pastFixed || fixed === null) glideByFixed = v.winner === 'b' || lift === 0;
      }
    }
    if (a.trials > 0 && b.trials > 0) {
      const z = zTest(a, b);
      if (!peek && fixed === null && Math.abs(z) > zc) peek = { winner: z > 0 ? 'b' : 'a', visits };
      if (pastFixed && fixed === null)
        fixed = { winner: Math.abs(z) > zc ? (z > 0 ? 'b' : 'a') : null, visits };
    }
    if (!oracle) {
      const est = logRatioEstimate(a, b);
      if (est && est.variance > 0) {
        const info = 1 / est.variance;
        const oracleLogLr = oracleLifts.map((d) => d * est.logRatio * info - (d * d * info) / 2);
        const hit = oracleLogLr.findIndex((l) => l >= oracleThreshold);
        if (hit >= 0) oracle = { winner: (oracleLifts[hit] as number) > 0 ? 'b' : 'a', visits };
      }
    }
  }
  const none = (visits: number): Outcome => ({ winner: null, visits });
  return {
    glidepath: glide ?? none(horizonVisits),
    glideByFixed: glide !== null && glideByFixed,
    fixed: fixed ?? none(FIXED_VISITS),
    peeking: peek ?? none(FIXED_VISITS),
    oracle: oracle ?? none(horizonVisits),
  };
}

interface Summary {
  /** Share of runs with B as the winner, and with A. */
  b: number;
  a: number;
  /** Mean total visits at the decision, undecided runs counted at the policy's end. */
  meanVisits: number;
}
function summarise(outcomes: Outcome[]): Summary {
  const n = outcomes.length;
  return {
    b: round(outcomes.filter((o) => o.winner === 'b').length / n, 4),
    a: round(outcomes.filter((o) => o.winner === 'a').length / n, 4),
    meanVisits: Math.round(outcomes.reduce((s, o) => s + o.visits, 0) / n),
  };
}

/** Wilson 95% interval for a share, for the false-positive lines. */
function wilson(p: number, n: number): [number, number] {
  const z = 1.96;
  const mid = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [round(Math.max(0, mid - half), 4), round(Math.min(1, mid + half), 4)];
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const started = Date.now();
  const runs = opts.quick ? 150 : 1000;
  const lifts = [0, 0.05, 0.1, 0.2];
  const cases: { shape: Shape; lift: number }[] = [
    ...lifts.map((lift) => ({ shape: 'independent' as Shape, lift })),
    ...lifts.map((lift) => ({ shape: 'users' as Shape, lift })),
    { shape: 'drift', lift: 0 },
    { shape: 'drift', lift: 0.1 },
  ];
  const results: Record<string, Record<string, Summary> & { glideByFixed: number }> = {};
  for (const c of cases) {
    const traffic: UserTraffic = {
      visitsPerSecond: VISITS_PER_S,
      rate: RATE,
      lift: c.lift,
      splitB: 0.5,
      maxVisits: 10,
      gapS: 5,
      userSigma: 0,
      lookS: 1,
      horizonS: HORIZON_S,
      ...SHAPES[c.shape],
    };
    const all = { glidepath: [], fixed: [], peeking: [], oracle: [] } as Record<string, Outcome[]>;
    let byFixed = 0;
    for (let run = 0; run < runs; run++) {
      const seed =
        (Math.imul(run + 1, 2654435761) ^ Math.round(c.lift * 1000) ^ (c.shape.length << 20)) >>> 0;
      const r = runOnce(traffic, c.lift, seed);
      for (const k of ['glidepath', 'fixed', 'peeking', 'oracle'] as const) all[k]?.push(r[k]);
      if (r.glideByFixed) byFixed += 1;
    }
    results[`${c.shape}|${c.lift}`] = {
      ...Object.fromEntries(Object.entries(all).map(([k, v]) => [k, summarise(v)])),
      glideByFixed: round(byFixed / runs, 4),
    } as Record<string, Summary> & { glideByFixed: number };
  }

  console.log(
    `experiment: ${VISITS_PER_S} visits/s split 50/50 by user, rate ${RATE * 100}% per visit, users visit 1–10 times 5 s apart; ` +
      `fixed z-test sized for +${MDE * 100}% at ${POWER * 100}% power = ${FIXED_PER_ARM} visits per variant (${FIXED_VISITS} in all, ${round(FIXED_VISITS / VISITS_PER_S, 1)} s); ` +
      `Glidepath alpha ${ALPHA}, MDE ${MDE * 100}%, horizon ${HORIZON_FACTOR}× that; ${runs} runs per case${opts.quick ? ' (quick)' : ''}`,
  );
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = cases.flatMap((c) => {
    const r = results[`${c.shape}|${c.lift}`] as Record<string, Summary> & { glideByFixed: number };
    return (['glidepath', 'fixed', 'peeking', 'oracle'] as const).map((k) => {
      const s = r[k] as Summary;
      return [
        c.shape,
        `+${c.lift * 100}%`,
        k,
        pct(s.b),
        pct(s.a),
        k === 'glidepath'
          ? pct(r.glideByFixed)
          : k === 'fixed'
            ? pct(c.lift === 0 ? s.a + s.b : s.b)
            : '—',
        s.meanVisits,
        round(s.meanVisits / FIXED_VISITS, 2),
      ];
    });
  });
  console.log(
    table(
      [
        'traffic',
        'lift',
        'policy',
        'B wins',
        'A wins',
        'by fixed size',
        'mean visits',
        '÷ fixed size',
      ],
      rows,
    ),
  );
  const get = (shape: Shape, lift: number) =>
    results[`${shape}|${lift}`] as Record<string, Summary> & { glideByFixed: number };
  const fp = (shape: Shape, k: string) => {
    const s = get(shape, 0)[k] as Summary;
    return round(s.a + s.b, 4);
  };
  const aaShapes: Shape[] = ['independent', 'users', 'drift'];
  const falsePositives = Object.fromEntries(
    aaShapes.map((s) => [
      s,
      {
        glidepath: fp(s, 'glidepath'),
        ci95: wilson(fp(s, 'glidepath'), runs),
        fixed: fp(s, 'fixed'),
        peeking: fp(s, 'peeking'),
        oracle: fp(s, 'oracle'),
      },
    ]),
  );
  const powerAtFixed = {
    independent: get('independent', 0.1).glideByFixed,
    users: get('users', 0.1).glideByFixed,
  };
  const powerAtHorizon = {
    independent: (get('independent', 0.1).glidepath as Summary).b,
    users: (get('users', 0.1).glidepath as Summary).b,
  };
  const visitsAt20 = {
    independent: round((get('independent', 0.2).glidepath as Summary).meanVisits / FIXED_VISITS, 3),
    users: round((get('users', 0.2).glidepath as Summary).meanVisits / FIXED_VISITS, 3),
  };
  const met = {
    falsePositives: aaShapes.every((s) => fp(s, 'glidepath') <= TARGETS.falsePositiveMax),
    powerAtFixed: powerAtFixed.independent >= TARGETS.powerAtFixedMin,
    visitsAt20:
      visitsAt20.independent <= TARGETS.visitsAt20VsFixedMax &&
      visitsAt20.users <= TARGETS.visitsAt20VsFixedMax,
  };
  const verdict = (ok: boolean) => (ok ? 'pass' : 'FAIL');
  console.log('\nTargets:');
  for (const s of aaShapes) {
    const f = falsePositives[s] as {
      glidepath: number;
      ci95: number[];
      peeking: number;
      fixed: number;
    };
    console.log(
      `  A/A ${s}: false winners ${pct(f.glidepath)} (95% ${pct(f.ci95[0] ?? 0)}–${pct(f.ci95[1] ?? 0)}) ≤ ${pct(TARGETS.falsePositiveMax)}: ${verdict(f.glidepath <= TARGETS.falsePositiveMax)}; peeking z-test ${pct(f.peeking)}, fixed z-test ${pct(f.fixed)}`,
    );
  }
  console.log(
    `  +10% power by the fixed size: independent ${pct(powerAtFixed.independent)}, users ${pct(powerAtFixed.users)} (≥ ${pct(TARGETS.powerAtFixedMin)}): ${verdict(met.powerAtFixed)}; by Glidepath's horizon: ${pct(powerAtHorizon.independent)}, ${pct(powerAtHorizon.users)}`,
  );
  console.log(
    `  +20% mean visits to decision ÷ fixed size: independent ${visitsAt20.independent}, users ${visitsAt20.users} (≤ ${TARGETS.visitsAt20VsFixedMax}): ${verdict(met.visitsAt20)}`,
  );
  return {
    bench: 'experiment',
    quick: opts.quick,
    runs,
    fixedVisits: FIXED_VISITS,
    horizonVisits: HORIZON_FACTOR * FIXED_VISITS,
    falsePositives,
    powerAtFixed,
    powerAtHorizon,
    visitsAt20,
    results,
    targets: TARGETS,
    met,
    seconds: round((Date.now() - started) / 1000, 1),
  };
}
