import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import {
  buildSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { VendorServer, type VendorAnswer, type VendorRequest } from '../http.js';
import { answer, NrqlError, parseNrql, window, type NrEvent } from './nrql.js';

/**
 * A local stand-in of New Relic's NerdGraph for NRQL: `POST /graphql` with the user key in
 * `API-Key`. Each request's document is parsed and validated against the NerdGraph schema subset
 * (`nerdgraph.graphql`) and executed on it with the `graphql` reference implementation, so an
 * answer has exactly the shape the schema gives. NRQL runs over scripted events (`events`).
 * Faults: 429 with Retry-After, 5xx, a GraphQL TIMEOUT error, and wrong keys (401).
 */

/** What the stand-in reads of a request. */
type Incoming = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;

export const STAND_IN_API_KEY = 'NRAK-GLIDEPATHSTANDIN0000000000';
export const STAND_IN_ACCOUNT_ID = 1234567;

export type NewRelicFault =
  | { kind: 'throttle'; retryAfterSeconds?: number; times?: number }
  | { kind: 'server'; status?: 500 | 502 | 503; times?: number }
  | { kind: 'timeout'; times?: number };

export interface NewRelicRequest {
  apiKey?: string;
  nrql?: string;
  accountId?: number;
  status: number;
}

export interface NewRelicStandInOptions {
  /** User keys accepted, each with the accounts it may read (default: the stand-in's pair). */
  keys?: Record<string, number[]>;
  /** "Now" for queries without UNTIL (default: the clock). */
  now?: () => number;
}

const SCHEMA_FILE = new URL('./nerdgraph.graphql', import.meta.url);
let schema: GraphQLSchema | undefined;

/** The NerdGraph schema subset the stand-in validates and executes on. */
export function nerdGraphSchema(): GraphQLSchema {
  schema ??= buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  return schema;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class NewRelicStandIn extends VendorServer<NewRelicFault, NewRelicRequest> {
  private readonly store = new Map<string, NrEvent[] | ((from: number, to: number) => NrEvent[])>();

  constructor(private readonly options: NewRelicStandInOptions = {}) {
    super();
  }

  /** The GraphQL endpoint (what `endpoint` is set to). */
  override get url(): string {
    return `${this.origin}/graphql`;
  }

  /** Sets the events of a type: a list, or a function giving those in [from, to). */
  events(eventType: string, events: NrEvent[] | ((from: number, to: number) => NrEvent[])): void {
    this.store.set(eventType, events);
  }

  clear(): void {
    this.store.clear();
  }

  protected async handle(request: VendorRequest): Promise<VendorAnswer> {
    const req: Incoming = {
      method: request.method,
      url: `${request.url.pathname}${request.url.search}`,
      headers: request.headers,
    };
    const entry: NewRelicRequest = { status: 0 };
    this.requests.push(entry);
    const reply = await this.answer(req, request.body, entry);
    entry.status = reply.status;
    return reply;
  }

  private async answer(req: Incoming, raw: string, entry: NewRelicRequest): Promise<Reply> {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      this.violations.push(`${req.method} ${req.url}`);
      return { status: 404, body: { errors: [{ message: 'Not Found' }] } };
    }
    const apiKey = req.headers['api-key'];
    entry.apiKey = typeof apiKey === 'string' ? apiKey : undefined;
    const keys = this.options.keys ?? { [STAND_IN_API_KEY]: [STAND_IN_ACCOUNT_ID] };
    const accounts = entry.apiKey ? keys[entry.apiKey] : undefined;
    if (!accounts)
      return {
        status: 401,
        body: {
          errors: [{ message: 'Invalid API key', extensions: { errorClass: 'UNAUTHORIZED' } }],
        },
      };
    const fault = this.faults.shift();
    if (fault?.kind === 'throttle')
      return {
        status: 429,
        headers: { 'retry-after': String(fault.retryAfterSeconds ?? 1) },
        body: {
          errors: [
            { message: 'Too many requests', extensions: { errorClass: 'TOO_MANY_REQUESTS' } },
          ],
        },
      };
    if (fault?.kind === 'server')
      return { status: fault.status ?? 502, body: '<html><body>Bad Gateway</body></html>' };
    if (!/^application\/json\b/.test(String(req.headers['content-type']))) {
      this.violations.push(`content-type ${req.headers['content-type']}`);
      return { status: 415, body: { errors: [{ message: 'Unsupported Media Type' }] } };
    }
    let request: { query?: unknown; variables?: unknown; operationName?: unknown };
    let document: DocumentNode;
    try {
      request = JSON.parse(raw) as typeof request;
      document = parse(String(request.query ?? ''));
    } catch (error) {
      this.violations.push(`unparsable request: ${(error as Error).message}`);
      return { status: 400, body: { errors: [{ message: (error as Error).message }] } };
    }
    const invalid = validate(nerdGraphSchema(), document);
    if (invalid.length) {
      this.violations.push(...invalid.map((e) => e.message));
      return { status: 200, body: { errors: invalid.map((e) => e.toJSON()) } };
    }
    const result = await execute({
      schema: nerdGraphSchema(),
      document,
      variableValues: request.variables as Record<string, unknown> | undefined,
      operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
      rootValue: { actor: () => this.actor(accounts, entry, fault) },
    });
    if (result.errors?.some((e) => !e.path))
      this.violations.push(...result.errors.map((e) => e.message));
    return { status: 200, body: result };
  }

  private actor(accounts: number[], entry: NewRelicRequest, fault: NewRelicFault | undefined) {
    return {
      account: ({ id }: { id: number }) => {
        entry.accountId = id;
        if (!accounts.includes(id))
          throw new GraphQLError(`Account ${id} not found or access denied`, {
            extensions: { errorClass: 'FORBIDDEN' },
          });
        return {
          id,
          name: `Account ${id}`,
          nrql: ({ query }: { query: string }) => {
            entry.nrql = query;
            if (fault?.kind === 'timeout')
              throw new GraphQLError('NRDB query timed out', {
                extensions: { errorClass: 'TIMEOUT' },
              });
            try {
              const q = parseNrql(query);
              const source = this.store.get(q.eventType) ?? [];
              const now = this.options.now?.() ?? Date.now();
              const { since, until } = window(q, now);
              const events = typeof source === 'function' ? source(since, until) : source;
              return {
                results: answer(q, events, now),
                nrql: query,
                metadata: {
                  eventTypes: [q.eventType],
                  facets: q.facets,
                  messages: [],
                  timeWindow: {
                    begin: since,
                    end: until,
                    since: String(since),
                    until: String(until),
                  },
                },
              };
            } catch (error) {
              if (!(error instanceof NrqlError)) throw error;
              throw new GraphQLError(error.message, {
                extensions: { errorClass: 'INVALID_INPUT' },
              });
            }
          },
        };
      },
    };
  }
}
