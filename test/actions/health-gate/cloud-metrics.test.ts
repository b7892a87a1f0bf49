import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { logText, runAction } from '../../../lab/runner.js';
import {
  CloudWatchStandIn,
  STAND_IN_ACCESS_KEY_ID,
  STAND_IN_SECRET_ACCESS_KEY,
} from '../../../tools/vendors/cloudwatch/index.js';
import {
  NewRelicStandIn,
  STAND_IN_ACCOUNT_ID,
  STAND_IN_API_KEY,
  type NrEvent,
} from '../../../tools/vendors/newrelic/index.js';

/**
 * health-gate's bundle judging CloudWatch and New Relic metrics through their stand-ins, as a
 * workflow would after aws-actions/configure-aws-credentials (AWS_* in the environment) or with
 * a New Relic key from a secret. 1 s buckets (CloudWatch high-resolution periods, NRQL
 * TIMESERIES 1 second) keep each run to a few seconds; the scenarios at 60 s granularity run on a
 * model clock in the provider contract (test/core/gate/providers/).
 */
const cloudwatch = new CloudWatchStandIn();
const newrelic = new NewRelicStandIn();
beforeAll(async () => {
  await Promise.all([cloudwatch.start(), newrelic.start()]);
});
afterAll(async () => Promise.all([cloudwatch.stop(), newrelic.stop()]));

/** 100 requests a second on the canary, `rate` of them errors. */
const perSecond = (rate: number) => ({ requests: 100, errors: Math.round(100 * rate) });
const fast = { bucket: '1s', settle: '0s', 'query-interval': '500ms', 'min-samples': '200' };

describe('health-gate bundle, CloudWatch and New Relic checks', () => {
  it('fails an ALB canary at 30% 5xx from CloudWatch metrics (SDK-signed, default credential chain)', async () => {
    const alb = {
      namespace: 'AWS/ApplicationELB',
      dimensions: {
        LoadBalancer: 'app/shop/50dc6c495c0c9188',
        TargetGroup: 'targetgroup/shop-canary/73e2d6bc24d8a067',
      },
    };
    const { requests, errors } = perSecond(0.3);
    cloudwatch.put({ ...alb, metric: 'RequestCount' }, () => requests);
    cloudwatch.put({ ...alb, metric: 'HTTPCode_Target_5XX_Count' }, () => errors);
    const checks = stringify([
      {
        name: 'alb',
        kind: 'cloudwatch',
        ...fast,
        'error-query': { ...alb, metric: 'HTTPCode_Target_5XX_Count', stat: 'Sum' },
        'total-query': { ...alb, metric: 'RequestCount', stat: 'Sum' },
      },
    ]);
    const result = await runAction('health-gate', {
      inputs: { checks, duration: '30s' },
      env: {
        AWS_ACCESS_KEY_ID: STAND_IN_ACCESS_KEY_ID,
        AWS_SECRET_ACCESS_KEY: STAND_IN_SECRET_ACCESS_KEY,
        AWS_SESSION_TOKEN: 'stand-in-session-token',
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_CLOUDWATCH: cloudwatch.url,
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^health-gate: fail: alb: /);
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'));
    expect(report.checks[0].provider).toBe('cloudwatch');
    expect(report.checks[0].canary.errors / report.checks[0].canary.requests).toBeCloseTo(0.3, 2);
    expect(cloudwatch.requests.length).toBeGreaterThan(0);
    expect(cloudwatch.requests.every((r) => r.status === 200 && r.region === 'eu-west-1')).toBe(
      true,
    );
    expect(cloudwatch.violations).toEqual([]);
    // Masked (the runner hides them in the log), and printed nowhere else.
    expect(result.stdout).toContain(`::add-mask::${STAND_IN_SECRET_ACCESS_KEY}`);
    const everything = `${logText(result)}${result.stderr}${readFileSync(result.outputs.report as string, 'utf8')}${result.summary}`;
    expect(everything).not.toContain(STAND_IN_SECRET_ACCESS_KEY);
    expect(everything).not.toContain('stand-in-session-token');
  });

  it('fails a canary at 30% errors from New Relic NRQL, the key from a secret masked', async () => {
    const { requests, errors } = perSecond(0.3);
    newrelic.events('Transaction', (from, to) => {
      const out: NrEvent[] = [];
      for (let at = Math.ceil(from / 1000) * 1000; at < Math.min(to, Date.now()); at += 1000)
        out.push(
          { timestamp: at, appName: 'shop-canary', error: true, weight: errors },
          { timestamp: at, appName: 'shop-canary', error: false, weight: requests - errors },
        );
      return out;
    });
    const base = "SELECT count(*) FROM Transaction WHERE appName = 'shop-canary'";
    const checks = stringify([
      {
        name: 'shop',
        kind: 'newrelic',
        ...fast,
        'newrelic-account-id': STAND_IN_ACCOUNT_ID,
        'newrelic-api-key': STAND_IN_API_KEY,
        'error-query': `${base} AND error IS true`,
        'total-query': base,
      },
    ]);
    const result = await runAction('health-gate', {
      inputs: { checks, duration: '30s' },
      env: { GLIDEPATH_NEWRELIC_URL: newrelic.url },
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.result).toBe('fail');
    expect(result.errors[0]).toMatch(/^health-gate: fail: shop: /);
    expect(newrelic.requests.length).toBeGreaterThan(0);
    expect(newrelic.requests.every((r) => r.status === 200 && r.apiKey === STAND_IN_API_KEY)).toBe(
      true,
    );
    expect(newrelic.requests[0]?.nrql).toMatch(/ SINCE \d+ UNTIL \d+ TIMESERIES 1 seconds$/);
    expect(newrelic.violations).toEqual([]);
    expect(result.stdout).toContain(`::add-mask::${STAND_IN_API_KEY}`);
    expect(`${logText(result)}${result.stderr}${result.summary}`).not.toContain(STAND_IN_API_KEY);
  });

  it('refuses a region that does not exist and a New Relic check without a key, naming checks[i], before any query', async () => {
    const before = cloudwatch.requests.length + newrelic.requests.length;
    const region = await runAction('health-gate', {
      inputs: {
        checks: stringify([
          {
            name: 'alb',
            kind: 'cloudwatch',
            'aws-region': 'eu-west',
            query: "SUM(SEARCH('{AWS/ApplicationELB} RequestCount', 'Sum', 60))",
            threshold: '< 5',
          },
        ]),
      },
      env: { AWS_ENDPOINT_URL_CLOUDWATCH: cloudwatch.url },
    });
    expect(region.exitCode).toBe(1);
    expect(region.errors).toEqual([
      "Input 'checks' checks[0].aws-region is 'eu-west', not an AWS region: give a region code such as us-east-1, eu-west-1, ap-southeast-2 or us-gov-west-1",
    ]);
    const key = await runAction('health-gate', {
      inputs: {
        checks: stringify([
          {
            name: 'shop',
            kind: 'newrelic',
            'newrelic-account-id': 1,
            query: 'SELECT count(*) FROM Transaction',
            threshold: '< 5',
          },
        ]),
      },
      env: { GLIDEPATH_NEWRELIC_URL: newrelic.url },
    });
    expect(key.exitCode).toBe(1);
    expect(key.errors[0]).toMatch(
      /^Input 'checks' checks\[0\]\.newrelic-api-key is missing \(and NEW_RELIC_API_KEY is not set\)/,
    );
    expect(cloudwatch.requests.length + newrelic.requests.length).toBe(before);
  });
});
