import { type RunContext } from '../runtime/index.js';
import { type GitHubClient, listAttestations } from '../github/index.js';
import { resolveBundleUrls } from './bundle-url.js';
import { githubTrustRoot, trustedRoots } from './roots.js';
import {
  type AttestationFacts,
  AttestationRefused,
  bundleIssuer,
  GITHUB_SIGSTORE_ORG,
  verifyAttestations,
} from './verify.js';

/** The artifact whose attestation is required: its archive digest and the commit its manifest records. */
export interface Attested {
  digest: string;
  commit: string;
}

/** Pages of 100 read at most (GitHub lists every attestation of a digest, re-runs included). */
export const MAX_ATTESTATION_PAGES = 3;

/**
 * Reads the attestations GitHub holds for the artifact's digest and verifies them, before any
 * write, so a refusal changes nothing. One API call when the first page (100) holds a verifiable
 * one; the next pages are read only while none has verified, up to MAX_ATTESTATION_PAGES.
 */
export async function checkAttestation(
  client: GitHubClient,
  ctx: RunContext,
  artifact: Attested,
  signers: string[],
): Promise<AttestationFacts> {
  const expected = {
    digest: artifact.digest,
    repository: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
    commit: artifact.commit,
    signers: signers.length
      ? signers
      : [`${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/.github/workflows/`],
  };
  const roots = trustedRoots();
  let next: string | undefined;
  let refused: unknown;
  for (let page = 1; page <= MAX_ATTESTATION_PAGES; page++) {
    const listed = await listAttestations(client, ctx, artifact.digest, next);
    if (page > 1 && listed.entries.length === 0) break;
    const entries = await resolveBundleUrls(listed.entries);
    // Private repositories' bundles come from GitHub's instance, whose root is fetched only then
    // (unless GLIDEPATH_TRUSTED_ROOT, a test setting, gave one).
    if (
      !roots.some((root) => root.organizations.includes(GITHUB_SIGSTORE_ORG)) &&
      entries.some((entry) => bundleIssuer(entry) === GITHUB_SIGSTORE_ORG)
    )
      roots.push(await githubTrustRoot());
    try {
      return verifyAttestations(entries, expected, roots);
    } catch (error) {
      // The first page's refusal names the check; later pages only matter if one verifies.
      refused ??= error;
    }
    next = listed.next;
    if (!next) break;
    if (page === MAX_ATTESTATION_PAGES)
      throw new AttestationRefused(
        'attestation present',
        `none of the first ${MAX_ATTESTATION_PAGES * 100} attestations GitHub lists for ${artifact.digest} verifies (it lists more; the first refusal: ${(refused as Error).message}); expected one of them to pass every check`,
      );
  }
  throw refused;
}
