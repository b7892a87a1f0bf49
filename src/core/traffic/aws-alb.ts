import { UserError } from '../runtime/index.js';
import type { TrafficProvider } from './providers.js';

// An Application Load Balancer: the weights of two target groups in the forward action of a
// listener rule (or of a listener's default action), through the official AWS SDK.

export interface AlbSettings {
  provider: 'aws-alb';
  /** A listener rule's ARN, or a listener's ARN (its default action). */
  listener: string;
  stableTargetGroup: string;
  canaryTargetGroup: string;
  region?: string;
}

interface TargetGroupTuple {
  TargetGroupArn?: string;
  Weight?: number;
}
interface Action {
  Type?: string;
  TargetGroupArn?: string;
  ForwardConfig?: { TargetGroups?: TargetGroupTuple[]; TargetGroupStickinessConfig?: unknown };
  [key: string]: unknown;
}

/** The calls the provider makes: DescribeRules/ModifyRule or DescribeListeners/ModifyListener. */
export interface AlbApi {
  read(): Promise<Action[]>;
  write(actions: Action[]): Promise<Action[]>;
}

const RULE = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener-rule\/app\//;

export class AlbProvider implements TrafficProvider {
  readonly name = 'aws-alb';
  private api?: AlbApi;
  constructor(
    private readonly settings: AlbSettings,
    api?: AlbApi,
  ) {
    this.api = api;
  }
  private get what(): string {
    const kind = RULE.test(this.settings.listener) ? 'listener rule' : 'listener';
    return `ALB ${kind} ${this.settings.listener.replace(/^.*:listener(?:-rule)?\//, '')}`;
  }
  describe(): string {
    const short = (arn: string) => arn.split('/').at(-2) ?? arn;
    return `${this.what} (${short(this.settings.stableTargetGroup)} / ${short(this.settings.canaryTargetGroup)})`;
  }

  async check(): Promise<void> {
    this.forward(await (await this.connect()).read());
  }

  async setWeight(weight: number): Promise<void> {
    const api = await this.connect();
    const actions = await api.read();
    const { action, stable, canary } = this.forward(actions);
    // ALB weights are integers 0–999: whole percents as they are, fractions in tenths.
    const scale = Number.isInteger(weight) ? 1 : 10;
    const canaryWeight = Math.round(weight * scale);
    if (stable.Weight === 100 * scale - canaryWeight && canary.Weight === canaryWeight) return;
    stable.Weight = 100 * scale - canaryWeight;
    canary.Weight = canaryWeight;
    // With a ForwardConfig of several groups the action's own TargetGroupArn must be absent.
    delete action.TargetGroupArn;
    const written = this.forward(await api.write(actions));
    // The ELB API has no conditional write: what it answers must be what was asked.
    if (written.stable.Weight !== stable.Weight || written.canary.Weight !== canary.Weight)
      throw new UserError(
        `${this.what} answered weights ${written.stable.Weight}/${written.canary.Weight} after Glidepath wrote ${stable.Weight}/${canary.Weight}: another writer changed it; check it`,
      );
  }

  /** The forward action holding both target groups, or an error naming the input that is wrong. */
  private forward(actions: Action[]): {
    action: Action;
    stable: TargetGroupTuple;
    canary: TargetGroupTuple;
  } {
    const forwards = actions.filter((a) => a.Type === 'forward');
    const groups = forwards.flatMap((a) =>
      a.ForwardConfig?.TargetGroups?.length
        ? a.ForwardConfig.TargetGroups.map((t) => t.TargetGroupArn ?? '')
        : [a.TargetGroupArn ?? ''],
    );
    const find = (input: string, arn: string) => {
      if (!groups.includes(arn))
        throw new UserError(
          `Input '${input}' is '${arn}', but the forward action of ${this.what} has no such target group: it forwards to ${groups.join(', ') || 'nothing'}`,
        );
    };
    find('stable-server', this.settings.stableTargetGroup);
    find('canary-server', this.settings.canaryTargetGroup);
    // Both groups must already be in one forward config (the canary's at weight 0, say).
    const action = forwards.find((a) => {
      const arns = (a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn);
      return [this.settings.stableTargetGroup, this.settings.canaryTargetGroup].every((x) =>
        arns.includes(x),
      );
    });
    if (!action)
      throw new UserError(
        `Inputs 'stable-server' and 'canary-server' must be target groups of one forward action of ${this.what}, in its ForwardConfig (the canary's at weight 0): add the canary's group there first`,
      );
    const tuples = action.ForwardConfig?.TargetGroups ?? [];
    const tuple = (arn: string) => tuples.find((x) => x.TargetGroupArn === arn) as TargetGroupTuple;
    return {
      action,
      stable: tuple(this.settings.stableTargetGroup),
      canary: tuple(this.settings.canaryTargetGroup),
    };
  }

  private async connect(): Promise<AlbApi> {
    if (this.api) return this.api;
    const sdk = await import('@aws-sdk/client-elastic-load-balancing-v2');
    // Credentials and endpoint from the SDK's standard chain: AWS_* variables as
    // aws-actions/configure-aws-credentials (OIDC) leaves them, profiles, instance roles.
    const region = this.settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (!region)
      throw new UserError(
        "Input 'aws-region' is empty and AWS_REGION is not set: give the load balancer's region, e.g. eu-west-1, or set it with aws-actions/configure-aws-credentials",
      );
    const client = new sdk.ElasticLoadBalancingV2Client({ region, maxAttempts: 5 });
    const arn = this.settings.listener;
    const call = async <T>(fn: () => Promise<T>): Promise<T> => {
      try {
        return await fn();
      } catch (error) {
        throw this.explain(error);
      }
    };
    this.api = RULE.test(arn)
      ? {
          read: () =>
            call(async () => {
              const out = await client.send(new sdk.DescribeRulesCommand({ RuleArns: [arn] }));
              return (out.Rules?.[0]?.Actions ?? []) as Action[];
            }),
          write: (actions) =>
            call(async () => {
              const out = await client.send(
                new sdk.ModifyRuleCommand({ RuleArn: arn, Actions: actions as never }),
              );
              return (out.Rules?.[0]?.Actions ?? []) as Action[];
            }),
        }
      : {
          read: () =>
            call(async () => {
              const out = await client.send(
                new sdk.DescribeListenersCommand({ ListenerArns: [arn] }),
              );
              return (out.Listeners?.[0]?.DefaultActions ?? []) as Action[];
            }),
          write: (actions) =>
            call(async () => {
              const out = await client.send(
                new sdk.ModifyListenerCommand({
                  ListenerArn: arn,
                  DefaultActions: actions as never,
                }),
              );
              return (out.Listeners?.[0]?.DefaultActions ?? []) as Action[];
            }),
        };
    return this.api;
  }

  private explain(error: unknown): UserError {
    const name = (error as Error).name;
    const message = (error as Error).message;
    if (name === 'RuleNotFoundException' || name === 'ListenerNotFoundException')
      return new UserError(
        `Input 'alb-listener' is '${this.settings.listener}', but the load balancer API has no such ${RULE.test(this.settings.listener) ? 'listener rule' : 'listener'} in ${this.settings.region ?? process.env.AWS_REGION}: ${message}`,
      );
    if (name === 'TargetGroupNotFoundException')
      return new UserError(
        `A target group in stable-server or canary-server does not exist: ${message}`,
      );
    if (name === 'CredentialsProviderError')
      return new UserError(
        `No AWS credentials for provider aws-alb: run aws-actions/configure-aws-credentials (OIDC) first (${message})`,
      );
    if (name === 'AccessDenied' || name === 'AccessDeniedException')
      return new UserError(
        `AWS refused ${this.what}: the role needs elasticloadbalancing:DescribeRules, DescribeListeners, ModifyRule and ModifyListener (${message})`,
      );
    return new UserError(`Could not change ${this.what}: ${name}: ${message}`);
  }
}
