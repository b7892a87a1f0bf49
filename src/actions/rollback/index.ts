import { runAction } from '../../core/action.js';
import { context } from '../../core/context.js';
import { createClient } from '../../core/github.js';
import { Inputs } from '../../core/inputs.js';
import { readSettings } from './inputs.js';
import { report, rollback } from './main.js';

/** Entry point: validate every input, then roll back with a lazily built GitHub client. */
export async function run(): Promise<void> {
  await runAction('rollback', async () => {
    const ctx = context();
    const settings = readSettings(new Inputs());
    let client: ReturnType<typeof createClient> | undefined;
    const result = await rollback(settings, { ctx, client: () => (client ??= createClient(settings.token)) });
    await report(settings, result);
  });
}
