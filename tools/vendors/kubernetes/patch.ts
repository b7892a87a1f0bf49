// The two patch formats the API server takes for custom resources: JSON merge patch (RFC 7386)
// and JSON patch (RFC 6902: add, remove, replace, test; what kubectl and client-node send); and,
// for built-in kinds such as Deployments, strategic merge patch (what `kubectl set image` sends).

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

/**
 * Strategic merge patch, as far as lists keyed by `name` go (containers, env, volumes): such a
 * list merges element by element on the key, others are replaced as in a merge patch;
 * `$setElementOrder/…` and `$retainKeys` directives are read as no-ops, any other directive
 * (`$patch`, `$deleteFromPrimitiveList/…`) is refused rather than guessed at.
 */
export function applyStrategicMergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object') return patch;
  if (Array.isArray(patch)) {
    const keyed = (v: unknown): v is { name: string } =>
      Boolean(v) && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string';
    if (!Array.isArray(target) || !patch.every(keyed) || !target.every(keyed)) return patch;
    const out = [...target];
    for (const element of patch) {
      const at = out.findIndex((t) => t.name === element.name);
      if (at < 0) out.push(element);
      else out[at] = applyStrategicMergePatch(out[at], element) as { name: string };
    }
    return out;
  }
  const out: Record<string, unknown> =
    target && typeof target === 'object' && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('$setElementOrder/') || key === '$retainKeys') continue;
    if (key.startsWith('$')) throw new Error(`unsupported strategic merge patch directive ${key}`);
    if (value === null) delete out[key];
    else out[key] = applyStrategicMergePatch(out[key], value);
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
