// Extracts the part of GitHub's official OpenAPI description that the local GitHub stand-in
// (tools/stand-in/server.ts) implements, so its requests and responses can be validated against
// the real API without shipping the 13 MB description. Run: node scripts/extract-openapi.mjs
//
// Reads node_modules/@octokit/openapi/generated/api.github.com.json (the $ref-preserving one),
// keeps only the operations below plus the components they transitively reference, strips
// documentation-only keys, and writes tools/stand-in/github-openapi-subset.json. The output is
// deterministic: key order follows the source, and nothing time-dependent is written.
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.join(root, 'node_modules', '@octokit', 'openapi');
const sourceFile = path.join(pkgDir, 'generated', 'api.github.com.json');
const outFile = path.join(root, 'tools', 'stand-in', 'github-openapi-subset.json');

/** [method, path template] pairs the stand-in serves: one list, read by this script and by its test. */
const OPERATIONS = JSON.parse(
  readFileSync(path.join(root, 'tools', 'stand-in', 'operations.json'), 'utf8'),
);

/** Keys that only document; dropped wherever they appear as keywords (never as property names). */
const DOC_KEYS = new Set([
  'description',
  'summary',
  'title',
  'externalDocs',
  'example',
  'examples',
  'tags',
  'links',
  'xml',
]);
/** Keys whose value is a map from names (property names, status codes, media types...) to objects. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'content',
  'responses',
  'headers',
  'encoding',
  'schemas',
  'parameters',
  'variables',
  'definitions',
]);
/** Keys whose value is data, copied verbatim. */
const DATA_KEYS = new Set(['default', 'enum', 'const', 'required', 'mapping']);
/** Operation keys that matter for validation; everything else (x-github, x-octokit, docs) goes. */
const OPERATION_KEYS = [
  'operationId',
  'deprecated',
  'servers',
  'parameters',
  'requestBody',
  'responses',
];

/**
 * Copies an OpenAPI/JSON-Schema node without documentation keys and `x-` extensions (bar one).
 * `keepDescription` is set for Response Objects, whose `description` OpenAPI 3.0 requires and
 * which is the only place the spec explains some statuses (e.g. "Merged branch response").
 */
function clean(node, keepDescription = false) {
  if (Array.isArray(node)) return node.map((item) => clean(item));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    // `x-multi-segment` (a path parameter that may contain unencoded slashes, e.g. a tag) affects matching.
    if (key.startsWith('x-') && key !== 'x-multi-segment') continue;
    if (DOC_KEYS.has(key) && !(key === 'description' && keepDescription)) continue;
    if (DATA_KEYS.has(key)) out[key] = value;
    else if (
      NAME_MAPS.has(key) &&
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      const map = {};
      for (const [name, child] of Object.entries(value))
        map[name] = clean(child, key === 'responses');
      out[key] = map;
    } else out[key] = clean(value);
  }
  return out;
}

function collectRefs(node, into) {
  if (Array.isArray(node)) for (const item of node) collectRefs(item, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') into.add(value);
      else collectRefs(value, into);
    }
  }
}

const unescapePointer = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');

function main() {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const spec = JSON.parse(readFileSync(sourceFile, 'utf8'));

  const missing = OPERATIONS.filter(([method, p]) => !spec.paths?.[p]?.[method]).map(
    ([m, p]) => `${m.toUpperCase()} ${p}`,
  );
  if (missing.length > 0) {
    throw new Error(
      `operations not found in ${path.relative(root, sourceFile)} (@octokit/openapi ${pkg.version}):\n  ${missing.join('\n  ')}`,
    );
  }

  // Paths in source order, methods in source order.
  const wanted = new Map();
  for (const [method, p] of OPERATIONS) wanted.set(p, [...(wanted.get(p) ?? []), method]);
  const paths = {};
  for (const [p, item] of Object.entries(spec.paths)) {
    const methods = wanted.get(p);
    if (!methods) continue;
    const outItem = {};
    if (item.parameters) outItem.parameters = clean(item.parameters);
    for (const [method, op] of Object.entries(item)) {
      if (!methods.includes(method)) continue;
      const outOp = {};
      // Wrapping in an object makes `clean` see each key in context (e.g. `responses` as a name map).
      for (const key of OPERATION_KEYS)
        if (op[key] !== undefined) outOp[key] = clean({ [key]: op[key] })[key];
      outItem[method] = outOp;
    }
    paths[p] = outItem;
  }

  // Transitive $ref closure over components (examples are never needed: they were stripped).
  const needed = new Map(); // section -> Set(name)
  const queue = [];
  const seen = new Set();
  const enqueueRefs = (node) => {
    const refs = new Set();
    collectRefs(node, refs);
    for (const ref of refs) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const m = /^#\/components\/([^/]+)\/([^/]+)(\/.*)?$/.exec(ref);
      if (!m) throw new Error(`unsupported $ref ${ref}`);
      const section = m[1];
      const name = unescapePointer(m[2]);
      if (section === 'examples') continue;
      const target = spec.components?.[section]?.[name];
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      if (!needed.has(section)) needed.set(section, new Set());
      if (!needed.get(section).has(name)) {
        needed.get(section).add(name);
        queue.push(clean(target, section === 'responses'));
      }
    }
  };
  enqueueRefs(paths);
  while (queue.length > 0) enqueueRefs(queue.shift());

  const components = {};
  for (const [section, entries] of Object.entries(spec.components)) {
    const names = needed.get(section);
    if (!names) continue;
    const out = {};
    for (const [name, value] of Object.entries(entries))
      if (names.has(name)) out[name] = clean(value, section === 'responses');
    components[section] = out;
  }

  const subset = {
    openapi: spec.openapi,
    info: {
      title: spec.info.title,
      version: spec.info.version,
      description:
        `Subset of GitHub's REST API description for the local GitHub stand-in, extracted from ` +
        `@octokit/openapi ${pkg.version} (generated/api.github.com.json) by scripts/extract-openapi.mjs. ` +
        `Documentation-only keys are removed. Do not edit by hand: re-run the script.`,
    },
    paths,
    components,
  };

  const text = JSON.stringify(subset, null, 1) + '\n';
  writeFileSync(outFile, text);
  const bytes = statSync(outFile).size;
  const counts = Object.entries(components)
    .map(([s, v]) => `${Object.keys(v).length} ${s}`)
    .join(', ');
  console.log(
    `${path.relative(root, outFile)}: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB), ${OPERATIONS.length} operations, ${counts}`,
  );
}

main();
