import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { withOpenWork } from '../../core/unfinished.js';
import { readSettings } from './inputs.js';
import { report, rollback } from './main.js';

/**
 * Entry point: validate every input, then roll back with a lazily built GitHub client. If the
 * runner cancels or kills it mid-way, the post step finishes the urgent part (traffic back on
 * stable) and closes the records; after an ordinary error it only checks the records.
 */
export async function run(): Promise<void> {
  await runAction('rollback', () =>
    withOpenWork(
      () => ({ ctx: context(), settings: readSettings(new Inputs()) }),
      ({ settings }) => (settings.dryRun ? 'dry run' : { environment: settings.environment, provider: settings.provider }),
      async ({ ctx, settings }, onCommand) => {
        let client: ReturnType<typeof createClient> | undefined;
        const result = await rollback(settings, { ctx, client: () => (client ??= createClient(settings.token)), onCommand });
        await report(settings, result);
      },
    ),
  );
}
