import { data, Evaluator, Lexer, Parser, type Expr } from '@actions/expressions';
import type { Value } from './workflow.js';

/**
 * `${{ }}` evaluation with GitHub's own expression engine (@actions/expressions: lexer, parser,
 * evaluator, and the built-in functions format, contains, startsWith, toJSON, fromJSON, …).
 * The runner adds the status functions (success, failure, always, cancelled), which GitHub's
 * runner, not the expression library, defines.
 */

export type JobStatus = 'success' | 'failure' | 'cancelled' | 'skipped';

/** Plain JSON for each context: github, env, vars, secrets, inputs, steps, needs, job, runner. */
export type Contexts = Record<string, unknown>;

const CONTEXTS = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'steps',
  'needs',
  'job',
  'runner',
  'matrix',
  'strategy',
];

export class ExpressionFailure extends Error {}

function parse(expression: string, statusFunctions: boolean): Expr {
  const lexed = new Lexer(expression).lex();
  const infos = statusFunctions
    ? ['success', 'failure', 'always', 'cancelled'].map((name) => ({
        name,
        minArgs: 0,
        maxArgs: 0,
      }))
    : [];
  try {
    return new Parser(lexed.tokens, CONTEXTS, infos).parse();
  } catch (error) {
    throw new ExpressionFailure(`\${{ ${expression} }}: ${(error as Error).message}`);
  }
}

function evaluate(expression: string, contexts: Contexts, status?: JobStatus): data.ExpressionData {
  const tree = parse(expression, status !== undefined);
  const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const functions = new Map(
    status === undefined
      ? []
      : (
          [
            ['success', () => new data.BooleanData(status === 'success')],
            ['failure', () => new data.BooleanData(status === 'failure')],
            ['always', () => new data.BooleanData(true)],
            ['cancelled', () => new data.BooleanData(status === 'cancelled')],
          ] as const
        ).map(([name, call]) => [name, { name, minArgs: 0, maxArgs: 0, call }]),
  );
  try {
    return new Evaluator(tree, dictionary, functions).evaluate();
  } catch (error) {
    throw new ExpressionFailure(`\${{ ${expression} }}: ${(error as Error).message}`);
  }
}

/** The text a value becomes where a string is expected (inputs, env, outputs, run scripts). */
export function evaluateValue(value: Value, contexts: Contexts): string {
  if ('literal' in value) return value.literal;
  return toText(evaluate(value.expression, contexts));
}

/** An expression's value as plain JSON (a matrix written as `${{ fromJSON(vars.REGIONS) }}`). */
export function evaluateJson(expression: string, contexts: Contexts): unknown {
  const result = evaluate(expression, contexts);
  switch (result.kind) {
    case data.Kind.Null:
      return null;
    case data.Kind.Boolean:
      return (result as data.BooleanData).value;
    case data.Kind.Number:
      return result.number();
    case data.Kind.String:
      return result.coerceString();
    default:
      return JSON.parse(JSON.stringify(result, data.replacer)) as unknown;
  }
}

/** A step's or job's `if:` (GitHub's converter has already wrapped it in `success() && (…)` where needed). */
export function evaluateCondition(
  expression: string,
  contexts: Contexts,
  status: JobStatus,
): boolean {
  return truthy(evaluate(expression, contexts, status));
}

export function toText(result: data.ExpressionData): string {
  switch (result.kind) {
    case data.Kind.Null:
      return '';
    case data.Kind.String:
    case data.Kind.Number:
    case data.Kind.Boolean:
      return result.coerceString();
    default:
      return JSON.stringify(result, data.replacer, 2);
  }
}

function truthy(result: data.ExpressionData): boolean {
  switch (result.kind) {
    case data.Kind.Null:
      return false;
    case data.Kind.Boolean:
      return (result as data.BooleanData).value;
    case data.Kind.Number: {
      const n = result.number();
      return n !== 0 && !Number.isNaN(n);
    }
    case data.Kind.String:
      return result.coerceString() !== '';
    default:
      return true;
  }
}
