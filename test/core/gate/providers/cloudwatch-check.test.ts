import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isCloudWatchPeriod,
  metricDataQueries,
  parseCloudWatchCheck,
  readCloudWatchQuery,
} from '../../../../src/core/gate/providers/cloudwatch.js';
import { ConfigError } from '../../../../src/core/runtime/index.js';

const metric = {
  namespace: 'AWS/ApiGateway',
  metric: '5XXError',
  dimensions: { ApiName: 'shop', Stage: 'prod' },
  stat: 'Sum',
};
const parse = (raw: Record<string, unknown>, env: Record<string, string> = {}) =>
  parseCloudWatchCheck(raw, 'checks[1]', env);
const refusal = (raw: Record<string, unknown>, env: Record<string, string> = {}) => {
  try {
    parse(raw, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('accepted');
};

/** The region names of every partition in the SDK's own partition table. */
function sdkRegions(): string[] {
  const core = dirname(createRequire(import.meta.url).resolve('@aws-sdk/core/package.json'));
  const text = readFileSync(
    join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'),
    'utf8',
  );
  return [...text.matchAll(/"([a-z]+(?:-[a-z]+)+-\d+)": \{\s*"description"/g)].map(
    (m) => m[1] as string,
  );
}

describe('parseCloudWatchCheck', () => {
  it('reads region, period and an ALB error/total pair into provider query texts', () => {
    const alb = {
      namespace: 'AWS/ApplicationELB',
      dimensions: { LoadBalancer: 'app/shop/1' },
      stat: 'Sum',
    };
    const check = parse({
      kind: 'cloudwatch',
      'aws-region': 'eu-west-1',
      'error-query': { ...alb, metric: 'HTTPCode_Target_5XX_Count', period: '1m' },
      'total-query': JSON.stringify({ ...alb, metric: 'RequestCount', period: 300 }),
      threshold: '< 1',
    });
    expect(check.region).toBe('eu-west-1');
    expect(readCloudWatchQuery(check.queries['error-query'] as string)).toEqual({
      ...alb,
      metric: 'HTTPCode_Target_5XX_Count',
      period: 60,
    });
    expect(readCloudWatchQuery(check.queries['total-query'] as string)).toMatchObject({
      period: 300,
    });
  });

  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION (what configure-aws-credentials sets)', () => {
    expect(parse({ query: metric }, { AWS_REGION: 'us-east-2' }).region).toBe('us-east-2');
    expect(parse({ query: metric }, { AWS_DEFAULT_REGION: 'ap-south-1' }).region).toBe(
      'ap-south-1',
    );
    expect(refusal({ query: metric })).toMatch(
      /^Input 'checks' checks\[1\].aws-region is missing.*us-east-1/,
    );
  });

  it("accepts every region of the SDK's partition table and refuses what is not a region", () => {
    const regions = sdkRegions();
    expect(regions.length).toBeGreaterThan(30);
    expect(regions).toContain('us-gov-west-1');
    for (const region of regions)
      expect(parse({ 'aws-region': region, query: metric }).region).toBe(region);
    for (const region of ['eu-west', 'EU-WEST-1', 'europe-west1', 'xx-north-1', 'us-east-1a', ' '])
      expect(refusal({ 'aws-region': region, query: metric })).toContain('checks[1].aws-region is');
  });

  it('allows only the periods CloudWatch allows, naming them', () => {
    expect([1, 5, 10, 30, 60, 120, 3600].every(isCloudWatchPeriod)).toBe(true);
    expect([0, 2, 15, 45, 90, 1.5].some(isCloudWatchPeriod)).toBe(false);
    expect(refusal({ 'aws-region': 'eu-west-1', query: { ...metric, period: 45 } })).toMatch(
      /checks\[1\]\.query\.period is '45', a period CloudWatch does not allow: use 1, 5, 10 or 30 seconds, or a multiple of 60/,
    );
    expect(refusal({ 'aws-region': 'eu-west-1', query: { ...metric, period: '90s' } })).toContain(
      'checks[1].query.period',
    );
  });

  it('names the field and what is valid for each bad metric setting', () => {
    const bad = (query: unknown) => refusal({ 'aws-region': 'eu-west-1', query });
    expect(bad({ ...metric, stat: 'Median' })).toMatch(
      /checks\[1\]\.query\.stat is 'Median': use SampleCount, Average, Sum/,
    );
    expect(bad({ ...metric, namespace: undefined })).toContain(
      'checks[1].query.namespace is missing',
    );
    expect(bad({ ...metric, dimension: {} })).toContain(
      'checks[1].query.dimension is not a setting',
    );
    expect(bad({ ...metric, dimensions: ['a'] })).toContain('checks[1].query.dimensions is');
    expect(bad({ expression: 'e / t', metrics: { E1: metric } })).toContain("has the id 'E1'");
    expect(bad('{not json')).toContain('not valid JSON');
    expect(bad(42)).toContain("checks[1].query is '42'");
    expect(refusal({ 'aws-region': 'eu-west-1' })).toContain('checks[1].error-query is missing');
    for (const stat of ['p99', 'p99.9', 'tm90', 'TM(10%:90%)', 'PR(:0.5)', 'IQM', 'SampleCount'])
      expect(() => parse({ 'aws-region': 'eu-west-1', query: { ...metric, stat } })).not.toThrow();
  });

  it('turns a query into GetMetricData queries: the answer is q, named metrics feed it unreturned', () => {
    expect(metricDataQueries(metric, 60)).toEqual([
      {
        Id: 'q',
        MetricStat: {
          Metric: {
            Namespace: 'AWS/ApiGateway',
            MetricName: '5XXError',
            Dimensions: [
              { Name: 'ApiName', Value: 'shop' },
              { Name: 'Stage', Value: 'prod' },
            ],
          },
          Period: 60,
          Stat: 'Sum',
        },
        ReturnData: true,
      },
    ]);
    const math = metricDataQueries(
      { expression: 'e / t', metrics: { e: metric, t: { ...metric, metric: 'Count' } } },
      300,
    );
    expect(math.map((q) => [q.Id, q.ReturnData, q.Period])).toEqual([
      ['e', false, undefined],
      ['t', false, undefined],
      ['q', true, undefined],
    ]);
    expect(
      metricDataQueries(
        { expression: "SUM(SEARCH('{AWS/ApiGateway,ApiName} 5XXError', 'Sum', 60))" },
        60,
      )[0]?.Period,
    ).toBe(60);
  });
});

describe('the cloudwatch and newrelic specs read a checks entry through the gate inputs', () => {
  it('a cloudwatch bucket must be a CloudWatch period; step-level errors name the input itself', async () => {
    const { cloudwatch } = await import('../../../../src/core/gate/providers/cloudwatch-check.js');
    const { Inputs } = await import('../../../../src/core/runtime/index.js');
    const entry = (values: Record<string, string>) =>
      Inputs.within('checks', 'checks[3].', (k) => values[k] ?? '');
    const q = JSON.stringify(metric);
    expect(cloudwatch.read(entry({ 'aws-region': 'eu-west-1', query: q })).region).toBe(
      'eu-west-1',
    );
    expect(() =>
      cloudwatch.read(entry({ 'aws-region': 'eu-west-1', query: q, bucket: '45s' })),
    ).toThrow(/^Input 'checks' checks\[3\]\.bucket is '45s', a period CloudWatch does not allow/);
    const step = new Inputs((k) => ({ 'aws-region': 'moon-1', query: q })[k] ?? '');
    expect(() => cloudwatch.read(step)).toThrow(/^Input 'aws-region' is 'moon-1'/);
  });
});
