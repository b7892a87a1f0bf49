import { type RunContext, UserError } from '../runtime/index.js';
import { explainPermission, type GitHubClient } from './client.js';

/** One entry of GitHub's list of attestations for a subject digest. */
export interface AttestationEntry {
  bundle?: unknown;
  bundle_url?: string;
}

/** One page of the list: its entries, and the URL of the next page when GitHub's Link header gives one. */
export interface AttestationPage {
  entries: AttestationEntry[];
  next?: string;
}

/**
 * One page of the attestations GitHub holds for a subject digest (`GET
 * /repos/{o}/{r}/attestations/{digest}`, 100 a page, cursor-paginated through the Link header):
 * `next` is the URL that page's Link header gives. GitHub answers 404 when there are none. Server
 * errors are retried by the client; when they outlast the retries the step fails saying so,
 * before anything was written.
 */
export async function listAttestations(
  client: GitHubClient,
  ctx: RunContext,
  digest: string,
  next?: string,
): Promise<AttestationPage> {
  try {
    const response = next
      ? await client.request({ method: 'GET', url: next })
      : await client.rest.repos.listAttestations({
          owner: ctx.owner,
          repo: ctx.repo,
          subject_digest: digest,
          per_page: 100,
        });
    const data = response.data as { attestations?: unknown } | undefined;
    if (!Array.isArray(data?.attestations))
      throw new UserError(
        `Attestation check 'attestations API' failed: GitHub's answer for ${digest} has no attestations list; expected { attestations: [...] } (nothing was written)`,
      );
    const link = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1];
    return { entries: data.attestations as AttestationEntry[], ...(link ? { next: link } : {}) };
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as { status?: number }).status === 404) return { entries: [] };
    try {
      return explainPermission(error, 'attestations: read', `list the attestations of ${digest}`);
    } catch (explained) {
      throw new UserError(
        `Attestation check 'attestations API' failed: ${(explained as Error).message}; expected GitHub to list the attestations of the artifact (nothing was written)`,
      );
    }
  }
}
