import type { PoolSettings, ProviderSettings } from '../traffic/index.js';

/**
 * The main→post hand-off, written down once: what a main step saves (GITHUB_STATE, as JSON) so
 * that its post step (post-if: always()) can finish what a cancel or a kill left open. Every
 * record has `active`: false means main finished and cleaned up after itself.
 *
 * This file imports nothing at run time: the post entries load it alone (a tiny bundle) to tell
 * whether there is anything to do before they load the whole action.
 */
export interface Handoff {
  /** canary-step: traffic to put back on stable, servers to put back to ready. */
  'glidepath-traffic': TrafficState;
  /** promote-environment and rollback: a deploy command to stop, records to close, traffic to restore. */
  'glidepath-open-work': OpenWork;
}

export type HandoffKey = keyof Handoff;

/** The record promote-environment's and rollback's main steps keep for their post steps. */
export const OPEN_WORK_KEY = 'glidepath-open-work' satisfies HandoffKey;

/** What canary-step's post step needs to put traffic back if main never finished. */
export interface TrafficState {
  active: boolean;
  /** Canary and blue-green: the provider whose weight goes back to 0. */
  provider?: ProviderSettings;
  /** Rolling: the pool, and the servers main had drained, which go back to ready. */
  pool?: PoolSettings;
  drained?: string[];
  deploymentId?: number;
  environment?: string;
}

/** What a main step that writes deployments leaves for its post step while it works. */
export interface OpenWork {
  active: boolean;
  environment?: string;
  /** Process group of the deploy command running now. */
  commandPid?: number;
  /** Traffic to put back on stable (rollback). */
  provider?: ProviderSettings;
  /** Main ended with an error (not killed): it closed its records itself, the post step only checks. */
  failed?: boolean;
}

const PREFIX = 'STATE_glidepath-';

/**
 * True when main saved state and every record of it says nothing is active (main finished and
 * cleaned up itself). Unreadable state counts as open: the post step then loads and looks.
 */
export function nothingLeftOpen(env: NodeJS.ProcessEnv = process.env): boolean {
  const saved = Object.entries(env)
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => {
      try {
        return JSON.parse(value ?? '') as unknown;
      } catch {
        return null;
      }
    });
  return (
    saved.length > 0 &&
    saved.every(
      (state) =>
        state !== null &&
        typeof state === 'object' &&
        (state as { active?: unknown }).active === false,
    )
  );
}
