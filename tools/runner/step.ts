import { spawn } from 'node:child_process';
import { CommandReader, type WorkflowCommand } from './commands.js';
import { createCommandFiles, readCommandFiles, type CommandFileValues } from './files.js';

/**
 * One step's process, run as GitHub's runner runs it: fresh command files in its environment,
 * both output streams read line by line for workflow commands, the command files read back when
 * it ends, and the step's outcome decided the runner's way (a non-zero exit, a kill, a timeout or
 * a malformed command file fails it).
 */

/** The run the step belongs to: what the runner exports as GITHUB_* and RUNNER_* variables. */
export interface RunContext {
  repository: string;
  sha: string;
  ref: string;
  eventName: string;
  eventPath: string;
  runId: number;
  runNumber: number;
  runAttempt: number;
  actor: string;
  workflow: string;
  job: string;
  /** The step's id (GITHUB_ACTION). */
  action: string;
  workspace: string;
  apiUrl: string;
  /** RUNNER_TEMP. */
  temp: string;
}

/** The GITHUB_* and RUNNER_* variables of a step (the command files come with the step). */
export function runnerEnv(run: RunContext): Record<string, string> {
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: run.repository,
    GITHUB_REPOSITORY_OWNER: run.repository.split('/')[0] ?? '',
    GITHUB_SHA: run.sha,
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: run.ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: run.eventPath,
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_RUN_NUMBER: String(run.runNumber),
    GITHUB_RUN_ATTEMPT: String(run.runAttempt),
    GITHUB_ACTOR: run.actor,
    GITHUB_WORKFLOW: run.workflow,
    GITHUB_JOB: run.job,
    GITHUB_ACTION: run.action,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: run.apiUrl,
    GITHUB_GRAPHQL_URL: `${run.apiUrl}/graphql`,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_TEMP: run.temp,
  };
}

export interface StepSpec {
  command: string;
  args: string[];
  cwd: string;
  /** The whole environment but the command files. */
  env: Record<string, string>;
  /** Where the step's fresh command files are made. */
  filesDir: string;
  /** Each line of output as it comes, with the workflow command it holds (if any). */
  onLine?: (line: string, command: WorkflowCommand | undefined) => void;
  /** Sends this signal after this many ms (a cancel). */
  /** Send `signal` after `ms`, or (with `when`) at the first check from then on where `when()` holds. */
  signalAfter?: { ms: number; signal: NodeJS.Signals; when?: () => boolean };
  /** The step's time limit: past it the step fails and its process gets `timeoutSignal`. */
  timeoutMs?: number;
  timeoutSignal?: NodeJS.Signals;
}

export interface StepResult extends CommandFileValues {
  outcome: 'success' | 'failure';
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  /** `::error::` messages, then the runner's own (a timeout, a malformed command file). */
  errors: string[];
  warnings: string[];
  masks: string[];
  ms: number;
}

export async function runStep(spec: StepSpec): Promise<StepResult> {
  const files = createCommandFiles(spec.filesDir);
  const reader = new CommandReader();
  const commands: WorkflowCommand[] = [];
  const runnerErrors: string[] = [];
  const output = { stdout: '', stderr: '' };
  let timedOut = false;
  const started = Date.now();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...spec.env, ...files },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onLine = (line: string) => {
    const command = reader.read(line);
    if (command) commands.push(command);
    spec.onLine?.(line, command);
  };
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    const source = child[stream];
    source.setEncoding('utf8');
    source.on('data', (chunk: string) => {
      output[stream] += chunk;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) onLine(line.replace(/\r$/, ''));
    });
    source.on('end', () => partial && onLine(partial.replace(/\r$/, '')));
  }
  const timers: NodeJS.Timeout[] = [];
  if (spec.signalAfter) {
    const { ms, signal, when } = spec.signalAfter;
    const fire = () => {
      if (!when || when()) child.kill(signal);
      else timers.push(setTimeout(fire, 25));
    };
    timers.push(setTimeout(fire, ms));
  }
  if (spec.timeoutMs !== undefined) {
    const ms = spec.timeoutMs;
    timers.push(
      setTimeout(() => {
        timedOut = true;
        runnerErrors.push(`The step has timed out after ${describeDuration(ms)}.`);
        child.kill(spec.timeoutSignal ?? 'SIGTERM');
      }, ms),
    );
  }
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolve) => {
      child.on('error', (error) => {
        runnerErrors.push(error.message);
        resolve([127, null]);
      });
      child.on('close', (code, sig) => resolve([code, sig]));
    },
  );
  for (const timer of timers) clearTimeout(timer);
  const { errors: fileErrors, failed: badFile, ...values } = readCommandFiles(files);
  const failed = exitCode !== 0 || timedOut || badFile;
  const messages = (name: string) =>
    commands.filter((c) => c.command === name).map((c) => c.message);
  return {
    outcome: failed ? 'failure' : 'success',
    exitCode,
    signal,
    stdout: output.stdout,
    stderr: output.stderr,
    ...values,
    commands,
    errors: [...messages('error'), ...runnerErrors, ...fileErrors],
    warnings: messages('warning'),
    masks: messages('add-mask'),
    ms: Date.now() - started,
  };
}

function describeDuration(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${ms / 1000} seconds`;
}
