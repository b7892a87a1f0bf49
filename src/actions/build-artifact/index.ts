import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { readSettings } from './inputs.js';
import { buildArtifact, report } from './main.js';

/** Entry point: wires inputs, the run's context and a lazily built GitHub client. */
export async function run(): Promise<void> {
  await runAction('build-artifact', async () => {
    const ctx = context();
    const settings = readSettings(new Inputs(), ctx);
    const result = await buildArtifact(settings, { ctx, client: () => createClient(settings.token ?? '') });
    await report(result);
  });
}
