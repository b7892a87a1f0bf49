import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/**
 * Runs an action's built bundle the way the GitHub Actions runner does: INPUT_* variables with
 * action.yml defaults filled in, GITHUB_OUTPUT/ENV/STATE/STEP_SUMMARY files, an event payload,
 * main then post (with STATE_* from main), and workflow commands parsed from stdout.
 */

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

/** `.` is the root action, a bare name one of actions/<name>, and a path any action folder (test fixtures). */
export function actionDir(action: string): string {
  if (action === '.') return ROOT;
  return action.includes('/') ? path.resolve(action) : path.join(ROOT, 'actions', action);
}

export function readMetadata(action: string): ActionMetadata {
  const meta = YAML.parse(
    readFileSync(path.join(actionDir(action), 'action.yml'), 'utf8'),
  ) as ActionMetadata;
  meta.inputs ??= {};
  meta.outputs ??= {};
  return meta;
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  errors: string[];
  warnings: string[];
  masks: string[];
  ms: number;
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
  signalAfter?: { ms: number; signal: NodeJS.Signals };
  /** The job's status before post runs: post-if always() runs anyway, success() only on success. */
  skipPost?: boolean;
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

  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    const given = options.inputs?.[name];
    const value = given ?? evaluateDefault(spec.default, token);
    if (value !== undefined) inputEnv[inputVariable(name)] = value;
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) {
    if (!(name in meta.inputs)) inputEnv[inputVariable(name)] = value; // the runner passes undeclared inputs too (with a warning)
  }

  const repository = options.repository ?? 'octo/app';
  const runId = options.runId ?? 4242;
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_SHA: options.sha ?? 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: String(options.runNumber ?? 17),
    GITHUB_ACTOR: options.actor ?? 'octocat',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_JOB: 'ship',
    GITHUB_WORKSPACE: workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${options.apiUrl ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_ACTION_PATH: dir,
    GITHUB_ACTION: action,
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    ...options.env,
  };

  const mainScript = path.resolve(dir, meta.runs.main);
  const main = await runStep(
    mainScript,
    { ...base, ...inputEnv },
    temp,
    'main',
    workspace,
    options,
  );
  const result: RunResult = main;
  if (meta.runs.post && !options.skipPost) {
    const postIf = meta.runs['post-if'] ?? 'success()';
    const shouldRun =
      postIf.includes('always()') ||
      (postIf.includes('failure()') ? main.exitCode !== 0 : main.exitCode === 0);
    if (shouldRun) {
      const stateEnv = Object.fromEntries(
        Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]),
      );
      result.post = await runStep(
        path.resolve(dir, meta.runs.post),
        { ...base, ...inputEnv, ...stateEnv },
        temp,
        'post',
        workspace,
        { ...options, signalAfter: undefined },
      );
    }
  }
  return result;
}

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function evaluateDefault(value: string | undefined, token: string): string | undefined {
  if (value === undefined) return undefined;
  return String(value).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
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

async function runStep(
  script: string,
  env: Record<string, string>,
  temp: string,
  phase: string,
  cwd: string,
  options: RunOptions,
): Promise<StepResult> {
  const stamp = `${phase}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const files = {
    GITHUB_OUTPUT: path.join(temp, `output-${stamp}`),
    GITHUB_ENV: path.join(temp, `env-${stamp}`),
    GITHUB_STATE: path.join(temp, `state-${stamp}`),
    GITHUB_STEP_SUMMARY: path.join(temp, `summary-${stamp}`),
    GITHUB_PATH: path.join(temp, `path-${stamp}`),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const started = Date.now();
  const child = spawn(process.execPath, [script], {
    cwd,
    env: { ...env, ...files },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timers: NodeJS.Timeout[] = [];
  if (options.signalAfter) {
    const { ms, signal } = options.signalAfter;
    timers.push(setTimeout(() => child.kill(signal), ms));
  }
  timers.push(setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on('close', (code, sig) => resolve([code, sig])),
  );
  for (const t of timers) clearTimeout(t);
  const commands = parseCommands(stdout);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommands(files.GITHUB_OUTPUT),
    state: parseFileCommands(files.GITHUB_STATE),
    env: parseFileCommands(files.GITHUB_ENV),
    summary: existsSync(files.GITHUB_STEP_SUMMARY)
      ? readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      : '',
    commands,
    errors: commands.filter((c) => c.command === 'error').map((c) => c.message),
    warnings: commands.filter((c) => c.command === 'warning').map((c) => c.message),
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
    ms: Date.now() - started,
  };
}

/** Parses `name<<DELIM … DELIM` and `name=value` lines, as the runner reads GITHUB_OUTPUT and friends. */
export function parseFileCommands(file: string): Record<string, string> {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++] ?? '');
      if (i >= lines.length) throw new Error(`${file}: no closing delimiter for ${name}`);
      out[name as string] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 1) throw new Error(`${file}: malformed line '${line}'`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** Parses `::command key=value,…::message` lines the way the runner does. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({
      command: match[1] as string,
      properties,
      message: unescapeData(match[3] ?? ''),
    });
  }
  return commands;
}

/** What a person reads in the log: stdout with workflow commands other than groups removed. */
export function logText(result: StepResult): string {
  return result.stdout
    .split('\n')
    .filter((line) => !/^::(debug|add-mask|set-output|save-state)/.test(line))
    .join('\n');
}
