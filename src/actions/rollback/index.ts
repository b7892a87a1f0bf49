import { runMain } from '../../core/runtime/index.js';
import { lazyClient } from '../../core/github/index.js';
import { withOpenWork } from '../../core/recovery/index.js';
import { readSettings } from './inputs.js';
import { report, rollback } from './main.js';

/**
 * Entry point: validate every input, then roll back with a lazily built GitHub client. If the
 * runner cancels or kills it mid-way, the post step finishes the urgent part (traffic back on
 * stable) and closes the records; after an ordinary error it only checks the records.
 */
export async function run(): Promise<void> {
  await runMain('rollback', (h) =>
    withOpenWork(
      () => ({ ctx: h.context(), settings: readSettings(h.inputs) }),
      ({ settings }) =>
        settings.dryRun
          ? 'dry run'
          : { environment: settings.environment, provider: settings.provider },
      async ({ ctx, settings }, onCommand) => {
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
