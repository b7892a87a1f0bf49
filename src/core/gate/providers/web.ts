import { readHeaders } from '../headers.js';
import { retryAfterMs } from '../retry.js';
import type { ProviderSpec } from './registry.js';
import { ProviderError, type MetricProvider, type SampleRange, type Series } from './types.js';

export interface WebSettings {
  /** The URL as given, placeholders unencoded; the baseline's, when it has its own endpoint. */
  url: string;
  baselineUrl?: string;
  headers: Record<string, string>;
  /** The input that holds the headers, for messages (`checks[0].headers`). */
  headersInput: string;
  timeoutMs: number;
}

/** Placeholders the URL may hold: the bucket's start and end, in seconds or ms, and its width in seconds. */
const PLACEHOLDERS = /\{(from|to|from_ms|to_ms|step)\}/g;
const HAS_PLACEHOLDER = /\{(from|to|from_ms|to_ms|step)\}/;
/** With placeholders, one request per bucket: at most this many of the newest buckets per poll. */
const MAX_BUCKETS = 10;

/**
 * Any HTTP endpoint answering JSON, as Argo Rollouts' web metric: `url` (GET; headers from
 * secrets, masked), and each query is a field path into the answer (`$.data.errors`, or Argo's
 * `{$.data.errors}`). The field is a number, or an array of points (`[t, v]` pairs or objects
 * with `t`/`time`/`timestamp` and `value`). With `{from}`/`{to}` (or `{from_ms}`/`{to_ms}`) in
 * the URL the number is the count for that bucket, asked bucket by bucket; without, it is the
 * value now (a gauge), read as the newest bucket's. With `baseline-url` the baseline's counts come
 * from that endpoint (same headers, same placeholders), read with the baseline's paths or else the
 * canary's: two deployments that each serve their own numbers.
 */
export const web: ProviderSpec<WebSettings> = {
  kind: 'web',
  stepMs: 10_000,
  intervalMs: 10_000,
  settleMs: 0,
  read(inputs) {
    const url = inputs.url('url');
    if (!url)
      throw inputs.error(
        'url',
        'is required for kind web',
        'give the URL of the JSON endpoint, e.g. https://metrics.internal/api/errors?from={from}&to={to}',
      );
    for (const field of [
      'error-query',
      'total-query',
      'baseline-error-query',
      'baseline-total-query',
      'query',
    ]) {
      const path = inputs.string(field);
      if (path !== undefined && !parsePath(path))
        throw inputs.error(
          field,
          `is '${path}', not a field path`,
          'write a path into the JSON answer such as $.data.errors, {$.data.errors} or items[0].value',
        );
    }
    // Checked as a URL; the text is kept, placeholders unencoded, as for url.
    const baselineUrl = inputs.url('baseline-url') ? inputs.string('baseline-url') : undefined;
    return {
      url: inputs.string('url') as string,
      ...(baselineUrl ? { baselineUrl } : {}),
      headers: readHeaders(inputs.string('headers'), inputs.path('headers')),
      headersInput: inputs.path('headers'),
      timeoutMs: inputs.duration('timeout', { min: 10, max: 120_000, fallback: 5000 }) as number,
    };
  },
  baselineApart: (settings) => settings.baselineUrl !== undefined,
  load: async () => (settings) => new WebProvider(settings),
};

class WebProvider implements MetricProvider {
  readonly kind = 'web';
  /** Answers within one range asked: the queries of a poll share each request. */
  private cache = { range: '', answers: new Map<string, Promise<unknown>>() };
  constructor(private readonly settings: WebSettings) {}

  async query(
    path: string,
    range: SampleRange,
    signal: AbortSignal,
    side?: 'baseline',
  ): Promise<Series[]> {
    const steps = parsePath(path) as (string | number)[];
    const base = (side === 'baseline' && this.settings.baselineUrl) || this.settings.url;
    if (!HAS_PLACEHOLDER.test(base)) {
      const found = at(await this.get(base, signal, range), steps, path);
      if (found === null) return [];
      const newest = range.to - range.stepMs;
      return [{ samples: typeof found === 'number' ? [{ at: newest, value: found }] : found }];
    }
    const samples = [];
    const first = Math.max(range.from, range.to - MAX_BUCKETS * range.stepMs);
    for (let from = first; from + range.stepMs <= range.to; from += range.stepMs) {
      const to = from + range.stepMs;
      const values: Record<string, number> = {
        from: Math.floor(from / 1000),
        to: Math.floor(to / 1000),
        from_ms: from,
        to_ms: to,
        step: Math.round(range.stepMs / 1000),
      };
      const url = base.replace(PLACEHOLDERS, (_, k: string) => String(values[k]));
      const found = at(await this.get(url, signal, range), steps, path);
      if (found === null) continue; // no data for this bucket yet
      if (typeof found === 'number') samples.push({ at: from, value: found });
      else samples.push(...found.filter((s) => s.at >= from && s.at < to));
    }
    return [{ samples }];
  }

  private get(url: string, signal: AbortSignal, range: SampleRange): Promise<unknown> {
    const key = `${range.from}-${range.to}`;
    if (this.cache.range !== key) this.cache = { range: key, answers: new Map() };
    let answer = this.cache.answers.get(url);
    if (!answer) {
      answer = this.fetch(url, signal);
      this.cache.answers.set(url, answer);
      answer.catch(() => this.cache.answers.delete(url));
    }
    return answer;
  }

  private async fetch(url: string, signal: AbortSignal): Promise<unknown> {
    const where = safeUrl(url);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { accept: 'application/json', ...this.settings.headers },
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new ProviderError('unavailable', `${where}: ${cause ?? (error as Error).message}`);
    }
    const text = await response.text().catch(() => '');
    const said = `${where} answered ${response.status}${text ? `: ${text.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`;
    if (response.status === 401 || response.status === 403)
      throw new ProviderError('auth', `${said}: check ${this.settings.headersInput}`);
    if (response.status === 429)
      throw new ProviderError('rate-limit', said, retryAfterMs(response.headers));
    if (response.status >= 500) throw new ProviderError('unavailable', said);
    if (!response.ok) throw new ProviderError('query', said);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ProviderError(
        'query',
        `${where} answered ${response.status} with a body that is not JSON`,
      );
    }
  }
}

/** The URL as messages show it: no query string (it may carry a key). */
function safeUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** `$.a.b[0]`, `{$.a.b}`, `a['b c'].d` → ['a', 'b', 0]; undefined when it is not a path. */
export function parsePath(text: string): (string | number)[] | undefined {
  let rest = text.trim();
  const argo = /^\{(.*)\}$/s.exec(rest);
  if (argo) rest = (argo[1] as string).trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  const steps: (string | number)[] = [];
  const token = /^(?:\.?([A-Za-z_][\w-]*)|\[(\d+)\]|\[['"]([^'"]+)['"]\])/;
  while (rest) {
    const m = token.exec(rest);
    if (!m) return undefined;
    steps.push(m[2] !== undefined ? Number(m[2]) : ((m[1] ?? m[3]) as string));
    rest = rest.slice(m[0].length);
  }
  return steps.length ? steps : undefined;
}

/** The number or points at `steps` (null: no data yet); a path that matches nothing is a 'query' failure naming what is there. */
function at(
  answer: unknown,
  steps: readonly (string | number)[],
  path: string,
): number | { at: number; value: number }[] | null {
  let node = answer;
  for (const [i, step] of steps.entries()) {
    const next =
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)[step]
        : undefined;
    if (next === undefined) {
      const there =
        node !== null && typeof node === 'object'
          ? Array.isArray(node)
            ? `an array of ${node.length}`
            : `the keys ${Object.keys(node).slice(0, 10).join(', ') || '(none)'}`
          : `a ${node === null ? 'null' : typeof node}`;
      throw new ProviderError(
        'query',
        `the field path matches nothing in the answer: at '${steps.slice(0, i + 1).join('.')}' there is ${there}`,
      );
    }
    node = next;
  }
  const number = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  if (Array.isArray(node)) {
    const points = node.map((p) => {
      const [t, v] = Array.isArray(p)
        ? [p[0], p[1]]
        : p && typeof p === 'object'
          ? [
              (p as Record<string, unknown>).t ??
                (p as Record<string, unknown>).time ??
                (p as Record<string, unknown>).timestamp,
              (p as Record<string, unknown>).value,
            ]
          : [undefined, undefined];
      const time = number(t);
      return { at: time < 1e12 ? time * 1000 : time, value: number(v) };
    });
    if (points.some((p) => !Number.isFinite(p.at)))
      throw new ProviderError(
        'query',
        `${path} is an array, but not of points ([t, v] or {t, value})`,
      );
    return points.filter((p) => Number.isFinite(p.value));
  }
  if (node === null) return null; // the service has no value yet: no data, never a failure
  const value = number(node);
  if (!Number.isFinite(value))
    throw new ProviderError(
      'query',
      `${path} is ${JSON.stringify(node)?.slice(0, 60)}, not a number`,
    );
  return value;
}
