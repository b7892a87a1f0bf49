import { type RunContext, UserError } from '../runtime/index.js';
import { explainPermission, type GitHubClient } from './client.js';

/** One entry of GitHub's list of attestations for a subject digest. */
export interface AttestationEntry {
  bundle?: unknown;
  bundle_url?: string;
}

/**
 * The attestations GitHub holds for one subject digest (`GET /repos/{o}/{r}/attestations/{digest}`):
 * one call; GitHub answers 404 when there are none. Server errors are retried by the client; when
 * they outlast the retries the step fails saying so, before anything was written.
 */
export async function listAttestations(
  client: GitHubClient,
  ctx: RunContext,
  digest: string,
): Promise<AttestationEntry[]> {
  try {
    const { data } = await client.rest.repos.listAttestations({
      owner: ctx.owner,
      repo: ctx.repo,
      subject_digest: digest,
      per_page: 100,
    });
    return (data.attestations ?? []) as AttestationEntry[];
  } catch (error) {
    if ((error as { status?: number }).status === 404) return [];
    try {
      return explainPermission(error, 'attestations: read', `list the attestations of ${digest}`);
    } catch (explained) {
      throw new UserError(
        `Attestation check 'attestations API' failed: ${(explained as Error).message}; expected GitHub to list the attestations of the artifact (nothing was written)`,
      );
    }
  }
}
