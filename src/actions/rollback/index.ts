import { runMain } from '../../core/runtime/index.js';
import { withOpenWork } from '../../core/recovery/index.js';
import { readSettings } from './inputs.js';

/**
 * Entry point: validate every input, then load the work and roll back with a lazily built GitHub
 * client. If the runner cancels or kills it mid-way, the post step finishes the urgent part
 * (traffic back on stable) and closes the records; after an ordinary error it only checks them.
 */
export async function run(): Promise<void> {
  await runMain('rollback', (h) =>
    withOpenWork(
      () => {
        const ctx = h.context();
        return { ctx, settings: readSettings(h.inputs, ctx) };
      },
      ({ settings }) =>
        settings.dryRun
          ? 'dry run'
          : { environment: settings.environment, provider: settings.provider },
      async ({ ctx, settings }, onCommand) => {
        const [{ report, rollback }, { lazyClient }] = await Promise.all([
          import('./main.js'),
          import('../../core/github/index.js'),
        ]);
        const result = await rollback(settings, {
          ctx,
          client: lazyClient(settings.token),
          onCommand,
        });
        await report(settings, result);
      },
    ),
  );
}
