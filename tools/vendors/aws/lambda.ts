import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackStandIn } from '../loopback.js';
import type { AwsFault } from './elbv2.js';

/**
 * A local stand-in for the part of the AWS Lambda API that routes an alias between versions:
 * GetAlias, UpdateAlias (with RevisionId: 412 PreconditionFailedException when stale) and
 * GetFunctionConfiguration, in Lambda's REST-JSON protocol (errors named by x-amzn-ErrorType), so
 * the official SDK client (`@aws-sdk/client-lambda`, pointed here with AWS_ENDPOINT_URL) parses
 * every answer. It refuses what Lambda refuses (weights outside 0–1, an additional version equal
 * to the primary, more than one additional version, unknown versions) and injects throttling,
 * 5xx answers, outages and changes by another writer.
 */
interface Alias {
  Name: string;
  FunctionVersion: string;
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
  RevisionId: string;
  Description: string;
}
interface Fn {
  name: string;
  versions: Set<string>;
  aliases: Map<string, Alias>;
}
export type LambdaFault = AwsFault | { kind: 'conflict'; count: number };

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const PATH = /^\/2015-03-31\/functions\/([^/]+)\/(?:aliases\/([^/]+)|configuration)$/;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class LambdaStandIn extends LoopbackStandIn {
  readonly functions = new Map<string, Fn>();
  readonly faults: LambdaFault[] = [];
  readonly log: { method: string; op: string; status: number }[] = [];
  /** Every alias update: primary version and the additional weights. */
  readonly writes: { version: string; weights: Record<string, number> }[] = [];

  addFunction(name: string, versions: string[], alias: { name: string; version: string }): void {
    const fn: Fn = { name, versions: new Set(versions), aliases: new Map() };
    fn.aliases.set(alias.name, {
      Name: alias.name,
      FunctionVersion: alias.version,
      RevisionId: randomUUID(),
      Description: '',
    });
    this.functions.set(name, fn);
  }

  alias(fn: string, name: string): Alias | undefined {
    return this.functions.get(fn)?.aliases.get(name);
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const m = PATH.exec(url.pathname);
    const op = !m
      ? 'unknown'
      : m[2]
        ? method === 'PUT'
          ? 'UpdateAlias'
          : 'GetAlias'
        : 'GetFunctionConfiguration';
    const fault = this.faults[0];
    if (fault?.kind === 'down') return void req.socket.destroy();
    let status = 200;
    let body: unknown;
    try {
      if (fault && fault.kind !== 'conflict') {
        if (--fault.count <= 0) this.faults.shift();
        throw fault.kind === 'throttle'
          ? new Refusal(429, 'TooManyRequestsException', 'Rate exceeded')
          : new Refusal(500, 'ServiceException', 'injected fault');
      }
      if (!m) throw new Refusal(404, 'UnknownOperationException', 'Unknown operation');
      const fnName = decodeURIComponent(m[1] ?? '').replace(
        /^arn:aws:lambda:[^:]+:\d+:function:/,
        '',
      );
      const fn = this.functions.get(fnName);
      if (!fn)
        throw new Refusal(404, 'ResourceNotFoundException', `Function not found: ${arn(fnName)}`);
      if (!m[2]) {
        const version = url.searchParams.get('Qualifier') ?? '$LATEST';
        if (!fn.versions.has(version))
          throw new Refusal(
            404,
            'ResourceNotFoundException',
            `Function not found: ${arn(fnName)}:${version}`,
          );
        body = {
          FunctionName: fnName,
          FunctionArn: `${arn(fnName)}:${version}`,
          Version: version,
          Runtime: 'nodejs20.x',
          State: 'Active',
          RevisionId: randomUUID(),
        };
      } else {
        const name = decodeURIComponent(m[2]);
        const alias = fn.aliases.get(name);
        if (!alias)
          throw new Refusal(
            404,
            'ResourceNotFoundException',
            `Alias not found: ${arn(fnName)}:${name}`,
          );
        if (method === 'PUT')
          this.update(fn, alias, JSON.parse(Buffer.concat(chunks).toString() || '{}'));
        body = { AliasArn: `${arn(fnName)}:${name}`, ...alias };
      }
    } catch (error) {
      const refusal =
        error instanceof Refusal
          ? error
          : new Refusal(400, 'InvalidParameterValueException', String(error));
      status = refusal.status;
      res.setHeader(
        'x-amzn-errortype',
        `${refusal.type}:http://internal.amazon.com/coral/com.amazonaws.awslambda/`,
      );
      body = { Type: status < 500 ? 'User' : 'Service', message: refusal.message };
    }
    this.log.push({ method, op, status });
    this.tally(op === 'UpdateAlias' ? 'write' : op === 'unknown' ? 'other' : 'read', op);
    res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() });
    res.end(JSON.stringify(body));
  }

  private update(fn: Fn, alias: Alias, input: Record<string, unknown>): void {
    const fault = this.faults[0];
    if (fault?.kind === 'conflict') {
      if (--fault.count <= 0) this.faults.shift();
      alias.RevisionId = randomUUID(); // another writer got in first
    }
    if (input.RevisionId !== undefined && input.RevisionId !== alias.RevisionId)
      throw new Refusal(
        412,
        'PreconditionFailedException',
        'The Revision Id provided does not match the latest Revision Id. Call the GetAlias API to retrieve the latest Revision Id',
      );
    const version = (input.FunctionVersion as string | undefined) ?? alias.FunctionVersion;
    const weights =
      ((input.RoutingConfig as Alias['RoutingConfig']) ?? alias.RoutingConfig)
        ?.AdditionalVersionWeights ?? {};
    if (!fn.versions.has(version) || version === '$LATEST')
      throw new Refusal(
        404,
        'ResourceNotFoundException',
        `Function not found: ${arn(fn.name)}:${version}`,
      );
    const extra = Object.entries(weights);
    if (extra.length > 1)
      throw new Refusal(
        400,
        'InvalidParameterValueException',
        'Number of items in AdditionalVersionWeights must be less than or equal to 1',
      );
    for (const [v, w] of extra) {
      if (v === version)
        throw new Refusal(
          400,
          'InvalidParameterValueException',
          'Additional version must be different from the primary version',
        );
      if (!fn.versions.has(v))
        throw new Refusal(
          404,
          'ResourceNotFoundException',
          `Function not found: ${arn(fn.name)}:${v}`,
        );
      if (typeof w !== 'number' || w < 0 || w > 1)
        throw new Refusal(
          400,
          'InvalidParameterValueException',
          'Weight must be between 0.0 and 1.0',
        );
    }
    alias.FunctionVersion = version;
    alias.RoutingConfig = extra.length ? { AdditionalVersionWeights: weights } : undefined;
    alias.RevisionId = randomUUID();
    this.writes.push({ version, weights });
    this.written(true);
  }
}

function arn(fn: string): string {
  return `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${fn}`;
}
