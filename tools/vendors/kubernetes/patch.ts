// The two patch formats the API server takes for custom resources: JSON merge patch (RFC 7386)
// and JSON patch (RFC 6902: add, remove, replace, test; what kubectl and client-node send).

export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = applyMergePatch(out[key], value);
  }
  return out;
}

interface Op {
  op: 'add' | 'remove' | 'replace' | 'test';
  path: string;
  value?: unknown;
}

export function applyJsonPatch(doc: unknown, ops: Op[]): unknown {
  if (!Array.isArray(ops)) throw new Error('a JSON patch is an array of operations');
  for (const { op, path, value } of ops) {
    const keys = path
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = keys.pop();
    if (last === undefined) throw new Error(`unsupported path '${path}'`);
    let parent = doc as Record<string, unknown>;
    for (const key of keys) {
      const next = (parent as Record<string, unknown>)[key];
      if (next === undefined || next === null || typeof next !== 'object')
        throw new Error(`doc is missing path: "${path}"`);
      parent = next as Record<string, unknown>;
    }
    const isArray = Array.isArray(parent);
    const index = last === '-' ? (parent as unknown as unknown[]).length : Number(last);
    switch (op) {
      case 'test':
        if (JSON.stringify(parent[last]) !== JSON.stringify(value))
          throw new Error(`testing value ${path} failed`);
        break;
      case 'remove':
        if (!(last in parent)) throw new Error(`doc is missing path: "${path}"`);
        if (isArray) (parent as unknown as unknown[]).splice(index, 1);
        else delete parent[last];
        break;
      case 'add':
        if (isArray) (parent as unknown as unknown[]).splice(index, 0, value);
        else parent[last] = value;
        break;
      case 'replace':
        if (!(last in parent)) throw new Error(`doc is missing path: "${path}"`);
        parent[last] = value;
        break;
      default:
        throw new Error(`unsupported operation '${String(op)}'`);
    }
  }
  return doc;
}
