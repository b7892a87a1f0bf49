import { runAction } from '../../core/action.js';
import { UserError } from '../../core/errors.js';

/** Not yet available: fails clearly instead of pretending to work. */
export async function run(): Promise<void> {
  await runAction('promote-environment', async () => {
    throw new UserError('promote-environment is not yet available in this version of Glidepath: pin a release that lists it in its README, or remove this step');
  });
}
