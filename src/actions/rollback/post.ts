import { Inputs } from '../../core/runtime/index.js';
import { finishOpenWork } from '../../core/recovery/index.js';
import { readTraffic } from './inputs.js';

/**
 * Runs always (post-if: always()): if main was cancelled or killed, put traffic back on stable
 * (from the inputs when main was stopped before it saved anything), stop its deploy command and
 * mark its deployment failure.
 */
export async function post(): Promise<void> {
  await finishOpenWork('rollback', () => readTraffic(new Inputs()));
}
