import { core } from '../../runtime/index.js';
import { PROVIDER_KEYS } from './keys.js';
import type { ProviderSpec } from './registry.js';
import { fail, QUERY_FIELDS, rawSettings, scopeKey, type QueryField } from './settings.js';

/** NerdGraph's endpoints per New Relic data center. */
export const NERDGRAPH_ENDPOINTS = {
  US: 'https://api.newrelic.com/graphql',
  EU: 'https://api.eu.newrelic.com/graphql',
} as const;
export type NewRelicRegion = keyof typeof NERDGRAPH_ENDPOINTS;

export const NEWRELIC_QUERY_FIELDS = QUERY_FIELDS;
export type NewRelicQueryField = QueryField;

/** A `kind: newrelic` check's provider settings, validated; `apiKey` is already masked. */
export interface NewRelicCheck {
  kind: 'newrelic';
  accountId: number;
  region: NewRelicRegion;
  endpoint: string;
  apiKey: string;
  queries: Partial<Record<NewRelicQueryField, string>>;
}

/** Clauses the gate writes itself: each poll asks for its own window and buckets. */
const WINDOW_CLAUSE = /\b(SINCE|UNTIL|COMPARE\s+WITH)\b/i;

/**
 * Reads a `kind: newrelic` check: the account id (`newrelic-account-id`, else
 * NEW_RELIC_ACCOUNT_ID), the data center (`newrelic-region: US|EU`), the user key
 * (`newrelic-api-key`, else NEW_RELIC_API_KEY; masked at once) and each query as
 * NRQL without SINCE/UNTIL (the gate adds its window, and TIMESERIES unless the query has one).
 * Errors name `${key}.<field>` and what is valid; the key is never quoted.
 */
export function parseNewRelicCheck(
  raw: Record<string, unknown>,
  key: string,
  env: Record<string, string | undefined> = process.env,
): NewRelicCheck {
  const apiKeyRaw = raw['newrelic-api-key'] ?? env['NEW_RELIC_API_KEY'];
  const apiKey = apiKeyRaw === undefined || apiKeyRaw === null ? '' : String(apiKeyRaw).trim();
  if (apiKey) core.setSecret(apiKey);
  if (!apiKey)
    throw fail(
      key,
      'newrelic-api-key',
      'is missing (and NEW_RELIC_API_KEY is not set)',
      'give a New Relic user key (NRAK-…) from a secret, e.g. newrelic-api-key: ${{ secrets.NEW_RELIC_API_KEY }}, or set NEW_RELIC_API_KEY in env',
    );
  if (/\s/.test(apiKey))
    throw fail(
      key,
      'newrelic-api-key',
      'holds white space',
      'give the user key alone, as New Relic shows it',
    );
  const accountText = String(
    raw['newrelic-account-id'] ?? env['NEW_RELIC_ACCOUNT_ID'] ?? '',
  ).trim();
  if (!/^[1-9]\d{0,9}$/.test(accountText) || Number(accountText) > 2 ** 31 - 1)
    throw fail(
      key,
      'newrelic-account-id',
      accountText
        ? `is '${accountText.slice(0, 40)}'`
        : 'is missing (and NEW_RELIC_ACCOUNT_ID is not set)',
      'give the numeric New Relic account id the NRQL runs in, e.g. 1234567',
    );
  const regionText = String(raw['newrelic-region'] ?? 'US')
    .trim()
    .toUpperCase();
  if (!(regionText in NERDGRAPH_ENDPOINTS))
    throw fail(
      key,
      'newrelic-region',
      `is '${String(raw['newrelic-region']).slice(0, 40)}'`,
      'use US (api.newrelic.com) or EU (api.eu.newrelic.com), the data center of the account',
    );
  const region = regionText as NewRelicRegion;
  // Tests point it at a local stand-in, as GLIDEPATH_DATADOG_URL does for Datadog.
  const endpoint = env['GLIDEPATH_NEWRELIC_URL']?.trim() || NERDGRAPH_ENDPOINTS[region];
  const queries: NewRelicCheck['queries'] = {};
  for (const field of NEWRELIC_QUERY_FIELDS) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    queries[field] = readNrql(value, key, field);
  }
  if (Object.keys(queries).length === 0)
    throw fail(
      key,
      'error-query',
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

/**
 * New Relic (NRQL through NerdGraph): 60 s buckets, read once a minute old (New Relic's own
 * alert conditions wait about that long for late data by default).
 */
export const newrelic: ProviderSpec<NewRelicCheck> = {
  kind: 'newrelic',
  stepMs: 60_000,
  intervalMs: 30_000,
  settleMs: 60_000,
  read(inputs) {
    return parseNewRelicCheck(
      rawSettings(inputs, [...PROVIDER_KEYS.newrelic.keys, ...NEWRELIC_QUERY_FIELDS]),
      scopeKey(inputs),
    );
  },
  async load() {
    const { NewRelicProvider } = await import('./newrelic.js');
    return (s) =>
      new NewRelicProvider({ endpoint: s.endpoint, accountId: s.accountId, apiKey: s.apiKey });
  },
};
