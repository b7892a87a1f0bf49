import { describe, expect, it } from 'vitest';
import { parseCounters, queryCounters } from '../../../src/core/experiment/index.js';

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
