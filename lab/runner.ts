import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  actionInputs,
  postCondition,
  readActionMetadata,
  runActionStep,
  runnerEnv,
  type ActionMetadata,
  type StepResult,
} from '../tools/runner/index.js';
import type { RunnerOptions } from '../tools/demo/runner.js';

/**
 * Runs an action's built bundle the way the GitHub Actions runner does (tools/runner): INPUT_*
 * variables with action.yml defaults filled in, fresh GITHUB_OUTPUT/ENV/STATE/PATH/STEP_SUMMARY
 * files, an event payload, main then post (with STATE_* from main), and workflow commands parsed
 * from its output. What is particular to tests: a hermetic environment, fixed run values, and
 * options to cancel a step.
 */

export {
  inputVariable,
  parseCommands,
  type ActionMetadata,
  type StepResult,
  type WorkflowCommand,
} from '../tools/runner/index.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `.` is the root action, a bare name one of actions/<name>, and a path any action folder (test fixtures). */
export function actionDir(action: string): string {
  if (action === '.') return ROOT;
  return action.includes('/') ? path.resolve(action) : path.join(ROOT, 'actions', action);
}

export function readMetadata(action: string): ActionMetadata {
  return readActionMetadata(actionDir(action));
}

export interface RunResult extends StepResult {
  post?: StepResult;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  /** Extra environment (GLIDEPATH_*, SOURCE_DATE_EPOCH, …). */
  env?: Record<string, string>;
  event?: { name: string; payload: Record<string, unknown> };
  workspace?: string;
  apiUrl?: string;
  token?: string;
  repository?: string;
  sha?: string;
  ref?: string;
  runId?: number;
  runAttempt?: number;
  runNumber?: number;
  actor?: string;
  /** Send this signal to main after this many ms (cancel tests). */
  /** Send this signal to main after this many ms (cancel tests); with `when`, once it also holds. */
  signalAfter?: { ms: number; signal: NodeJS.Signals; when?: () => boolean };
  /** The job's status before post runs: post-if always() runs anyway, success() only on success. */
  skipPost?: boolean;
  /** Each step's time limit (default 2 minutes); past it the step is killed (SIGKILL) and fails. */
  timeoutMs?: number;
  /** A fixed temp folder (RUNNER_TEMP) shared across steps of one job. */
  runnerTemp?: string;
}

export const DEFAULT_TOKEN = 'ghs_standInToken0123456789abcdefABCDEF';

/** Runs main (and post, as the runner would) and returns everything the runner would see. */
export async function runAction(action: string, options: RunOptions = {}): Promise<RunResult> {
  const meta = readMetadata(action);
  const dir = actionDir(action);
  const temp = options.runnerTemp ?? mkdtempSync(path.join(os.tmpdir(), 'glidepath-runner-'));
  mkdirSync(temp, { recursive: true });
  const token = options.token ?? DEFAULT_TOKEN;
  const workspace = options.workspace ?? mkdtempSync(path.join(os.tmpdir(), 'glidepath-ws-'));
  const eventPath = path.join(
    temp,
    `event-${Date.now()}-${Math.random().toString(36).slice(2)}.json`,
  );
  const event = options.event ?? { name: 'push', payload: pushPayload(options) };
  writeFileSync(eventPath, JSON.stringify(event.payload));
  const inputs = actionInputs(meta, options.inputs ?? {}, (text) =>
    text.replace(/\$\{\{\s*github\.token\s*\}\}/g, token),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    ...runnerEnv({
      repository: options.repository ?? 'octo/app',
      sha: options.sha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      ref: options.ref ?? 'refs/heads/main',
      eventName: event.name,
      eventPath,
      runId: options.runId ?? 4242,
      runNumber: options.runNumber ?? 17,
      runAttempt: options.runAttempt ?? 1,
      actor: options.actor ?? 'octocat',
      workflow: 'deploy',
      job: 'ship',
      action,
      workspace,
      apiUrl: options.apiUrl ?? 'http://127.0.0.1:9',
      temp,
    }),
    ...options.env,
  };
  const step = {
    cwd: workspace,
    env,
    filesDir: path.join(temp, '_runner_file_commands'),
    inputs,
    timeoutMs: options.timeoutMs ?? 120_000,
    timeoutSignal: 'SIGKILL' as const,
  };
  const result: RunResult = await runActionStep(dir, meta, 'main', {
    ...step,
    signalAfter: options.signalAfter,
  });
  if (meta.runs.post && !options.skipPost && postRuns(postCondition(meta), result.outcome))
    result.post = await runActionStep(dir, meta, 'post', { ...step, state: result.state });
  return result;
}

/** The status functions of a post-if, over main's outcome (the job has no other step here). */
function postRuns(condition: string, main: StepResult['outcome']): boolean {
  if (condition.includes('always()')) return true;
  return condition.includes('failure()') ? main === 'failure' : main === 'success';
}

function pushPayload(options: RunOptions): Record<string, unknown> {
  const [owner, name] = (options.repository ?? 'octo/app').split('/');
  return {
    ref: options.ref ?? 'refs/heads/main',
    after: options.sha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    repository: {
      name,
      full_name: `${owner}/${name}`,
      owner: { login: owner },
      default_branch: 'main',
    },
    sender: { login: options.actor ?? 'octocat' },
  };
}

/** What a person reads in the log: stdout with workflow commands other than groups removed. */
export function logText(result: StepResult): string {
  return result.stdout
    .split('\n')
    .filter((line) => !/^::(debug|add-mask|set-output|save-state)/.test(line))
    .join('\n');
}

/** Options for the demo's workflow runner (tools/demo/runner.ts) in tests: a stand-in run, no services. */
export function workflowOptions(workspace: string, actionsRoot = ROOT): RunnerOptions {
  return {
    actionsRoot,
    workspace,
    temp: path.join(workspace, '.runner'),
    apiUrl: 'http://127.0.0.1:9',
    token: 'ghs_secretTokenValue123',
    repository: 'acme/app',
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    event: { name: 'push', payload: {} },
    runId: 7,
    actor: 'dev',
  };
}

/** A workflow file holding `yaml`, alone in a new temporary folder (its workspace in tests). */
export function workflowFile(yaml: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'glidepath-wf-')), 'w.yml');
  writeFileSync(file, yaml);
  return file;
}
