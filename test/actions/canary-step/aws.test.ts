import { afterAll, describe, expect, it } from 'vitest';
import type { ElbStandIn } from '../../../tools/vendors/aws/elbv2.js';
import type { LambdaStandIn } from '../../../tools/vendors/aws/lambda.js';
import {
  ALB_RULE,
  CANARY_TG,
  ELB_ACCOUNT,
  STABLE_TG,
  startCloud,
  type CloudFixture,
} from '../../../lab/cloud.js';
import { runAction } from '../../../lab/runner.js';

// canary-step's bundle with providers aws-alb and aws-lambda: the official SDKs, loaded by a
// dynamic import from the bundle, against the ELBv2 and Lambda stand-ins (AWS_ENDPOINT_URL), with
// credentials from the SDK's standard chain (the AWS_* variables configure-aws-credentials leaves).
// A bad canary, a cancel, a killed job and a wrong resource name: cloud-scenarios.test.ts.

const started: CloudFixture[] = [];
afterAll(() => Promise.all(started.map((c) => c.stop())));

async function cloud(kind: 'aws-alb' | 'aws-lambda'): Promise<CloudFixture> {
  const fixture = await startCloud(kind);
  started.push(fixture);
  return fixture;
}

describe.concurrent('canary-step with providers aws-alb and aws-lambda', () => {
  it('walks a listener rule to 100 through throttling, one ModifyRule per step', async () => {
    const alb = await cloud('aws-alb');
    const elb = alb.standIn as ElbStandIn;
    elb.faults.push({ kind: 'throttle', count: 1 });
    const result = await runAction('canary-step', {
      env: alb.env,
      inputs: { ...alb.inputs, steps: '25@1s,100' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(elb.writes.map((w) => w.weights)).toEqual([
      [
        [STABLE_TG, 75],
        [CANARY_TG, 25],
      ],
      [
        [STABLE_TG, 0],
        [CANARY_TG, 100],
      ],
    ]);
    expect(elb.log.map((l) => `${l.action} ${l.status}`)).toContain('DescribeRules 400');
  });

  it('refuses a target group the rule does not forward to, naming the input, with nothing changed', async () => {
    const alb = await cloud('aws-alb');
    const elb = alb.standIn as ElbStandIn;
    const other = `${ELB_ACCOUNT}:targetgroup/shop-old/00000000000000aa`;
    const result = await runAction('canary-step', {
      env: alb.env,
      inputs: { ...alb.inputs, 'canary-server': other, steps: '25@1s,100' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `Input 'canary-server' is '${other}', but the forward action of ALB listener rule ${ALB_RULE.split(':listener-rule/')[1]} has no such target group: it forwards to ${STABLE_TG}, ${CANARY_TG}`,
    ]);
    expect(elb.writes).toEqual([]);
    expect(elb.log.map((l) => l.action)).toEqual(['DescribeRules']);
  });

  it('routes a Lambda alias in steps through a 412 from another writer, then points it at the new version', async () => {
    const fn = await cloud('aws-lambda');
    const lambda = fn.standIn as LambdaStandIn;
    lambda.faults.push({ kind: 'conflict', count: 1 });
    const result = await runAction('canary-step', {
      env: fn.env,
      inputs: { ...fn.inputs, steps: '10@1s,100' },
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
