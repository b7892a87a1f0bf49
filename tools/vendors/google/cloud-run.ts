import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoopbackStandIn, stamp, type CallKind } from '../loopback.js';
import { violations } from './schema.js';

/**
 * A local stand-in for the part of the Cloud Run Admin API v2 that splits traffic: services
 * (GET, PATCH returning a long-running operation), revisions (GET), operations (GET), with the
 * service's etag (409 ABORTED on a stale one), generation and reconciliation as Cloud Run keeps
 * them, and Google's error shape ({error: {code, message, status}}). It also answers the token
 * exchange of workload identity federation (the STS `token_url` of the credential file
 * google-github-actions/auth writes), and refuses API calls without that token. It refuses what
 * Cloud Run refuses (percents not summing to 100, unknown revisions) and injects throttling, 5xx,
 * conflicts, outages and failed operations. Every Service, Revision and Operation it answers, and
 * every Service it is sent, is checked against Google's published descriptors of the API
 * (`@google-cloud/run`, schema.ts): `violations` lists what failed.
 */
interface Target {
  type?: string;
  revision?: string;
  percent?: number;
  tag?: string;
}
interface Service {
  name: string;
  uid: string;
  generation: string;
  etag: string;
  traffic: Target[];
  trafficStatuses: Target[];
  reconciling: boolean;
  observedGeneration: string;
  latestReadyRevision: string;
  [key: string]: unknown;
}
interface Operation {
  name: string;
  done: boolean;
  metadata: Record<string, unknown>;
  response?: Record<string, unknown>;
  error?: { code: number; message: string };
}
export type GoogleFault =
  | { kind: 'status'; code: 429 | 503; count: number }
  | { kind: 'conflict'; count: number }
  | { kind: 'fail-operation'; count: number }
  | { kind: 'down' };

const TOKEN = 'ya29.stand-in-access-token';

class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

export class CloudRunStandIn extends LoopbackStandIn {
  readonly services = new Map<string, Service>();
  readonly revisions = new Set<string>();
  private readonly operations = new Map<string, Operation>();
  readonly faults: GoogleFault[] = [];
  readonly log: { method: string; path: string; status: number }[] = [];
  /** Every traffic split written: [revision, percent] lists. */
  readonly writes: [string, number][][] = [];
  /** Subject tokens exchanged at the STS endpoint (the job's OIDC token). */
  readonly exchanged: string[] = [];
  /** What did not match the API's descriptors, in requests and answers. */
  readonly violations: string[] = [];
  operationDelayMs = 100;

  /**
   * Writes the credential file google-github-actions/auth leaves for workload identity federation
   * (an external account reading the job's OIDC token from a file), its token exchange pointed
   * here; returns its path, for GOOGLE_APPLICATION_CREDENTIALS.
   */
  credentialFile(): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-gcp-'));
    writeFileSync(
      path.join(dir, 'oidc'),
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOm9jdG8vc2hvcCJ9.sig',
    );
    const file = path.join(dir, 'credentials.json');
    writeFileSync(
      file,
      JSON.stringify({
        type: 'external_account',
        audience:
          '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/providers/octo',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${this.url}/v1/token`,
        credential_source: { file: path.join(dir, 'oidc') },
      }),
    );
    return file;
  }

  /** Adds a service (projects/p/locations/l/services/s) serving `revisions[0]`. */
  addService(name: string, revisions: string[]): void {
    for (const r of revisions) this.revisions.add(`${name}/revisions/${r}`);
    const first = revisions[0] ?? '';
    this.services.set(name, {
      name,
      uid: randomUUID(),
      generation: '1',
      etag: `"${randomUUID()}"`,
      traffic: [{ type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: first, percent: 100 }],
      trafficStatuses: [
        { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: first, percent: 100 },
      ],
      reconciling: false,
      observedGeneration: '1',
      latestReadyRevision: `${name}/revisions/${revisions.at(-1)}`,
    });
  }

  split(name: string): Record<string, number> {
    return Object.fromEntries(
      (this.services.get(name)?.traffic ?? []).map((t) => [t.revision ?? '', t.percent ?? 0]),
    );
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString();
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    const fault = this.faults[0];
    if (fault?.kind === 'down') return void req.socket.destroy();
    let code = 200;
    let body: unknown;
    try {
      if (url.pathname === '/v1/token') body = this.exchange(text);
      else {
        if (req.headers.authorization !== `Bearer ${TOKEN}`)
          throw new Refusal(
            401,
            'UNAUTHENTICATED',
            'Request had invalid authentication credentials.',
          );
        if (fault?.kind === 'status') {
          if (--fault.count <= 0) this.faults.shift();
          throw new Refusal(
            fault.code,
            fault.code === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE',
            'injected fault',
          );
        }
        const [, operation] = callOf(method, url.pathname);
        if (method === 'PATCH')
          this.violations.push(
            ...violations(
              MESSAGES['GET service'],
              JSON.parse(text || '{}'),
              `PATCH ${url.pathname} body`,
            ),
          );
        body = this.api(method, url.pathname.replace(/^\/v2\//, ''), text);
        const answered = MESSAGES[operation as keyof typeof MESSAGES];
        if (answered) this.violations.push(...violations(answered, body, `${operation} answer`));
      }
    } catch (error) {
      const refusal =
        error instanceof Refusal ? error : new Refusal(400, 'INVALID_ARGUMENT', String(error));
      code = refusal.code;
      body = { error: { code, message: refusal.message, status: refusal.status } };
    }
    this.log.push({ method, path: url.pathname, status: code });
    this.tally(...callOf(method, url.pathname));
    res.writeHead(code, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(body));
  }

  /** Workload identity federation's token exchange (RFC 8693), as sts.googleapis.com answers it. */
  private exchange(text: string): unknown {
    const form = new URLSearchParams(text);
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange')
      throw new Refusal(400, 'INVALID_ARGUMENT', 'Invalid grant_type');
    this.exchanged.push(form.get('subject_token') ?? '');
    return {
      access_token: TOKEN,
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: 3600,
    };
  }

  private api(method: string, path: string, text: string): unknown {
    if (/\/operations\/[^/]+$/.test(path) && method === 'GET') {
      const op = this.operations.get(path);
      if (!op) throw new Refusal(404, 'NOT_FOUND', `Operation ${path} not found`);
      return op;
    }
    if (/\/revisions\/[^/]+$/.test(path) && method === 'GET') {
      if (!this.revisions.has(path))
        throw new Refusal(
          404,
          'NOT_FOUND',
          `Revision named '${path.split('/').at(-1)}' does not exist`,
        );
      return { name: path, service: path.split('/revisions/')[0], generation: '1' };
    }
    const service = this.services.get(path);
    if (!service)
      throw new Refusal(
        404,
        'NOT_FOUND',
        `Service named '${path.split('/').at(-1)}' does not exist`,
      );
    if (method === 'GET') return service;
    if (method !== 'PATCH') throw new Refusal(405, 'UNIMPLEMENTED', method);
    const input = JSON.parse(text || '{}') as Partial<Service>;
    const fault = this.faults[0];
    if (fault?.kind === 'conflict') {
      if (--fault.count <= 0) this.faults.shift();
      service.etag = `"${randomUUID()}"`; // another writer got in first
    }
    if (input.etag !== undefined && input.etag !== service.etag)
      throw new Refusal(
        409,
        'ABORTED',
        'Conflict for resource: the resource version (etag) does not match',
      );
    const traffic = input.traffic ?? service.traffic;
    let sum = 0;
    for (const t of traffic) {
      if (!Number.isInteger(t.percent ?? 0) || (t.percent ?? 0) < 0 || (t.percent ?? 0) > 100)
        throw new Refusal(
          400,
          'INVALID_ARGUMENT',
          'traffic percent must be an integer from 0 to 100',
        );
      if (t.revision && !this.revisions.has(`${path}/revisions/${t.revision}`))
        throw new Refusal(
          400,
          'INVALID_ARGUMENT',
          `Revision '${t.revision}' referenced in traffic not found`,
        );
      sum += t.percent ?? 0;
    }
    if (sum !== 100)
      throw new Refusal(400, 'INVALID_ARGUMENT', `Traffic percents sum to ${sum}, not 100`);
    Object.assign(service, {
      traffic,
      generation: String(Number(service.generation) + 1),
      etag: `"${randomUUID()}"`,
      reconciling: true,
    });
    this.writes.push(traffic.map((t) => [t.revision ?? '', t.percent ?? 0]));
    const time = this.written(false);
    const name = `${path.split('/services/')[0]}/operations/${randomUUID()}`;
    const op: Operation = {
      name,
      done: false,
      metadata: { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', name: path },
    };
    this.operations.set(name, op);
    const fails = this.faults[0]?.kind === 'fail-operation';
    if (fails) {
      const f = this.faults[0] as { count: number };
      if (--f.count <= 0) this.faults.shift();
    }
    setTimeout(() => {
      op.done = true;
      if (fails) op.error = { code: 9, message: 'Revision is not ready and cannot serve traffic.' };
      else {
        Object.assign(service, {
          reconciling: false,
          observedGeneration: service.generation,
          trafficStatuses: traffic,
        });
        time.inEffectAt = stamp();
        op.response = { '@type': 'type.googleapis.com/google.cloud.run.v2.Service', ...service };
      }
    }, this.operationDelayMs);
    return op;
  }
}

/** The message each call answers with, by operation (callOf); a PATCH sends a Service. */
const MESSAGES = {
  'GET service': 'google.cloud.run.v2.Service',
  'GET revision': 'google.cloud.run.v2.Revision',
  'GET operation': 'google.longrunning.Operation',
  'PATCH service': 'google.longrunning.Operation',
} as const;

/** A call's kind and operation, for the stand-in's tally. */
function callOf(method: string, pathname: string): [CallKind, string] {
  if (pathname === '/v1/token') return ['auth', 'token exchange'];
  const what = /\/operations\/[^/]+$/.test(pathname)
    ? 'operation'
    : /\/revisions\/[^/]+$/.test(pathname)
      ? 'revision'
      : 'service';
  return [method === 'GET' ? 'read' : method === 'PATCH' ? 'write' : 'other', `${method} ${what}`];
}
