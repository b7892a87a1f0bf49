import { core, UserError } from '../runtime/index.js';

/** A provider wrote the change but could not confirm it took effect: traffic may have moved. */
export class WrittenNotConfirmed extends UserError {}

/** Conflicts in a row before a provider gives up on writing against the version it read. */
export const CONFLICTS = 6;

/**
 * Optimistic concurrency, as every cloud provider writes: `attempt` reads the resource, then
 * writes against the version it read (resourceVersion, RevisionId, etag), which the API refuses
 * when anything changed it since; a refusal (`isConflict`) is read again, never overwritten, and
 * CONFLICTS in a row means another writer is at work, which the error says.
 */
export async function untilNoConflict(
  what: string,
  conflict: string,
  isConflict: (error: unknown) => boolean,
  attempt: () => Promise<void>,
): Promise<void> {
  for (let n = 1; ; n++) {
    try {
      await attempt();
      return;
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (n >= CONFLICTS)
        throw new UserError(
          `${what} kept changing under Glidepath (${CONFLICTS} conflicts in a row): another writer is updating it; stop it and run again`,
        );
      core.info(`${what} changed since it was read (${conflict}): reading it again`);
    }
  }
}
