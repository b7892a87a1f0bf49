import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { withOpenWork } from '../../core/unfinished.js';
import { readSettings } from './inputs.js';
import { promote, report } from './main.js';

/**
 * Entry point: validate every input, then promote with a lazily built GitHub client. While it
 * works, the post step knows what is open: after a kill it stops the deploy command and marks
 * the deployment failure; after an error it checks that main's own failure record landed.
 */
export async function run(): Promise<void> {
  await runAction('promote-environment', () =>
    withOpenWork(
      () => {
        const ctx = context();
        return { ctx, settings: readSettings(new Inputs(), ctx) };
      },
      ({ settings }) => (settings.dryRun ? 'dry run' : { environment: settings.environment }),
      async ({ ctx, settings }, onCommand) => {
        let client: ReturnType<typeof createClient> | undefined;
        const result = await promote(settings, { ctx, client: () => (client ??= createClient(settings.token)), onCommand });
        await report(settings, result);
      },
    ),
  );
}
