import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { UserError } from '../runtime/index.js';
// Generated data, each with where it came from: Sigstore's public-good trusted root (Fulcio CAs,
// Rekor and CT log keys) and the TUF root metadata of GitHub's TUF repository, the anchor of the
// run-time fetch of GitHub's Sigstore trusted root.
import GITHUB_TUF from './github-tuf-root.json' with { type: 'json' };
import PUBLIC_GOOD from './public-good-root.json' with { type: 'json' };
import { type TrustRoot, trustRoot } from './verify.js';

/**
 * The trusted roots attestations are verified against: Sigstore's public-good root, embedded in
 * the bundle (no TUF fetch at run time), or, for tests only, the roots in the file named by
 * GLIDEPATH_TRUSTED_ROOT (one trusted_root.json, or JSON lines as `gh attestation trusted-root`
 * prints them), which then replace the embedded one.
 */
export function trustedRoots(env: NodeJS.ProcessEnv = process.env): TrustRoot[] {
  const file = env.GLIDEPATH_TRUSTED_ROOT?.trim();
  if (!file) return [trustRoot('Sigstore public-good', PUBLIC_GOOD.root)];
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new UserError(
      `GLIDEPATH_TRUSTED_ROOT names '${file}', which cannot be read (${(error as Error).message}): it is a test setting, leave it unset`,
    );
  }
  const lines = text.startsWith('{') && !text.includes('\n{') ? [text] : text.split(/\r?\n/);
  return lines
    .filter((line) => line.trim())
    .map((line, i) => trustRoot(`${path.basename(file)}#${i + 1}`, JSON.parse(line)));
}

/**
 * GitHub's own Sigstore instance's trusted root (private repositories' attestations), fetched
 * through GitHub's TUF repository as `gh attestation verify` does, from the embedded TUF root
 * (github-tuf-root.json): GitHub rotates its Fulcio intermediates yearly, so a copy embedded at
 * build time would stop verifying new attestations. Asked only when a bundle's certificate was
 * issued by GitHub's instance; a fresh cache each run. GLIDEPATH_GITHUB_TUF_MIRROR and
 * GLIDEPATH_GITHUB_TUF_ROOT (a root.json path) point it at a test repository.
 */
export async function githubTrustRoot(env: NodeJS.ProcessEnv = process.env): Promise<TrustRoot> {
  const mirrorURL = env.GLIDEPATH_GITHUB_TUF_MIRROR?.trim() || GITHUB_TUF.mirror;
  const cachePath = mkdtempSync(path.join(env.RUNNER_TEMP || tmpdir(), 'glidepath-tuf-'));
  try {
    let rootPath = env.GLIDEPATH_GITHUB_TUF_ROOT?.trim();
    if (!rootPath) {
      rootPath = path.join(cachePath, 'anchor-root.json');
      writeFileSync(rootPath, JSON.stringify(GITHUB_TUF.root));
    }
    const { getTrustedRoot } = await import('@sigstore/tuf');
    const root = await getTrustedRoot({
      mirrorURL,
      rootPath,
      cachePath,
      forceInit: true,
      retry: { retries: 2, minTimeout: 500 },
      timeout: 15_000,
    });
    return trustRoot("GitHub's Sigstore instance", TrustedRoot.toJSON(root));
  } catch (error) {
    throw new UserError(
      `Attestation check 'trusted root' failed: GitHub's Sigstore trusted root could not be fetched from its TUF repository ${mirrorURL} (${(error as Error).message}); expected it to answer, as gh attestation verify needs it too (nothing was written)`,
    );
  } finally {
    rmSync(cachePath, { recursive: true, force: true });
  }
}
