import { loadProviders } from '../../core/gate/index.js';
import { loadYaml, runMain } from '../../core/runtime/index.js';
import { readSettings } from './inputs.js';

/** Entry point: validate every input, then probe; a cancel ends the gate early with what it saw. */
export async function run(): Promise<void> {
  await runMain('health-gate', async (h) => {
    // Only `checks` holds YAML and names metric providers: plain inputs load neither reader.
    if (h.inputs.string('checks')) await Promise.all([loadYaml(), loadProviders()]);
    const settings = readSettings(h.inputs);
    h.onCancel((signal) => `${signal}: ending the gate early with what it saw`);
    const { healthGate } = await import('./main.js');
    await healthGate(settings, h.signal);
  });
}
