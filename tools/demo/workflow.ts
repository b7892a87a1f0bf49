import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isBoolean,
  isLiteral,
  isMapping,
  isNumber,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
} from '@actions/workflow-parser';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';

/**
 * Reads a workflow file with GitHub's own parser (@actions/workflow-parser: schema validation and
 * the `${{ }}` template reader), converts it with GitHub's converter, and keeps the subset the
 * local runner can run. Anything outside it is an error naming the file, line and key: the local
 * runner never guesses at syntax it does not implement.
 */

/** A value as written: literal text, or an expression GitHub's reader produced from `${{ }}`. */
export type Value = { literal: string } | { expression: string };
export type ValueMap = [string, Value][];

export interface StepModel {
  id: string;
  /** The step's `id:` if it had one (only those appear in `steps.*`). */
  explicitId: boolean;
  name: string;
  if: string;
  uses?: string;
  run?: Value;
  shell?: string;
  timeoutMinutes?: number;
  with: ValueMap;
  env: ValueMap;
  line: number;
}

/** `concurrency:` as written: a group name, or group, cancel-in-progress (maybe an expression) and queue. */
export interface ConcurrencyModel {
  group: Value;
  cancelInProgress: Value;
  /** `queue: max` (github.com only): more than one pending holder per group. */
  queue?: string;
}

/** `permissions:` as written: a scope → level mapping, or read-all / write-all. */
export type PermissionsModel = Record<string, string> | 'read-all' | 'write-all';

/**
 * A value that may hold JSON (a matrix), as written: scalars, lists and mappings, with `${{ }}`
 * anywhere in it kept as an expression to evaluate when the job starts.
 */
export type JsonTemplate =
  | null
  | boolean
  | number
  | string
  | JsonExpression
  | JsonTemplate[]
  | { [key: string]: JsonTemplate };

export class JsonExpression {
  constructor(readonly expression: string) {}
}

/** `strategy:` as written (tools/demo/matrix.ts expands it). */
export interface StrategyModel {
  matrix: JsonTemplate;
  failFast?: JsonTemplate;
  maxParallel?: JsonTemplate;
  line: number;
}

export interface JobModel {
  id: string;
  name: string;
  /** `name:` when it holds `${{ }}` (a matrix job's `Deploy ${{ matrix.region }}`). */
  nameValue?: Value;
  needs: string[];
  if: string;
  env: ValueMap;
  environment?: { name: Value; url?: Value; deployment?: Value };
  concurrency?: ConcurrencyModel;
  permissions?: PermissionsModel;
  outputs: ValueMap;
  strategy?: StrategyModel;
  steps: StepModel[];
}

export interface WorkflowInput {
  type: string;
  required: boolean;
  default?: string;
  options?: string[];
}

export interface WorkflowModel {
  file: string;
  name: string;
  events: string[];
  dispatchInputs: Record<string, WorkflowInput>;
  env: ValueMap;
  concurrency?: ConcurrencyModel;
  permissions?: PermissionsModel;
  jobs: JobModel[];
}

export class WorkflowError extends Error {}

const JOB_KEYS = new Set([
  'name',
  'needs',
  'if',
  'runs-on',
  'env',
  'environment',
  'outputs',
  'steps',
  'permissions',
  'concurrency',
  'timeout-minutes',
  'strategy',
]);
const STEP_KEYS = new Set([
  'id',
  'name',
  'if',
  'uses',
  'run',
  'with',
  'env',
  'shell',
  'timeout-minutes',
]);
const TOP_KEYS = new Set(['name', 'on', 'permissions', 'concurrency', 'env', 'jobs', 'run-name']);
const EVENTS = new Set(['push', 'workflow_dispatch']);

export async function loadWorkflow(file: string): Promise<WorkflowModel> {
  const content = readFileSync(file, 'utf8');
  const where = path.basename(file);
  const parsed = parseWorkflow({ name: where, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length > 0 || !parsed.value)
    throw new WorkflowError(
      `${where}: ${errors.map((e) => e.message).join('; ') || 'empty workflow'}`,
    );
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  if (template.errors?.length)
    throw new WorkflowError(`${where}: ${template.errors.map((e) => e.Message).join('; ')}`);

  const root = mapping(parsed.value);
  const outside = (token: TemplateToken | undefined, what: string): never => {
    throw new WorkflowError(
      `${where}${token?.line ? `:${token.line}` : ''}: ${what} is outside the local runner's subset (see README, "The demo")`,
    );
  };
  for (const key of root.keys())
    if (!TOP_KEYS.has(key)) outside(root.get(key), `top-level key '${key}'`);
  const events = Object.keys(template.events).filter((e) => template.events[e] !== undefined);
  for (const event of events) if (!EVENTS.has(event)) outside(root.get('on'), `event '${event}'`);

  const dispatchInputs: Record<string, WorkflowInput> = {};
  for (const [name, input] of Object.entries(template.events.workflow_dispatch?.inputs ?? {})) {
    dispatchInputs[name] = {
      type: String(input.type ?? 'string'),
      required: input.required === true,
      default: input.default === undefined ? undefined : String(input.default),
      options: input.options,
    };
  }

  const rawJobs = mapping(root.get('jobs'));
  const jobs: JobModel[] = [];
  for (const job of template.jobs) {
    const id = job.id.value;
    if (job.type !== 'job') outside(job.id, `reusable workflow job '${id}'`);
    const raw = mapping(rawJobs.get(id));
    for (const key of raw.keys())
      if (!JOB_KEYS.has(key)) outside(raw.get(key), `job key '${key}' (job ${id})`);
    const rawSteps = raw.get('steps');
    const stepTokens = rawSteps && isSequence(rawSteps) ? [...rawSteps] : [];
    const steps: StepModel[] = [];
    const converted = 'steps' in job ? job.steps : [];
    converted.forEach((step, index) => {
      const rawStep = mapping(stepTokens[index]);
      for (const key of rawStep.keys())
        if (!STEP_KEYS.has(key)) outside(rawStep.get(key), `step key '${key}' (job ${id})`);
      if (!('run' in step) && !('uses' in step))
        outside(stepTokens[index], `a step that is neither run nor uses (job ${id})`);
      const shellToken = rawStep.get('shell');
      const shell = shellToken && isString(shellToken) ? shellToken.value : undefined;
      if (shell !== undefined && shell !== 'bash') outside(shellToken, `shell '${shell}'`);
      const explicitId = rawStep.get('id') !== undefined;
      const timeoutToken = rawStep.get('timeout-minutes');
      const timeoutMinutes =
        timeoutToken && isNumber(timeoutToken) ? timeoutToken.value : undefined;
      steps.push({
        id: step.id,
        explicitId,
        name: step.name
          ? scalarText(step.name)
          : 'run' in step
            ? firstLine(value(step.run))
            : String((step as { uses: { value: string } }).uses.value),
        if: 'if' in step && step.if ? step.if.expression : 'success()',
        uses: 'uses' in step ? step.uses.value : undefined,
        run: 'run' in step ? value(step.run) : undefined,
        shell,
        timeoutMinutes,
        with: valueMap(rawStep.get('with')),
        env: valueMap(rawStep.get('env')),
        line: stepTokens[index]?.line ?? 0,
      });
    });
    const envToken = raw.get('environment');
    let environment: JobModel['environment'];
    if (envToken) {
      if (isMapping(envToken)) {
        const env = mapping(envToken);
        const name = env.get('name');
        if (!name) outside(envToken, `environment without a name (job ${id})`);
        environment = {
          name: value(name as TemplateToken),
          url: env.get('url') ? value(env.get('url') as TemplateToken) : undefined,
          deployment: env.get('deployment')
            ? value(env.get('deployment') as TemplateToken)
            : undefined,
        };
      } else environment = { name: value(envToken) };
    }
    jobs.push({
      id,
      name: job.name ? scalarText(job.name) : id,
      nameValue: job.name && isBasicExpression(job.name) ? value(job.name) : undefined,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      env: valueMap(raw.get('env')),
      environment,
      concurrency: concurrencyOf(raw.get('concurrency')),
      permissions: permissionsOf(raw.get('permissions')),
      outputs: valueMap(raw.get('outputs')),
      strategy: strategyOf(raw.get('strategy'), id, outside),
      steps,
    });
  }
  const nameToken = root.get('name');
  return {
    file,
    name: nameToken && isString(nameToken) ? nameToken.value : where,
    events,
    dispatchInputs,
    env: valueMap(root.get('env')),
    concurrency: concurrencyOf(root.get('concurrency')),
    permissions: permissionsOf(root.get('permissions')),
    jobs: orderJobs(jobs, where),
  };
}

/** Jobs in `needs` order (the runner runs independent jobs in parallel; this one runs them one at a time). */
function orderJobs(jobs: JobModel[], where: string): JobModel[] {
  const done = new Set<string>();
  const ordered: JobModel[] = [];
  while (ordered.length < jobs.length) {
    const next = jobs.find((j) => !done.has(j.id) && j.needs.every((n) => done.has(n)));
    if (!next) throw new WorkflowError(`${where}: jobs' needs form a cycle or name a missing job`);
    done.add(next.id);
    ordered.push(next);
  }
  return ordered;
}

function concurrencyOf(token: TemplateToken | undefined): ConcurrencyModel | undefined {
  if (!token) return undefined;
  if (!isMapping(token)) return { group: value(token), cancelInProgress: { literal: 'false' } };
  const m = mapping(token);
  const group = m.get('group');
  if (!group) throw new WorkflowError(`line ${token.line ?? '?'}: concurrency without a group`);
  const cancel = m.get('cancel-in-progress');
  const queue = m.get('queue');
  return {
    group: value(group),
    cancelInProgress: cancel ? value(cancel) : { literal: 'false' },
    queue: queue ? scalarText(queue) : undefined,
  };
}

function strategyOf(
  token: TemplateToken | undefined,
  job: string,
  outside: (token: TemplateToken | undefined, what: string) => never,
): StrategyModel | undefined {
  if (!token) return undefined;
  const m = mapping(token);
  for (const key of m.keys())
    if (!['matrix', 'fail-fast', 'max-parallel'].includes(key))
      outside(m.get(key), `strategy key '${key}' (job ${job})`);
  const matrix = m.get('matrix');
  if (!matrix) outside(token, `a strategy without a matrix (job ${job})`);
  const failFast = m.get('fail-fast');
  const maxParallel = m.get('max-parallel');
  return {
    matrix: jsonTemplate(matrix as TemplateToken),
    failFast: failFast ? jsonTemplate(failFast) : undefined,
    maxParallel: maxParallel ? jsonTemplate(maxParallel) : undefined,
    line: token.line ?? 0,
  };
}

function jsonTemplate(token: TemplateToken): JsonTemplate {
  if (isBasicExpression(token)) return new JsonExpression(token.expression);
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value;
  if (isSequence(token)) return [...token].map(jsonTemplate);
  if (isMapping(token))
    return Object.fromEntries(
      [...token].map((pair) => [scalarText(pair.key), jsonTemplate(pair.value)]),
    );
  if (isLiteral(token)) return null;
  throw new WorkflowError(
    `line ${token.line ?? '?'}: expected a value, found a ${token.typeName()}`,
  );
}

function permissionsOf(token: TemplateToken | undefined): PermissionsModel | undefined {
  if (!token) return undefined;
  if (isString(token)) {
    if (token.value === 'read-all' || token.value === 'write-all') return token.value;
    throw new WorkflowError(`line ${token.line ?? '?'}: permissions: ${token.value}`);
  }
  if (isMapping(token)) {
    const m = mapping(token);
    return Object.fromEntries(m.keys().map((k) => [k, scalarText(m.get(k) as TemplateToken)]));
  }
  // `permissions: {}` parses as an empty mapping; anything else GitHub's schema has refused.
  return {};
}

class Mapping {
  constructor(private readonly entries: Map<string, TemplateToken>) {}
  get(key: string): TemplateToken | undefined {
    return this.entries.get(key);
  }
  keys(): string[] {
    return [...this.entries.keys()];
  }
}

function mapping(token: TemplateToken | undefined): Mapping {
  const entries = new Map<string, TemplateToken>();
  if (token && isMapping(token))
    for (const pair of token) entries.set(scalarText(pair.key), pair.value);
  return new Mapping(entries);
}

function value(token: TemplateToken): Value {
  if (isBasicExpression(token)) return { expression: token.expression };
  if (isLiteral(token)) return { literal: scalarText(token) };
  throw new WorkflowError(
    `line ${token.line ?? '?'}: expected a value, found a ${token.typeName()}`,
  );
}

function valueMap(token: TemplateToken | undefined): ValueMap {
  if (!token) return [];
  if (!isMapping(token)) throw new WorkflowError(`line ${token.line ?? '?'}: expected a mapping`);
  return [...token].map((pair) => [scalarText(pair.key), value(pair.value)]);
}

function scalarText(token: TemplateToken): string {
  if (isString(token)) return token.value;
  if (isNumber(token) || isBoolean(token)) return String(token.value);
  if (isBasicExpression(token)) return `\${{ ${token.expression} }}`;
  return String(token);
}

function firstLine(v: Value): string {
  return 'literal' in v ? (v.literal.split('\n')[0] ?? '') : `\${{ ${v.expression} }}`;
}
