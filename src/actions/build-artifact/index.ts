import { runMain } from '../../core/runtime/index.js';
import { lazyClient } from '../../core/github/index.js';
import { readSettings } from './inputs.js';
import { buildArtifact, report } from './main.js';

/** Entry point: wires inputs, the run's context and a lazily built GitHub client. */
export async function run(): Promise<void> {
  await runMain('build-artifact', async (h) => {
    const ctx = h.context();
    const settings = readSettings(h.inputs, ctx);
    const result = await buildArtifact(settings, { ctx, client: lazyClient(settings.token) });
    await report(result);
  });
}
