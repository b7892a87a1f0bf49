import * as core from '@actions/core';

/**
 * State handed from a main step to its post step (GITHUB_STATE → STATE_*), as JSON so that
 * the post step gets back typed values rather than strings.
 */
export function saveState<T>(key: string, value: T): void {
  core.saveState(key, JSON.stringify(value));
}

export function loadState<T>(key: string): T | undefined {
  const raw = core.getState(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}
