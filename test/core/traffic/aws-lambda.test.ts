import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  aliasFor,
  LambdaProvider,
  type LambdaSettings,
} from '../../../src/core/traffic/aws-lambda.js';
import { LambdaStandIn } from '../../../tools/vendors/aws/lambda.js';

// The provider through the official SDK client (@aws-sdk/client-lambda), pointed at the Lambda
// stand-in with AWS_ENDPOINT_URL: every answer is parsed by the SDK itself.

let lambda: LambdaStandIn;
let n = 0;

beforeAll(async () => {
  lambda = new LambdaStandIn();
  await lambda.start();
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: lambda.url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
  });
});
afterAll(() => lambda.stop());
afterEach(() => {
  lambda.faults.splice(0);
});

function setup(over: Partial<LambdaSettings> = {}) {
  const fn = `checkout-${++n}`;
  lambda.addFunction(fn, ['1', '2', '3'], { name: 'live', version: '2' });
  const provider = new LambdaProvider({
    provider: 'aws-lambda',
    function: fn,
    alias: 'live',
    stableVersion: '2',
    canaryVersion: '3',
    ...over,
  });
  return { fn, provider, alias: () => lambda.alias(fn, 'live') };
}

describe('aws-lambda provider', () => {
  it('routes the alias in steps, then points it at the new version', async () => {
    const s = setup();
    await s.provider.check();
    await s.provider.setWeight(10);
    expect(s.alias()).toMatchObject({
      FunctionVersion: '2',
      RoutingConfig: { AdditionalVersionWeights: { '3': 0.1 } },
    });
    await s.provider.setWeight(100);
    expect(s.alias()).toMatchObject({ FunctionVersion: '3', RoutingConfig: undefined });
    await s.provider.setWeight(0);
    expect(s.alias()).toMatchObject({ FunctionVersion: '2', RoutingConfig: undefined });
    await s.provider.setWeight(0);
    expect(lambda.writes.length).toBeGreaterThanOrEqual(3);
    expect(lambda.log.filter((l) => l.op === 'UpdateAlias').length).toBe(3);
  });

  it('re-reads the alias after a 412 (another writer), and rides out throttling', async () => {
    const s = setup();
    lambda.faults.push({ kind: 'throttle', count: 1 });
    await s.provider.setWeight(25);
    lambda.faults.push({ kind: 'conflict', count: 2 });
    await s.provider.setWeight(50);
    expect(s.alias()?.RoutingConfig).toEqual({ AdditionalVersionWeights: { '3': 0.5 } });
    expect(lambda.log.filter((l) => l.status === 412).length).toBe(2);
    expect(lambda.log.filter((l) => l.status === 429).length).toBe(1);
  });

  it('names the wrong input and changes nothing', async () => {
    const s = setup({ canaryVersion: '9' });
    const before = lambda.writes.length;
    await expect(s.provider.check()).rejects.toThrow(
      `Input 'canary-server' is '9', but ${s.fn} has no published version 9`,
    );
    await expect(setup({ alias: 'prod' }).provider.check()).rejects.toThrow(
      "Input 'lambda-alias' or 'lambda-function' is wrong: Lambda has no alias 'prod'",
    );
    expect(lambda.writes.length).toBe(before);
  });

  it('says so when the API cannot be reached, naming the alias', async () => {
    const s = setup();
    lambda.faults.push({ kind: 'down' });
    await expect(s.provider.setWeight(0)).rejects.toThrow(
      new RegExp(`^Could not change Lambda alias ${s.fn}:live: `),
    );
  });

  it('writes weights Lambda takes: a share of 1 for the side version', () => {
    expect(aliasFor(5, '2', '3').RoutingConfig).toEqual({
      AdditionalVersionWeights: { '3': 0.05 },
    });
    expect(aliasFor(0.5, '2', '3').RoutingConfig).toEqual({
      AdditionalVersionWeights: { '3': 0.005 },
    });
    expect(aliasFor(100, '2', '3')).toEqual({
      FunctionVersion: '3',
      RoutingConfig: { AdditionalVersionWeights: {} },
    });
  });
});
