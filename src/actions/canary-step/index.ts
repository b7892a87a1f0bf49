import * as core from '@actions/core';
import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { readSettings } from './inputs.js';
import { report, runCanary } from './main.js';
import { reportRolling, runRolling } from './rolling.js';

/**
 * Entry point. SIGINT and SIGTERM (the runner's cancel) abort the current step: traffic goes
 * back to stable (rolling: every drained server back to ready) at once, then the deployment is
 * marked failure; the post step is the backstop.
 */
export async function run(): Promise<void> {
  await runAction('canary-step', async () => {
    const ctx = context();
    const settings = readSettings(new Inputs());
    const stop = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      core.warning(settings.strategy === 'rolling' ? `${signal}: cancelling the rolling deploy, putting drained servers back` : `${signal}: cancelling the canary, restoring stable traffic`);
      stop.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    let client: ReturnType<typeof createClient> | undefined;
    try {
      const deps = { ctx, client: () => (client ??= createClient(settings.token ?? '')), signal: stop.signal };
      if (settings.strategy === 'rolling') {
        const result = await runRolling(settings, deps);
        await reportRolling(settings, result);
        if (result.decision === 'aborted' && settings.gate.failOnUnhealthy) throw new Error(`canary-step rolling stopped: ${result.reason}`);
        return;
      }
      const result = await runCanary(settings, deps);
      await report(settings, result);
      if (result.decision === 'aborted' && settings.gate.failOnUnhealthy) {
        throw new Error(`canary-step aborted at ${result.failedStep}: ${result.reason}`);
      }
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
