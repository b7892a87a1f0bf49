import { isDeepStrictEqual } from 'node:util';
import { evaluateJson, type Contexts } from './expressions.js';
import {
  JsonExpression,
  WorkflowError,
  type JsonTemplate,
  type StrategyModel,
} from './workflow.js';

/**
 * `strategy:` as GitHub runs it (docs.github.com, "Running variations of jobs in a workflow" and
 * the workflow syntax's `jobs.<job_id>.strategy`):
 * - the matrix's variables multiply, the first variable varying slowest (the order GitHub creates
 *   the jobs in);
 * - `exclude` removes every combination an entry matches (a partial match is enough), before
 *   `include` is applied;
 * - each `include` entry is added to every original combination it does not overwrite (values an
 *   earlier entry added may be overwritten; the matrix's own may not); an entry added to none
 *   becomes a combination of its own;
 * - `max-parallel` bounds the legs running at once; `fail-fast` (default true) cancels the legs
 *   in progress and those queued when one fails.
 * GitHub names a leg after the job and its matrix values: `deploy (prod-eu-west)`,
 * `test (10, ubuntu-latest)`.
 */

export type Combination = Record<string, unknown>;

/** GitHub's limit on legs per matrix. */
export const MATRIX_LIMIT = 256;

export interface Strategy {
  legs: Combination[];
  failFast: boolean;
  maxParallel: number;
}

/** The strategy with its expressions evaluated (needs, inputs, vars… are known when the job starts). */
export function resolveStrategy(model: StrategyModel, contexts: Contexts): Strategy {
  const where = `line ${model.line}: strategy`;
  const matrix = resolve(model.matrix, contexts);
  if (!isRecord(matrix)) throw new WorkflowError(`${where}.matrix is not a mapping`);
  const failFast = model.failFast === undefined ? true : resolve(model.failFast, contexts);
  if (typeof failFast !== 'boolean' && failFast !== 'true' && failFast !== 'false')
    throw new WorkflowError(`${where}.fail-fast is ${JSON.stringify(failFast)}, not true or false`);
  const parallel =
    model.maxParallel === undefined ? Infinity : Number(resolve(model.maxParallel, contexts));
  if (!(parallel >= 1) || (Number.isFinite(parallel) && !Number.isInteger(parallel)))
    throw new WorkflowError(`${where}.max-parallel must be a whole number from 1`);
  return {
    legs: expandMatrix(matrix, where),
    failFast: failFast === true || failFast === 'true',
    maxParallel: parallel,
  };
}

function resolve(template: JsonTemplate, contexts: Contexts): unknown {
  if (template instanceof JsonExpression) return evaluateJson(template.expression, contexts);
  if (Array.isArray(template)) return template.map((t) => resolve(t, contexts));
  if (template !== null && typeof template === 'object')
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, resolve(v, contexts)]));
  return template;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function expandMatrix(matrix: Record<string, unknown>, where = 'strategy'): Combination[] {
  const entries = (key: 'include' | 'exclude'): Combination[] => {
    const list = matrix[key] ?? [];
    if (!Array.isArray(list) || !list.every(isRecord))
      throw new WorkflowError(`${where}.matrix.${key} must be a list of mappings`);
    return list;
  };
  const include = entries('include');
  const exclude = entries('exclude');
  const variables = Object.entries(matrix).filter(([k]) => k !== 'include' && k !== 'exclude');
  for (const [key, values] of variables)
    if (!Array.isArray(values) || values.length === 0)
      throw new WorkflowError(`${where}.matrix.${key} must be a non-empty list`);
  let combos: Combination[] = variables.length ? [{}] : [];
  for (const [key, values] of variables)
    combos = combos.flatMap((c) => (values as unknown[]).map((v) => ({ ...c, [key]: v })));
  combos = combos.filter(
    (c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => isDeepStrictEqual(c[k], v))),
  );
  const original = combos.map((c) => new Set(Object.keys(c)));
  const extra: Combination[] = [];
  for (const entry of include) {
    let added = false;
    combos.forEach((combo, i) => {
      const own = original[i] as Set<string>;
      const clash = Object.entries(entry).some(
        ([k, v]) => own.has(k) && !isDeepStrictEqual(combo[k], v),
      );
      if (clash) return;
      Object.assign(combo, entry);
      added = true;
    });
    if (!added) extra.push({ ...entry });
  }
  const legs = [...combos, ...extra];
  if (legs.length === 0) throw new WorkflowError(`${where}.matrix has no combination`);
  if (legs.length > MATRIX_LIMIT)
    throw new WorkflowError(`${where}.matrix makes ${legs.length} jobs (GitHub's limit: 256)`);
  return legs;
}

/** The name GitHub shows for a leg whose job's name does not use the matrix: `job (value, value…)`. */
export function legName(name: string, combo: Combination): string {
  const values = Object.values(combo).map((v) =>
    v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v),
  );
  return values.length ? `${name} (${values.join(', ')})` : name;
}

export interface LegControl {
  /** Set when fail-fast cancels this leg while it runs. */
  cancelled: () => boolean;
}

/**
 * Runs the legs at most `limit` at a time, in order; with fail-fast, the first failed leg
 * cancels those in progress (through their control) and those not started (`skip` gives their
 * record). Results in the legs' order.
 */
export async function runLegs<T>(
  count: number,
  options: {
    limit: number;
    failFast: boolean;
    run: (index: number, control: LegControl) => Promise<T>;
    failed: (result: T) => boolean;
    skip: (index: number) => T;
  },
): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  let stopped = false;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      if (stopped) {
        results[index] = options.skip(index);
        continue;
      }
      const result = await options.run(index, { cancelled: () => stopped });
      results[index] = result;
      if (options.failFast && options.failed(result)) stopped = true;
    }
  };
  const workers = Math.max(1, Math.min(options.limit, count));
  await Promise.all(Array.from({ length: workers }, () => worker()));
  return results;
}
