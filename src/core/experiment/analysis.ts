import {
  logRatioEstimate,
  mixtureHalfWidth,
  mixtureLogE,
  type VariantTotals,
} from './sequential.js';

export interface ExperimentSettings {
  /** Chance of declaring a winner when A and B are equal, however often the analysis looks. */
  alpha: number;
  /** Minimum detectable relative lift (0.1 = 10%): tunes the mixture, stated before any data. */
  mde: number;
  /** Units of assignment per variant before anything is decided (the variance must settle). */
  minUnits: number;
}

export const EXPERIMENT_DEFAULTS = { alpha: 0.05, mde: 0.1, minUnits: 200 } as const;

/** One look's reading: the lift, its anytime-valid interval and the always-valid p-value. */
export interface LiftReading {
  units: { a: number; b: number };
  trials: { a: number; b: number };
  rate: { a: number; b: number };
  lift: number;
  lower: number;
  upper: number;
  /** Always-valid p-value against no difference: running minimum of 1/e. */
  pValue: number;
}

export type ExperimentVerdict =
  | { state: 'continue'; reading: LiftReading | null }
  | { state: 'decided'; winner: 'a' | 'b'; reading: LiftReading };

/**
 * The sequential analysis of one A/B experiment: fed cumulative per-variant totals at each look,
 * it answers `decided` the first time the lift's confidence sequence excludes 0 (B better: the
 * whole interval above 0). The caller stops there; at the planned horizon without a decision the
 * winner is `none`. The false-winner chance over all looks is at most α (asymptotically; see
 * sequential.ts for the assumptions).
 */
export class ExperimentAnalysis {
  private readonly tau: number;
  private minP = 1;
  readonly history: LiftReading[] = [];

  constructor(readonly settings: ExperimentSettings) {
    this.tau = Math.log(1 + settings.mde) ** 2;
  }

  /** Reads cumulative totals without recording them (used by tests and the bench's replay). */
  read(a: VariantTotals, b: VariantTotals): LiftReading | null {
    const est = logRatioEstimate(a, b);
    if (!est || !(est.variance > 0)) return null;
    const info = 1 / est.variance;
    const half = mixtureHalfWidth(info, this.tau, this.settings.alpha);
    const p = Math.min(1, Math.exp(-mixtureLogE(est.logRatio, info, this.tau)));
    this.minP = Math.min(this.minP, p);
    return {
      units: { a: a.units, b: b.units },
      trials: { a: a.trials, b: b.trials },
      rate: { a: est.rateA, b: est.rateB },
      lift: Math.expm1(est.logRatio),
      lower: Math.expm1(est.logRatio - half),
      upper: Math.expm1(est.logRatio + half),
      pValue: this.minP,
    };
  }

  update(a: VariantTotals, b: VariantTotals): ExperimentVerdict {
    const reading = this.read(a, b);
    if (!reading) return { state: 'continue', reading: null };
    this.history.push(reading);
    const ready =
      a.units >= this.settings.minUnits &&
      b.units >= this.settings.minUnits &&
      a.value > 0 &&
      b.value > 0;
    if (ready && reading.lower > 0) return { state: 'decided', winner: 'b', reading };
    if (ready && reading.upper < 0) return { state: 'decided', winner: 'a', reading };
    return { state: 'continue', reading };
  }
}
