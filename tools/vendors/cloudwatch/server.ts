import { createHash, createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import { VendorServer, type VendorAnswer, type VendorRequest } from '../http.js';
import {
  evaluate,
  MetricStore,
  QueryFault,
  type Answer,
  type MetricKey,
  type Source,
} from './metrics.js';

/**
 * A local stand-in of Amazon CloudWatch's GetMetricData, speaking what
 * `@aws-sdk/client-cloudwatch` v3 sends today: AWS JSON 1.0 (`POST /`,
 * `X-Amz-Target: GraniteServiceVersion20100801.GetMetricData`, `x-amzn-query-mode: true`), epoch
 * seconds for timestamps, and errors as `{__type, message}` with the awsQuery-compatible
 * `x-amzn-query-error: Code;Sender` header. Every request's SigV4 signature is recomputed with
 * the known secret (wrong key → InvalidClientTokenId, wrong secret → SignatureDoesNotMatch).
 * Series are scripted with `put`; throttling, 5xx and auth failures with `fault`.
 */

/** What the stand-in reads of a request. */
type Incoming = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;

export const STAND_IN_ACCESS_KEY_ID = 'AKIAGLIDEPATHSTANDIN';
export const STAND_IN_SECRET_ACCESS_KEY = 'glidepath/stand-in/secret-access-key';

export type CloudWatchFault =
  | { kind: 'throttle'; times?: number }
  | { kind: 'server'; status?: 500 | 503; times?: number }
  | { kind: 'auth'; times?: number };

export interface CloudWatchRequest {
  target: string;
  accessKeyId?: string;
  region?: string;
  body: unknown;
  status: number;
}

export interface CloudWatchStandInOptions {
  /** Access key id → secret key accepted (default: the stand-in's pair). */
  keys?: Record<string, string>;
  /** Data points per page before a NextToken (CloudWatch's own limit is 100,800). */
  pageSize?: number;
}

const TARGET_PREFIX = 'GraniteServiceVersion20100801.';
const ID = /^[a-z][A-Za-z0-9_]{0,254}$/;

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** Node's SHA-256, in the shape SignatureV4 takes. */
class Sha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret ? createHmac('sha256', bytes(secret)) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

interface Reply {
  status: number;
  body: unknown;
  queryError?: string;
}

function awsError(status: number, type: string, queryCode: string, message: string): Reply {
  return {
    status,
    body: { __type: type, message },
    queryError: `${queryCode};${status >= 500 ? 'Receiver' : 'Sender'}`,
  };
}

export class CloudWatchStandIn extends VendorServer<CloudWatchFault, CloudWatchRequest> {
  readonly store = new MetricStore();

  constructor(private readonly options: CloudWatchStandInOptions = {}) {
    super();
  }

  /** Sets a metric's datapoints (or a function of time giving one per second). */
  put(key: MetricKey, source: Source): void {
    this.store.put(key, source);
  }

  protected async handle(request: VendorRequest): Promise<VendorAnswer> {
    const req: Incoming = {
      method: request.method,
      url: `${request.url.pathname}${request.url.search}`,
      headers: request.headers,
    };
    const entry: CloudWatchRequest = {
      target: String(req.headers['x-amz-target'] ?? ''),
      body: undefined,
      status: 0,
    };
    this.requests.push(entry);
    const reply = await this.answer(req, request.body, entry);
    entry.status = reply.status;
    return {
      status: reply.status,
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-requestid': `standin-${this.requests.length}`,
        ...(reply.queryError ? { 'x-amzn-query-error': reply.queryError } : {}),
      },
      body: reply.body,
    };
  }

  private async answer(req: Incoming, raw: string, entry: CloudWatchRequest): Promise<Reply> {
    const violation = (text: string): Reply => {
      this.violations.push(text);
      return awsError(
        400,
        'com.amazon.coral.service#SerializationException',
        'SerializationException',
        text,
      );
    };
    if (req.method !== 'POST' || req.url !== '/') return violation(`${req.method} ${req.url}`);
    if (req.headers['content-type'] !== 'application/x-amz-json-1.0')
      return violation(`content-type ${req.headers['content-type']}`);
    if (req.headers['x-amzn-query-mode'] !== 'true') return violation('no x-amzn-query-mode: true');
    const auth = await this.authenticate(req, raw, entry);
    if (auth) return auth;
    const fault = this.faults.shift();
    if (fault?.kind === 'throttle')
      return awsError(
        400,
        'com.amazon.coral.availability#ThrottlingException',
        'Throttling',
        'Rate exceeded',
      );
    if (fault?.kind === 'server')
      return fault.status === 503
        ? awsError(
            503,
            'com.amazon.coral.availability#ServiceUnavailableException',
            'ServiceUnavailable',
            'Service Unavailable',
          )
        : awsError(
            500,
            'com.amazonaws.cloudwatch#InternalServiceFault',
            'InternalServiceError',
            'Internal service error (stand-in fault)',
          );
    if (fault?.kind === 'auth')
      return awsError(
        403,
        'com.amazon.coral.service#ExpiredTokenException',
        'ExpiredToken',
        'The security token included in the request is expired',
      );
    if (entry.target !== `${TARGET_PREFIX}GetMetricData`)
      return awsError(
        400,
        'com.amazon.coral.service#UnknownOperationException',
        'UnknownOperationException',
        `Unknown operation ${entry.target}`,
      );
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return violation('body is not JSON');
    }
    entry.body = body;
    try {
      return { status: 200, body: this.getMetricData(body) };
    } catch (error) {
      if (error instanceof QueryFault)
        return awsError(
          400,
          `com.amazonaws.cloudwatch#${error.code}Exception`,
          error.code,
          error.message,
        );
      throw error;
    }
  }

  /** Recomputes the request's SigV4 signature with the secret of its access key id. */
  private async authenticate(
    req: Incoming,
    raw: string,
    entry: CloudWatchRequest,
  ): Promise<Reply | undefined> {
    const header = String(req.headers['authorization'] ?? '');
    const m =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/monitoring\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
        header,
      );
    if (!m)
      return awsError(
        400,
        'com.amazon.coral.service#MissingAuthenticationTokenException',
        'MissingAuthenticationToken',
        'Request is missing Authentication Token',
      );
    const [, keyId, , region, signed] = m as unknown as [string, string, string, string, string];
    entry.accessKeyId = keyId;
    entry.region = region;
    const keys = this.options.keys ?? { [STAND_IN_ACCESS_KEY_ID]: STAND_IN_SECRET_ACCESS_KEY };
    const secret = keys[keyId];
    if (secret === undefined)
      return awsError(
        403,
        'com.amazon.coral.service#UnrecognizedClientException',
        'InvalidClientTokenId',
        'The security token included in the request is invalid.',
      );
    const headers: Record<string, string> = {};
    for (const name of signed.split(';')) headers[name] = String(req.headers[name] ?? '');
    const date = String(req.headers['x-amz-date'] ?? '');
    const signingDate = new Date(
      date.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z'),
    );
    const signer = new SignatureV4({
      credentials: {
        accessKeyId: keyId,
        secretAccessKey: secret,
        ...(headers['x-amz-security-token']
          ? { sessionToken: headers['x-amz-security-token'] }
          : {}),
      },
      region,
      service: 'monitoring',
      sha256: Sha256,
    });
    const [hostname, port] = String(req.headers.host ?? '').split(':');
    const again = await signer.sign(
      {
        method: 'POST',
        protocol: 'http:',
        hostname: hostname ?? '',
        port: port ? Number(port) : undefined,
        path: '/',
        query: {},
        headers,
        body: raw,
      },
      { signingDate },
    );
    if (again.headers['authorization'] !== header)
      return awsError(
        403,
        'com.amazon.coral.service#InvalidSignatureException',
        'SignatureDoesNotMatch',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
    return undefined;
  }

  private getMetricData(body: Record<string, unknown>): unknown {
    const queries = body['MetricDataQueries'];
    const start = body['StartTime'];
    const end = body['EndTime'];
    if (!Array.isArray(queries) || queries.length === 0)
      throw new QueryFault(
        'MissingParameter',
        'The parameter MetricDataQueries must be specified.',
      );
    if (typeof start !== 'number' || typeof end !== 'number')
      throw new QueryFault(
        'MissingParameter',
        'The parameters StartTime and EndTime must be specified.',
      );
    if (start >= end)
      throw new QueryFault(
        'InvalidParameterValue',
        'The parameter StartTime must be less than the parameter EndTime.',
      );
    if (
      body['ScanBy'] !== undefined &&
      body['ScanBy'] !== 'TimestampAscending' &&
      body['ScanBy'] !== 'TimestampDescending'
    )
      throw new QueryFault(
        'InvalidParameterValue',
        `The parameter ScanBy is not valid: ${String(body['ScanBy'])}`,
      );
    const from = start * 1000;
    const to = end * 1000;
    const answers = new Map<string, Answer>();
    const out: { id: string; answers: Answer[] }[] = [];
    queries.forEach((q: Record<string, unknown>, n) => {
      const id = String(q['Id'] ?? '');
      const where = `MetricDataQueries.member.${n + 1}`;
      if (!ID.test(id))
        throw new QueryFault(
          'InvalidParameterValue',
          `The value ${id} for parameter ${where}.Id is not valid.`,
        );
      if (answers.has(id))
        throw new QueryFault(
          'InvalidParameterValue',
          `The value ${id} for parameter ${where}.Id is duplicated.`,
        );
      const stat = q['MetricStat'] as Record<string, unknown> | undefined;
      const expression = q['Expression'];
      if ((stat === undefined) === (expression === undefined))
        throw new QueryFault(
          'InvalidParameterCombination',
          `Exactly one of ${where}.MetricStat and ${where}.Expression must be given.`,
        );
      let result: Answer[];
      if (stat) {
        const metric = stat['Metric'] as Record<string, unknown>;
        const period = checkPeriod(stat['Period'], `${where}.MetricStat.Period`);
        const dims = Object.fromEntries(
          ((metric['Dimensions'] as { Name: string; Value: string }[] | undefined) ?? []).map(
            (d) => [d.Name, d.Value],
          ),
        );
        const key = {
          namespace: String(metric['Namespace']),
          metric: String(metric['MetricName']),
          dimensions: dims,
        };
        result = [
          {
            label: key.metric,
            points: this.store.answer(key, String(stat['Stat']), period, from, to),
          },
        ];
      } else {
        if (q['Period'] !== undefined) checkPeriod(q['Period'], `${where}.Period`);
        result = evaluate(String(expression), answers, (text, s, period) =>
          this.store.search(text).map((key) => ({
            label: `${Object.values(key.dimensions ?? {}).join(' ')} ${key.metric}`.trim(),
            points: this.store.answer(key, s, checkPeriod(period, 'SEARCH period'), from, to),
          })),
        );
      }
      if (typeof q['Label'] === 'string')
        result = result.map((r) => ({ ...r, label: q['Label'] as string }));
      if (result.length === 1) answers.set(id, result[0] as Answer);
      if (q['ReturnData'] !== false) out.push({ id, answers: result });
    });
    const descending = body['ScanBy'] === 'TimestampDescending';
    const flat = out.flatMap(({ id, answers: list }) => list.map((a) => ({ id, a })));
    return this.page(flat, descending, body['NextToken']);
  }

  /** Cuts the answer into pages of `pageSize` data points, continued by NextToken. */
  private page(flat: { id: string; a: Answer }[], descending: boolean, token: unknown): unknown {
    let skip = 0;
    if (token !== undefined) {
      const m = /^standin:(\d+)$/.exec(Buffer.from(String(token), 'base64').toString());
      if (!m) throw new QueryFault('InvalidParameterValue', 'The NextToken is not valid.');
      skip = Number(m[1]);
    }
    const size = this.options.pageSize ?? 100_800;
    let seen = 0;
    let taken = 0;
    const results = [];
    for (const { id, a } of flat) {
      const points = descending ? [...a.points].reverse() : a.points;
      const mine = points.filter(() => {
        const i = seen++;
        if (i < skip || taken >= size) return false;
        taken++;
        return true;
      });
      const partial =
        mine.length + Math.max(0, Math.min(points.length, skip - (seen - points.length))) <
        points.length;
      if (mine.length || !token)
        results.push({
          Id: id,
          Label: a.label,
          Timestamps: mine.map((p) => p.at / 1000),
          Values: mine.map((p) => p.value),
          StatusCode: partial ? 'PartialData' : 'Complete',
        });
    }
    const more = skip + taken < seen;
    return {
      MetricDataResults: results,
      Messages: [],
      ...(more ? { NextToken: Buffer.from(`standin:${skip + taken}`).toString('base64') } : {}),
    };
  }
}

function checkPeriod(value: unknown, where: string): number {
  const p = Number(value);
  if (!(Number.isInteger(p) && p > 0 && ([1, 5, 10, 30].includes(p) || p % 60 === 0)))
    throw new QueryFault(
      'InvalidParameterValue',
      `The parameter ${where} must be 1, 5, 10, 30 or a multiple of 60.`,
    );
  return p;
}
