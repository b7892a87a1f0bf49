import { spawn } from 'node:child_process';
import { UserError } from './errors.js';
import { formatDuration } from './duration.js';

export interface CommandResult {
  exitCode: number;
  timedOut: boolean;
  signal: NodeJS.Signals | null;
}

/**
 * Runs a user's command (deploy-command, build-command, …) with bash, streaming its output.
 * Values reach it only through environment variables (GLIDEPATH_*): nothing is ever
 * interpolated into the command text. On timeout the whole process group is killed.
 */
export interface CommandOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  label: string;
  /** Told the process group's id once it runs, so a post step can stop it if this process is killed. */
  onSpawn?: (pid: number) => void;
}

/**
 * What the runner gives a JavaScript action but never a `run:` step, so never a command Glidepath
 * runs: the step's inputs (INPUT_TOKEN among them) and saved state, the action's state file, and
 * the runner's internal endpoints and tokens (ACTIONS_RUNTIME_TOKEN and _URL, cache and results
 * service URLs, …). What a `run:` step also sees stays: the debug switches, and the OIDC request
 * token and URL, which GitHub gives every step of a job with `id-token: write` (deploy scripts
 * use them to assume a cloud role). A command gets GLIDEPATH_* values and what the user lists in
 * options.env, which is added after this filter.
 */
const RUN_STEP_ACTIONS_VARIABLES = new Set([
  'ACTIONS_STEP_DEBUG',
  'ACTIONS_RUNNER_DEBUG',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
export function isActionOnlyVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    upper.startsWith('INPUT_') ||
    upper.startsWith('STATE_') ||
    upper === 'GITHUB_STATE' ||
    (upper.startsWith('ACTIONS_') && !RUN_STEP_ACTIONS_VARIABLES.has(upper))
  );
}

export async function runUserCommand(
  command: string,
  options: CommandOptions,
): Promise<CommandResult> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !isActionOnlyVariable(name)),
  );
  const env = { ...inherited, ...options.env };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    if (child.pid) options.onSpawn?.(child.pid);
    let timedOut = false;
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child.pid, 'SIGTERM');
          setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref();
        }, options.timeoutMs)
      : undefined;
    const forward = (signal: NodeJS.Signals) => killGroup(child.pid, signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const done = () => {
      if (timer) clearTimeout(timer);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    };
    child.on('error', (error) => {
      done();
      reject(new UserError(`${options.label} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      done();
      resolve({ exitCode: code ?? 1, timedOut, signal });
    });
  });
}

/** Runs a user's command and throws a UserError naming the input when it fails. */
export async function runUserCommandOrFail(
  command: string,
  options: CommandOptions,
): Promise<void> {
  const result = await runUserCommand(command, options);
  if (result.timedOut)
    throw new UserError(
      `${options.label} did not finish within ${formatDuration(options.timeoutMs ?? 0)} and was stopped`,
    );
  if (result.exitCode !== 0) {
    throw new UserError(
      `${options.label} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}`,
    );
  }
}

export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
