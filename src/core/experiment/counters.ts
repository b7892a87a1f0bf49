import { PrometheusClient } from '../gate/index.js';
import { UserError } from '../runtime/index.js';
import { perTrialTotals, type VariantTotals } from './sequential.js';

/**
 * A variant's counters as the service exposes them over HTTP JSON, counted over the experiment's
 * users (from the experiment's start):
 *
 *   { "users": 812, "visits": 4471, "value": 230,
 *     "visitsSq": 32101, "valueSq": 410, "visitsValue": 1733 }
 *
 * `value` is the conversions (or the revenue, for a mean per visit; `conversions` is accepted
 * for it); the last three are Σ per user of visits², value² and visits × value, which a service
 * keeps by adding 2n + 1 to visitsSq on a user's (n+1)-th visit, and so on. Without `users`
 * (and the sums) the counters are visits and conversions only: every visit is taken as its own
 * unit, which is valid only if visits are independent; `perUser` says which.
 */
export interface Counters {
  totals: VariantTotals;
  perUser: boolean;
}

const NUMBER = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Parses one answer; `where` names the input in messages. */
export function parseCounters(
  body: unknown,
  where: string,
  metric: 'conversion' | 'mean',
): Counters {
  const o = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const value = o.value ?? o.conversions;
  const fail = (what: string): never => {
    throw new UserError(
      `The counters at ${where} ${what}: answer JSON like {"users": 812, "visits": 4471, "value": 230, "visitsSq": 32101, "valueSq": 410, "visitsValue": 1733} (see docs/actions/canary-step.md)`,
    );
  };
  if (!NUMBER(o.visits) || !NUMBER(value)) return fail('have no numeric visits and value');
  const visits = o.visits as number;
  const v = value as number;
  if (metric === 'conversion' && v > visits)
    fail(`count more conversions (${v}) than visits (${visits})`);
  if (o.users === undefined) {
    if (metric === 'mean')
      fail('have no users and per-user sums, which a mean per visit needs for its variance');
    return { totals: perTrialTotals(visits, v), perUser: false };
  }
  for (const k of ['users', 'visitsSq', 'valueSq', 'visitsValue'])
    if (!NUMBER(o[k])) fail(`have users but no numeric ${k}`);
  return {
    totals: {
      units: o.users as number,
      trials: visits,
      value: v,
      trialsSq: o.visitsSq as number,
      valueSq: o.valueSq as number,
      cross: o.visitsValue as number,
    },
    perUser: true,
  };
}

/** Reads a variant's counters from its URL (5 s timeout). */
export async function fetchCounters(
  url: string,
  input: string,
  metric: 'conversion' | 'mean',
  signal?: AbortSignal,
): Promise<Counters> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: signal
        ? AbortSignal.any([signal, AbortSignal.timeout(5000)])
        : AbortSignal.timeout(5000),
    });
  } catch (error) {
    throw new UserError(
      `The counters at ${input} did not answer (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`,
    );
  }
  if (!response.ok)
    throw new UserError(`The counters at ${input} answered HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new UserError(`The counters at ${input} are not JSON`);
  }
  return parseCounters(body, input, metric);
}

/** The six per-variant sums, in the names the HTTP JSON and the Prometheus template use. */
export const COUNTER_FIELDS = [
  'users',
  'visits',
  'value',
  'visitsSq',
  'valueSq',
  'visitsValue',
] as const;

/**
 * A variant's counters from Prometheus: `template` is PromQL with `$variant` (a or b: a label
 * value, or part of a metric name for a query per variant) and `$field` (each of
 * COUNTER_FIELDS), e.g. `sum(checkout_experiment_$field{variant="$variant"})`. `scalar` runs one
 * instant query (null: no data). Null while the variant has no visits yet; without a users
 * series, visits and value only (every visit its own unit).
 */
export async function queryCounters(
  scalar: (query: string) => Promise<number | null>,
  template: string,
  variant: 'a' | 'b',
  metric: 'conversion' | 'mean',
): Promise<Counters | null> {
  const fill = (field: string) =>
    template.split('$variant').join(variant).split('$field').join(field);
  const values = await Promise.all(COUNTER_FIELDS.map((field) => scalar(fill(field))));
  const body: Record<string, number> = {};
  COUNTER_FIELDS.forEach((field, i) => {
    const v = values[i];
    if (v !== null && v !== undefined) body[field] = v;
  });
  if (body.visits === undefined) return null;
  if (body.users === undefined)
    for (const field of ['visitsSq', 'valueSq', 'visitsValue']) delete body[field];
  return parseCounters(body, `metric-query (variant ${variant})`, metric);
}

/** Where each variant's counters come from: HTTP JSON per variant, or a Prometheus template. */
export type CounterSource =
  | { kind: 'http'; a: string; b: string }
  | { kind: 'prometheus'; url: string; template: string; headers: Record<string, string> };

/** Both variants' counters at one look; a variant is null while it has no data yet. */
export type Snapshot = { a: Counters | null; b: Counters | null };

/**
 * The reader of one look's snapshot: A and B measured over the same interval. Over HTTP both
 * requests leave together (neither waits for the other's answer); from Prometheus all twelve
 * instant queries of a look are evaluated at the same `time`, so the six sums of a variant (and
 * the two variants) come from one instant even when the queries are answered at different
 * moments. `prometheus-headers` (masked) go with every query.
 */
export function snapshotReader(
  source: CounterSource,
  metric: 'conversion' | 'mean',
  signal?: AbortSignal,
): () => Promise<Snapshot> {
  if (source.kind === 'http')
    return async () => {
      const [a, b] = await Promise.all([
        fetchCounters(source.a, 'metric-a-url', metric, signal),
        fetchCounters(source.b, 'metric-b-url', metric, signal),
      ]);
      return { a, b };
    };
  const client = new PrometheusClient(new URL(source.url), source.headers, signal);
  return async () => {
    const at = Date.now() / 1000;
    const scalar = (query: string) => client.scalar(query, undefined, at);
    const [a, b] = await Promise.all([
      queryCounters(scalar, source.template, 'a', metric),
      queryCounters(scalar, source.template, 'b', metric),
    ]);
    return { a, b };
  };
}
