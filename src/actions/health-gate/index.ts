import { runAction } from '../../core/action.js';
import { Inputs } from '../../core/inputs.js';
import { readSettings } from './inputs.js';
import { healthGate } from './main.js';

/** Entry point: validate every input, then probe; SIGINT/SIGTERM end the gate early with what it saw. */
export async function run(): Promise<void> {
  await runAction('health-gate', async () => {
    const settings = readSettings(new Inputs());
    const stop = new AbortController();
    const onSignal = () => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await healthGate(settings, stop.signal);
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
