import { parseDuration } from '../../runtime/index.js';
import { PROVIDER_KEYS } from './keys.js';
import type { ProviderSpec } from './registry.js';
import { fail, QUERY_FIELDS, rawSettings, scopeKey, type QueryField } from './settings.js';

/**
 * One CloudWatch metric: what GetMetricData's `MetricStat` names. `period` in seconds; when
 * absent, the check's bucket width rounded up to a period CloudWatch allows.
 */
export interface CloudWatchMetric {
  namespace: string;
  metric: string;
  dimensions?: Record<string, string>;
  stat: string;
  period?: number;
}

/** A metric math expression (SEARCH, SUM(…), `100 * m1 / m2`…) and the metrics it names by id. */
export interface CloudWatchExpression {
  expression: string;
  period?: number;
  metrics?: Record<string, CloudWatchMetric>;
}

/** What the CloudWatch provider's `query()` takes, as JSON text (`cloudWatchQueryText`). */
export type CloudWatchQuery = CloudWatchMetric | CloudWatchExpression;

export const CLOUDWATCH_QUERY_FIELDS = QUERY_FIELDS;
export type CloudWatchQueryField = QueryField;

/** A `kind: cloudwatch` check's provider settings, validated. */
export interface CloudWatchCheck {
  kind: 'cloudwatch';
  region: string;
  /** Each query the check gives, as the provider's query text. */
  queries: Partial<Record<CloudWatchQueryField, string>>;
}

/** The regions of every AWS partition, as the SDK's partition table (`partitions.json`) matches them. */
const REGION =
  /^(?:(?:us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+|cn-\w+-\d+|us-gov-\w+-\d+|us-iso[bf]?-\w+-\d+|eu-isoe-\w+-\d+|eusc-de-\w+-\d+)$/;

/**
 * The statistics GetMetricData accepts: the five basic ones, percentiles (p99, p99.9), trimmed
 * and winsorized means, trimmed count and sum (tm90, TM(10%:90%), TC(:0.5)…), percentile rank
 * PR(…) and IQM.
 */
const STAT =
  /^(?:SampleCount|Average|Sum|Minimum|Maximum|IQM|p(?:100|\d{1,2}(?:\.\d+)?)|(?:tm|wm|tc|ts)(?:100|\d{1,2}(?:\.\d+)?)|(?:TM|WM|TC|TS|PR)\(\s*[-\d.]*%?\s*:\s*[-\d.]*%?\s*\))$/;
const STATS_VALID =
  'use SampleCount, Average, Sum, Minimum, Maximum, a percentile such as p99, a trimmed mean such as tm90 or TM(10%:90%), PR(:0.5) or IQM';

/** Metric math ids: a lower-case letter, then letters, digits and underscores. */
const ID = /^[a-z][A-Za-z0-9_]{0,254}$/;

/** Periods CloudWatch allows: 1, 5, 10 and 30 s (high resolution) or a multiple of 60 s. */
export function isCloudWatchPeriod(seconds: number): boolean {
  return (
    Number.isInteger(seconds) &&
    seconds > 0 &&
    ([1, 5, 10, 30].includes(seconds) || seconds % 60 === 0)
  );
}
const PERIODS_VALID =
  'use 1, 5, 10 or 30 seconds, or a multiple of 60 (e.g. 60 or 1m, 300 or 5m), in seconds or with a unit';

/** The smallest allowed period at least `ms` long: the gate's step rounded up to what CloudWatch allows. */
export function cloudWatchPeriodFor(ms: number): number {
  const s = Math.max(1, Math.ceil(ms / 1000));
  const small = [1, 5, 10, 30].find((p) => s <= p);
  return small ?? Math.ceil(s / 60) * 60;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${(text ?? String(value)).slice(0, 80)}'`;
}

/**
 * Reads a `kind: cloudwatch` check: its region (`aws-region`, else AWS_REGION, then
 * AWS_DEFAULT_REGION, as the SDK and configure-aws-credentials use them) and each query as a
 * metric map or a metric math expression. Every error names `${key}.<field>` and what is valid;
 * nothing is sent to AWS before the settings are whole. Another endpoint (a VPC endpoint, a
 * stand-in) is the SDK's own AWS_ENDPOINT_URL_CLOUDWATCH.
 */
export function parseCloudWatchCheck(
  raw: Record<string, unknown>,
  key: string,
  env: Record<string, string | undefined> = process.env,
): CloudWatchCheck {
  const regionRaw = raw['aws-region'] ?? (env['AWS_REGION'] || env['AWS_DEFAULT_REGION']);
  if (regionRaw === undefined || regionRaw === '')
    throw fail(
      key,
      'aws-region',
      'is missing (and neither AWS_REGION nor AWS_DEFAULT_REGION is set)',
      'give the AWS region of the metrics, e.g. us-east-1 or eu-west-1 (aws-actions/configure-aws-credentials sets AWS_REGION)',
    );
  const region = String(regionRaw).trim();
  if (!REGION.test(region))
    throw fail(
      key,
      'aws-region',
      `is ${show(regionRaw)}${raw['aws-region'] === undefined ? ` (from ${env['AWS_REGION'] ? 'AWS_REGION' : 'AWS_DEFAULT_REGION'})` : ''}, not an AWS region`,
      'give a region code such as us-east-1, eu-west-1, ap-southeast-2 or us-gov-west-1',
    );
  const queries: CloudWatchCheck['queries'] = {};
  for (const field of CLOUDWATCH_QUERY_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    queries[field] = cloudWatchQueryText(readQuery(value, key, field, undefined));
  }
  if (Object.keys(queries).length === 0)
    throw fail(
      key,
      'error-query',
      'is missing: a cloudwatch check needs a query',
      'give error-query and total-query (counts, e.g. HTTPCode_Target_5XX_Count and RequestCount with stat Sum), or query with a threshold',
    );
  return { kind: 'cloudwatch', region, queries };
}

/** The provider's query text: canonical JSON of the query's settings. */
export function cloudWatchQueryText(query: CloudWatchQuery): string {
  return JSON.stringify(query);
}

/**
 * The query behind a query text: JSON from `cloudWatchQueryText`, or any other text as a metric
 * math expression. Throws a plain Error for JSON that is not a query (the provider reports it as
 * a query failure).
 */
export function readCloudWatchQuery(text: string): CloudWatchQuery {
  if (!text.trimStart().startsWith('{')) return { expression: text.trim() };
  return readQuery(JSON.parse(text) as unknown, 'query', 'text', undefined);
}

export function readPeriod(value: unknown, key: string, field: string): number {
  const seconds =
    typeof value === 'number'
      ? value
      : /^\s*\d+\s*$/.test(String(value))
        ? Number(value)
        : (parseDuration(String(value)) ?? NaN) / 1000;
  if (!isCloudWatchPeriod(seconds) || seconds > 86_400 * 7)
    throw fail(key, field, `is ${show(value)}, a period CloudWatch does not allow`, PERIODS_VALID);
  return seconds;
}

function readQuery(
  value: unknown,
  key: string,
  field: string,
  period: number | undefined,
): CloudWatchQuery {
  if (typeof value === 'string') {
    if (value.trimStart().startsWith('{')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        throw fail(
          key,
          field,
          `is ${show(value)}, not valid JSON`,
          'write a map (namespace, metric, dimensions, stat) or a metric math expression',
        );
      }
      return readQuery(parsed, key, field, period);
    }
    const expression = value.trim();
    return { expression, ...(period ? { period } : {}) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fail(
      key,
      field,
      `is ${show(value)}`,
      'write a map (namespace, metric, dimensions, stat) or a metric math expression',
    );
  const map = value as Record<string, unknown>;
  const own =
    map['period'] === undefined ? period : readPeriod(map['period'], key, `${field}.period`);
  if (map['expression'] !== undefined) {
    const expression = String(map['expression']).trim();
    if (!expression)
      throw fail(key, `${field}.expression`, 'is empty', 'write a metric math expression');
    const metrics: Record<string, CloudWatchMetric> = {};
    const given = map['metrics'];
    if (given !== undefined) {
      if (typeof given !== 'object' || given === null || Array.isArray(given))
        throw fail(
          key,
          `${field}.metrics`,
          `is ${show(given)}`,
          'write a map from ids (m1, errors…) to metrics, each with namespace, metric and stat',
        );
      for (const [id, metric] of Object.entries(given)) {
        if (!ID.test(id))
          throw fail(
            key,
            `${field}.metrics`,
            `has the id '${id.slice(0, 40)}'`,
            'start each id with a lower-case letter, then letters, digits or underscores (e.g. m1, errors)',
          );
        metrics[id] = readMetric(metric, key, `${field}.metrics.${id}`, own);
      }
    }
    return {
      expression,
      ...(own ? { period: own } : {}),
      ...(Object.keys(metrics).length ? { metrics } : {}),
    };
  }
  return readMetric(map, key, field, own);
}

function readMetric(
  value: unknown,
  key: string,
  field: string,
  period: number | undefined,
): CloudWatchMetric {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw fail(key, field, `is ${show(value)}`, 'write a map with namespace, metric and stat');
  const map = value as Record<string, unknown>;
  const known = new Set(['namespace', 'metric', 'dimensions', 'stat', 'period']);
  for (const name of Object.keys(map))
    if (!known.has(name))
      throw fail(
        key,
        `${field}.${name}`,
        'is not a setting of a metric',
        'use namespace, metric, dimensions, stat and period (or expression with metrics)',
      );
  const text = (name: string, valid: string): string => {
    const v = map[name];
    if (typeof v !== 'string' || !v.trim() || v.length > 255)
      throw fail(key, `${field}.${name}`, v === undefined ? 'is missing' : `is ${show(v)}`, valid);
    return v.trim();
  };
  const namespace = text('namespace', 'give the metric namespace, e.g. AWS/ApplicationELB');
  const metric = text('metric', 'give the metric name, e.g. HTTPCode_Target_5XX_Count');
  const stat = text('stat', STATS_VALID);
  if (!STAT.test(stat)) throw fail(key, `${field}.stat`, `is ${show(stat)}`, STATS_VALID);
  const dims = map['dimensions'];
  const dimensions: Record<string, string> = {};
  if (dims !== undefined && dims !== null) {
    if (typeof dims !== 'object' || Array.isArray(dims))
      throw fail(
        key,
        `${field}.dimensions`,
        `is ${show(dims)}`,
        'write a map of dimension names to values, e.g. {LoadBalancer: app/shop/50dc6c495c0c9188}',
      );
    const entries = Object.entries(dims as Record<string, unknown>);
    if (entries.length > 30)
      throw fail(key, `${field}.dimensions`, `has ${entries.length}`, 'CloudWatch allows 30');
    for (const [name, v] of entries) {
      if (v === null || typeof v === 'object' || String(v) === '')
        throw fail(
          key,
          `${field}.dimensions.${name}`,
          `is ${show(v)}`,
          'give each dimension one text value',
        );
      dimensions[name] = String(v);
    }
  }
  const own =
    map['period'] === undefined ? period : readPeriod(map['period'], key, `${field}.period`);
  return {
    namespace,
    metric,
    ...(Object.keys(dimensions).length ? { dimensions } : {}),
    stat,
    ...(own ? { period: own } : {}),
  };
}

/**
 * Amazon CloudWatch (GetMetricData with the AWS SDK, credentials from its default chain): 60 s
 * buckets (the standard resolution of AWS's own metrics, ALB and API Gateway included), each
 * read a minute after it ends (AWS services publish a minute's data about a minute late; `settle`
 * raises it).
 */
export const cloudwatch: ProviderSpec<CloudWatchCheck> = {
  kind: 'cloudwatch',
  stepMs: 60_000,
  intervalMs: 30_000,
  settleMs: 60_000,
  read(inputs) {
    const bucket = inputs.string('bucket');
    if (bucket !== undefined) readPeriod(bucket, scopeKey(inputs), 'bucket');
    return parseCloudWatchCheck(
      rawSettings(inputs, [...PROVIDER_KEYS.cloudwatch.keys, ...CLOUDWATCH_QUERY_FIELDS]),
      scopeKey(inputs),
    );
  },
  async load() {
    const { CloudWatchProvider } = await import('./cloudwatch.js');
    return (settings) => new CloudWatchProvider({ region: settings.region });
  },
};
