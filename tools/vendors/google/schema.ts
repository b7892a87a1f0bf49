import { createRequire } from 'node:module';

/**
 * Google's published description of the Cloud Run Admin API v2: the protocol buffer descriptors
 * `@google-cloud/run` ships (build/protos/protos.json, compiled from googleapis' .proto files),
 * read with the proto3 JSON mapping the REST API speaks: lowerCamelCase field names, int64 as
 * strings, enums by name, Timestamp and Duration as strings, Any with its `@type`. `violations`
 * lists every field a message does not have and every value of the wrong type; the Cloud Run
 * stand-in checks what it answers and what it is sent with it.
 */
interface Field {
  type: string;
  rule?: string;
  keyType?: string;
}
interface Node {
  fields?: Record<string, Field>;
  values?: Record<string, number>;
  nested?: Record<string, Node>;
}

const require = createRequire(import.meta.url);
let root: Node | undefined;

function at(name: string): Node | undefined {
  // Read on first use (about 1 MB of JSON), not by every process that imports the stand-in.
  root ??= require('@google-cloud/run/build/protos/protos.json') as Node;
  let node: Node | undefined = root;
  for (const part of name.split('.')) node = node?.nested?.[part];
  return node;
}

/** A type name as written in a message of `scope`, resolved as protoc does: innermost scope first. */
function resolve(name: string, scope: string): string {
  if (name.startsWith('.')) return name.slice(1);
  const parts = scope.split('.');
  for (let i = parts.length; i >= 0; i--) {
    const full = [...parts.slice(0, i), name].join('.');
    if (at(full)) return full;
  }
  return name;
}

const INT32 = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32']);
const INT64 = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?(Z|[+-]\d\d:\d\d)$/;

/** What is wrong with `value` as a `type` message in JSON (empty: nothing). */
export function violations(type: string, value: unknown, where = type): string[] {
  const out: string[] = [];
  checkValue({ type }, '', value, where, out);
  return out;
}

function checkValue(field: Field, scope: string, value: unknown, where: string, out: string[]) {
  if (value === null) return; // the JSON mapping's default value
  const type = field.type;
  const bad = (what: string) => out.push(`${where}: ${what}, got ${JSON.stringify(value)}`);
  if (type === 'string') return void (typeof value !== 'string' && bad('a string'));
  if (type === 'bool') return void (typeof value !== 'boolean' && bad('a boolean'));
  if (type === 'bytes') return void (typeof value !== 'string' && bad('base64 text'));
  if (type === 'double' || type === 'float')
    return void (typeof value !== 'number' && bad('a number'));
  if (INT32.has(type)) return void (!Number.isInteger(value) && bad('an integer'));
  if (INT64.has(type))
    return void (
      !(typeof value === 'string' && /^-?\d+$/.test(value)) &&
      !Number.isInteger(value) &&
      bad('an int64 (a string of digits)')
    );
  const full = resolve(type, scope);
  if (full === 'google.protobuf.Timestamp')
    return void (!(typeof value === 'string' && RFC3339.test(value)) && bad('an RFC 3339 time'));
  if (full === 'google.protobuf.Duration')
    return void (
      !(typeof value === 'string' && /^-?\d+(\.\d+)?s$/.test(value)) && bad('a duration')
    );
  if (full === 'google.protobuf.FieldMask')
    return void (typeof value !== 'string' && bad('a field mask'));
  if (full === 'google.protobuf.Struct' || full === 'google.protobuf.Value') return;
  const node = at(full);
  if (!node) return void out.push(`${where}: type ${type} is not in the descriptors`);
  if (node.values)
    return void (
      !(typeof value === 'string' && value in node.values) &&
      !(typeof value === 'number' && Object.values(node.values).includes(value)) &&
      bad(`one of ${Object.keys(node.values).join(', ')}`)
    );
  if (typeof value !== 'object' || Array.isArray(value)) return void bad(`a ${full} object`);
  const object = value as Record<string, unknown>;
  let fields = node.fields ?? {};
  let scopeOf = full;
  if (full === 'google.protobuf.Any') {
    const url = object['@type'];
    const packed = typeof url === 'string' ? url.replace(/^type\.googleapis\.com\//, '') : '';
    const inner = at(packed);
    if (!inner?.fields) return void bad('an Any with a known @type');
    fields = { '@type': { type: 'string' }, ...inner.fields };
    scopeOf = packed;
  }
  for (const [key, item] of Object.entries(object)) {
    const f = fields[key];
    if (!f) {
      out.push(`${where}: ${scopeOf} has no field '${key}'`);
      continue;
    }
    const path = `${where}.${key}`;
    if (f.keyType) {
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        out.push(`${path}: a map, got ${JSON.stringify(item)}`);
      else
        for (const [k, v] of Object.entries(item))
          checkValue({ type: f.type }, scopeOf, v, `${path}[${k}]`, out);
    } else if (f.rule === 'repeated') {
      if (!Array.isArray(item)) out.push(`${path}: a list, got ${JSON.stringify(item)}`);
      else item.forEach((v, i) => checkValue({ type: f.type }, scopeOf, v, `${path}[${i}]`, out));
    } else checkValue(f, scopeOf, item, path, out);
  }
}
