import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The local runner's stand-in for actions/attest-build-provenance: what the action does, minus
// the OIDC exchange and the public Sigstore. It needs the job's `id-token: write` (without it the
// real action cannot get an OIDC token), takes `subject-path` or `subject-digest`, has the
// provenance signed by the caller's signer (the demo's test Sigstore, whose trusted root the
// Glidepath steps are given), and stores the bundle with POST /repos/{o}/{r}/attestations and the
// job's token, so `attestations: write` is needed as on GitHub.

export const ATTEST_ACTION = /^actions\/attest-build-provenance@[\w.-]+$/;
/** The inputs the emulation understands (the action has more; using one of those is an error). */
export const ATTEST_INPUTS = ['subject-path', 'subject-digest', 'subject-name', 'github-token'];

/** What the signer is asked to sign: the subject and where the build ran. */
export interface ProvenanceRequest {
  digest: string;
  subjectName: string;
  /** `.github/workflows/<file>`, the signing workflow. */
  workflow: string;
  sha: string;
  ref: string;
}

export type ProvenanceSigner = (request: ProvenanceRequest) => Promise<Record<string, unknown>>;

export interface AttestCall {
  inputs: Record<string, string>;
  /** The job's effective permissions (undefined: the repository default, which has no id-token). */
  permissions: Record<string, string> | undefined;
  workspace: string;
  workflowFile: string;
  apiUrl: string;
  repository: string;
  token: string;
  sha: string;
  ref: string;
}

/** Runs the step; returns its outputs, or throws with the message the action would fail with. */
export async function attestBuildProvenance(
  call: AttestCall,
  sign: ProvenanceSigner,
): Promise<Record<string, string>> {
  if (call.permissions?.['id-token'] !== 'write')
    throw new Error(
      'Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable: the job needs permissions: id-token: write',
    );
  const { inputs } = call;
  let digest = inputs['subject-digest'] ?? '';
  let subjectName = inputs['subject-name'] ?? '';
  if (inputs['subject-path']) {
    const file = path.resolve(call.workspace, inputs['subject-path']);
    digest = `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;
    subjectName ||= path.basename(file);
  }
  if (!/^sha256:[0-9a-f]{64}$/.test(digest))
    throw new Error('One of subject-path or subject-digest must be provided (sha256:<hex>)');
  const bundle = await sign({
    digest,
    subjectName: subjectName || 'subject',
    workflow: `.github/workflows/${call.workflowFile}`,
    sha: call.sha,
    ref: call.ref,
  });
  const response = await fetch(`${call.apiUrl}/repos/${call.repository}/attestations`, {
    method: 'POST',
    headers: {
      authorization: `token ${inputs['github-token'] || call.token}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json',
    },
    body: JSON.stringify({ bundle }),
  });
  const answer = (await response.json()) as { id?: number; message?: string };
  if (response.status !== 201)
    throw new Error(
      `Failed to persist attestation: ${answer.message ?? response.status} (${response.status})`,
    );
  return {
    'attestation-id': String(answer.id),
    'attestation-url': `https://github.com/${call.repository}/attestations/${answer.id}`,
  };
}
