import { core, describeError, runPost } from '../../core/runtime/index.js';
import { loadHandoff } from '../../core/handoff/index.js';
import { createClient, setStatus } from '../../core/github/index.js';
import { createPool, createProvider } from '../../core/traffic/index.js';

/**
 * Runs always (post-if: always()). If main was killed with the canary still taking traffic,
 * put all traffic back on stable (rolling: every server main had drained back to ready) and
 * mark the deployment failure. Its own errors are warnings.
 */
export async function post(): Promise<void> {
  await runPost('canary-step', async (h) => {
    const state = loadHandoff('glidepath-traffic');
    if (!state?.active) {
      core.info('canary-step post: main finished cleanly, nothing to restore');
      return;
    }
    let description: string;
    if (state.pool) {
      const drained = state.drained ?? [];
      core.warning(
        `canary-step post: main did not finish the rolling deploy; ${drained.length ? `putting ${drained.join(', ')} back to ready` : 'no server was drained'}`,
      );
      await createPool(state.pool).set(drained, 'ready');
      core.info(drained.length ? `${drained.join(', ')} back to ready` : 'Nothing to put back');
      description = `aborted: the job stopped mid-roll; ${drained.length ? `${drained.join(', ')} put back to ready` : 'no server was drained'} by the post step`;
    } else if (state.provider) {
      core.warning('canary-step post: main did not finish; restoring all traffic to stable');
      const provider = createProvider(state.provider);
      try {
        await provider.setWeight(0);
        core.info('Stable traffic restored');
        description =
          'aborted: the job stopped mid-canary; traffic restored to stable by the post step';
      } catch (error) {
        // Loud, and the record still says failure: never a canary left serving in silence.
        core.error(
          `canary-step post: could not restore stable traffic through ${provider.describe()}: ${describeError(error)}. Put all traffic back on stable by hand`,
        );
        description = 'aborted: the job stopped mid-canary; stable traffic could NOT be restored';
      }
    } else return;
    if (state.deploymentId) {
      const token = h.inputs.secret('token') ?? '';
      await setStatus(createClient(token), h.context(), state.deploymentId, 'failure', {
        description,
        autoInactive: false,
      });
    }
  });
}
