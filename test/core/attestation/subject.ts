import type { BundleOptions } from '../../../tools/sigstore/index.js';
import type { Expected } from '../../../src/core/attestation/index.js';

/** The artifact the attestation tests sign and expect: acme/shop's archive at one commit. */
export const DIGEST = `sha256:${'ab'.repeat(32)}`;
export const COMMIT = 'c0ffee'.padEnd(40, '0');
export const expected: Expected = {
  digest: DIGEST,
  repository: 'https://github.com/acme/shop',
  commit: COMMIT,
  signers: ['https://github.com/acme/shop/.github/workflows/'],
};
/** A bundle that passes every check against `expected`. */
export const good: BundleOptions = { digest: DIGEST, repository: 'acme/shop', commit: COMMIT };
