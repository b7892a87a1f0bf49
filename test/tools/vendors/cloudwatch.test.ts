import {
  CloudWatchClient,
  GetMetricDataCommand,
  paginateGetMetricData,
  type GetMetricDataCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CloudWatchStandIn,
  STAND_IN_ACCESS_KEY_ID,
  STAND_IN_SECRET_ACCESS_KEY,
} from '../../../tools/vendors/cloudwatch/index.js';

/**
 * Conformance: the official SDK client, pointed at the stand-in with `endpoint`, signs every
 * request (the stand-in recomputes the signature) and parses every answer the stand-in gives.
 */
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
const key = { namespace: 'AWS/ApiGateway', metric: 'Count', dimensions: { ApiName: 'shop' } };
let standIn: CloudWatchStandIn;
let client: CloudWatchClient;

const input = (over: Partial<GetMetricDataCommandInput> = {}): GetMetricDataCommandInput => ({
  StartTime: new Date(T0),
  EndTime: new Date(T0 + 10 * 60_000),
  ScanBy: 'TimestampAscending',
  MetricDataQueries: [
    {
      Id: 'count',
      MetricStat: {
        Metric: {
          Namespace: key.namespace,
          MetricName: key.metric,
          Dimensions: [{ Name: 'ApiName', Value: 'shop' }],
        },
        Period: 60,
        Stat: 'Sum',
      },
    },
  ],
  ...over,
});
const rejection = (over: Partial<GetMetricDataCommandInput> = {}) =>
  client.send(new GetMetricDataCommand(input(over))).then(
    () => {
      throw new Error('accepted');
    },
    (e: unknown) =>
      e as {
        name: string;
        Code?: string;
        message: string;
        $fault: string;
        $metadata: { httpStatusCode: number };
      },
  );

beforeAll(async () => {
  standIn = new CloudWatchStandIn({ pageSize: 3 });
  await standIn.start();
  client = new CloudWatchClient({
    region: 'us-east-1',
    endpoint: standIn.url,
    maxAttempts: 1,
    credentials: {
      accessKeyId: STAND_IN_ACCESS_KEY_ID,
      secretAccessKey: STAND_IN_SECRET_ACCESS_KEY,
    },
  });
  standIn.put(
    key,
    Array.from({ length: 10 }, (_, i) => ({ at: T0 + i * 60_000 + 5_000, value: i })),
  );
});
afterAll(() => standIn.stop());

describe('CloudWatch stand-in, as the official SDK client sees it', () => {
  it('every page parses and the SDK paginator follows NextToken to the end', async () => {
    const pages = [];
    for await (const page of paginateGetMetricData({ client }, input())) pages.push(page);
    expect(pages).toHaveLength(4);
    expect(pages[0]?.MetricDataResults?.[0]?.StatusCode).toBe('PartialData');
    expect(pages[3]?.NextToken).toBeUndefined();
    const times = pages.flatMap((p) => p.MetricDataResults?.[0]?.Timestamps ?? []);
    expect(times.every((t) => t instanceof Date)).toBe(true);
    expect(times.map((t) => t.getTime())).toEqual(
      Array.from({ length: 10 }, (_, i) => T0 + i * 60_000),
    );
    expect(pages.flatMap((p) => p.MetricDataResults?.[0]?.Values ?? [])).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
    expect(standIn.violations).toEqual([]);
  });

  it('descending order, labels and an empty result parse', async () => {
    const out = await client.send(
      new GetMetricDataCommand(
        input({ ScanBy: 'TimestampDescending', EndTime: new Date(T0 + 120_000) }),
      ),
    );
    expect(out.MetricDataResults?.[0]?.Values).toEqual([1, 0]);
    expect(out.MetricDataResults?.[0]?.Label).toBe('Count');
    const empty = await client.send(
      new GetMetricDataCommand(
        input({ StartTime: new Date(T0 - 3_600_000), EndTime: new Date(T0) }),
      ),
    );
    expect(empty.MetricDataResults).toEqual([
      { Id: 'count', Label: 'Count', Timestamps: [], Values: [], StatusCode: 'Complete' },
    ]);
    expect(empty.$metadata.httpStatusCode).toBe(200);
  });

  it('throttling, 5xx and auth failures become the SDK error classes with their awsQuery codes', async () => {
    standIn.fault({ kind: 'throttle' });
    const throttle = await rejection();
    expect([throttle.name, throttle.$metadata.httpStatusCode, throttle.message]).toEqual([
      'Throttling',
      400,
      'Rate exceeded',
    ]);
    standIn.fault({ kind: 'server' });
    const fault = await rejection();
    expect([fault.name, fault.$fault, fault.$metadata.httpStatusCode]).toEqual([
      'InternalServiceFault',
      'server',
      500,
    ]);
    standIn.fault({ kind: 'server', status: 503 });
    expect((await rejection()).$metadata.httpStatusCode).toBe(503);
    standIn.fault({ kind: 'auth' });
    expect((await rejection()).name).toBe('ExpiredToken');
  });

  it('a validation error is InvalidParameterValueException with CloudWatch-style text', async () => {
    const e = await rejection({ MetricDataQueries: [{ Id: 'q', Expression: 'NOPE(1)' }] });
    expect([e.name, e.$metadata.httpStatusCode]).toEqual(['InvalidParameterValueException', 400]);
    expect(e.message).toContain('Unrecognized metric id or function name: NOPE');
    const period = await rejection({
      MetricDataQueries: [
        {
          Id: 'q',
          MetricStat: { Metric: { Namespace: 'A', MetricName: 'B' }, Period: 45, Stat: 'Sum' },
        },
      ],
    });
    expect(period.message).toContain('must be 1, 5, 10, 30 or a multiple of 60');
  });

  it('a wrong secret is SignatureDoesNotMatch: the stand-in recomputes the signature', async () => {
    const wrong = new CloudWatchClient({
      region: 'us-east-1',
      endpoint: standIn.url,
      maxAttempts: 1,
      credentials: { accessKeyId: STAND_IN_ACCESS_KEY_ID, secretAccessKey: 'not-the-secret' },
    });
    const e = (await wrong.send(new GetMetricDataCommand(input())).catch((x: unknown) => x)) as {
      name: string;
    };
    expect(e.name).toBe('SignatureDoesNotMatch');
    expect(standIn.requests.at(-1)?.status).toBe(403);
  });
});
