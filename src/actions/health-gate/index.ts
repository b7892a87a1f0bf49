import { loadYaml, runMain } from '../../core/runtime/index.js';
import { readSettings } from './inputs.js';

/** Entry point: validate every input, then probe; a cancel ends the gate early with what it saw. */
export async function run(): Promise<void> {
  await runMain('health-gate', async (h) => {
    if (h.inputs.string('checks')) await loadYaml();
    const settings = readSettings(h.inputs);
    h.onCancel((signal) => `${signal}: ending the gate early with what it saw`);
    const { healthGate } = await import('./main.js');
    await healthGate(settings, h.signal);
  });
}
