import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { closeWork, failWork, openWork, updateWork } from '../../core/unfinished.js';
import { readSettings } from './inputs.js';
import { report, rollback } from './main.js';

/**
 * Entry point: validate every input, then roll back with a lazily built GitHub client. If the
 * runner cancels or kills it mid-way, the post step finishes the urgent part (traffic back on
 * stable) and closes the records; after an ordinary error it only re-checks the records.
 */
export async function run(): Promise<void> {
  await runAction('rollback', async () => {
    let settings: ReturnType<typeof readSettings>;
    let ctx: ReturnType<typeof context>;
    try {
      ctx = context();
      settings = readSettings(new Inputs());
    } catch (error) {
      closeWork(); // bad input changes nothing, and leaves the post step nothing to do
      throw error;
    }
    let client: ReturnType<typeof createClient> | undefined;
    if (settings.dryRun) closeWork();
    else openWork({ environment: settings.environment, provider: settings.provider });
    try {
      const result = await rollback(settings, { ctx, client: () => (client ??= createClient(settings.token)), onCommand: (pid) => updateWork({ commandPid: pid }) });
      closeWork();
      await report(settings, result);
    } catch (error) {
      failWork();
      throw error;
    }
  });
}
