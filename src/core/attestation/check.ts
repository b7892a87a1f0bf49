import { type RunContext } from '../runtime/index.js';
import { type GitHubClient, listAttestations } from '../github/index.js';
import { resolveBundleUrls } from './bundle-url.js';
import { githubTrustRoot, trustedRoots } from './roots.js';
import {
  type AttestationFacts,
  bundleIssuer,
  GITHUB_SIGSTORE_ORG,
  verifyAttestations,
} from './verify.js';

/** The artifact whose attestation is required: its archive digest and the commit its manifest records. */
export interface Attested {
  digest: string;
  commit: string;
}

/**
 * Reads the attestations GitHub holds for the artifact's digest (one API call, retried on
 * server errors by the client) and verifies them: before any write, so a refusal changes nothing.
 */
export async function checkAttestation(
  client: GitHubClient,
  ctx: RunContext,
  artifact: Attested,
  signers: string[],
): Promise<AttestationFacts> {
  const listed = await resolveBundleUrls(await listAttestations(client, ctx, artifact.digest));
  const roots = trustedRoots();
  // Private repositories' bundles come from GitHub's instance, whose root is fetched only then
  // (unless GLIDEPATH_TRUSTED_ROOT, a test setting, gave one).
  if (
    !roots.some((root) => root.organizations.includes(GITHUB_SIGSTORE_ORG)) &&
    listed.some((entry) => bundleIssuer(entry) === GITHUB_SIGSTORE_ORG)
  )
    roots.push(await githubTrustRoot());
  return verifyAttestations(
    listed,
    {
      digest: artifact.digest,
      repository: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      commit: artifact.commit,
      signers: signers.length
        ? signers
        : [`${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/.github/workflows/`],
    },
    roots,
  );
}
