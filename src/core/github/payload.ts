import { type RunContext, UserError } from '../runtime/index.js';
import { explainPermission, type GitHubClient } from './client.js';
import type { ArtifactLocation } from './storage.js';

// What a Glidepath deployment carries: the payload every deployment records, and how to build one
// for a version no deployment records yet (from its GitHub Release).

/** What a verified artifact attestation proved (require-attestation), recorded with the deployment. */
export interface AttestationRecord {
  /** The workflow that signed (the certificate's build signer URI). */
  signer_workflow: string;
  commit: string;
  repository: string;
  predicate_type: string;
  issuer: string;
  ref?: string;
  run_invocation?: string;
  /** The transparency log (Rekor) index, when the bundle has a log entry. */
  log_index?: number;
}

/** One summary cell for a verified attestation (or 'not required'). */
export function attestationText(a: AttestationRecord | undefined): string {
  if (!a) return 'not required';
  const log = a.log_index === undefined ? '' : `, Rekor log index ${a.log_index}`;
  return `✅ signed by \`${a.signer_workflow}\` at commit \`${a.commit.slice(0, 12)}\` (${a.predicate_type}${log})`;
}

/** What Glidepath stores in every deployment's payload: enough for any later run to redeploy exactly it. */
export interface DeploymentPayload {
  glidepath: 1;
  name: string;
  version: string;
  digest: string;
  artifact:
    | ArtifactLocation
    | { storage: 'image'; url: string; image: string }
    | { storage: 'none'; url: string; path: string };
  commit: string;
  source_environment: string | null;
  order_override?: { by: string; reason: string };
  /** A start past a closed release window or a freeze (`override-window`): who, why, which rule. */
  window_override?: { by: string; reason: string; rule: string };
  run_id: number;
  run_attempt: number;
  run_url: string;
  actor: string;
  approvers: { user: string; state: string; comment: string }[];
  backup?: string;
  previous_version?: string | null;
  rollback_of?: number;
  reason?: string;
  canary?: { weight: number; step?: string };
  /** Present when require-attestation verified the artifact's provenance before deploying. */
  attestation?: AttestationRecord;
  /** Unique per create request: a create retried after a lost answer finds the deployment it already made. */
  nonce?: string;
}

/** The fields every Glidepath payload carries about the run that wrote it. */
export function runFields(
  ctx: RunContext,
): Pick<DeploymentPayload, 'run_id' | 'run_attempt' | 'run_url' | 'actor'> {
  return { run_id: ctx.runId, run_attempt: ctx.runAttempt, run_url: ctx.runUrl, actor: ctx.actor };
}

/** A version's manifest from its GitHub Release (`v<version>`), as a payload to deploy it from: for a version no deployment records yet. */
export async function payloadFromRelease(
  client: GitHubClient,
  ctx: RunContext,
  version: string,
): Promise<DeploymentPayload> {
  let release;
  try {
    release = (
      await client.rest.repos.getReleaseByTag({
        owner: ctx.owner,
        repo: ctx.repo,
        tag: `v${version}`,
      })
    ).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      throw new UserError(
        `No release v${version} exists, so ${version} cannot be found: build it with storage: release first`,
      );
    return explainPermission(error, 'contents: read', `read release v${version}`);
  }
  const manifestAsset = release.assets.find((a) => a.name.endsWith('.manifest.json'));
  if (!manifestAsset) throw new UserError(`Release v${version} has no Glidepath manifest asset`);
  const raw = await client
    .request(`GET ${manifestAsset.url}`, { headers: { accept: 'application/octet-stream' } })
    .catch((error: unknown) =>
      explainPermission(error, 'contents: read', `download the manifest of release v${version}`),
    );
  const manifest = JSON.parse(Buffer.from(raw.data as unknown as ArrayBuffer).toString('utf8')) as {
    name: string;
    version: string;
    digest: string;
    archive: string;
    commit: string;
  };
  const archiveAsset = release.assets.find((a) => a.name === manifest.archive);
  if (!archiveAsset)
    throw new UserError(
      `Release v${version} has no asset '${manifest.archive}', the archive its manifest names`,
    );
  return {
    glidepath: 1,
    name: manifest.name,
    version: manifest.version,
    digest: manifest.digest,
    artifact: {
      storage: 'release',
      url: archiveAsset.browser_download_url,
      assetUrl: archiveAsset.url,
      tag: release.tag_name,
      releaseId: release.id,
      archive: archiveAsset.name,
      manifest: manifestAsset.name,
      immutable: release.immutable === true,
    },
    commit: manifest.commit,
    source_environment: null,
    ...runFields(ctx),
    approvers: [],
  };
}
