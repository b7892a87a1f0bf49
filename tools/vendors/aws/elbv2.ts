import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackStandIn } from '../loopback.js';

/**
 * A local stand-in for the Elastic Load Balancing v2 API (Application Load Balancers), the part
 * that moves weighted traffic: DescribeRules, ModifyRule, DescribeListeners, ModifyListener. It
 * speaks the AWS Query protocol as the real service does (form-encoded requests, XML answers in
 * the 2015-12-01 namespace, `<ErrorResponse>` with the service's error codes), so the official
 * SDK client (`@aws-sdk/client-elastic-load-balancing-v2`, pointed here with AWS_ENDPOINT_URL)
 * parses every answer. It refuses what the service refuses (weights outside 0–999, more than 5
 * target groups, unknown target groups, a TargetGroupArn beside several weighted groups) and
 * injects throttling, 5xx answers and outages.
 */
type Json = Record<string, unknown>;
export interface AlbAction extends Json {
  Type: string;
  TargetGroupArn?: string;
  ForwardConfig?: { TargetGroups?: { TargetGroupArn: string; Weight?: number }[] } & Json;
}
export type AwsFault = { kind: 'throttle' | '5xx'; count: number } | { kind: 'down' };

const NS = 'http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/';

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class ElbStandIn extends LoopbackStandIn {
  readonly rules = new Map<string, AlbAction[]>();
  readonly listeners = new Map<string, AlbAction[]>();
  readonly targetGroups = new Set<string>();
  readonly faults: AwsFault[] = [];
  /** Every request: its Action and answer status. */
  readonly log: { action: string; status: number }[] = [];
  /** Weights written, per rule or listener ARN: [[arn, weight], …] per write. */
  readonly writes: { arn: string; weights: [string, number][] }[] = [];

  protected handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const action = form.get('Action') ?? '';
      const fault = this.faults[0];
      if (fault?.kind === 'down') return void req.socket.destroy();
      let status = 200;
      let body: string;
      try {
        if (fault) {
          if (--fault.count <= 0) this.faults.shift();
          throw fault.kind === 'throttle'
            ? new Refusal('Throttling', 'Rate exceeded')
            : new Refusal('InternalFailure', 'injected fault', 503);
        }
        if (req.method !== 'POST' || form.get('Version') !== '2015-12-01')
          throw new Refusal(
            'InvalidAction',
            `Could not find operation ${action} for version ${form.get('Version')}`,
          );
        body = answer(action, this.operate(action, unflatten(form)));
      } catch (error) {
        const refusal =
          error instanceof Refusal ? error : new Refusal('InternalFailure', String(error), 500);
        status = refusal.status;
        body = `<ErrorResponse xmlns="${NS}"><Error><Type>${status < 500 ? 'Sender' : 'Receiver'}</Type><Code>${refusal.code}</Code><Message>${escape(refusal.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
      }
      this.log.push({ action, status });
      this.tally(
        /^Modify/.test(action) ? 'write' : /^Describe/.test(action) ? 'read' : 'other',
        action,
      );
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': randomUUID() });
      res.end(body);
    });
  }

  /** The weights of a rule's (or listener's) forward action, by target group ARN. */
  weights(arn: string): Record<string, number> {
    const actions = this.rules.get(arn) ?? this.listeners.get(arn) ?? [];
    const forward = actions.find((a) => a.Type === 'forward');
    return Object.fromEntries(
      (forward?.ForwardConfig?.TargetGroups ?? []).map((t) => [t.TargetGroupArn, t.Weight ?? 1]),
    );
  }

  private operate(action: string, input: Json): Json {
    switch (action) {
      case 'DescribeRules': {
        const arns = list(input.RuleArns) as string[];
        const rules = arns.map((arn) => {
          const actions = this.rules.get(arn);
          if (!actions) throw new Refusal('RuleNotFound', 'One or more rules not found');
          return rule(arn, actions);
        });
        return { Rules: rules };
      }
      case 'ModifyRule': {
        const arn = String(input.RuleArn ?? '');
        if (!this.rules.has(arn)) throw new Refusal('RuleNotFound', 'One or more rules not found');
        const actions = this.checkActions(list(input.Actions) as AlbAction[]);
        this.rules.set(arn, actions);
        this.record(arn, actions);
        return { Rules: [rule(arn, actions)] };
      }
      case 'DescribeListeners': {
        const arns = list(input.ListenerArns) as string[];
        return {
          Listeners: arns.map((arn) => {
            const actions = this.listeners.get(arn);
            if (!actions) throw new Refusal('ListenerNotFound', 'One or more listeners not found');
            return listener(arn, actions);
          }),
        };
      }
      case 'ModifyListener': {
        const arn = String(input.ListenerArn ?? '');
        if (!this.listeners.has(arn))
          throw new Refusal('ListenerNotFound', 'One or more listeners not found');
        const actions = this.checkActions(list(input.DefaultActions) as AlbAction[]);
        this.listeners.set(arn, actions);
        this.record(arn, actions);
        return { Listeners: [listener(arn, actions)] };
      }
    }
    throw new Refusal('InvalidAction', `Could not find operation ${action} for version 2015-12-01`);
  }

  private checkActions(actions: AlbAction[]): AlbAction[] {
    if (!actions.length) throw new Refusal('ValidationError', 'Actions must not be empty');
    return actions.map((a) => {
      const out: AlbAction = { ...a, Type: String(a.Type) };
      if (a.Order !== undefined) out.Order = Number(a.Order);
      const groups = list(a.ForwardConfig?.TargetGroups).map((t) => {
        const tuple = t as { TargetGroupArn: string; Weight?: unknown };
        const weight = tuple.Weight === undefined ? undefined : Number(tuple.Weight);
        if (weight !== undefined && !(Number.isInteger(weight) && weight >= 0 && weight <= 999))
          throw new Refusal('ValidationError', `Target group weight must be between 0 and 999`);
        if (!this.targetGroups.has(tuple.TargetGroupArn))
          throw new Refusal(
            'TargetGroupNotFound',
            `Target groups '${tuple.TargetGroupArn}' not found`,
          );
        return { TargetGroupArn: tuple.TargetGroupArn, Weight: weight ?? 1 };
      });
      if (groups.length > 5)
        throw new Refusal(
          'TooManyTargetGroups',
          'You have reached the limit of 5 target groups per forward action',
        );
      if (a.ForwardConfig) out.ForwardConfig = { ...a.ForwardConfig, TargetGroups: groups };
      if (a.TargetGroupArn && groups.length > 1)
        throw new Refusal(
          'ValidationError',
          'You cannot specify both a target group ARN and a forward config with more than one target group',
        );
      return out;
    });
  }

  private record(arn: string, actions: AlbAction[]): void {
    this.written(true);
    const forward = actions.find((a) => a.Type === 'forward');
    this.writes.push({
      arn,
      weights: (forward?.ForwardConfig?.TargetGroups ?? []).map((t) => [
        t.TargetGroupArn,
        t.Weight ?? 1,
      ]),
    });
  }
}

const rule = (arn: string, actions: AlbAction[]) => ({
  RuleArn: arn,
  Priority: '10',
  Conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
  Actions: actions,
  IsDefault: false,
});
const listener = (arn: string, actions: AlbAction[]) => ({
  ListenerArn: arn,
  LoadBalancerArn: arn.replace(':listener/', ':loadbalancer/').replace(/\/[^/]+$/, ''),
  Port: 443,
  Protocol: 'HTTPS',
  DefaultActions: actions,
});

/** `Actions.member.1.ForwardConfig.TargetGroups.member.2.Weight=10` → nested objects and lists. */
function unflatten(form: URLSearchParams): Json {
  const root: Json = {};
  for (const [key, value] of form) {
    const parts = key.split('.');
    let node: Json = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= {}) as Json;
    });
  }
  return root;
}

/** A query-protocol list (`{ member: { 1: …, 2: … } }`) as an array. */
function list(value: unknown): unknown[] {
  const members = (value as { member?: Record<string, unknown> } | undefined)?.member ?? {};
  return Object.keys(members)
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => members[k]);
}

function answer(action: string, result: Json): string {
  return `<${action}Response xmlns="${NS}"><${action}Result>${xml(result)}</${action}Result><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></${action}Response>`;
}

function xml(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => `<member>${xml(v)}</member>`).join('');
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `<${k}>${xml(v)}</${k}>`)
      .join('');
  return escape(String(value));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
