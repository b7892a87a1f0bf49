import { ConfigError, core } from '../../runtime/index.js';

/** NerdGraph's endpoints per New Relic data center. */
export const NERDGRAPH_ENDPOINTS = {
  US: 'https://api.newrelic.com/graphql',
  EU: 'https://api.eu.newrelic.com/graphql',
} as const;
export type NewRelicRegion = keyof typeof NERDGRAPH_ENDPOINTS;

/** The keys of a check that hold NRQL; the others belong to the gate (judge, threshold…). */
export const NEWRELIC_QUERY_FIELDS = [
  'query',
  'error-query',
  'total-query',
  'baseline-error-query',
  'baseline-total-query',
] as const;
export type NewRelicQueryField = (typeof NEWRELIC_QUERY_FIELDS)[number];

/** A `kind: newrelic` check's provider settings, validated; `apiKey` is already masked. */
export interface NewRelicCheck {
  kind: 'newrelic';
  accountId: number;
  region: NewRelicRegion;
  endpoint: string;
  apiKey: string;
  queries: Partial<Record<NewRelicQueryField, string>>;
}

function fail(key: string, field: string, problem: string, valid: string): ConfigError {
  const input = /^[^[.]+/.exec(key)?.[0] ?? key;
  return new ConfigError(input, `${key}.${field} ${problem}`, valid);
}

/** Clauses the gate writes itself: each poll asks for its own window and buckets. */
const WINDOW_CLAUSE = /\b(SINCE|UNTIL|COMPARE\s+WITH)\b/i;

/**
 * Reads a `kind: newrelic` check: the account id, the data center (`region: US|EU`, or an
 * `endpoint`), the user key (`api-key`, else NEW_RELIC_API_KEY; masked at once) and each query as
 * NRQL without SINCE/UNTIL (the gate adds its window, and TIMESERIES unless the query has one).
 * Errors name `${key}.<field>` and what is valid; the key is never quoted.
 */
export function parseNewRelicCheck(
  raw: Record<string, unknown>,
  key: string,
  env: Record<string, string | undefined> = process.env,
): NewRelicCheck {
  const apiKeyRaw = raw['api-key'] ?? env['NEW_RELIC_API_KEY'];
  const apiKey = apiKeyRaw === undefined || apiKeyRaw === null ? '' : String(apiKeyRaw).trim();
  if (apiKey) core.setSecret(apiKey);
  if (!apiKey)
    throw fail(
      key,
      'api-key',
      'is missing (and NEW_RELIC_API_KEY is not set)',
      'give a New Relic user key (NRAK-…) from a secret, e.g. api-key: ${{ secrets.NEW_RELIC_API_KEY }}, or set NEW_RELIC_API_KEY in env',
    );
  if (/\s/.test(apiKey))
    throw fail(
      key,
      'api-key',
      'holds white space',
      'give the user key alone, as New Relic shows it',
    );
  const accountText = String(raw['account-id'] ?? env['NEW_RELIC_ACCOUNT_ID'] ?? '').trim();
  if (!/^[1-9]\d{0,9}$/.test(accountText) || Number(accountText) > 2 ** 31 - 1)
    throw fail(
      key,
      'account-id',
      accountText
        ? `is '${accountText.slice(0, 40)}'`
        : 'is missing (and NEW_RELIC_ACCOUNT_ID is not set)',
      'give the numeric New Relic account id the NRQL runs in, e.g. 1234567',
    );
  const regionText = String(raw['region'] ?? 'US')
    .trim()
    .toUpperCase();
  if (!(regionText in NERDGRAPH_ENDPOINTS))
    throw fail(
      key,
      'region',
      `is '${String(raw['region']).slice(0, 40)}'`,
      'use US (api.newrelic.com) or EU (api.eu.newrelic.com), the data center of the account',
    );
  const region = regionText as NewRelicRegion;
  let endpoint: string = NERDGRAPH_ENDPOINTS[region];
  if (raw['endpoint'] !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(String(raw['endpoint']).trim());
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol))
      throw fail(
        key,
        'endpoint',
        `is '${String(raw['endpoint']).slice(0, 80)}'`,
        'give the NerdGraph URL, e.g. https://api.eu.newrelic.com/graphql, or leave it out and set region',
      );
    endpoint = url.href;
  }
  const queries: NewRelicCheck['queries'] = {};
  for (const field of NEWRELIC_QUERY_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    queries[field] = readNrql(value, key, field);
  }
  if (Object.keys(queries).length === 0)
    throw fail(
      key,
      'query',
      'is missing: a newrelic check needs NRQL',
      "give error-query and total-query, e.g. SELECT count(*) FROM Transaction WHERE appName = 'shop-canary' AND error IS true, or query with a threshold",
    );
  return { kind: 'newrelic', accountId: Number(accountText), region, endpoint, apiKey, queries };
}

function readNrql(value: unknown, key: string, field: string): string {
  const nrql = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
  const valid =
    "write NRQL such as SELECT count(*) FROM Transaction WHERE appName = 'shop' FACET host, without SINCE or UNTIL: the gate sets the window";
  if (
    !nrql ||
    !/^(SELECT|FROM)\b/i.test(nrql) ||
    !/\bFROM\b/i.test(nrql) ||
    !/\bSELECT\b/i.test(nrql)
  )
    throw fail(key, field, `is '${String(value).slice(0, 80)}', not an NRQL query`, valid);
  const clause = WINDOW_CLAUSE.exec(nrql);
  if (clause) throw fail(key, field, `has ${clause[1]?.toUpperCase()}`, valid);
  return nrql;
}
