import { describe, expect, it } from 'vitest';
import { Inputs } from '../../../src/core/runtime/index.js';
import { readProvider } from '../../../src/core/traffic/index.js';

// The cloud providers' inputs: every bad value is refused naming its input, before any SDK loads.

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');
const TG = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup';
const RULE =
  'arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee';
const gateway = {
  provider: 'gateway-api',
  route: 'web',
  'stable-server': 'a',
  'canary-server': 'b',
};
const alb = {
  provider: 'aws-alb',
  'alb-listener': RULE,
  'stable-server': `${TG}/blue/0123456789abcdef`,
  'canary-server': `${TG}/green/fedcba9876543210`,
};
const run = {
  provider: 'cloud-run',
  'cloud-run-service': 'projects/shop-prod/locations/europe-west1/services/web',
  'stable-server': 'web-00041-abc',
  'canary-server': 'web-00042-xyz',
};
const lambda = {
  provider: 'aws-lambda',
  'lambda-function': 'checkout',
  'lambda-alias': 'live',
  'stable-server': '6',
  'canary-server': '7',
};

describe('cloud provider inputs', () => {
  it('reads each provider with its defaults', () => {
    expect(readProvider(inputs(gateway))).toEqual({
      provider: 'gateway-api',
      route: 'web',
      namespace: 'default',
      rule: '0',
      stableBackend: 'a',
      canaryBackend: 'b',
    });
    expect(readProvider(inputs({ ...alb, 'aws-region': 'eu-west-1' }))).toMatchObject({
      provider: 'aws-alb',
      listener: RULE,
      region: 'eu-west-1',
    });
    expect(readProvider(inputs(run))).toMatchObject({
      provider: 'cloud-run',
      endpoint: 'https://run.googleapis.com/',
      canaryRevision: 'web-00042-xyz',
    });
    expect(readProvider(inputs(lambda))).toMatchObject({
      provider: 'aws-lambda',
      function: 'checkout',
      alias: 'live',
      stableVersion: '6',
      canaryVersion: '7',
    });
  });

  it.each([
    ['route', { ...gateway, route: '' }, /^Input 'route' is required with provider gateway-api/],
    ['route', { ...gateway, route: 'Web;rm' }, /^Input 'route' is 'Web;rm'/],
    ['route-namespace', { ...gateway, 'route-namespace': 'Prod' }, /^Input 'route-namespace'/],
    ['route-rule', { ...gateway, 'route-rule': '-1' }, /^Input 'route-rule' is '-1'/],
    ['canary-server', { ...gateway, 'canary-server': 'B_1' }, /^Input 'canary-server' is 'B_1'/],
    ['alb-listener', { ...alb, 'alb-listener': 'arn:aws:s3:::bucket' }, /^Input 'alb-listener'/],
    ['stable-server', { ...alb, 'stable-server': 'blue' }, /^Input 'stable-server' is 'blue'/],
    ['canary-server', { ...alb, 'canary-server': alb['stable-server'] }, /same target group/],
    ['aws-region', { ...alb, 'aws-region': 'europe' }, /^Input 'aws-region' is 'europe'/],
    ['lambda-function', { ...lambda, 'lambda-function': 'a b' }, /^Input 'lambda-function'/],
    ['lambda-alias', { ...lambda, 'lambda-alias': '42' }, /^Input 'lambda-alias' is '42'/],
    ['canary-server', { ...lambda, 'canary-server': '$LATEST' }, /^Input 'canary-server'/],
    ['canary-server', { ...lambda, 'canary-server': '6' }, /same version as stable-server/],
    ['cloud-run-service', { ...run, 'cloud-run-service': 'web' }, /^Input 'cloud-run-service'/],
    ['cloud-run-endpoint', { ...run, 'cloud-run-endpoint': 'run' }, /^Input 'cloud-run-endpoint'/],
    ['canary-server', { ...run, 'canary-server': 'Web 2' }, /^Input 'canary-server' is 'Web 2'/],
    ['canary-server', { ...run, 'canary-server': 'web-00041-abc' }, /same revision/],
  ])('refuses a bad %s', (_, values, message) => {
    expect(() => readProvider(inputs(values))).toThrow(message);
  });
});
