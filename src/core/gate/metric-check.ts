import { ConfigError, UserError } from '../runtime/index.js';
import { BucketCursor, type Bucket } from './buckets.js';
import type { MetricCheckConfig, MetricQuery } from './config.js';
import { CountJudge, type Counts, type JudgeSettings, type Verdict } from './judge.js';
import type { CheckReport } from './outcome.js';
import { providerSpec } from './providers/registry.js';
import {
  ProviderError,
  type MetricProvider,
  type SampleRange,
  type Series,
} from './providers/types.js';
import { PollRetries, PROVIDER_RETRY } from './retry.js';
import { countSide, evidence, holds, point, record, running, type Running } from './running.js';

/** Re-exported for the tests, which shorten its waits. */
export { PROVIDER_RETRY };

/** The provider of a metric check, loaded (an SDK only now, never to read inputs). */
export async function loadProvider(check: MetricCheckConfig): Promise<MetricProvider> {
  const spec = providerSpec(check.provider.kind);
  if (!spec) throw new Error(`no metric provider of kind ${check.provider.kind}`);
  return (await spec.load())(check.provider.settings);
}

/**
 * Before traffic moves: one query of each of the check's series over the last few buckets, so a
 * refused key, a malformed query or a field path that matches nothing in a real answer fails
 * naming its input while nothing has changed yet. A vendor that is only slow, rate-limited or
 * down is left to the gate's own retries: a preflight never fails on what may pass by itself.
 */
export async function preflightMetric(check: MetricCheckConfig, signal?: AbortSignal) {
  const client = await loadProvider(check);
  const now = Date.now();
  const range = { from: now - 5 * check.stepMs, to: now, stepMs: check.stepMs };
  for (const q of queriesOf(check)) {
    try {
      await client.query(q.text, range, signal ?? new AbortController().signal, q.side);
    } catch (error) {
      const refused = refusal(check, q, error);
      if (refused) throw refused; // a slow or rate-limited vendor is left to the gate's retries
    }
  }
}

/**
 * A metric check: every `intervalMs` it asks the provider for the buckets completed and settled
 * since the last it fed, and feeds each to the judge once: counts to a CountJudge (per group with
 * `groups: each`), or the worst value of each bucket against the threshold.
 */
export function startMetric(
  check: MetricCheckConfig,
  started: number,
  provider: MetricProvider | Promise<MetricProvider>,
  signal?: AbortSignal,
): Running {
  const m = check.measure;
  const queries = queriesOf(check);
  const needed = m.type === 'gauge' ? [0] : m.baseline ? [1, 3] : [1];
  const cursor = new BucketCursor(started, check.stepMs, check.settleMs);
  const judged =
    m.type === 'counts' ? new Groups(m.judge, m.baseline !== undefined, m.groups) : null;
  const values: number[] = [];
  let lastPoll = -Infinity;
  const retries = new PollRetries(signal);
  const ask = async (q: MetricQuery, range: SampleRange): Promise<Series[] | null> => {
    const client = await provider;
    return retries.run<Series[]>(
      q.label,
      async () => {
        try {
          return {
            value: await client.query(
              q.text,
              range,
              signal ?? new AbortController().signal,
              q.side,
            ),
          };
        } catch (caught) {
          const refused = refusal(check, q, caught);
          if (refused) throw refused;
          const error = caught as ProviderError; // a rate limit or an outage: retried
          return { retry: error.message, waitMs: error.retryAfterMs };
        }
      },
      (polls, problem) =>
        new UserError(
          `${check.name}: the ${check.provider.kind} query ${q.label} '${q.text}' failed ${polls} polls in a row (${PROVIDER_RETRY.attempts} attempts each): ${problem}`,
        ),
    );
  };
  return running(check, (self) => ({
    async tick(now) {
      if (now - lastPoll < check.intervalMs) return;
      lastPoll = now;
      const range = cursor.range(now);
      if (!range) return;
      const answers = await Promise.all(queries.map((q) => ask(q, range)));
      if (answers.some((a) => a === null)) return; // this poll failed through its retries
      const buckets = cursor.take(range, answers as Series[][], needed);
      for (const bucket of buckets) {
        if (self.verdict.state !== 'continue') break;
        if (judged) {
          judged.add(bucket, bucket.at + bucket.widthMs - started);
          record(self, judged, started, now);
        } else if (m.type === 'gauge') {
          self.verdict = gauge(m, bucket, values, queries[0] as MetricQuery);
          self.timeline.push(point(started, now, undefined, undefined, null));
        }
      }
    },
    final() {
      if (judged) self.verdict = judged.verdict({ final: true });
    },
    stop() {},
    report(): Partial<CheckReport> {
      const base = { bucketGaps: cursor.gaps, provider: check.provider.kind };
      if (!judged) return { ...base, values };
      return {
        ...base,
        canary: countSide(judged.canary),
        baseline: judged.hasBaseline ? countSide(judged.baseline) : undefined,
        evidence: judged.evidence(),
        ...(judged.mode === 'each' ? { groups: judged.summary() } : {}),
      };
    },
  }));
}

/** A rejected query: an input error naming the key that holds it, with the vendor's text. */
/** The series a check asks for: the gauge's query, or errors and total (and the baseline's). */
function queriesOf(check: MetricCheckConfig): MetricQuery[] {
  const m = check.measure;
  return m.type === 'gauge'
    ? [m.query]
    : [m.errors, m.total, ...(m.baseline ? [m.baseline.errors, m.baseline.total] : [])];
}

/**
 * What a failed query means at once: anything but a ProviderError as it is, a refused key or
 * query as the user's error naming it; undefined for what may pass by itself (rate limits, outages).
 */
function refusal(check: MetricCheckConfig, q: MetricQuery, error: unknown): unknown {
  if (!(error instanceof ProviderError)) return error;
  if (error.failure === 'auth') return new UserError(`${check.name}: ${error.message}`);
  if (error.failure === 'query') return queryError(check, q, error.message);
  return undefined;
}

function queryError(check: MetricCheckConfig, q: MetricQuery, message: string): UserError {
  const scoped = /^([a-z-]+)\[\d+\]\./.exec(q.label);
  const problem = `'${q.text}' was refused by ${check.provider.kind}: ${message}`;
  return scoped
    ? new ConfigError(scoped[1] as string, `${q.label} ${problem}`)
    : new ConfigError(q.label, problem);
}

/** One bucket's worst value (over its groups) against the threshold. */
function gauge(
  m: Extract<MetricCheckConfig['measure'], { type: 'gauge' }>,
  bucket: Bucket,
  values: number[],
  q: MetricQuery,
): Verdict {
  const high = m.operator.startsWith('<');
  let worst: [string, number] | undefined;
  for (const entry of bucket.values[0] ?? new Map<string, number>())
    if (!worst || (high ? entry[1] > worst[1] : entry[1] < worst[1])) worst = entry;
  if (!worst) return { state: 'continue' };
  const [group, value] = worst;
  values.push(value);
  const where = group ? ` for ${group}` : '';
  if (!holds(m.operator, value, m.threshold))
    return {
      state: 'fail',
      reason: `${q.text} = ${value}${where} in the bucket at ${new Date(bucket.at).toISOString()}, which breaks ${m.operator} ${m.threshold}`,
    };
  if (values.length >= m.minBuckets)
    return {
      state: 'pass',
      reason: `${q.text} held ${m.operator} ${m.threshold} over ${values.length} buckets (worst last ${value}${where})`,
    };
  return { state: 'continue' };
}

/**
 * Count judges: one over the sum of every group, or one per group (canary group g against the
 * baseline's group g, or against an ungrouped baseline). With `each`, α is split equally between
 * the groups of the first bucket with data; a group seen only later is reported, not judged (its
 * share of α was never set aside).
 */
class Groups {
  private readonly judges = new Map<string, CountJudge>();
  private readonly late = new Set<string>();
  readonly canary: Counts = { requests: 0, errors: 0, slow: 0 };
  readonly baseline: Counts = { requests: 0, errors: 0, slow: 0 };
  private share = 1;

  constructor(
    private readonly settings: JudgeSettings,
    readonly hasBaseline: boolean,
    readonly mode: 'sum' | 'each',
  ) {}

  add(bucket: Bucket, atMs: number): void {
    const [errors, total, baseErrors, baseTotal] = bucket.values as Map<string, number>[];
    const sum = (map?: Map<string, number>) =>
      [...(map ?? new Map()).values()].reduce((a, b) => a + b, 0);
    const counts = (e: number, t: number, label: string): Counts => {
      const c = { errors: Math.round(e), requests: Math.round(t), slow: 0 };
      if (c.errors > c.requests)
        throw new UserError(
          `${label}: the error query counted more than the total query in one bucket (${c.errors} > ${c.requests}): check that error-query counts a subset of total-query`,
        );
      return c;
    };
    const entries: [string, Counts, Counts | undefined][] = [];
    if (this.mode === 'sum') {
      entries.push([
        '',
        counts(sum(errors), sum(total), 'the canary'),
        this.hasBaseline ? counts(sum(baseErrors), sum(baseTotal), 'the baseline') : undefined,
      ]);
    } else {
      if (this.judges.size === 0) this.share = Math.max(1, total?.size ?? 1);
      const ungrouped = baseTotal && baseTotal.size === 1 && baseTotal.has('');
      for (const [group, t] of total ?? []) {
        const b = this.hasBaseline
          ? ungrouped
            ? counts(sum(baseErrors), sum(baseTotal), 'the baseline')
            : baseTotal?.has(group)
              ? counts(baseErrors?.get(group) ?? 0, baseTotal.get(group) as number, group)
              : undefined
          : undefined;
        if (this.hasBaseline && !b) continue; // no baseline for this group in this bucket
        entries.push([group, counts(errors?.get(group) ?? 0, t, group), b]);
      }
    }
    for (const [group, c, b] of entries) {
      addTo(this.canary, c);
      if (b) addTo(this.baseline, b);
      let judge = this.judges.get(group);
      if (!judge) {
        if (this.judges.size >= this.share) {
          this.late.add(group);
          continue;
        }
        judge = new CountJudge(
          { ...this.settings, alpha: this.settings.alpha / this.share },
          this.hasBaseline,
        );
        this.judges.set(group, judge);
      }
      judge.add(c, b, atMs);
    }
  }

  verdict(options: { final?: boolean } = {}): Verdict {
    const all = [...this.judges.entries()].map(([g, j]) => [g, j.verdict(options)] as const);
    if (all.length === 0) return { state: 'continue' };
    const named = (g: string, reason: string) => (g ? `${g}: ${reason}` : reason);
    const fail = all.find(([, v]) => v.state === 'fail');
    if (fail)
      return { state: 'fail', reason: named(fail[0], (fail[1] as { reason: string }).reason) };
    if (all.every(([, v]) => v.state === 'pass'))
      return {
        state: 'pass',
        reason: all.map(([g, v]) => named(g, (v as { reason: string }).reason)).join('; '),
      };
    return { state: 'continue' };
  }

  evidence(): CheckReport['evidence'] {
    return this.judges.size ? evidence(this.worst()[1]) : undefined;
  }

  /** The group whose canary looks worst (highest error rate), for the report. */
  worst(): [string, CountJudge] {
    const rate = (j: CountJudge) => (j.canary.requests ? j.canary.errors / j.canary.requests : 0);
    return [...this.judges.entries()].reduce((a, b) => (rate(b[1]) > rate(a[1]) ? b : a));
  }

  summary(): NonNullable<CheckReport['groups']> {
    const worst = this.judges.size ? this.worst()[0] : undefined;
    return [
      ...[...this.judges.entries()].map(([group, j]) => {
        const v = j.verdict();
        return {
          group,
          result: v.state === 'continue' ? ('inconclusive' as const) : v.state,
          errors: j.canary.errors,
          requests: j.canary.requests,
          worst: group === worst,
        };
      }),
      ...[...this.late].map((group) => ({
        group,
        result: 'not judged' as const,
        errors: 0,
        requests: 0,
        worst: false,
      })),
    ];
  }
}

function addTo(into: Counts, from: Counts): void {
  into.requests += from.requests;
  into.errors += from.errors;
}
