import { UserError } from '../runtime/index.js';
import { PollRetries, PROVIDER_RETRY, retryAfterMs } from './retry.js';

const TIMEOUT_MS = 10_000;

/** A failed attempt; a retry may carry the wait the server asked for (Retry-After). */
type Failure = { kind: 'retry' | 'invalid' | 'auth'; problem: string; waitMs?: number };
type Outcome<T> = { kind: 'value'; value: T | null } | Failure;

/** One series of an instant vector: its labels and [time, value]. */
interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/**
 * A small client for Prometheus' HTTP API (`/api/v1/query`). Transient errors are retried;
 * a query that keeps failing, or that Prometheus rejects as invalid, fails the gate with a
 * message naming it. An empty result is "no data yet", never a failure by itself.
 */
export class PrometheusClient {
  private readonly retries: PollRetries;

  /** `signal` (the runner's cancel) cuts a retry's wait short: the poll then gives no value. */
  constructor(
    private readonly base: URL,
    private readonly headers: Record<string, string> = {},
    signal?: AbortSignal,
  ) {
    this.retries = new PollRetries(signal);
  }

  /**
   * The query's value now (a scalar, or the sum of a vector), or at `at` (Unix seconds: queries
   * that must describe one instant), or with `range` the worst value of a range query over that
   * window (max or min over every series and point); null when there is no data. Refused
   * credentials (401, 403) and a query Prometheus rejects fail at once.
   */
  async scalar(
    query: string,
    range?: { ms: number; worst: 'max' | 'min' },
    at?: number,
  ): Promise<number | null> {
    return this.retried<number>(query, async () => {
      const outcome = await this.once(query, range, undefined, at);
      return outcome.kind === 'series' ? { kind: 'retry', problem: 'unexpected series' } : outcome;
    });
  }

  /**
   * A histogram's cumulative `_bucket` counters now, summed per upper bound (`le`, in seconds as
   * Prometheus names them) and returned in ms, +Inf as Infinity; null when there is no data.
   */
  async buckets(query: string): Promise<Map<number, number> | null> {
    return this.retried<Map<number, number>>(query, async () => {
      const outcome = await this.once(query, undefined, true);
      if (outcome.kind === 'value') return { kind: 'value', value: null };
      if (outcome.kind !== 'series') return outcome;
      const sums = new Map<number, number>();
      for (const s of outcome.series) {
        const le = s.metric.le;
        const bound = le === '+Inf' || le === 'Inf' ? Infinity : Number(le);
        if (le === undefined || Number.isNaN(bound))
          return {
            kind: 'invalid',
            problem: `it gives series without an le label (${JSON.stringify(s.metric)}); select a histogram's _bucket series, e.g. sum by (le) (http_request_duration_seconds_bucket{version="canary"})`,
          };
        const value = Number(s.value[1]);
        if (!Number.isFinite(value)) return { kind: 'value', value: null };
        const ms = bound === Infinity ? Infinity : bound * 1000;
        sums.set(ms, (sums.get(ms) ?? 0) + value);
      }
      if (sums.size === 0) return { kind: 'value', value: null };
      if (!sums.has(Infinity))
        return {
          kind: 'invalid',
          problem: 'it has no le="+Inf" bucket; select every bucket of the histogram',
        };
      return { kind: 'value', value: sums };
    });
  }

  /** One query through PROVIDER_RETRY's policy (PollRetries); a refused query or key fails at once. */
  private retried<T>(query: string, once: () => Promise<Outcome<T>>): Promise<T | null> {
    return this.retries.run<T>(
      query,
      async () => {
        const outcome = await once();
        if (outcome.kind === 'value') return { value: outcome.value as T };
        if (outcome.kind === 'invalid')
          throw new UserError(`Prometheus rejected the query '${query}': ${outcome.problem}`);
        if (outcome.kind === 'auth')
          throw new UserError(
            `Prometheus answered ${outcome.problem} to the query '${query}': the credentials were refused; check prometheus-headers (e.g. Authorization: Basic or Bearer from a secret)`,
          );
        return { retry: outcome.problem, waitMs: outcome.waitMs };
      },
      (polls, problem) =>
        new UserError(
          `Prometheus query '${query}' failed ${polls} polls in a row (${PROVIDER_RETRY.attempts} attempts each): ${problem}. Check prometheus-url and that Prometheus is up`,
        ),
    );
  }

  private async once(
    query: string,
    range?: { ms: number; worst: 'max' | 'min' },
    series?: true,
    at?: number,
  ): Promise<
    { kind: 'value'; value: number | null } | { kind: 'series'; series: VectorSample[] } | Failure
  > {
    const url = new URL(
      range ? 'api/v1/query_range' : 'api/v1/query',
      this.base.href.endsWith('/') ? this.base : `${this.base.href}/`,
    );
    url.searchParams.set('query', query);
    if (at !== undefined && !range) url.searchParams.set('time', at.toFixed(3));
    if (range) {
      const end = Date.now() / 1000;
      url.searchParams.set('start', (end - range.ms / 1000).toFixed(3));
      url.searchParams.set('end', end.toFixed(3));
      url.searchParams.set('step', `${Math.max(1, Math.round(range.ms / 1000 / 60))}s`);
    }
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', ...this.headers },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { kind: 'retry', problem: cause ?? (error as Error).message };
    }
    // A Prometheus behind basic auth (its web config, or a proxy) refuses at once: retrying cannot help.
    if (response.status === 401 || response.status === 403)
      return { kind: 'auth', problem: `${response.status} ${response.statusText}`.trim() };
    // Prometheus itself does not shed load, but what is in front of a managed one does (429, or 503
    // while it is overloaded), saying when to come back.
    const waitMs =
      response.status === 429 || response.status === 503
        ? retryAfterMs(response.headers)
        : undefined;
    let body: {
      status?: string;
      error?: string;
      errorType?: string;
      data?: { resultType?: string; result?: unknown };
    };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      return {
        kind: 'retry',
        problem: `HTTP ${response.status} with a body that is not JSON`,
        waitMs,
      };
    }
    if (response.status === 400 || body.errorType === 'bad_data')
      return { kind: 'invalid', problem: body.error ?? `HTTP ${response.status}` };
    if (!response.ok || body.status !== 'success')
      return { kind: 'retry', problem: body.error ?? `HTTP ${response.status}`, waitMs };
    const { resultType, result } = body.data ?? {};
    if (resultType === 'matrix' && range) {
      const values = (result as { values: [number, string][] }[])
        .flatMap((series) => series.values.map((v) => Number(v[1])))
        .filter((v) => Number.isFinite(v));
      if (values.length === 0) return { kind: 'value', value: null };
      return {
        kind: 'value',
        value: range.worst === 'max' ? Math.max(...values) : Math.min(...values),
      };
    }
    if (resultType === 'scalar')
      return { kind: 'value', value: Number((result as [number, string])[1]) };
    if (resultType === 'vector' && series)
      return { kind: 'series', series: result as VectorSample[] };
    if (series)
      return {
        kind: 'invalid',
        problem: `it returns a ${resultType}; use an instant query giving one series per bucket`,
      };
    if (resultType === 'vector') {
      const samples = result as { value: [number, string] }[];
      if (samples.length === 0) return { kind: 'value', value: null };
      const values = samples.map((s) => Number(s.value[1]));
      if (values.some((v) => !Number.isFinite(v))) return { kind: 'value', value: null };
      return { kind: 'value', value: values.reduce((a, b) => a + b, 0) };
    }
    return {
      kind: 'invalid',
      problem: `it returns a ${resultType}; use an instant query that gives a number or a vector`,
    };
  }
}
