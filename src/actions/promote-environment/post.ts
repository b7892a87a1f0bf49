import { finishOpenWork } from '../../core/recovery/index.js';

/** Runs always (post-if: always()): if main was cancelled or killed mid-deploy, stop its deploy command and mark its deployment failure. */
export async function post(): Promise<void> {
  await finishOpenWork('promote-environment');
}
