// Validates the GitHub stand-in's traffic against GitHub's official OpenAPI description (the
// subset written by scripts/extract-openapi.mjs), so the stand-in cannot drift from the real API.
//
// OpenAPI 3.0 handling, on a private normalized copy of the spec:
// - `#/components/...` refs are rewritten to `gh#/components/...` and the whole document is
//   registered in ajv under the id `gh`, so any schema inside it can be compiled on its own.
// - `nullable: true` is kept (ajv supports it next to `type`); where it has no `type` beside it
//   (which ajv rejects) it becomes `anyOf: [schema, {type: 'null'}]`, and a nullable `enum`
//   gets `null` added, matching what GitHub sends.
// - `oneOf` is validated as `anyOf`: GitHub's alternatives overlap (e.g. validation-error's
//   `value` is string|integer|array, each nullable, so `null` would match all three and fail
//   `oneOf`), and a body matching two alternatives is still a body GitHub could send.
// - Formats are checked loosely: `date-time` must look like an RFC 3339 timestamp and `uri` must
//   be empty (GitHub sends "" for unset deployment-status URLs) or start with a scheme. Every
//   other format in the spec (int64, email, binary, timestamp...) is accepted as is.
// - Unknown keywords (e.g. `discriminator`) are ignored (`strict: false`).
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

export interface Violation {
  kind: 'request' | 'response';
  method: string;
  path: string;
  status?: number;
  message: string;
}

export interface OpenApiValidator {
  /**
   * Finds the operation for a concrete method + URL path (e.g. GET /repos/o/r/deployments/5); undefined when the subset has none.
   * `path` is the request target as received (percent-encoded; a `?query` part is ignored); params come back decoded. Among the
   * templates declaring `method` that match, the one with the most literal segments wins, then the one whose leftmost literal comes first.
   */
  match(
    method: string,
    path: string,
  ): { operationId: string; template: string; params: Record<string, string> } | undefined;
  /**
   * Checks path params (types), query params (known names, types, enums), and the JSON request body against the operation. Returns [] when valid. For the asset upload operation the body is binary: only check that content-type and name query are present.
   * `body`: the parsed JSON value, or raw text/bytes (parsed here), or undefined when there is none (`''` and empty bytes count as none).
   * A body sent to an operation that takes none is a violation.
   */
  validateRequest(req: {
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string | undefined>;
    body: unknown;
  }): Violation[];
  /**
   * Checks the status code is one the operation declares (or that a `default` exists) and, for JSON bodies, that the body matches that response's schema.
   * Undeclared statuses are violations, except: 500/502/503 and `undeclaredErrorStatuses` (body must be a basic-error with `message`), and
   * 403/429 when they are rate-limit answers (x-ratelimit-remaining: 0, a retry-after header, or a message mentioning "rate limit").
   * A status declared without content must have an empty body, except 4xx/5xx, which may also carry a basic-error (GitHub sends one).
   * `body` as for requests; `null` is a JSON value, not "no body".
   */
  validateResponse(res: {
    method: string;
    path: string;
    status: number;
    headers: Record<string, string | undefined>;
    body: unknown;
  }): Violation[];
}

export interface OpenApiValidatorOptions {
  /**
   * Statuses accepted for every operation even where the spec does not declare them, as long as
   * the body is a basic-error (`{message, documentation_url?}`). Empty by default. Always accepted
   * besides these: 500/502/503, and 403/429 when they are rate-limit answers.
   */
  undeclaredErrorStatuses?: readonly number[];
}

type Json = Record<string, unknown>;

interface Segment {
  literal?: string;
  param?: string;
}

interface Operation {
  method: string;
  template: string;
  operationId: string;
  segments: Segment[];
  literalCount: number;
  /** Matches the whole path; one capture group per parameter, in `params` order. */
  pattern: RegExp;
  params: string[];
  op: Json;
  parameters: Json[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SPEC_ID = 'gh';

/** Keys whose value maps names (properties, status codes, media types...) to objects. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  'paths',
  'content',
  'responses',
  'headers',
  'schemas',
  'parameters',
  'requestBodies',
  'encoding',
  'variables',
]);
/** Keys whose value is data, never schema. */
const DATA_KEYS = new Set([
  'default',
  'enum',
  'const',
  'example',
  'examples',
  'required',
  'mapping',
]);

/** The shape GitHub uses for errors on any endpoint (basic-error with `message` present). */
const BASIC_ERROR_SCHEMA = {
  type: 'object',
  required: ['message'],
  properties: {
    message: { type: 'string' },
    documentation_url: { type: 'string' },
    url: { type: 'string' },
    status: { type: 'string' },
  },
};

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const URI = /^(?:[a-z][a-z0-9+.-]*:\S*)?$/i;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Rewrites the spec into something ajv validates with OpenAPI 3.0 semantics (see the file comment). */
function normalize(node: unknown, formats: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => normalize(item, formats));
  if (!isObject(node)) return node;
  let out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYS.has(key)) out[key] = value;
    else if (NAME_MAPS.has(key) && isObject(value)) {
      const map: Json = {};
      for (const [name, child] of Object.entries(value)) map[name] = normalize(child, formats);
      out[key] = map;
    } else if (key === '$ref' && typeof value === 'string')
      out[key] = value.startsWith('#') ? `${SPEC_ID}${value}` : value;
    else if (key === 'oneOf' && Array.isArray(value)) out['anyOf'] = normalize(value, formats);
    else {
      if (key === 'format' && typeof value === 'string') formats.add(value);
      out[key] = normalize(value, formats);
    }
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    // OpenAPI 3.0 (draft-04 style) boolean exclusive bounds -> draft-07 numbers.
    const flag = out[`exclusive${bound}`];
    if (typeof flag === 'boolean') {
      const limit = out[bound.toLowerCase()];
      delete out[`exclusive${bound}`];
      if (flag && typeof limit === 'number') {
        delete out[bound.toLowerCase()];
        out[`exclusive${bound}`] = limit;
      }
    }
  }
  if (typeof out['nullable'] === 'boolean') {
    if (out['nullable'] === false) delete out['nullable'];
    else if (out['type'] === undefined) {
      const { nullable: _nullable, ...rest } = out;
      out = { anyOf: [rest, { type: 'null' }] };
    } else if (Array.isArray(out['enum']) && !out['enum'].includes(null))
      out['enum'] = [...out['enum'], null];
  }
  return out;
}

/**
 * `{param}` matches one non-empty segment; a parameter marked `x-multi-segment` (GitHub's `tag`
 * on get-release-by-tag) may also span several, since a tag like `release/v1` can be sent unencoded.
 */
function pathPattern(
  segments: Segment[],
  parameters: Map<string, Json>,
): { pattern: RegExp; params: string[] } {
  const params: string[] = [];
  const source = segments
    .map((segment) => {
      if (segment.literal !== undefined)
        return `/${segment.literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      const name = segment.param ?? '';
      params.push(name);
      return parameters.get(`path:${name}`)?.['x-multi-segment'] === true ? '/(.+)' : '/([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`), params };
}

function loadDefaultSpec(): object {
  return JSON.parse(
    readFileSync(new URL('./github-openapi-subset.json', import.meta.url), 'utf8'),
  ) as object;
}

function lowerKeys(
  headers: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = value;
  return out;
}

const isJsonMediaType = (type: string): boolean =>
  /^application\/(?:[\w.+-]+\+)?json(?:;|$)/i.test(type.trim());

type Body = { empty: true } | { empty: false; value: unknown } | { empty: false; error: string };

/** Bodies arrive parsed (any JSON value), as raw text/bytes (parsed here), or undefined for none. */
function readBody(body: unknown): Body {
  if (body === undefined || body === '') return { empty: true };
  let text: string | undefined;
  if (typeof body === 'string') text = body;
  else if (body instanceof Uint8Array) {
    if (body.length === 0) return { empty: true };
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  }
  if (text === undefined) return { empty: false, value: body };
  try {
    return { empty: false, value: JSON.parse(text) as unknown };
  } catch {
    return { empty: false, error: `is not valid JSON: ${JSON.stringify(text.slice(0, 60))}` };
  }
}

function formatErrors(errors: readonly ErrorObject[]): string[] {
  const describe = (e: ErrorObject): string => {
    let message = e.message ?? `fails ${e.keyword}`;
    if (e.keyword === 'type') message = message.replace(/,null$/, ' or null');
    if (e.keyword === 'enum')
      message += `: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'additionalProperties')
      message += `: '${String((e.params as { additionalProperty: unknown }).additionalProperty)}'`;
    return `${e.instancePath ? `${e.instancePath} ` : ''}${message}`;
  };
  // Fold each failed anyOf's per-alternative errors into one message. ajv reports an anyOf's
  // alternatives' errors right before the anyOf error itself, so they are the run of preceding
  // errors located at or under its instance path, except errors from its sibling keywords.
  const out: Array<{ error: ErrorObject; message: string }> = [];
  for (const e of errors) {
    if (e.keyword !== 'anyOf') {
      out.push({ error: e, message: describe(e) });
      continue;
    }
    const parent = e.schemaPath.slice(0, -'/anyOf'.length);
    const branches: string[] = [];
    for (let last = out.at(-1); last; last = out.at(-1)) {
      const { instancePath, schemaPath } = last.error;
      const under =
        instancePath === e.instancePath || instancePath.startsWith(`${e.instancePath}/`);
      const sibling =
        schemaPath.startsWith(`${parent}/`) && !schemaPath.startsWith(`${e.schemaPath}/`);
      if (!under || sibling) break;
      branches.unshift(last.message);
      out.pop();
    }
    const unique = [...new Set(branches)];
    const shown =
      unique.length > 8 ? [...unique.slice(0, 8), `and ${unique.length - 8} more`] : unique;
    out.push({
      error: e,
      message: `${e.instancePath ? `${e.instancePath} ` : ''}must match one of the alternatives${shown.length ? ` (${shown.join('; ')})` : ''}`,
    });
  }
  return [...new Set(out.map((o) => o.message))];
}

export function createOpenApiValidator(
  spec?: object,
  options: OpenApiValidatorOptions = {},
): OpenApiValidator {
  const formats = new Set<string>();
  const doc = normalize(spec ?? loadDefaultSpec(), formats) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  for (const format of formats) {
    if (format === 'date-time') ajv.addFormat(format, DATE_TIME);
    else if (format === 'uri') ajv.addFormat(format, URI);
    else ajv.addFormat(format, true);
  }
  ajv.addSchema(doc, SPEC_ID);

  /** Follows `gh#/...` refs to non-schema objects (parameters, responses, request bodies). */
  const deref = (node: unknown): unknown => {
    for (let hops = 0; isObject(node) && typeof node['$ref'] === 'string' && hops < 20; hops++) {
      const ref = node['$ref'];
      if (!ref.startsWith(`${SPEC_ID}#/`)) throw new Error(`unsupported $ref ${ref}`);
      let target: unknown = doc;
      for (const part of ref.slice(SPEC_ID.length + 2).split('/')) {
        const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
        target = isObject(target)
          ? target[key]
          : Array.isArray(target)
            ? (target as unknown[])[Number(key)]
            : undefined;
      }
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      node = target;
    }
    return node;
  };

  const operations: Operation[] = [];
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = deref(rawItem);
    if (!isObject(item)) continue;
    const segments: Segment[] = template
      .split('/')
      .slice(1)
      .map((s) => (/^\{[^}]+\}$/.test(s) ? { param: s.slice(1, -1) } : { literal: s }));
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      // Operation parameters override path-item ones with the same name and location.
      const byKey = new Map<string, Json>();
      for (const raw of [
        ...(Array.isArray(item['parameters']) ? item['parameters'] : []),
        ...(Array.isArray(op['parameters']) ? op['parameters'] : []),
      ]) {
        const param = deref(raw);
        if (isObject(param)) byKey.set(`${String(param['in'])}:${String(param['name'])}`, param);
      }
      operations.push({
        method: method.toUpperCase(),
        template,
        operationId:
          typeof op['operationId'] === 'string' ? op['operationId'] : `${method} ${template}`,
        segments,
        literalCount: segments.filter((s) => s.literal !== undefined).length,
        ...pathPattern(segments, byKey),
        op,
        parameters: [...byKey.values()],
      });
    }
  }

  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorFor = (schema: object): ValidateFunction => {
    let fn = compiled.get(schema);
    if (!fn) {
      fn = ajv.compile(schema);
      compiled.set(schema, fn);
    }
    return fn;
  };
  const check = (schema: object, value: unknown): string[] => {
    const fn = validatorFor(schema);
    return fn(value) ? [] : formatErrors(fn.errors ?? []);
  };

  /** More literal segments wins; on a tie, the template whose first literal/param difference is a literal. */
  const precedes = (a: Operation, b: Operation): boolean => {
    if (a.literalCount !== b.literalCount) return a.literalCount > b.literalCount;
    for (let i = 0; i < a.segments.length; i++) {
      const al = a.segments[i]?.literal !== undefined;
      const bl = b.segments[i]?.literal !== undefined;
      if (al !== bl) return al;
    }
    return false;
  };

  const pathOnly = (path: string): string => path.split(/[?#]/, 1)[0] ?? '';

  const matchOperation = (
    method: string,
    path: string,
  ): { operation: Operation; params: Record<string, string> } | undefined => {
    const pathname = pathOnly(path);
    let best: { operation: Operation; params: Record<string, string> } | undefined;
    for (const operation of operations) {
      if (operation.method !== method.toUpperCase()) continue;
      const m = operation.pattern.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      operation.params.forEach((name, i) => {
        const raw = m[i + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          params[name] = raw;
        }
      });
      if (!best || precedes(operation, best.operation)) best = { operation, params };
    }
    return best;
  };

  const noOperation = (
    kind: 'request' | 'response',
    method: string,
    path: string,
    status?: number,
  ): Violation => {
    const others = [
      ...new Set(
        operations
          .filter((o) => matchOperation(o.method, path)?.operation === o)
          .map((o) => o.method),
      ),
    ];
    const hint = others.length ? ` (the path is only described for ${others.join(', ')})` : '';
    return {
      kind,
      method: method.toUpperCase(),
      path,
      ...(status === undefined ? {} : { status }),
      message: `no operation in the OpenAPI subset matches ${method.toUpperCase()} ${pathOnly(path)}${hint}`,
    };
  };

  const coerce = (value: string, rawSchema: unknown): unknown => {
    const schema = deref(rawSchema);
    const type = isObject(schema) ? schema['type'] : undefined;
    if ((type === 'integer' || type === 'number') && /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(value))
      return Number(value);
    if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
    if (type === 'array' && isObject(schema))
      return value.split(',').map((v) => coerce(v, schema['items']));
    return value;
  };

  const jsonContent = (
    content: unknown,
  ): { type: string; schema: object | undefined } | undefined => {
    if (!isObject(content)) return undefined;
    for (const [type, media] of Object.entries(content)) {
      if (isJsonMediaType(type))
        return {
          type,
          schema: isObject(media) && isObject(media['schema']) ? media['schema'] : undefined,
        };
    }
    return undefined;
  };

  return {
    match(method, path) {
      const found = matchOperation(method, path);
      return (
        found && {
          operationId: found.operation.operationId,
          template: found.operation.template,
          params: found.params,
        }
      );
    },

    validateRequest(req) {
      const method = req.method.toUpperCase();
      const found = matchOperation(method, req.path);
      if (!found) return [noOperation('request', method, req.path)];
      const { operation, params } = found;
      const violations: Violation[] = [];
      const fail = (message: string): void => {
        violations.push({
          kind: 'request',
          method,
          path: req.path,
          message: `${method} ${operation.template} ${message}`,
        });
      };
      const headers = lowerKeys(req.headers);

      const checkParam = (where: string, param: Json, raw: string): void => {
        if (!isObject(param['schema'])) return;
        for (const error of check(param['schema'], coerce(raw, param['schema'])))
          fail(
            `${where} parameter '${String(param['name'])}': ${error} (got ${JSON.stringify(raw)})`,
          );
      };
      for (const param of operation.parameters) {
        const name = String(param['name']);
        const location = param['in'];
        const value =
          location === 'path'
            ? params[name]
            : location === 'query'
              ? req.query[name]
              : location === 'header'
                ? headers[name.toLowerCase()]
                : undefined;
        if (location !== 'path' && location !== 'query' && location !== 'header') continue;
        if (value === undefined) {
          if (param['required'] === true) fail(`missing required ${location} parameter '${name}'`);
          continue;
        }
        checkParam(location, param, value);
      }
      const known = operation.parameters
        .filter((p) => p['in'] === 'query')
        .map((p) => String(p['name']));
      for (const name of Object.keys(req.query)) {
        if (!known.includes(name))
          fail(
            `unknown query parameter '${name}' (declared: ${known.length ? known.join(', ') : 'none'})`,
          );
      }

      const requestBody = deref(operation.op['requestBody']);
      const body = readBody(req.body);
      if (!isObject(requestBody)) {
        if (!body.empty)
          fail('request body: the operation takes no request body, but one was sent');
        return violations;
      }
      const json = jsonContent(requestBody['content']);
      if (!json) {
        // Binary upload (e.g. repos/upload-release-asset): the media type is the asset's own.
        if (!headers['content-type'])
          fail(
            'request: missing content-type header (the operation takes a raw binary body whose media type it names)',
          );
        return violations;
      }
      if (body.empty) {
        if (requestBody['required'] === true) fail('request body: a JSON body is required');
        return violations;
      }
      const contentType = headers['content-type'];
      if (contentType !== undefined && !isJsonMediaType(contentType))
        fail(`request: content-type ${JSON.stringify(contentType)} is not JSON`);
      if ('error' in body) fail(`request body: ${body.error}`);
      else if ('value' in body && json.schema)
        for (const error of check(json.schema, body.value)) fail(`request body: ${error}`);
      return violations;
    },

    validateResponse(res) {
      const method = res.method.toUpperCase();
      const { status } = res;
      const found = matchOperation(method, res.path);
      if (!found) return [noOperation('response', method, res.path, status)];
      const { operation } = found;
      const violations: Violation[] = [];
      const fail = (message: string): void => {
        violations.push({
          kind: 'response',
          method,
          path: res.path,
          status,
          message: `${method} ${operation.template} ${status} ${message}`,
        });
      };
      const headers = lowerKeys(res.headers);
      const body = readBody(res.body);

      const checkJson = (schema: object | undefined, what: string): void => {
        if (body.empty) {
          fail(`${what}: is empty, but the spec declares a JSON body`);
          return;
        }
        const contentType = headers['content-type'];
        if (contentType !== undefined && !isJsonMediaType(contentType))
          fail(`response: content-type ${JSON.stringify(contentType)} is not JSON`);
        if ('error' in body) fail(`${what}: ${body.error}`);
        else if ('value' in body && schema)
          for (const error of check(schema, body.value)) fail(`${what}: ${error}`);
      };

      const responses = isObject(operation.op['responses']) ? operation.op['responses'] : {};
      const key = [
        String(status),
        `${String(status)[0] ?? ''}XX`,
        `${String(status)[0] ?? ''}xx`,
        'default',
      ].find((k) => k in responses);
      if (key === undefined) {
        const declared = Object.keys(responses).join(', ');
        if (
          (status === 403 || status === 429) &&
          !(options.undeclaredErrorStatuses ?? []).includes(status)
        ) {
          const rateLimited =
            headers['x-ratelimit-remaining'] === '0' ||
            headers['retry-after'] !== undefined ||
            ('value' in body &&
              isObject(body.value) &&
              /rate limit/i.test(String(body.value['message'])));
          if (!rateLimited) {
            fail(
              `response status is not declared (declared: ${declared}); an undeclared ${status} must be a rate-limit answer (x-ratelimit-remaining: 0, a retry-after header, or a "rate limit" message)`,
            );
          }
          checkJson(BASIC_ERROR_SCHEMA, 'response body (basic-error)');
        } else if (
          status === 500 ||
          status === 502 ||
          status === 503 ||
          (options.undeclaredErrorStatuses ?? []).includes(status)
        ) {
          checkJson(BASIC_ERROR_SCHEMA, 'response body (basic-error)');
        } else fail(`response status is not declared (declared: ${declared})`);
        return violations;
      }

      const response = deref(responses[key]);
      const json = isObject(response) ? jsonContent(response['content']) : undefined;
      if (json) checkJson(json.schema, 'response body');
      else if (isObject(response) && isObject(response['content'])) {
        // Non-JSON content only (none in the subset today): nothing to check in the body.
      } else if (status >= 400) {
        // The spec describes some errors without a body (e.g. 409 on create-deployment), but GitHub
        // still answers with a JSON error: allow none or a basic-error.
        if (!body.empty) checkJson(BASIC_ERROR_SCHEMA, 'response body (basic-error)');
      } else if (!body.empty)
        fail('response body: must be empty (the spec declares no content for this status)');
      return violations;
    },
  };
}
