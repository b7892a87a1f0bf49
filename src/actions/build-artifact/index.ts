import { runMain } from '../../core/runtime/index.js';
import { readSettings } from './inputs.js';

/**
 * Entry point: read and check every input first; only then load the work (Octokit, the archive
 * writer), so bad input fails in the time Node takes to start.
 */
export async function run(): Promise<void> {
  await runMain('build-artifact', async (h) => {
    const ctx = h.context();
    const settings = readSettings(h.inputs, ctx);
    const [{ buildArtifact, report }, { lazyClient }] = await Promise.all([
      import('./main.js'),
      import('../../core/github/index.js'),
    ]);
    const result = await buildArtifact(settings, { ctx, client: lazyClient(settings.token) });
    await report(result);
  });
}
