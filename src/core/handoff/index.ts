import { core } from '../runtime/index.js';
import type { Handoff, HandoffKey } from './keys.js';

export * from './keys.js';

/** Saves a hand-off record for the post step (GITHUB_STATE → STATE_<key>), as JSON. */
export function saveHandoff<K extends HandoffKey>(key: K, value: Handoff[K]): void {
  core.saveState(key, JSON.stringify(value));
}

/** The record main saved under `key`, or undefined when it saved none (or it cannot be read). */
export function loadHandoff<K extends HandoffKey>(key: K): Handoff[K] | undefined {
  const raw = core.getState(key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as Handoff[K];
  } catch {
    return undefined;
  }
}
