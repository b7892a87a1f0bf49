import * as core from './commands.js';
import { context as runContext, type RunContext } from './context.js';
import { describeError } from './errors.js';
import { Inputs } from './inputs.js';

/**
 * What every entry point is given (the idea of codeql-action's `runInActions`): typed inputs,
 * the run's context built on first use, and one AbortSignal that the runner's cancel (SIGINT,
 * then SIGTERM) aborts. The signal handlers are removed when the entry ends, so nothing of one
 * entry outlives it.
 */
export interface Harness {
  readonly name: string;
  readonly inputs: Inputs;
  /** Aborted with the signal's name as reason when the runner cancels the job. */
  readonly signal: AbortSignal;
  /** The run's context, read from the environment on first use. */
  context(): RunContext;
  /** Says in the log what a cancel will do, once, when it comes. */
  onCancel(describe: (signal: NodeJS.Signals) => string): void;
}

/** A main step: any failure becomes one `::error::` line and exit code 1 (process.exitCode). */
export async function runMain(
  name: string,
  body: (harness: Harness) => Promise<void>,
): Promise<void> {
  await withHarness(name, body, (error) => {
    core.setFailed(describeError(error));
    if (process.env.GLIDEPATH_DEBUG_STACK === 'true' && error instanceof Error && error.stack)
      core.debug(error.stack);
  });
}

/** A post step cleans up after main; its own problems are warnings, never a second failure. */
export async function runPost(
  name: string,
  body: (harness: Harness) => Promise<void>,
): Promise<void> {
  await withHarness(name, body, (error) =>
    core.warning(`${name} cleanup: ${describeError(error)}`),
  );
}

async function withHarness(
  name: string,
  body: (harness: Harness) => Promise<void>,
  onError: (error: unknown) => void,
): Promise<void> {
  const stop = new AbortController();
  let describe: ((signal: NodeJS.Signals) => string) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) return;
    if (describe) core.warning(describe(signal));
    stop.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const harness: Harness = {
    name,
    inputs: new Inputs(),
    signal: stop.signal,
    context: runContext,
    onCancel: (fn) => {
      describe = fn;
    },
  };
  try {
    await body(harness);
  } catch (error) {
    onError(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
