import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NERDGRAPH_NRQL_QUERY } from '../../../src/core/gate/providers/newrelic.js';
import {
  nerdGraphSchema,
  NewRelicStandIn,
  STAND_IN_ACCOUNT_ID,
  STAND_IN_API_KEY,
} from '../../../tools/vendors/newrelic/index.js';

/**
 * Conformance of the NerdGraph stand-in: documents are validated against the schema subset (taken
 * from NerdGraph's introspection, see nerdgraph.graphql) and answered in the shapes of New
 * Relic's NRQL tutorial.
 */
const NOW = Date.UTC(2026, 11, 1, 13, 0, 0);
let standIn: NewRelicStandIn;
beforeAll(async () => {
  standIn = new NewRelicStandIn({ now: () => NOW });
  await standIn.start();
  standIn.events(
    'Transaction',
    Array.from({ length: 42 }, (_, i) => ({
      timestamp: NOW - 3_000_000 + i * 1000,
      appName: 'shop',
    })),
  );
});
afterAll(() => standIn.stop());

const post = async (body: unknown, key = STAND_IN_API_KEY) => {
  const res = await fetch(standIn.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'API-Key': key },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('NerdGraph stand-in', () => {
  it("Glidepath's NRQL document is valid on the NerdGraph schema", () => {
    expect(validate(nerdGraphSchema(), parse(NERDGRAPH_NRQL_QUERY))).toEqual([]);
  });

  it("answers the NRQL tutorial's example in its documented shape", async () => {
    const { status, body } = await post({
      query: `{ actor { account(id: ${STAND_IN_ACCOUNT_ID}) { nrql(query: "SELECT count(*) FROM Transaction SINCE 1 HOUR AGO") { results } } } }`,
    });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { actor: { account: { nrql: { results: [{ count: 42 }] } } } } });
  });

  it('refuses a document that does not validate against the schema, as GraphQL errors', async () => {
    const before = standIn.violations.length;
    const { status, body } = await post({
      query: `{ actor { account(id: 1) { nrql(query: "SELECT count(*) FROM Transaction") { resultz } } } }`,
    });
    expect(status).toBe(200);
    expect((body['errors'] as { message: string }[])[0]?.message).toMatch(
      /Cannot query field "resultz"/,
    );
    expect(body['data']).toBeUndefined();
    expect(standIn.violations.length).toBe(before + 1);
  });

  it('a wrong variable type is refused by the schema (accountId is Int!)', async () => {
    const { body } = await post({
      query: NERDGRAPH_NRQL_QUERY,
      variables: { accountId: 'x', nrql: 'SELECT count(*) FROM T' },
    });
    expect((body['errors'] as { message: string }[])[0]?.message).toMatch(/accountId.*Int/);
  });

  it('an NRQL error is a GraphQL error on the nrql path with errorClass INVALID_INPUT', async () => {
    const { body } = await post({
      query: NERDGRAPH_NRQL_QUERY,
      variables: { accountId: STAND_IN_ACCOUNT_ID, nrql: 'SELECT count(*) FORM Transaction' },
    });
    expect(body).toEqual({
      errors: [
        {
          message: "NRQL Syntax Error: Error at line 1 position 16, unexpected 'FORM'",
          locations: expect.any(Array),
          path: ['actor', 'account', 'nrql'],
          extensions: { errorClass: 'INVALID_INPUT' },
        },
      ],
      data: { actor: { account: { nrql: null } } },
    });
  });

  it('a wrong key is 401 before anything runs', async () => {
    const { status } = await post({ query: NERDGRAPH_NRQL_QUERY }, 'NRAK-NOPE');
    expect(status).toBe(401);
  });
});
