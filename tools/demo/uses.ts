import { existsSync } from 'node:fs';
import path from 'node:path';
import { actionInputs, readActionMetadata, type ActionMetadata } from '../runner/index.js';
import { ATTEST_ACTION, ATTEST_INPUTS } from './attest.js';
import { evaluateValue, type Contexts } from './expressions.js';
import { WorkflowError, type StepModel, type ValueMap, type WorkflowModel } from './workflow.js';

/** Which `uses:` the local runner can run, their inputs, and the token scopes a job's `permissions:` give. */

export const LOCAL_ACTIONS = /^actions\/(checkout|setup-node)@/;
export const GLIDEPATH_ACTION =
  /^(?:\.\/actions\/([a-z-]+)|\.\/?|[\w.-]+\/glidepath(?:\/actions\/([a-z-]+))?@[\w.-]+)$/;

/** Before any job runs: every `uses:` is one the runner can run, and every `with:` key is an input of it. */
export function checkActions(workflow: WorkflowModel, root: string, attest: boolean): void {
  const where = path.basename(workflow.file);
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (!step.uses || LOCAL_ACTIONS.test(step.uses)) continue;
      try {
        const declared =
          attest && ATTEST_ACTION.test(step.uses)
            ? Object.fromEntries(ATTEST_INPUTS.map((name) => [name, {}]))
            : readActionMetadata(resolveAction(step, root)).inputs;
        for (const [name] of step.with) {
          if (!(name in declared))
            throw new WorkflowError(
              `line ${step.line}: ${step.uses} has no input '${name}' (its inputs: ${Object.keys(declared).join(', ')})`,
            );
        }
      } catch (error) {
        throw error instanceof WorkflowError
          ? new WorkflowError(`${where}:${error.message.replace(/^line /, '')}`)
          : error;
      }
    }
  }
}

export function resolveAction(step: StepModel, root: string): string {
  const uses = step.uses ?? '';
  const match = GLIDEPATH_ACTION.exec(uses);
  if (!match)
    throw new WorkflowError(
      `line ${step.line}: uses: ${uses} is outside the local runner's subset (it runs Glidepath's own actions, ./actions/<name> or OWNER/glidepath/actions/<name>@ref, plus actions/checkout and actions/setup-node)`,
    );
  const name = match[1] ?? match[2];
  const dir = name ? path.join(root, 'actions', name) : root;
  if (!existsSync(path.join(dir, 'action.yml')))
    throw new WorkflowError(
      `line ${step.line}: uses: ${uses}: there is no action ${name ?? '(root)'} in ${root}`,
    );
  return dir;
}

/** `with:` values over action.yml's defaults (themselves `${{ }}` where they say so), like the runner. */
export function stepInputs(
  meta: ActionMetadata,
  step: StepModel,
  contexts: Contexts,
): Record<string, string> {
  const given = evaluateMap(step.with, contexts); // keys checked by checkActions
  const inputs = actionInputs(meta, given, (text) => {
    const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(text);
    return whole ? evaluateValue({ expression: whole[1] ?? '' }, contexts) : text;
  });
  for (const [name, input] of Object.entries(meta.inputs)) {
    if (input.required && !inputs[name])
      throw new WorkflowError(`line ${step.line}: ${step.uses} needs input '${name}'`);
  }
  return inputs;
}

export function evaluateMap(map: ValueMap, contexts: Contexts): Record<string, string> {
  return Object.fromEntries(map.map(([key, value]) => [key, evaluateValue(value, contexts)]));
}

/** The scopes a `permissions:` gives GITHUB_TOKEN (undefined: the repository's default). */
export function permissionMap(
  permissions: WorkflowModel['permissions'],
): Record<string, string> | undefined {
  if (permissions === undefined) return undefined;
  const scopes = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'id-token',
    'issues',
    'discussions',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
  ];
  if (permissions === 'read-all' || permissions === 'write-all') {
    const level = permissions === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(
      scopes.map((s) => [s, s === 'id-token' && level === 'read' ? 'none' : level]),
    );
  }
  // A mapping: what it names, at its level; every scope it does not name, none.
  return Object.fromEntries(scopes.map((s) => [s, permissions[s] ?? 'none']));
}
