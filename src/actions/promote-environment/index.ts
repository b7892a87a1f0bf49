import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadYaml, runMain } from '../../core/runtime/index.js';
import { withOpenWork } from '../../core/recovery/index.js';
import { readSettings } from './inputs.js';

/**
 * Entry point: validate every input, then load the work and promote with a lazily built GitHub
 * client. While it works, the post step knows what is open: after a kill it stops the deploy
 * command and marks the deployment failure; after an error it checks that main's own failure
 * record landed.
 */
export async function run(): Promise<void> {
  await runMain('promote-environment', async (h) => {
    // Without a pipeline input the order comes from the config file, which is YAML.
    // The config file is read for its release windows even when pipeline is given.
    const config = h.inputs.string('config') ?? '.github/glidepath.yml';
    if (!h.inputs.string('pipeline') || existsSync(path.resolve(h.context().workspace, config)))
      await loadYaml();
    await withOpenWork(
      async () => {
        const ctx = h.context();
        return { ctx, settings: await readSettings(h.inputs, ctx) };
      },
      ({ settings }) => (settings.dryRun ? 'dry run' : { environment: settings.environment }),
      async ({ ctx, settings }, onCommand) => {
        const [{ promote }, { report }, { lazyClient }] = await Promise.all([
          import('./main.js'),
          import('./report.js'),
          import('../../core/github/index.js'),
        ]);
        const client = lazyClient(settings.token);
        const result = await promote(settings, { ctx, client, onCommand, signal: h.signal });
        await report(settings, result);
      },
    );
  });
}
