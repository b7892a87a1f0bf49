import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  NewRelicProvider,
  nrqlSeries,
  parseNewRelicCheck,
  windowed,
} from '../../../../src/core/gate/providers/newrelic.js';
import { ProviderError } from '../../../../src/core/gate/providers/types.js';
import { ConfigError } from '../../../../src/core/runtime/index.js';
import type { TrafficModel } from '../../../../lab/metrics.js';
import { providerContract } from './contract.js';
import {
  modelEvents,
  modelNrql,
  NewRelicStandIn,
  STAND_IN_ACCOUNT_ID,
  STAND_IN_API_KEY,
  type NrEvent,
} from '../../../../tools/vendors/newrelic/index.js';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const range = { from: T0, to: T0 + 5 * 60_000, stepMs: 60_000 };
const never = new AbortController().signal;
const ERRORS = "SELECT count(*) FROM Transaction WHERE appName = 'shop' AND error IS true";

/** Per minute m: 100 requests spread over two hosts, `bad(m)` of them errors. */
function traffic(bad: (minute: number) => number): NrEvent[] {
  const out: NrEvent[] = [];
  for (let m = 0; m < 5; m++)
    for (let i = 0; i < 100; i++)
      out.push({
        timestamp: T0 + m * 60_000 + i * 500,
        appName: 'shop',
        host: i % 2 ? 'web-2' : 'web-1',
        error: i < bad(m),
        duration: i / 100,
      });
  return out;
}

let standIn: NewRelicStandIn;
let provider: NewRelicProvider;
beforeAll(async () => {
  standIn = new NewRelicStandIn();
  await standIn.start();
  provider = new NewRelicProvider({
    endpoint: standIn.url,
    accountId: STAND_IN_ACCOUNT_ID,
    apiKey: STAND_IN_API_KEY,
  });
});
afterAll(() => standIn.stop());
beforeEach(() => {
  standIn.clear();
  standIn.requests.length = 0;
});

const failure = (p: NewRelicProvider, nrql: string) =>
  p.query(nrql, range, never).then(
    () => undefined,
    (e: unknown) => e as ProviderError,
  );

describe('New Relic provider against the NerdGraph stand-in (schema-validated)', () => {
  it('TIMESERIES rows become one series of per-minute counts, with the window added', async () => {
    standIn.events(
      'Transaction',
      traffic((m) => m),
    );
    const series = await provider.query(ERRORS, range, never);
    expect(series).toEqual([
      { samples: [0, 1, 2, 3, 4].map((m) => ({ at: T0 + m * 60_000, value: m })) },
    ]);
    expect(standIn.requests[0]?.nrql).toBe(
      `${ERRORS} SINCE ${T0} UNTIL ${T0 + 300_000} TIMESERIES 60 seconds`,
    );
    expect(standIn.requests[0]?.accountId).toBe(STAND_IN_ACCOUNT_ID);
    expect(standIn.violations).toEqual([]);
  });

  it('FACET rows become one series per facet, named by it', async () => {
    standIn.events(
      'Transaction',
      traffic(() => 10),
    );
    const series = await provider.query(
      "SELECT percentage(count(*), WHERE error IS true) FROM Transaction WHERE appName = 'shop' FACET host",
      range,
      never,
    );
    expect(series.map((s) => s.group).sort()).toEqual(['web-1', 'web-2']);
    for (const s of series) expect(s.samples.map((x) => x.value)).toEqual([10, 10, 10, 10, 10]);
  });

  it("a percentile's object value and an alias are read as the row's one value", async () => {
    standIn.events(
      'Transaction',
      traffic(() => 0),
    );
    const [p95] = await provider.query(
      'SELECT percentile(duration, 95) FROM Transaction TIMESERIES 5 minutes',
      range,
      never,
    );
    expect(p95?.samples).toEqual([{ at: T0, value: 0.94 }]);
    const [total] = await provider.query(
      "SELECT count(*) AS 'requests' FROM Transaction",
      range,
      never,
    );
    expect(total?.samples).toEqual([
      { at: T0, value: 100 },
      ...[1, 2, 3, 4].map((m) => ({ at: T0 + m * 60_000, value: 100 })),
    ]);
  });

  it('no events: counts are 0 per bucket, an average has no sample (no data, not a failure)', async () => {
    expect(await provider.query('SELECT average(duration) FROM Transaction', range, never)).toEqual(
      [],
    );
    const [count] = await provider.query('SELECT count(*) FROM Transaction', range, never);
    expect(count?.samples.every((s) => s.value === 0)).toBe(true);
  });

  it("a malformed query is 'query' with New Relic's syntax error and the query named", async () => {
    const bad = 'SELECT count(*) FORM Transaction';
    const e = await failure(provider, bad);
    expect(e?.failure).toBe('query');
    expect(e?.message).toContain('NRQL Syntax Error');
    expect(e?.message).toContain(`'${bad}'`);
    expect(e?.message).toContain('INVALID_INPUT');
  });

  it('throttling (429 with Retry-After), 5xx and a GraphQL timeout map to their kinds', async () => {
    standIn.fault({ kind: 'throttle', retryAfterSeconds: 7 });
    const throttled = await failure(provider, ERRORS);
    expect([throttled?.failure, throttled?.retryAfterMs]).toEqual(['rate-limit', 7000]);
    expect(throttled?.message).toContain('Too many requests');
    standIn.fault({ kind: 'server', status: 503 });
    expect((await failure(provider, ERRORS))?.failure).toBe('unavailable');
    standIn.fault({ kind: 'timeout' });
    const timeout = await failure(provider, ERRORS);
    expect([timeout?.failure, timeout?.message]).toEqual([
      'unavailable',
      expect.stringContaining('NRDB query timed out'),
    ]);
  });

  it('a wrong key is auth and the key is never in the message; another account is auth too', async () => {
    const secret = 'NRAK-WRONGKEYWRONGKEYWRONGKEY00';
    const wrong = new NewRelicProvider({
      endpoint: standIn.url,
      accountId: STAND_IN_ACCOUNT_ID,
      apiKey: secret,
    });
    const e = await failure(wrong, ERRORS);
    expect([e?.failure, e?.message]).toEqual(['auth', expect.stringContaining('401')]);
    expect(e?.message).not.toContain(secret);
    expect(standIn.requests.at(-1)?.apiKey).toBe(secret);
    const other = new NewRelicProvider({
      endpoint: standIn.url,
      accountId: 7654321,
      apiKey: STAND_IN_API_KEY,
    });
    const denied = await failure(other, ERRORS);
    expect([denied?.failure, denied?.message]).toEqual([
      'auth',
      expect.stringContaining('access denied'),
    ]);
    expect(denied?.message).not.toContain(STAND_IN_API_KEY);
  });

  it('a connection refused is unavailable', async () => {
    const gone = new NewRelicProvider({
      endpoint: 'http://127.0.0.1:9/graphql',
      accountId: 1,
      apiKey: 'k',
    });
    expect((await failure(gone, ERRORS))?.failure).toBe('unavailable');
  });
});

describe('NRQL answers into series and windows', () => {
  it('refuses a row with two values and keeps TIMESERIES a query wrote', () => {
    expect(() => nrqlSeries([{ count: 1, 'average.duration': 2 }], [], range, 'q')).toThrow(
      /2 values per row/,
    );
    expect(
      nrqlSeries(
        [{ facet: ['a', 500], host: 'a', code: 500, count: 3 }],
        ['host', 'code'],
        range,
        'q',
      ),
    ).toEqual([{ group: 'a, 500', samples: [{ at: T0, value: 3 }] }]);
    expect(windowed('SELECT count(*) FROM T TIMESERIES 1 minute', range)).toBe(
      `SELECT count(*) FROM T TIMESERIES 1 minute SINCE ${T0} UNTIL ${T0 + 300_000}`,
    );
    // No more than NRQL's 366 buckets: a day at 10 s becomes 237 s buckets.
    expect(windowed('SELECT count(*) FROM T', { from: 0, to: 86_400_000, stepMs: 10_000 })).toMatch(
      /TIMESERIES 237 seconds$/,
    );
  });
});

describe('parseNewRelicCheck', () => {
  const refusal = (raw: Record<string, unknown>, env: Record<string, string> = {}) => {
    try {
      parseNewRelicCheck(raw, 'checks[0]', env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };
  const good = {
    'newrelic-account-id': 1234567,
    'error-query': ERRORS,
    'total-query': 'SELECT count(*) FROM Transaction',
  };

  it('reads account, region, key (from NEW_RELIC_API_KEY too) and the queries', () => {
    const check = parseNewRelicCheck({ ...good, 'newrelic-region': 'eu' }, 'checks[0]', {
      NEW_RELIC_API_KEY: 'NRAK-X',
    });
    expect(check).toMatchObject({
      accountId: 1234567,
      region: 'EU',
      endpoint: 'https://api.eu.newrelic.com/graphql',
      apiKey: 'NRAK-X',
    });
    expect(check.queries['error-query']).toBe(ERRORS);
    expect(
      parseNewRelicCheck({ ...good, 'newrelic-api-key': 'NRAK-Y' }, 'checks[0]', {}).endpoint,
    ).toBe('https://api.newrelic.com/graphql');
  });

  it('names the field and what is valid, never quoting the key', () => {
    expect(refusal(good)).toMatch(
      /^Input 'checks' checks\[0\]\.newrelic-api-key is missing \(and NEW_RELIC_API_KEY is not set\)/,
    );
    const env = { NEW_RELIC_API_KEY: 'NRAK-SECRET' };
    expect(refusal({ ...good, 'newrelic-account-id': 'abc' }, env)).toContain(
      "checks[0].newrelic-account-id is 'abc'",
    );
    expect(refusal({ ...good, 'newrelic-region': 'ap' }, env)).toMatch(
      /checks\[0\]\.newrelic-region is 'ap': use US .* or EU/,
    );
    expect(refusal({ ...good, 'error-query': `${ERRORS} SINCE 1 hour ago` }, env)).toContain(
      'checks[0].error-query has SINCE',
    );
    expect(refusal({ ...good, 'total-query': 'count everything' }, env)).toContain(
      'not an NRQL query',
    );
    expect(refusal({ 'newrelic-account-id': 1 }, env)).toContain(
      'checks[0].error-query is missing',
    );
    const withKey = refusal({ ...good, 'newrelic-api-key': 'NRAK SECRET' });
    expect(withKey).toContain('checks[0].newrelic-api-key holds white space');
    expect(withKey).not.toContain('SECRET');
  });
});

providerContract({
  kind: 'newrelic',
  timeScale: 2,
  async start(model: TrafficModel, clock: () => number) {
    const standIn = new NewRelicStandIn({ now: clock });
    await standIn.start();
    standIn.events('Transaction', modelEvents(model, clock));
    const nrql = modelNrql;
    const counts = {
      kind: 'newrelic',
      'error-query': nrql('canary', true),
      'total-query': nrql('canary', false),
      'baseline-error-query': nrql('baseline', true),
      'baseline-total-query': nrql('baseline', false),
    };
    return {
      counts,
      gauge: (threshold: string) => ({
        kind: 'newrelic',
        query: "SELECT max(duration) FROM Transaction WHERE side = 'canary'",
        threshold,
      }),
      env: {
        NEW_RELIC_API_KEY: STAND_IN_API_KEY,
        NEW_RELIC_ACCOUNT_ID: String(STAND_IN_ACCOUNT_ID),
        GLIDEPATH_NEWRELIC_URL: standIn.url,
      },
      rateLimit: (times: number) =>
        standIn.fault({ kind: 'throttle', retryAfterSeconds: 1, times }),
      outage: (times: number) => standIn.fault({ kind: 'server', status: 503, times }),
      wrongKey: {
        entry: { ...counts, 'newrelic-api-key': 'NRAK-NOTTHEKEY000000000000000000' },
        names: /^metrics: New Relic answered 401 .*Invalid API key.*newrelic-api-key/,
      },
      badQuery: {
        entry: {
          ...counts,
          'error-query': "SELECT count(*) FROM Transaction WHERE side == 'canary'",
        },
        says: /NRQL Syntax Error: Error at line 1 position \d+, unexpected 'side'/,
      },
      secrets: [STAND_IN_API_KEY, 'NRAK-NOTTHEKEY000000000000000000'],
      conformance: () => expect(standIn.violations).toEqual([]),
      close: () => standIn.stop(),
    };
  },
});
