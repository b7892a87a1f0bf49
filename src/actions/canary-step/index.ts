import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadProviders } from '../../core/gate/index.js';
import { loadYaml, runMain } from '../../core/runtime/index.js';
import { readSettings } from './inputs.js';

/**
 * Entry point. SIGINT and SIGTERM (the runner's cancel) abort the current step: traffic goes
 * back to stable (rolling: every drained server back to ready) at once, then the deployment is
 * marked failure; the post step is the backstop.
 */
export async function run(): Promise<void> {
  await runMain('canary-step', async (h) => {
    const ctx = h.context();
    const config = path.resolve(
      ctx.workspace,
      h.inputs.string('config') ?? '.github/glidepath.yml',
    );
    const checks = h.inputs.string('checks') !== undefined;
    if (checks || existsSync(config)) await loadYaml();
    // Only `checks` names metric providers: without it their settings readers stay unloaded.
    if (checks) await loadProviders();
    const base = readSettings(h.inputs);
    // Release windows are looked up only where they can apply (an environment, or a break-glass
    // reason to check): the config reader and semver stay unloaded otherwise.
    const environment = h.inputs.string('environment');
    const windowed = environment !== undefined || h.inputs.string('override-window') !== undefined;
    const settings = {
      ...base,
      ...(windowed ? (await import('./window.js')).readWindow(h.inputs, ctx, environment) : {}),
    };
    h.onCancel((signal) =>
      settings.strategy === 'rolling'
        ? `${signal}: cancelling the rolling deploy, putting drained servers back`
        : settings.strategy === 'experiment'
          ? `${signal}: cancelling the experiment, putting all traffic back on A`
          : `${signal}: cancelling the canary, restoring stable traffic`,
    );
    const [{ lazyClient }, { reportCanary, reportRolling }] = await Promise.all([
      import('../../core/github/index.js'),
      import('./report.js'),
    ]);
    const deps = { ctx, client: lazyClient(settings.token), signal: h.signal };
    if (settings.strategy === 'rolling') {
      const { runRolling } = await import('./rolling.js');
      const result = await runRolling(settings, deps);
      await reportRolling(settings, result);
      if (result.decision === 'aborted' && settings.gate.failOnUnhealthy)
        throw new Error(`canary-step rolling stopped: ${result.reason}`);
      return;
    }
    if (settings.strategy === 'experiment') {
      const [{ runExperiment }, { reportExperiment }] = await Promise.all([
        import('./experiment.js'),
        import('./experiment-report.js'),
      ]);
      const result = await runExperiment(settings, deps);
      await reportExperiment(settings, result);
      if (result.decision === 'aborted' && settings.gate.failOnUnhealthy)
        throw new Error(`canary-step experiment stopped: ${result.reason}`);
      return;
    }
    const { runCanary } = await import('./main.js');
    const result = await runCanary(settings, deps);
    await reportCanary(settings, result);
    if (result.decision === 'aborted' && settings.gate.failOnUnhealthy) {
      throw new Error(`canary-step aborted at ${result.failedStep}: ${result.reason}`);
    }
  });
}
