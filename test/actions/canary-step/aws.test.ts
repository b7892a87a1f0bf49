import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElbStandIn } from '../../../tools/vendors/aws/elbv2.js';
import { LambdaStandIn } from '../../../tools/vendors/aws/lambda.js';
import { runAction } from '../../../lab/runner.js';

// canary-step's bundle with providers aws-alb and aws-lambda: the official SDKs, loaded by a
// dynamic import from the bundle, against the ELBv2 and Lambda stand-ins (AWS_ENDPOINT_URL), with
// credentials from the SDK's standard chain (the AWS_* variables configure-aws-credentials leaves).

const ACCOUNT = 'arn:aws:elasticloadbalancing:us-east-2:123456789012';
const STABLE = `${ACCOUNT}:targetgroup/shop-blue/0123456789abcdef`;
const CANARY = `${ACCOUNT}:targetgroup/shop-green/fedcba9876543210`;
const RULE = `${ACCOUNT}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
let elb: ElbStandIn;
let lambda: LambdaStandIn;

beforeAll(async () => {
  elb = new ElbStandIn();
  lambda = new LambdaStandIn();
  await Promise.all([elb.start(), lambda.start()]);
  elb.targetGroups.add(STABLE).add(CANARY);
});
afterAll(() => Promise.all([elb.stop(), lambda.stop()]));

const env = (url = elb.url) => ({
  AWS_ENDPOINT_URL: url,
  AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'stand-in-session-token',
  AWS_REGION: 'us-east-2',
});
const inputs = {
  provider: 'aws-alb',
  'alb-listener': RULE,
  'stable-server': STABLE,
  'canary-server': CANARY,
};

describe.concurrent('canary-step with providers aws-alb and aws-lambda', () => {
  it('walks a listener rule to 100 through throttling, one ModifyRule per step', async () => {
    elb.rules.set(RULE, [
      {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: STABLE, Weight: 100 },
            { TargetGroupArn: CANARY, Weight: 0 },
          ],
        },
      },
    ]);
    elb.faults.push({ kind: 'throttle', count: 1 });
    const result = await runAction('canary-step', {
      env: env(),
      inputs: { ...inputs, steps: '25@1s,100' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(elb.writes.map((w) => w.weights.map(([, weight]) => weight))).toEqual([
      [75, 25],
      [0, 100],
    ]);
    expect(elb.log.map((l) => `${l.action} ${l.status}`)).toContain('DescribeRules 400');
  });

  it('refuses a target group the rule does not forward to, naming the input, with nothing changed', async () => {
    // A load balancer of its own: the other tests run beside this one.
    const own = new ElbStandIn();
    await own.start();
    own.targetGroups.add(STABLE).add(CANARY);
    own.rules.set(RULE, [
      {
        Type: 'forward',
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: STABLE, Weight: 100 },
            { TargetGroupArn: CANARY, Weight: 0 },
          ],
        },
      },
    ]);
    const other = `${ACCOUNT}:targetgroup/shop-old/00000000000000aa`;
    const result = await runAction('canary-step', {
      env: env(own.url),
      inputs: { ...inputs, 'canary-server': other, steps: '25@1s,100' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `Input 'canary-server' is '${other}', but the forward action of ALB listener rule app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee has no such target group: it forwards to ${STABLE}, ${CANARY}`,
    ]);
    expect(own.writes).toEqual([]);
    expect(own.log.map((l) => l.action)).toEqual(['DescribeRules']);
    await own.stop();
  });

  it('routes a Lambda alias in steps through a 412 from another writer, then points it at the new version', async () => {
    lambda.addFunction('checkout', ['6', '7'], { name: 'live', version: '6' });
    lambda.faults.push({ kind: 'conflict', count: 1 });
    const result = await runAction('canary-step', {
      env: env(lambda.url),
      inputs: {
        provider: 'aws-lambda',
        'lambda-function': 'checkout',
        'lambda-alias': 'live',
        'stable-server': '6',
        'canary-server': '7',
        steps: '10@1s,100',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(lambda.writes).toEqual([
      { version: '6', weights: { '7': 0.1 } },
      { version: '7', weights: {} },
    ]);
    expect(lambda.log.filter((l) => l.status === 412)).toHaveLength(1);
  });
});
