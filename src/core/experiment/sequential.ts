/**
 * The anytime-valid two-sided test behind `strategy: experiment`: a confidence sequence for the
 * relative lift of variant B over variant A, which may be read after every look.
 *
 * The unit is the unit of assignment (a user, a session): each unit brings a number of trials Nᵤ
 * (visits) and a total value Yᵤ (conversions, or revenue) over those trials. A variant's metric
 * is the ratio R = ΣY / ΣN (conversions per visit, revenue per visit); its variance comes from the
 * delta method on the per-unit sums, so the visits of one user may be as correlated as they like
 * (the units are assumed independent of each other). The test runs on the log rate ratio
 * θ = log(R_B / R_A), estimated with variance V from the delta method again (the lift is
 * e^θ − 1, its interval the image of θ's), and the boundary is the normal mixture of Robbins,
 * Howard et al. and Waudby-Smith et al. ("Time-uniform central limit theory and asymptotic
 * confidence sequences"): with information I = 1/V and a N(0, τ) mixture over lifts,
 *
 *   |θ̂ − θ| ≤ √( (1 + τI) / (τI²) · 2 log(√(1 + τI) / α) )  at every look at once,
 *
 * the same boundary as the mixture SPRT of Johari et al. ("Peeking at A/B tests", Optimizely's
 * Stats Engine) written as an interval. τ is log(1 + minimum detectable lift)²: the mixture
 * bets on lifts of about the size the team wants to detect, which makes the sequence tightest near the
 * information a fixed test for that lift would plan (τI ≈ 8 at α = 0.05). The guarantee is
 * asymptotic: it holds as the number of units grows, with the variance estimated from the data;
 * before `minUnits` units per variant (and a few events in each) nothing is decided.
 */

/** Per-variant sums over units of assignment: enough for the delta-method variance of ΣY/ΣN. */
export interface VariantTotals {
  /** Units of assignment seen (users). */
  units: number;
  /** Σ Nᵤ: trials (visits). */
  trials: number;
  /** Σ Yᵤ: successes (conversions) or value (revenue). */
  value: number;
  /** Σ Nᵤ². */
  trialsSq: number;
  /** Σ Yᵤ². */
  valueSq: number;
  /** Σ Nᵤ·Yᵤ. */
  cross: number;
}

/**
 * Totals when only visit and conversion counts are known: every visit its own unit. Valid only if
 * visits are independent, which within-user correlation breaks (the report says so).
 */
export function perTrialTotals(trials: number, successes: number): VariantTotals {
  return {
    units: trials,
    trials,
    value: successes,
    trialsSq: trials,
    valueSq: successes,
    cross: successes,
  };
}

export function emptyTotals(): VariantTotals {
  return { units: 0, trials: 0, value: 0, trialsSq: 0, valueSq: 0, cross: 0 };
}

/** A variant's ratio ΣY/ΣN and the delta-method variance of that estimate (null before any trial). */
export function ratioEstimate(t: VariantTotals): { rate: number; variance: number } | null {
  if (t.units < 2 || t.trials <= 0) return null;
  const m = t.units;
  const rate = t.value / t.trials;
  const meanN = t.trials / m;
  const meanY = t.value / m;
  // Sample (co)variances of the per-unit sums, (m − 1) in the denominator.
  const varN = (t.trialsSq - m * meanN * meanN) / (m - 1);
  const varY = (t.valueSq - m * meanY * meanY) / (m - 1);
  const cov = (t.cross - m * meanN * meanY) / (m - 1);
  const perUnit = varY - 2 * rate * cov + rate * rate * varN;
  return { rate, variance: Math.max(0, perUnit) / (m * meanN * meanN) };
}

/**
 * The log rate ratio log(R_B/R_A) and its delta-method variance Var R_B/R_B² + Var R_A/R_A²
 * (null while either variant has no successes). The test runs on this scale: symmetric in A and
 * B, so neither variant is favoured by a chance high rate early on; the lift is exp(·) − 1.
 */
export function logRatioEstimate(
  a: VariantTotals,
  b: VariantTotals,
): { logRatio: number; variance: number; rateA: number; rateB: number } | null {
  const ea = ratioEstimate(a);
  const eb = ratioEstimate(b);
  if (!ea || !eb || !(ea.rate > 0) || !(eb.rate > 0)) return null;
  return {
    logRatio: Math.log(eb.rate / ea.rate),
    variance: eb.variance / (eb.rate * eb.rate) + ea.variance / (ea.rate * ea.rate),
    rateA: ea.rate,
    rateB: eb.rate,
  };
}

/** Half-width of the normal-mixture confidence sequence at information `info` (1/variance). */
export function mixtureHalfWidth(info: number, tau: number, alpha: number): number {
  if (!(info > 0)) return Infinity;
  const ti = tau * info;
  return Math.sqrt(((1 + ti) / (ti * info)) * 2 * Math.log(Math.sqrt(1 + ti) / alpha));
}

/**
 * log of the mixture e-value against θ = 0: (1+τI)^(−½) · exp(τ S² / (2(1+τI))) with
 * S = θ̂·I. Its reciprocal (running minimum) is the always-valid p-value.
 */
export function mixtureLogE(estimate: number, info: number, tau: number): number {
  if (!(info > 0)) return 0;
  const s = estimate * info;
  return -0.5 * Math.log(1 + tau * info) + (tau * s * s) / (2 * (1 + tau * info));
}

/** The fixed-horizon half-width at the same information, for reports (what peeking would claim). */
export function fixedHalfWidth(info: number, alpha: number): number {
  return normalQuantile(1 - alpha / 2) / Math.sqrt(info);
}

/** Φ⁻¹(p) by Acklam's rational approximation (relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
    -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
    4.374664141464968, 2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}
