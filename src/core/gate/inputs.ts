import {
  ConfigError,
  core,
  formatDuration,
  type Inputs,
  parseDuration,
  yaml,
} from '../runtime/index.js';
import type { CheckConfig, GateConfig } from './run.js';
import type { JudgeSettings } from './judge.js';
import type { ProbeSpec } from './probe.js';
import { parseStatusSet } from './status.js';

/** The gate's settings plus what to do with its result; shared by health-gate and canary-step. */
export interface GateSettings extends GateConfig {
  failOnUnhealthy: boolean;
  onInconclusive: 'fail' | 'pass';
}

/** Header names whose values are not secret; every other header value is masked in the log. */
const PLAIN_HEADERS = new Set([
  'accept',
  'content-type',
  'user-agent',
  'host',
  'accept-encoding',
  'cache-control',
]);

type Source = (key: string) => string | undefined;

/**
 * Reads the health-gate inputs (or one entry of `checks`, falling back to the inputs) into
 * checks. Every value is validated here, before any probe is sent.
 */
export function readGateSettings(
  inputs: Inputs,
  options: { durationFallbackMs?: number; requireCheck?: boolean } = {},
): GateSettings {
  const top: Source = (key) => inputs.string(key);
  const durationMs = inputs.duration('duration', {
    min: 1000,
    max: 6 * 3_600_000,
    fallback: options.durationFallbackMs ?? 300_000,
  }) as number;
  const checksText = inputs.string('checks');
  const checks: CheckConfig[] = [];
  if (checksText) {
    let parsed: unknown;
    try {
      parsed = yaml().parse(checksText);
    } catch (error) {
      throw new ConfigError(
        'checks',
        `is not valid YAML (${(error as Error).message.split('\n')[0]})`,
        'give a YAML list of checks, each a map such as {name: api, url: https://…}',
      );
    }
    if (
      !Array.isArray(parsed) ||
      parsed.length === 0 ||
      parsed.some((c) => c === null || typeof c !== 'object' || Array.isArray(c))
    ) {
      throw new ConfigError(
        'checks',
        'is not a YAML list of maps',
        'write one "- name: …" entry per check with keys named like the inputs (url, error-query, query, …)',
      );
    }
    parsed.forEach((entry: Record<string, unknown>, index: number) => {
      const label = `checks[${index}]`;
      const known = new Set([...CHECK_KEYS]);
      for (const key of Object.keys(entry)) {
        if (!known.has(key))
          throw new ConfigError(
            'checks',
            `has an unknown key '${key}' in ${label}`,
            `use ${[...CHECK_KEYS].join(', ')}`,
          );
      }
      const own: Source = (key) => {
        const v = entry[key];
        if (v === undefined || v === null) return undefined;
        return typeof v === 'object' ? JSON.stringify(v) : String(v);
      };
      const source: Source = (key) => own(key) ?? (SHARED_KEYS.has(key) ? top(key) : undefined);
      checks.push(
        readCheck(
          source,
          `checks[${index}].`,
          typeof entry.name === 'string' ? entry.name : `check ${index + 1}`,
          entry.headers,
        ),
      );
    });
  } else if (top('url') || top('error-query') || top('total-query')) {
    if (top('url')) checks.push(readCheck(top, '', 'http', undefined));
    if (top('error-query') || top('total-query'))
      checks.push(
        readCheck(
          (k) => (k === 'url' || k === 'baseline-url' ? undefined : top(k)),
          '',
          'prometheus',
          undefined,
        ),
      );
  } else if (options.requireCheck !== false) {
    throw new ConfigError(
      'url',
      'is empty and there is nothing else to check',
      'set url (HTTP probes), or prometheus-url with error-query and total-query, or checks',
    );
  }
  // α is per decision the user sees: the gate's result. Each check that can fail or pass on
  // evidence gets an equal share of it, so two checks do not double the chance of a false fail
  // (or of a false pass). Threshold checks compare values and spend none.
  const judged = checks.filter(
    (c): c is Extract<CheckConfig, { judge: JudgeSettings }> => c.kind !== 'threshold',
  );
  const gateAlpha = judged.reduce((sum, c) => sum + c.judge.alpha, 0);
  if (judged.length > 1)
    for (const c of judged) c.judge = { ...c.judge, alpha: c.judge.alpha / judged.length };
  return {
    checks,
    alpha: judged.length ? gateAlpha / judged.length : undefined,
    durationMs,
    tickMs: Math.min(1000, Math.max(100, Math.round(durationMs / 50))),
    failOnUnhealthy: inputs.boolean('fail-on-unhealthy', true),
    onInconclusive: inputs.enum('on-inconclusive', ['fail', 'pass'] as const, 'fail') as
      'fail' | 'pass',
  };
}

const CHECK_KEYS = [
  'name',
  'url',
  'baseline-url',
  'method',
  'headers',
  'expect-status',
  'expect-body',
  'timeout',
  'max-latency',
  'rate',
  'concurrency',
  'warm-up',
  'prometheus-url',
  'prometheus-headers',
  'error-query',
  'total-query',
  'baseline-error-query',
  'baseline-total-query',
  'query-interval',
  'query',
  'threshold',
  'range',
  'min-samples',
  'alpha',
  'max-error-rate',
  'tolerance',
  'max-latency-increase',
];
/** Every step input the gate reads (CHECK_KEYS less the per-check ones, plus the gate's own). */
export const GATE_INPUTS = [
  ...CHECK_KEYS.filter((k) => !['name', 'query', 'threshold', 'range'].includes(k)),
  'duration',
  'checks',
  'fail-on-unhealthy',
  'on-inconclusive',
];
/** Keys a `checks` entry inherits from the step's inputs when it does not set them. */
const SHARED_KEYS = new Set([
  'method',
  'headers',
  'expect-status',
  'expect-body',
  'timeout',
  'max-latency',
  'rate',
  'concurrency',
  'warm-up',
  'prometheus-url',
  'prometheus-headers',
  'query-interval',
  'min-samples',
  'alpha',
  'max-error-rate',
  'tolerance',
  'max-latency-increase',
]);

function readCheck(source: Source, prefix: string, name: string, rawHeaders: unknown): CheckConfig {
  const where = (key: string) => (prefix ? `${prefix}${key}` : key);
  const fail = (key: string, problem: string, valid: string) =>
    new ConfigError(prefix ? 'checks' : key, prefix ? `${where(key)} ${problem}` : problem, valid);
  const num = (key: string, min: number, max: number, fallback: number, integer = false) => {
    const text = source(key);
    if (text === undefined) return fallback;
    const n = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
      throw fail(
        key,
        `is '${text}'`,
        `use ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
      );
    }
    return n;
  };
  const dur = (key: string, min: number, max: number, fallback: number) => {
    const text = source(key);
    if (text === undefined) return fallback;
    const ms = parseDuration(text);
    if (ms === undefined || ms < min || ms > max)
      throw fail(
        key,
        `is '${text}'`,
        `write a duration with a unit (ms, s, m, h) from ${formatDuration(min)} to ${formatDuration(max)}, e.g. 30s`,
      );
    return ms;
  };
  const url = (key: string) => {
    const text = source(key);
    if (text === undefined) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(text);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol))
      throw fail(
        key,
        `is '${text}', not an http(s) URL`,
        'write it with its scheme, e.g. http://127.0.0.1:8080/healthz',
      );
    return parsed;
  };
  const alpha = num('alpha', 1e-9, 0.49, 0.01);
  const maxLatencyMs = dur('max-latency', 1, 600_000, 2000);
  const judge: JudgeSettings = {
    alpha,
    maxErrorRate: num('max-error-rate', 1e-6, 0.999, 0.05),
    tolerance: num('tolerance', 1, 100, 1.5),
    minSamples: num('min-samples', 1, 10_000_000, 100, true),
    latency: true,
    maxLatencyMs,
  };

  if (judge.tolerance <= 1)
    throw fail(
      'tolerance',
      `is '${source('tolerance')}'`,
      'use a number above 1 and at most 100: how many times the baseline error rate the canary may have and still pass (at 1 no pass could ever be shown)',
    );
  const target = url('url');
  // Validated whether or not this check ends up using it: a given input is never ignored silently.
  const prometheusUrl = url('prometheus-url');
  const query = source('query');
  const errorQuery = source('error-query');
  if (target) {
    const statusText = source('expect-status') ?? '200-399';
    const expectStatus = parseStatusSet(statusText);
    if (!expectStatus)
      throw fail(
        'expect-status',
        `is '${statusText}'`,
        'list codes and ranges from 100 to 599, comma-separated, e.g. 200,204,300-399',
      );
    const method = (source('method') ?? 'GET').toUpperCase();
    if (!/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(method))
      throw fail('method', `is '${method}'`, 'use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS');
    const headers = readHeaders(rawHeaders ?? source('headers'), where('headers'));
    const body = readExpectBody(source('expect-body'), where('expect-body'));
    const spec = (u: URL): ProbeSpec => ({
      url: u,
      method,
      headers,
      expectStatus,
      ...body,
      timeoutMs: dur('timeout', 10, 120_000, 5000),
      maxLatencyMs,
    });
    const baseline = url('baseline-url');
    const increaseText = source('max-latency-increase');
    if (increaseText !== undefined) {
      const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(increaseText);
      const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
      if (!(value > 0 && value <= 10))
        throw fail(
          'max-latency-increase',
          `is '${increaseText}'`,
          'write how much slower than the baseline the canary may be, e.g. 10% (or 0.1), above 0 and at most 1000%',
        );
      if (!baseline)
        throw fail(
          'max-latency-increase',
          'needs baseline-url',
          'set baseline-url: the canary is compared with it, both probed on the same schedule',
        );
      judge.maxLatencyIncrease = value;
    }
    return {
      kind: 'http',
      name,
      canary: spec(target),
      baseline: baseline ? spec(baseline) : undefined,
      rate: num('rate', 0.1, 2000, 10),
      concurrency: num('concurrency', 1, 1000, 10, true),
      warmupMs: dur('warm-up', 0, 600_000, 0),
      judge,
    };
  }
  const prometheus = () => {
    if (!prometheusUrl)
      throw fail(
        'prometheus-url',
        `is required for ${query ? 'query' : 'error-query and total-query'}`,
        'give the base URL of the Prometheus HTTP API, e.g. http://127.0.0.1:9090',
      );
    return {
      url: prometheusUrl,
      headers: readHeaders(source('prometheus-headers'), where('prometheus-headers')),
    };
  };
  const intervalMs = dur('query-interval', 100, 600_000, 10_000);
  if (errorQuery !== undefined || source('total-query') !== undefined) {
    const totalQuery = source('total-query');
    if (!errorQuery || !totalQuery)
      throw fail(
        errorQuery ? 'total-query' : 'error-query',
        'is missing',
        'give both error-query and total-query: PromQL for cumulative counts, e.g. sum(http_requests_total{version="canary",code=~"5.."})',
      );
    const be = source('baseline-error-query');
    const bt = source('baseline-total-query');
    if ((be === undefined) !== (bt === undefined))
      throw fail(
        be ? 'baseline-total-query' : 'baseline-error-query',
        'is missing',
        'give both baseline queries, or neither',
      );
    return {
      kind: 'prometheus',
      name,
      prometheus: prometheus(),
      errorQuery,
      totalQuery,
      baselineErrorQuery: be,
      baselineTotalQuery: bt,
      intervalMs,
      judge: { ...judge, latency: false },
    };
  }
  if (query !== undefined) {
    const thresholdText = source('threshold') ?? '';
    const m = /^(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(thresholdText.trim());
    if (!m)
      throw fail(
        'threshold',
        `is '${thresholdText}'`,
        "write a comparison with a number, e.g. '< 0.01' or '>= 0.99'",
      );
    const range = source('range');
    const rangeMs = range === undefined ? undefined : dur('range', 1000, 24 * 3_600_000, 60_000);
    return {
      kind: 'threshold',
      name,
      prometheus: prometheus(),
      query,
      operator: m[1] as '<',
      threshold: Number(m[2]),
      rangeMs,
      intervalMs,
      minPolls: 3,
    };
  }
  throw fail(
    'url',
    'is missing: the check has nothing to look at',
    'give url (HTTP probes), error-query and total-query (Prometheus counters), or query with threshold',
  );
}

/** `Name: value` lines or a YAML map; values of all but plain headers are masked. */
function readHeaders(raw: unknown, label: string): Record<string, string> {
  if (raw === undefined || raw === null || raw === '') return {};
  let map: Record<string, unknown>;
  if (typeof raw === 'string') {
    map = {};
    const trimmed = raw.trim();
    if (trimmed.startsWith('{')) {
      try {
        map = JSON.parse(trimmed) as Record<string, unknown>;
      } catch {
        throw new ConfigError(
          label.startsWith('checks') ? 'checks' : label,
          `${label} is not a map of header names to values`,
          'write one "Name: value" per line',
        );
      }
    } else {
      for (const line of trimmed.split(/\r?\n/).filter((l) => l.trim())) {
        const colon = line.indexOf(':');
        if (colon < 1)
          throw new ConfigError(
            label.startsWith('checks') ? 'checks' : label,
            `has the line '${line.slice(0, 40)}', which is not 'Name: value'`,
            'write one "Name: value" per line',
          );
        map[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      }
    }
  } else if (typeof raw === 'object' && !Array.isArray(raw)) {
    map = raw as Record<string, unknown>;
  } else {
    throw new ConfigError(
      'checks',
      `${label} is not a map of header names to values`,
      'write a YAML map, e.g. {Authorization: Bearer …}',
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(map)) {
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
      throw new ConfigError(
        label.startsWith('checks') ? 'checks' : label,
        `has an invalid header name '${name}'`,
        'use letters, digits and dashes',
      );
    const text = String(value);
    if (!PLAIN_HEADERS.has(name.toLowerCase())) core.setSecret(text);
    headers[name] = text;
  }
  return headers;
}

function readExpectBody(
  text: string | undefined,
  label: string,
): Pick<ProbeSpec, 'expectBody' | 'expectJson'> {
  if (text === undefined) return {};
  const regex = /^\/(.+)\/([gimsuy]*)$/s.exec(text);
  if (regex) {
    try {
      return { expectBody: new RegExp(regex[1] as string, (regex[2] ?? '').replace('g', '')) };
    } catch (error) {
      throw new ConfigError(
        label.startsWith('checks') ? 'checks' : label,
        `is not a valid regular expression (${(error as Error).message})`,
        'write /pattern/ or plain text to look for',
      );
    }
  }
  const json = /^json:([A-Za-z0-9_.-]+)=(.*)$/s.exec(text);
  if (json) return { expectJson: { path: json[1] as string, equals: json[2] as string } };
  return { expectBody: text };
}
