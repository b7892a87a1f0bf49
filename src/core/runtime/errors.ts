/**
 * Errors the user can fix (bad input, a refused promotion, a missing permission) are kept apart
 * from internal failures so that the message can carry the fix instead of a stack trace.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A bad input value: names the input and what would have been valid. */
export class ConfigError extends UserError {
  override name = 'ConfigError';
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly valid?: string,
  ) {
    super(`Input '${input}' ${shorten(problem)}${valid ? `: ${valid}` : ''}`);
  }
}

/** A problem quoting a huge value keeps its start and its end: the message stays one readable line. */
function shorten(problem: string, max = 240): string {
  const flat = problem.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 81)}…${flat.slice(-80)}`;
}

/**
 * GitHub's API kept failing (server errors, resets, timeouts) through every retry: not the
 * user's mistake, but the message says what was being done and what GitHub answered.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    what: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`GitHub's API could not ${what}, even after retrying: ${detail}`);
  }
}

/** Renders any thrown value as one line, for `::error::`. */
export function describeError(error: unknown): string {
  if (error instanceof UserError || error instanceof ApiError) return oneLine(error.message);
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    const prefix = typeof status === 'number' ? `GitHub API answered ${status}: ` : '';
    return oneLine(prefix + error.message);
  }
  return oneLine(String(error));
}

export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
