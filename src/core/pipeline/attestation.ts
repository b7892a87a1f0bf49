import { clip, ConfigError, type Inputs, type RunContext } from '../runtime/index.js';

/** The inputs readAttestationInputs reads (promote-environment and rollback declare both). */
export const ATTESTATION_INPUTS = ['require-attestation', 'attestation-signers'];

/** The attestation policy of a promotion or rollback: read with the other inputs, before any work. */
export interface AttestationPolicy {
  /** Verify the artifact's attestation before any write (require-attestation). */
  requireAttestation: boolean;
  /** Allowed signing workflows as identity prefixes or whole workflow URLs; empty: this repository's workflows. */
  attestationSigners: string[];
}

/**
 * require-attestation and attestation-signers. A signer is a workflow identity prefix
 * (`https://github.com/<owner>/<repo>/.github/workflows/`), one workflow
 * (`…/.github/workflows/build.yml`), or a path in this repository (`.github/workflows/build.yml`).
 */
export function readAttestationInputs(inputs: Inputs, ctx: RunContext): AttestationPolicy {
  const requireAttestation = inputs.boolean('require-attestation', false);
  const listed = inputs.list('attestation-signers');
  if (listed.length && !requireAttestation)
    throw new ConfigError(
      'attestation-signers',
      'is set while require-attestation is false, so nothing would check it',
      'set require-attestation: true, or remove attestation-signers',
    );
  const repository = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
  const attestationSigners = listed.map((signer) => {
    const value = signer.startsWith('.github/workflows/') ? `${repository}/${signer}` : signer;
    if (!value.startsWith(`${ctx.serverUrl}/`) || !/^[^/]+\/\/[^/]+\/[^/]+\/[^/]+\//.test(value))
      throw new ConfigError(
        'attestation-signers',
        `has '${clip(signer)}', not a workflow identity`,
        `give ${repository}/.github/workflows/ (any workflow of a repository), a workflow file such as ${repository}/.github/workflows/build.yml, or .github/workflows/build.yml for this repository`,
      );
    return value;
  });
  return { requireAttestation, attestationSigners };
}
