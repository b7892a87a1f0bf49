import { getExecOutput } from '@actions/exec';
import { UserError } from '../runtime/index.js';

/** Runs git with an argument vector (never through a shell) and returns its trimmed stdout. */
export async function git(
  args: string[],
  cwd: string,
  options: { allowFailure?: boolean } = {},
): Promise<string> {
  const result = await getExecOutput('git', args, { cwd, silent: true, ignoreReturnCode: true });
  if (result.exitCode !== 0) {
    if (options.allowFailure) return '';
    throw new UserError(
      `git ${args[0]} failed in '${cwd}': ${result.stderr.trim().split('\n')[0] ?? 'no message'}`,
    );
  }
  return result.stdout.trim();
}
