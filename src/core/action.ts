import * as core from '@actions/core';
import { describeError } from './errors.js';

/**
 * The one wrapper every entry point runs in: any failure becomes a single `::error::` line and
 * exit code 1 (through process.exitCode, so pending cleanup and output writes still finish).
 */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.setFailed(describeError(error));
    if (process.env.GLIDEPATH_DEBUG_STACK === 'true' && error instanceof Error && error.stack) core.debug(error.stack);
    core.debug(`${name} failed`);
  }
}

/** A post step cleans up after main; its own problems are warnings, never a second failure. */
export async function runPost(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.warning(`${name} cleanup: ${describeError(error)}`);
  }
}
