import type { Inputs } from '../../runtime/index.js';
import type { ProviderSpec } from './registry.js';
import { ProviderError, type MetricProvider, type SampleRange, type Series } from './types.js';

/** Datadog's sites: where an organisation's data lives (the API host is api.<site>). */
export const DATADOG_SITES = [
  'datadoghq.com',
  'datadoghq.eu',
  'us3.datadoghq.com',
  'us5.datadoghq.com',
  'ap1.datadoghq.com',
  'ddog-gov.com',
];

export interface DatadogSettings {
  /** https://api.<site>, or GLIDEPATH_DATADOG_URL (tests: a local stand-in). */
  base: string;
  apiKey: string;
  appKey: string;
  /** Where each key came from (an input or DD_API_KEY / DD_APP_KEY), for messages. */
  keySources: string;
  timeoutMs: number;
}

/**
 * Datadog metric queries through `GET /api/v1/query` with DD-API-KEY and DD-APPLICATION-KEY
 * (from `datadog-api-key`/`datadog-app-key`, else DD_API_KEY/DD_APP_KEY; masked). A query without
 * a `.rollup()` gets one of the bucket width (sum for `.as_count()`, avg otherwise), so each point
 * is one bucket; `by {tag}` answers one series per group. A 429 waits for X-RateLimit-Reset.
 */
export const datadog: ProviderSpec<DatadogSettings> = {
  kind: 'datadog',
  stepMs: 10_000,
  intervalMs: 10_000,
  // Datadog keeps ingesting points for a bucket for a while after it ends: read it 30 s later.
  settleMs: 30_000,
  read(inputs: Inputs) {
    const site = inputs.string('datadog-site') ?? process.env.DD_SITE?.trim() ?? 'datadoghq.com';
    if (!DATADOG_SITES.includes(site))
      throw inputs.error(
        'datadog-site',
        `is '${site}'${inputs.string('datadog-site') ? '' : ' (from DD_SITE)'}`,
        `use one of ${DATADOG_SITES.join(', ')}`,
      );
    const key = (input: string, env: string) => {
      const value = inputs.secret(input) ?? process.env[env]?.trim();
      if (!value)
        throw inputs.error(
          input,
          'is missing',
          `give it from a secret (${input}: \${{ secrets.${env} }}) or set ${env} in the environment`,
        );
      // The bare name: in a `checks` entry the value may be the entry's or the step's input.
      return { value, source: inputs.string(input) ? input : env };
    };
    const api = key('datadog-api-key', 'DD_API_KEY');
    const app = key('datadog-app-key', 'DD_APP_KEY');
    const override = process.env.GLIDEPATH_DATADOG_URL?.trim();
    return {
      base: override || `https://api.${site}`,
      apiKey: api.value,
      appKey: app.value,
      keySources: `${api.source} and ${app.source}`,
      timeoutMs: 30_000,
    };
  },
  load: async () => (settings) => new DatadogProvider(settings),
};

interface QueryResponse {
  status?: string;
  error?: string;
  series?: { pointlist?: [number, number | null][]; tag_set?: string[]; interval?: number }[];
}

class DatadogProvider implements MetricProvider {
  readonly kind = 'datadog';
  constructor(private readonly settings: DatadogSettings) {}

  async query(query: string, range: SampleRange, signal: AbortSignal): Promise<Series[]> {
    const url = new URL('/api/v1/query', this.settings.base);
    url.searchParams.set('from', String(Math.floor(range.from / 1000)));
    url.searchParams.set('to', String(Math.ceil(range.to / 1000)));
    url.searchParams.set('query', withRollup(query, range.stepMs));
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          accept: 'application/json',
          'DD-API-KEY': this.settings.apiKey,
          'DD-APPLICATION-KEY': this.settings.appKey,
        },
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new ProviderError('unavailable', `Datadog: ${cause ?? (error as Error).message}`);
    }
    const text = await response.text().catch(() => '');
    let body: QueryResponse & { errors?: string[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Proxies and outages answer HTML: the status decides below.
    }
    const said = `Datadog answered ${response.status}${body.errors?.length ? ` (${body.errors.join('; ')})` : ''}`;
    if (response.status === 401 || response.status === 403)
      throw new ProviderError(
        'auth',
        `${said}: the API or application key was refused; check ${this.settings.keySources} (keys of this site's organisation, the application key with the timeseries_query scope)`,
      );
    if (response.status === 429) {
      const reset = Number(response.headers.get('x-ratelimit-reset'));
      throw new ProviderError(
        'rate-limit',
        `${said}: rate limited (${response.headers.get('x-ratelimit-name') ?? 'query'} limit ${response.headers.get('x-ratelimit-limit') ?? '?'} per ${response.headers.get('x-ratelimit-period') ?? '?'}s)`,
        Number.isFinite(reset) && reset >= 0 ? reset * 1000 : undefined,
      );
    }
    if (response.status >= 500 || (!response.ok && body.errors === undefined))
      throw new ProviderError('unavailable', said);
    if (!response.ok) throw new ProviderError('query', said);
    if (body.status === 'error' || body.error)
      throw new ProviderError('query', `Datadog: ${body.error ?? 'status error'}`);
    return (body.series ?? []).map((s) => ({
      ...(s.tag_set?.length ? { group: s.tag_set.join(',') } : {}),
      samples: (s.pointlist ?? [])
        .filter((p): p is [number, number] => typeof p[1] === 'number')
        .map(([at, value]) => ({ at, value })),
    }));
  }
}

/**
 * The query with a rollup of the bucket width when it has none: each point is then one bucket
 * (sum of counts for `.as_count()`, the average otherwise); Datadog's own choice of interval
 * grows with the range asked.
 */
export function withRollup(query: string, stepMs: number): string {
  if (/\.rollup\(/.test(query)) return query;
  const seconds = Math.max(1, Math.round(stepMs / 1000));
  return `${query}.rollup(${/\.as_count\(\)/.test(query) ? 'sum' : 'avg'}, ${seconds})`;
}
