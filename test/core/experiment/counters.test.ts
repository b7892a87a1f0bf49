import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  parseCounters,
  queryCounters,
  snapshotReader,
} from '../../../src/core/experiment/index.js';

const FULL = { users: 10, visits: 40, value: 4, visitsSq: 200, valueSq: 6, visitsValue: 20 };

describe('parseCounters', () => {
  it('takes per-user sums as they are', () => {
    expect(parseCounters(FULL, 'metric-a-url', 'conversion')).toEqual({
      totals: { units: 10, trials: 40, value: 4, trialsSq: 200, valueSq: 6, cross: 20 },
      perUser: true,
    });
  });

  it('takes visits and conversions alone as one unit per visit, and says so', () => {
    const c = parseCounters({ visits: 40, conversions: 4 }, 'metric-a-url', 'conversion');
    expect(c.perUser).toBe(false);
    expect(c.totals).toMatchObject({ units: 40, trials: 40, value: 4, valueSq: 4, cross: 4 });
  });

  it.each([
    [{ visits: 'x', value: 1 }, 'conversion', /have no numeric visits and value/],
    [{ visits: 3, value: 4 }, 'conversion', /more conversions \(4\) than visits \(3\)/],
    [{ visits: 3, value: 4 }, 'mean', /a mean per visit needs/],
    [{ ...FULL, valueSq: -1 }, 'conversion', /have users but no numeric valueSq/],
  ] as const)('refuses %o (%s)', (body, metric, message) => {
    expect(() => parseCounters(body, 'metric-b-url', metric)).toThrow(message);
    expect(() => parseCounters(body, 'metric-b-url', metric)).toThrow(
      /^The counters at metric-b-url /,
    );
  });
});

describe('queryCounters (Prometheus)', () => {
  it('fills $variant and $field into the template, one query per field', async () => {
    const asked: string[] = [];
    const c = await queryCounters(
      async (q) => {
        asked.push(q);
        const field = /experiment_(\w+)\{/.exec(q)?.[1] as keyof typeof FULL;
        return q.includes('variant="b"') ? FULL[field] : null;
      },
      'sum(experiment_$field{variant="$variant"})',
      'b',
      'conversion',
    );
    expect(asked).toContain('sum(experiment_visitsSq{variant="b"})');
    expect(asked).toHaveLength(6);
    expect(c?.totals.trialsSq).toBe(200);
    expect(c?.perUser).toBe(true);
  });

  it('is null before any visit, and per visit without a users series', async () => {
    expect(await queryCounters(async () => null, '$field $variant', 'a', 'conversion')).toBeNull();
    const c = await queryCounters(
      async (q) =>
        q.startsWith('visits ')
          ? 50
          : q.startsWith('value ')
            ? 5
            : q.startsWith('visitsSq')
              ? 9
              : null,
      '$field $variant',
      'a',
      'conversion',
    );
    expect(c).toMatchObject({
      perUser: false,
      totals: { units: 50, trials: 50, value: 5, trialsSq: 50 },
    });
  });
});

describe('snapshotReader over HTTP', () => {
  it('asks A and B together at each look, so both are measured over the same interval', async () => {
    // Each variant's counters answer only once both requests of the look have arrived (or, after
    // 2 s, with 503): read one after the other, the first would time out and the look fail.
    const held: { path: string; res: ServerResponse; at: number }[] = [];
    const server = createServer((req, res) => {
      held.push({ path: req.url ?? '', res, at: Date.now() });
      const timer = setTimeout(() => res.writeHead(503).end(), 2000);
      res.on('close', () => clearTimeout(timer));
      if (held.length % 2 === 0)
        for (const h of held.slice(-2))
          h.res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ...FULL, value: h.path === '/b' ? 8 : 4 }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const read = snapshotReader({ kind: 'http', a: `${base}/a`, b: `${base}/b` }, 'conversion');
      for (let look = 0; look < 3; look++) {
        const { a, b } = await read();
        expect([a?.totals.value, b?.totals.value]).toEqual([4, 8]);
      }
      expect(held.map((h) => h.path).sort()).toEqual(['/a', '/a', '/a', '/b', '/b', '/b']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
