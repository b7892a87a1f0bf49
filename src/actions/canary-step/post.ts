import * as core from '@actions/core';
import { runPost } from '../../core/action.js';
import { context } from '../../core/context.js';
import { setStatus } from '../../core/deployments.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { loadState } from '../../core/state.js';
import { createProvider } from '../../core/traffic.js';
import { STATE_KEY, type TrafficState } from './main.js';

/**
 * Runs always (post-if: always()). If main was killed with the canary still taking traffic,
 * put all traffic back on stable and mark the deployment failure. Its own errors are warnings.
 */
export async function post(): Promise<void> {
  await runPost('canary-step', async () => {
    const state = loadState<TrafficState>(STATE_KEY);
    if (!state?.active) {
      core.info('canary-step post: main finished cleanly, nothing to restore');
      return;
    }
    core.warning('canary-step post: main did not finish; restoring all traffic to stable');
    await createProvider(state.provider).setWeight(0);
    core.info('Stable traffic restored');
    if (state.deploymentId) {
      const token = new Inputs().secret('token') ?? '';
      await setStatus(createClient(token), context(), state.deploymentId, 'failure', { description: 'aborted: the job stopped mid-canary; traffic restored to stable by the post step', autoInactive: false });
    }
  });
}
