import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { closeWork, failWork, openWork, updateWork } from '../../core/unfinished.js';
import { readSettings } from './inputs.js';
import { promote, report } from './main.js';

/**
 * Entry point: validate every input, then promote with a lazily built GitHub client. Until it
 * succeeds, the post step knows what is open: after a kill it stops the deploy command and marks
 * the deployment failure; after an error it re-checks that main's own failure record landed.
 */
export async function run(): Promise<void> {
  await runAction('promote-environment', async () => {
    let ctx: ReturnType<typeof context>;
    let settings: ReturnType<typeof readSettings>;
    try {
      ctx = context();
      settings = readSettings(new Inputs(), ctx);
    } catch (error) {
      closeWork(); // bad input changes nothing, and leaves the post step nothing to do
      throw error;
    }
    let client: ReturnType<typeof createClient> | undefined;
    if (settings.dryRun) closeWork();
    else openWork({ environment: settings.environment });
    try {
      const result = await promote(settings, { ctx, client: () => (client ??= createClient(settings.token)), onCommand: (pid) => updateWork({ commandPid: pid }) });
      closeWork();
      await report(settings, result);
    } catch (error) {
      failWork();
      throw error;
    }
  });
}
