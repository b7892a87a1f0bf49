import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Request bodies and the request log. */

export interface RequestLogEntry {
  method: string;
  path: string;
  /** owner/name the request was about (from the path, or a GraphQL query's variables). */
  repository?: string;
  query: Record<string, string>;
  status: number;
  operationId?: string;
  fault?: string;
  ms: number;
  /** A JSON request body as sent (first 4 KB), to tell calls to one endpoint apart. */
  body?: string;
}

/** A request body as received, and parsed when it was sent as JSON. */
export interface Body {
  raw: Buffer;
  json?: unknown;
}

export async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = String(req.headers['content-type'] ?? '');
  if (raw.length && /json/.test(type)) {
    try {
      return { raw, json: JSON.parse(raw.toString('utf8')) };
    } catch {
      return { raw, json: undefined };
    }
  }
  return { raw };
}

/** What makes two requests the same one sent again: method, URL and body. */
export function requestKey(method: string, url: string, body: Body): string {
  return `${method} ${url} ${createHash('sha256').update(body.raw).digest('hex')}`;
}

/** The repository (`owner/name`) a request is about: from a REST or download path, or a GraphQL query's variables. */
export function repositoryOf(path: string, json: unknown): string | undefined {
  const rest =
    /^(?:\/api\/uploads)?\/repos\/([^/]+)\/([^/]+)/.exec(path) ??
    /^\/download\/([^/]+)\/([^/]+)\//.exec(path);
  if (rest) return `${decodeURIComponent(rest[1] ?? '')}/${decodeURIComponent(rest[2] ?? '')}`;
  const variables = (json as { variables?: { owner?: unknown; repo?: unknown } } | undefined)
    ?.variables;
  return typeof variables?.owner === 'string' && typeof variables.repo === 'string'
    ? `${variables.owner}/${variables.repo}`
    : undefined;
}
