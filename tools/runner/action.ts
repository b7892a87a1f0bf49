import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { runStep, type StepResult, type StepSpec } from './step.js';

/**
 * A JavaScript action's step, main or post, run as GitHub's runner runs it: `node` on the file
 * action.yml names, with INPUT_<NAME> for every input (given, else its default), GITHUB_ACTION_PATH,
 * and in post the STATE_<name> variables main saved.
 */

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: {
    using: string;
    main: string;
    pre?: string;
    post?: string;
    'post-if'?: string;
    'pre-if'?: string;
  };
}

/** action.yml of the action in `dir`, with `inputs` and `outputs` present even when empty. */
export function readActionMetadata(dir: string): ActionMetadata {
  const meta = YAML.parse(readFileSync(path.join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
  meta.inputs ??= {};
  meta.outputs ??= {};
  return meta;
}

/** The variable an input reaches the action in. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Each input's value: the one given, else its default (a string that may hold `${{ }}`, which
 * `evaluate` resolves), else none. Inputs the action does not declare are passed too, as the
 * runner passes them (with a warning).
 */
export function actionInputs(
  meta: ActionMetadata,
  given: Record<string, string>,
  evaluate: (text: string) => string,
): Record<string, string> {
  const values: Record<string, string> = { ...given };
  for (const [name, input] of Object.entries(meta.inputs)) {
    if (name in given || input.default === undefined) continue;
    values[name] = evaluate(String(input.default));
  }
  return values;
}

export interface ActionStep extends Omit<StepSpec, 'command' | 'args'> {
  /** Input values (see actionInputs). */
  inputs: Record<string, string>;
  /** What main saved (GITHUB_STATE), for post. */
  state?: Record<string, string>;
}

export function runActionStep(
  dir: string,
  meta: ActionMetadata,
  phase: 'main' | 'post',
  step: ActionStep,
): Promise<StepResult> {
  const script = phase === 'main' ? meta.runs.main : meta.runs.post;
  if (script === undefined) throw new Error(`${dir}/action.yml has no runs.${phase}`);
  const env: Record<string, string> = { ...step.env, GITHUB_ACTION_PATH: dir };
  for (const [name, value] of Object.entries(step.inputs)) env[inputVariable(name)] = value;
  if (phase === 'post')
    for (const [name, value] of Object.entries(step.state ?? {})) env[`STATE_${name}`] = value;
  const { inputs: _inputs, state: _state, ...spec } = step;
  return runStep({ ...spec, env, command: process.execPath, args: [path.resolve(dir, script)] });
}

/** The condition post runs under (`post-if`, bare or in `${{ }}`; the runner's default is always()). */
export function postCondition(meta: ActionMetadata): string {
  return (meta.runs['post-if'] ?? 'always()').replace(/^\$\{\{\s*|\s*\}\}$/g, '');
}
