import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AlbProvider, type AlbSettings } from '../../../src/core/traffic/aws-alb.js';
import { ElbStandIn, type AlbAction } from '../../../tools/vendors/aws/elbv2.js';

// The provider through the official SDK client (@aws-sdk/client-elastic-load-balancing-v2),
// pointed at the ELBv2 stand-in with AWS_ENDPOINT_URL, as the SDK's standard configuration allows:
// every answer is parsed by the SDK itself.

let elb: ElbStandIn;
const ACCOUNT = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012';
const STABLE = `${ACCOUNT}:targetgroup/web-blue/0123456789abcdef`;
const CANARY = `${ACCOUNT}:targetgroup/web-green/fedcba9876543210`;
const RULE = `${ACCOUNT}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const LISTENER = `${ACCOUNT}:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2`;

const forward = (weights: [string, number][]): AlbAction[] => [
  {
    Type: 'forward',
    Order: 1,
    ForwardConfig: {
      TargetGroups: weights.map(([TargetGroupArn, Weight]) => ({ TargetGroupArn, Weight })),
      TargetGroupStickinessConfig: { Enabled: false },
    },
  },
];

beforeAll(async () => {
  elb = new ElbStandIn();
  await elb.start();
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: elb.url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'eu-west-1',
    AWS_RETRY_MODE: 'standard',
  });
  elb.targetGroups.add(STABLE).add(CANARY);
});
afterAll(() => elb.stop());
afterEach(() => {
  elb.faults.splice(0);
});

const provider = (over: Partial<AlbSettings> = {}) =>
  new AlbProvider({
    provider: 'aws-alb',
    listener: RULE,
    stableTargetGroup: STABLE,
    canaryTargetGroup: CANARY,
    ...over,
  });

describe('aws-alb provider', () => {
  it('sets a listener rule’s two target group weights, one ModifyRule per change', async () => {
    elb.rules.set(
      RULE,
      forward([
        [STABLE, 100],
        [CANARY, 0],
      ]),
    );
    const p = provider();
    await p.check();
    for (const w of [10, 50, 100, 0]) {
      await p.setWeight(w);
      expect(elb.weights(RULE)).toEqual({ [STABLE]: 100 - w, [CANARY]: w });
    }
    await p.setWeight(0);
    expect(elb.log.filter((l) => l.action === 'ModifyRule').length).toBe(4);
    expect(elb.writes.at(-1)?.weights).toEqual([
      [STABLE, 100],
      [CANARY, 0],
    ]);
    await p.setWeight(2.5);
    expect(elb.weights(RULE)).toEqual({ [STABLE]: 975, [CANARY]: 25 });
  });

  it('sets a listener’s default action the same way', async () => {
    elb.listeners.set(
      LISTENER,
      forward([
        [STABLE, 1],
        [CANARY, 0],
      ]),
    );
    await provider({ listener: LISTENER }).setWeight(20);
    expect(elb.weights(LISTENER)).toEqual({ [STABLE]: 80, [CANARY]: 20 });
    expect(elb.log.at(-1)?.action).toBe('ModifyListener');
  });

  it('rides out throttling and 5xx with the SDK’s retries', async () => {
    elb.rules.set(
      RULE,
      forward([
        [STABLE, 100],
        [CANARY, 0],
      ]),
    );
    elb.faults.push({ kind: 'throttle', count: 1 }, { kind: '5xx', count: 1 });
    await provider().setWeight(30);
    expect(elb.weights(RULE)).toEqual({ [STABLE]: 70, [CANARY]: 30 });
    expect(elb.log.filter((l) => l.status !== 200).length).toBe(2);
  });

  it('names the wrong input and changes nothing', async () => {
    elb.rules.set(
      RULE,
      forward([
        [STABLE, 100],
        [CANARY, 0],
      ]),
    );
    const before = elb.writes.length;
    await expect(provider({ listener: `${RULE}0` }).check()).rejects.toThrow(
      `Input 'alb-listener' is '${RULE}0', but the load balancer API has no such listener rule in eu-west-1: One or more rules not found`,
    );
    const other = `${ACCOUNT}:targetgroup/other/0000000000000000`;
    await expect(provider({ canaryTargetGroup: other }).setWeight(10)).rejects.toThrow(
      `Input 'canary-server' is '${other}', but the forward action of ALB listener rule`,
    );
    expect(elb.writes.length).toBe(before);
  });

  it('says so when the API cannot be reached', async () => {
    elb.rules.set(
      RULE,
      forward([
        [STABLE, 100],
        [CANARY, 0],
      ]),
    );
    elb.faults.push({ kind: 'down' });
    await expect(provider().setWeight(10)).rejects.toThrow(/^Could not change ALB listener rule/);
  });
});
