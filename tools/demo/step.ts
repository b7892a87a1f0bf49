import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  runActionStep,
  runnerEnv,
  runStep,
  type ActionMetadata,
  type StepResult,
  type StepSpec,
  type WorkflowCommand,
} from '../runner/index.js';
import type { JobScope, StepRecord } from './records.js';

/** One step of a job, run through tools/runner the way GitHub's runner runs it. */

export type Execution =
  | { kind: 'run'; script: string; shell?: string; timeoutMinutes?: number }
  | {
      kind: 'action';
      dir: string;
      meta: ActionMetadata;
      inputs: Record<string, string>;
      /** Post's: what main saved. */
      state?: Record<string, string>;
      post?: boolean;
      timeoutMinutes?: number;
    };

/** A step's record, with what later steps see of it: GITHUB_ENV, GITHUB_PATH and (main's) state. */
export type Executed = StepRecord & {
  exported?: Record<string, string>;
  path?: string[];
  state?: Record<string, string>;
};

/** The runner's own variables and any action input of the process running the demo never reach a step. */
const HOST_ONLY = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/;

let counter = 0;

/** Runs one step with tools/runner (GitHub's runner's way), streaming its log as events, masked. */
export async function execute(
  base: StepRecord,
  what: Execution,
  stepEnv: Record<string, string>,
  prependPath: string[],
  scope: JobScope,
): Promise<Executed> {
  const { options, emit, mask, masks } = scope;
  const env: Record<string, string> = {
    ...(Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !HOST_ONLY.test(k)),
    ) as Record<string, string>),
    ...(options.env ?? {}),
    ...stepEnv,
    ...runnerEnv({
      repository: options.repository,
      sha: options.sha,
      ref: options.ref,
      eventName: options.event.name,
      eventPath: scope.eventPath,
      runId: options.runId,
      runNumber: options.runNumber ?? 1,
      runAttempt: 1,
      actor: options.actor,
      workflow: String(scope.github.workflow),
      job: base.job,
      action: base.id,
      workspace: options.workspace,
      apiUrl: options.apiUrl,
      temp: options.temp,
    }),
  };
  // GitHub's runner puts the last GITHUB_PATH entry first, each once.
  const added = [...new Set([...prependPath].reverse())];
  if (added.length > 0) env.PATH = [...added, env.PATH ?? ''].join(path.delimiter);
  const onLine = (line: string, command: WorkflowCommand | undefined) => {
    if (!command) {
      if (line.trim().length > 0)
        emit({ type: 'log', job: scope.leg?.name ?? base.job, step: base.name, text: mask(line) });
      return;
    }
    const text = command.message;
    if (command.command === 'add-mask') {
      if (text.length > 0) masks.add(text);
    } else if (command.command === 'error' || command.command === 'warning')
      emit({
        type: command.command,
        job: scope.leg?.name ?? base.job,
        step: base.name,
        text: mask(text),
      });
    else if (command.command === 'group')
      emit({ type: 'log', job: scope.leg?.name ?? base.job, step: base.name, text: mask(text) });
  };
  const spec: Omit<StepSpec, 'command' | 'args'> = {
    cwd: options.workspace,
    env,
    filesDir: path.join(options.temp, '_runner_file_commands'),
    onLine,
    timeoutMs: what.timeoutMinutes ? what.timeoutMinutes * 60_000 : undefined,
    // fail-fast cancels a leg in progress: its step gets SIGINT, as a cancelled run's does.
    signalAfter: scope.abort ? { ms: 0, signal: 'SIGINT', when: scope.abort } : undefined,
  };
  let run: StepResult;
  if (what.kind === 'run') {
    const script = path.join(options.temp, `script-${options.runId}-${++counter}.sh`);
    writeFileSync(script, what.script);
    // GitHub's runner: `shell: bash` is bash --noprofile --norc -eo pipefail; no shell: is bash -e.
    const args =
      what.shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', script] : ['-e', script];
    run = await runStep({ ...spec, command: 'bash', args });
  } else {
    run = await runActionStep(what.dir, what.meta, what.post ? 'post' : 'main', {
      ...spec,
      inputs: what.inputs,
      state: what.state,
    });
  }
  const errors = run.errors.map(mask);
  // The runner's own errors (a timeout, a malformed command file) come after the `::error::` ones.
  const fromCommands = run.commands.filter((c) => c.command === 'error').length;
  for (const text of errors.slice(fromCommands))
    emit({ type: 'error', job: scope.leg?.name ?? base.job, step: base.name, text });
  if (run.outcome === 'failure' && errors.length === 0)
    errors.push(`Process completed with exit code ${run.exitCode ?? run.signal}.`);
  return {
    ...base,
    outcome: run.outcome,
    outputs: run.outputs,
    summary: mask(run.summary),
    errors,
    warnings: run.warnings.map(mask),
    ms: run.ms,
    exported: run.env,
    path: run.path,
    ...(what.kind === 'action' && !what.post ? { state: run.state } : {}),
  };
}
