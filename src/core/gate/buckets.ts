// From a provider's series to the buckets a judge is fed: complete, settled, each exactly once.
import type { SampleRange, Series } from './providers/types.js';

/** One bucket ready to judge: its start, width, and each query's value per group ('' = ungrouped). */
export interface Bucket {
  at: number;
  widthMs: number;
  values: Map<string, number>[];
}

/**
 * Where the gate is in a provider's time series. It asks only for buckets that began after the
 * gate started (a bucket straddling the start mixes in the version before) and that ended at
 * least `settleMs` ago (vendors revise their newest buckets as late data arrives), and feeds each
 * bucket once. A bucket none of the `needed` queries has is not fed; the cursor moves past it
 * only once a later bucket has data, so data arriving late (after a while of none) is still read.
 */
export class BucketCursor {
  /** Every bucket before this has been fed or passed over. */
  fedTo: number;
  /** Buckets passed over because a needed query had no value for them while later ones had. */
  gaps = 0;

  constructor(
    started: number,
    readonly stepMs: number,
    readonly settleMs: number,
  ) {
    this.fedTo = Math.ceil(started / stepMs) * stepMs;
  }

  /** The range to ask for at `now`, or null while no new bucket can be complete and settled. */
  range(now: number): SampleRange | null {
    const to = Math.floor((now - this.settleMs) / this.stepMs) * this.stepMs;
    return to > this.fedTo ? { from: this.fedTo, to, stepMs: this.stepMs } : null;
  }

  /**
   * The buckets to feed from each query's answer (in the order asked), oldest first, and moves
   * past them. `needed` are the queries a bucket must have a value from (the totals; a count
   * query with no point in a bucket counted nothing there, and reads as 0).
   */
  take(range: SampleRange, answers: readonly Series[][], needed: readonly number[]): Bucket[] {
    const widthMs = bucketWidth(answers, range.stepMs);
    const byAt = new Map<number, Map<string, number>[]>();
    answers.forEach((series, q) => {
      for (const s of series)
        for (const { at, value } of s.samples) {
          if (!Number.isFinite(value) || at < this.fedTo || at + widthMs > range.to) continue;
          let values = byAt.get(at);
          if (!values) byAt.set(at, (values = answers.map(() => new Map<string, number>())));
          const map = values[q] as Map<string, number>;
          const group = s.group ?? '';
          map.set(group, (map.get(group) ?? 0) + value);
        }
    });
    const complete = [...byAt.entries()]
      .filter(([, values]) => needed.every((q) => (values[q]?.size ?? 0) > 0))
      .sort((a, b) => a[0] - b[0]);
    const last = complete.at(-1);
    if (!last) return [];
    const before = Math.round((last[0] - this.fedTo) / widthMs);
    this.gaps += Math.max(0, before - (complete.length - 1));
    this.fedTo = last[0] + widthMs;
    return complete.map(([at, values]) => ({ at, widthMs, values }));
  }
}

/** The width of a provider's buckets: the closest spacing of its samples (a vendor may round the step up), at least the step asked. */
export function bucketWidth(answers: readonly Series[][], stepMs: number): number {
  let width = Infinity;
  for (const series of answers)
    for (const s of series)
      for (let i = 1; i < s.samples.length; i++) {
        const gap = (s.samples[i] as { at: number }).at - (s.samples[i - 1] as { at: number }).at;
        if (gap > 0) width = Math.min(width, gap);
      }
  return Number.isFinite(width) ? Math.max(width, stepMs) : stepMs;
}
