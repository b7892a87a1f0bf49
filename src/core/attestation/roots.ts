import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../runtime/index.js';
import { PUBLIC_GOOD_ROOT } from './public-good-root.js';
import { type TrustRoot, trustRoot } from './verify.js';

/**
 * The trusted roots attestations are verified against: Sigstore's public-good root, embedded in
 * the bundle (no TUF fetch at run time), or, for tests only, the roots in the file named by
 * GLIDEPATH_TRUSTED_ROOT (one trusted_root.json, or JSON lines as `gh attestation trusted-root`
 * prints them), which then replace the embedded one.
 */
export function trustedRoots(env: NodeJS.ProcessEnv = process.env): TrustRoot[] {
  const file = env.GLIDEPATH_TRUSTED_ROOT?.trim();
  if (!file) return [trustRoot('Sigstore public-good', PUBLIC_GOOD_ROOT)];
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
