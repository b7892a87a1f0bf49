import type {
  CloudWatchClient,
  GetMetricDataCommandOutput,
  MetricDataQuery,
  MetricStat,
} from '@aws-sdk/client-cloudwatch';
import { core } from '../../runtime/index.js';
import {
  cloudWatchPeriodFor,
  readCloudWatchQuery,
  type CloudWatchMetric,
  type CloudWatchQuery,
} from './cloudwatch-check.js';
import { ProviderError, type MetricProvider, type SampleRange, type Series } from './types.js';

export * from './cloudwatch-check.js';

/** How many pages of one answer are read at most (each up to 100,800 data points). */
const MAX_PAGES = 50;

export interface CloudWatchOptions {
  region: string;
  endpoint?: string;
  /** Attempts per call of the SDK's own retry strategy; by default the SDK's (AWS_MAX_ATTEMPTS, else 3). */
  maxAttempts?: number;
}

/**
 * Amazon CloudWatch through `GetMetricData` with the official SDK: its signing, retries and
 * wire protocol, and credentials from its default chain (the environment that
 * aws-actions/configure-aws-credentials leaves, a profile, web identity, the instance role…).
 * The SDK is loaded on the first query, so no other action pays for it at start-up.
 */
export class CloudWatchProvider implements MetricProvider {
  readonly kind = 'cloudwatch';
  private client: Promise<CloudWatchClient> | undefined;

  constructor(private readonly options: CloudWatchOptions) {
    // configure-aws-credentials masks these too; a step that sets them by hand gets the same.
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
      const value = process.env[name];
      if (value) core.setSecret(value);
    }
  }

  async query(text: string, range: SampleRange, signal: AbortSignal): Promise<Series[]> {
    let query: CloudWatchQuery;
    try {
      query = readCloudWatchQuery(text);
    } catch (error) {
      throw new ProviderError(
        'query',
        `CloudWatch query '${text}' is not a metric or an expression: ${(error as Error).message}`,
      );
    }
    const period = query.period ?? cloudWatchPeriodFor(range.stepMs);
    const queries = metricDataQueries(query, period);
    const sdk = await import('@aws-sdk/client-cloudwatch');
    const client = await (this.client ??= this.connect());
    const start = Math.floor(range.from / (period * 1000)) * period * 1000;
    const series = new Map<string, Series>();
    let nextToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      let answer: GetMetricDataCommandOutput;
      try {
        answer = await client.send(
          new sdk.GetMetricDataCommand({
            MetricDataQueries: queries,
            StartTime: new Date(start),
            EndTime: new Date(range.to),
            ScanBy: 'TimestampAscending',
            NextToken: nextToken,
          }),
          { abortSignal: signal },
        );
      } catch (error) {
        if (signal.aborted) throw error;
        throw cloudWatchFailure(error, text);
      }
      for (const result of answer.MetricDataResults ?? []) {
        if (result.StatusCode === 'InternalError' || result.StatusCode === 'Forbidden') {
          const detail = (result.Messages ?? []).map((m) => `${m.Code}: ${m.Value}`).join('; ');
          throw new ProviderError(
            result.StatusCode === 'Forbidden' ? 'auth' : 'unavailable',
            `CloudWatch answered ${result.StatusCode} for the query '${text}'${detail ? `: ${detail}` : ''}`,
          );
        }
        const label = result.Label ?? result.Id ?? '';
        const id = `${result.Id ?? ''}\u0000${label}`;
        let entry = series.get(id);
        if (!entry) {
          entry = { ...(grouped(query) ? { group: label } : {}), samples: [] };
          series.set(id, entry);
        }
        const times = result.Timestamps ?? [];
        const values = result.Values ?? [];
        for (let i = 0; i < times.length && i < values.length; i++) {
          const value = values[i] as number;
          if (Number.isFinite(value))
            entry.samples.push({ at: (times[i] as Date).getTime(), value });
        }
      }
      nextToken = answer.NextToken;
      if (!nextToken) break;
      if (page === MAX_PAGES - 1)
        throw new ProviderError(
          'query',
          `CloudWatch kept answering the query '${text}' with more pages after ${MAX_PAGES}: narrow it (fewer series, a longer period)`,
        );
    }
    const out: Series[] = [];
    for (const entry of series.values()) {
      if (!entry.samples.length) continue;
      entry.samples.sort((a, b) => a.at - b.at);
      out.push(entry);
    }
    return out;
  }

  private async connect(): Promise<CloudWatchClient> {
    const sdk = await import('@aws-sdk/client-cloudwatch');
    return new sdk.CloudWatchClient({
      region: this.options.region,
      ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
      ...(this.options.maxAttempts ? { maxAttempts: this.options.maxAttempts } : {}),
    });
  }
}

/** A SEARCH can answer many series: each is named by its label. A metric or plain math answers one. */
function grouped(query: CloudWatchQuery): boolean {
  return 'expression' in query && /\bSEARCH\s*\(/i.test(query.expression);
}

function metricStat(metric: CloudWatchMetric, period: number): MetricStat {
  return {
    Metric: {
      Namespace: metric.namespace,
      MetricName: metric.metric,
      Dimensions: Object.entries(metric.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value })),
    },
    Period: metric.period ?? period,
    Stat: metric.stat,
  };
}

/** The MetricDataQueries of one query: its answer is `q`; the metrics an expression names feed it unreturned. */
export function metricDataQueries(query: CloudWatchQuery, period: number): MetricDataQuery[] {
  if (!('expression' in query))
    return [{ Id: 'q', MetricStat: metricStat(query, period), ReturnData: true }];
  const inputs = Object.entries(query.metrics ?? {}).map(([Id, metric]): MetricDataQuery => ({
    Id,
    MetricStat: metricStat(metric, period),
    ReturnData: false,
  }));
  // `Period` on an expression sets its granularity only where it names no metric (SEARCH sets its own).
  return [
    ...inputs,
    {
      Id: 'q',
      Expression: query.expression,
      ...(inputs.length ? {} : { Period: period }),
      ReturnData: true,
    },
  ];
}

const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'LimitExceeded',
  'LimitExceededException',
]);
const AUTH = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidSignatureException',
  'ExpiredToken',
  'ExpiredTokenException',
  'MissingAuthenticationToken',
  'MissingAuthenticationTokenException',
  'NotAuthorized',
  'AuthFailure',
  'CredentialsProviderError',
]);

/** An SDK error (after the SDK's own retries) as a ProviderError carrying AWS's code and message. */
export function cloudWatchFailure(error: unknown, query: string): ProviderError {
  const e = error as {
    name?: string;
    Code?: string;
    message?: string;
    $fault?: string;
    $metadata?: { httpStatusCode?: number };
    code?: string;
  };
  const name = e.Code ?? e.name ?? 'Error';
  const status = e.$metadata?.httpStatusCode;
  const message = `CloudWatch answered ${name}${status ? ` (HTTP ${status})` : ''} for the query '${query}': ${e.message ?? String(error)}`;
  if (THROTTLED.has(name) || status === 429) return new ProviderError('rate-limit', message);
  if (AUTH.has(name) || status === 401 || status === 403)
    return new ProviderError(
      'auth',
      `${message} (check the AWS credentials, e.g. aws-actions/configure-aws-credentials before this step, and that the role may call cloudwatch:GetMetricData)`,
    );
  if ((status !== undefined && status >= 500) || e.$fault === 'server' || status === undefined)
    return new ProviderError('unavailable', message);
  return new ProviderError('query', message);
}
