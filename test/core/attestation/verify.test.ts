import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  makeTestSigstore,
  type BundleOptions,
  type TestSigstore,
} from '../../../tools/sigstore/index.js';
import {
  AttestationRefused,
  signedBy,
  trustedRoots,
  trustRoot,
  verifyAttestations,
  type Expected,
  type TrustRoot,
} from '../../../src/core/attestation/index.js';
import { COMMIT, expected, good } from './subject.js';

let sig: TestSigstore;
let roots: TrustRoot[];
beforeAll(async () => {
  sig = await makeTestSigstore();
  roots = [trustRoot('test', sig.trustedRoot)];
});

/** The refusal verifyAttestations throws, or fails the test. */
function refusal(listed: { bundle?: unknown }[], exp: Expected = expected): AttestationRefused {
  try {
    verifyAttestations(listed, exp, roots);
  } catch (error) {
    expect(error).toBeInstanceOf(AttestationRefused);
    return error as AttestationRefused;
  }
  throw new Error('verified, but a refusal was expected');
}

describe('verifyAttestations (sigstore-js on a test CA and log)', () => {
  it('accepts a bundle in attest-build-provenance shape and returns the facts', async () => {
    const facts = verifyAttestations([{ bundle: await sig.bundle(good) }], expected, roots);
    expect(facts).toMatchObject({
      signer_workflow: 'https://github.com/acme/shop/.github/workflows/build.yml@refs/heads/main',
      commit: COMMIT,
      repository: 'https://github.com/acme/shop',
      predicate_type: 'https://slsa.dev/provenance/v1',
      issuer: 'https://token.actions.githubusercontent.com',
      ref: 'refs/heads/main',
    });
    expect(facts.log_index).toBeGreaterThan(1000);
  });

  it.each<[string, Partial<BundleOptions>, Partial<Expected>, string, RegExp]>([
    [
      'another artifact',
      { digest: `sha256:${'cd'.repeat(32)}` },
      {},
      'subject digest',
      /cdcd.*expected sha256:abab/,
    ],
    ['another repository', { repository: 'evil/shop' }, {}, 'signer workflow', /evil\/shop/],
    [
      'another repository, allowed as signer',
      { repository: 'evil/shop' },
      { signers: ['https://github.com/evil/shop/.github/workflows/'] },
      'source repository',
      /built from 'https:\/\/github.com\/evil\/shop', expected https:\/\/github.com\/acme\/shop/,
    ],
    [
      'another workflow',
      { workflow: '.github/workflows/other.yml' },
      { signers: ['https://github.com/acme/shop/.github/workflows/build.yml'] },
      'signer workflow',
      /other\.yml@refs\/heads\/main', expected a workflow matching .*build\.yml/,
    ],
    [
      'another commit',
      { commit: 'f'.repeat(40) },
      {},
      'commit',
      /expected c0ffee0+ \(the commit the manifest records\)/,
    ],
    [
      'another issuer',
      { issuer: 'https://accounts.example.com' },
      {},
      'issuer',
      /expected https:\/\/token\.actions/,
    ],
    [
      'another predicate',
      { predicateType: 'https://spdx.dev/Document/v2.3' },
      {},
      'predicate type',
      /spdx.*expected https:\/\/slsa\.dev\/provenance\/v1/,
    ],
    [
      'an expired certificate',
      { notBefore: new Date(Date.now() - 3_600_000), notAfter: new Date(Date.now() - 1_800_000) },
      {},
      'signature',
      /not valid or expired/,
    ],
    [
      'a not-yet-valid certificate',
      { notBefore: new Date(Date.now() + 1_800_000), notAfter: new Date(Date.now() + 3_600_000) },
      {},
      'signature',
      /not valid or expired/,
    ],
    [
      'a tampered signature',
      { tamper: true },
      {},
      'signature',
      /SIGNATURE_ERROR signature verification failed/,
    ],
  ])('refuses %s, naming the check', async (_case, change, exp, check, detail) => {
    const error = refusal([{ bundle: await sig.bundle({ ...good, ...change }) }], {
      ...expected,
      ...exp,
    });
    expect(error.check).toBe(check);
    expect(error.message).toMatch(new RegExp(`^Attestation check '${check}' failed: `));
    expect(error.message).toMatch(detail);
  });

  it('refuses a bundle signed by a CA the trusted root does not name', async () => {
    const other = await makeTestSigstore();
    const error = refusal([{ bundle: await other.bundle(good) }]);
    expect(error.check).toBe('signature');
    expect(error.message).toMatch(/test: CERTIFICATE_ERROR/);
  });

  it('refuses when there is no attestation, and when the bundle is only a URL', () => {
    expect(refusal([]).message).toMatch(
      /'attestation present' failed: GitHub holds no attestation for sha256:abab.*attest-build-provenance/,
    );
    expect(refusal([{ bundle_url: 'https://x' } as never]).check).toBe('bundle');
    expect(refusal([{ bundle: { mediaType: 'nonsense' } }]).check).toBe('bundle');
  });

  it('passes when one of several verifies, else reports the one that got furthest', async () => {
    const wrongDigest = await sig.bundle({ ...good, digest: `sha256:${'ee'.repeat(32)}` });
    const wrongCommit = await sig.bundle({ ...good, commit: 'e'.repeat(40) });
    expect(refusal([{ bundle: wrongDigest }, { bundle: wrongCommit }]).check).toBe('commit');
    const facts = verifyAttestations(
      [{ bundle: wrongDigest }, { bundle: await sig.bundle(good) }],
      expected,
      roots,
    );
    expect(facts.commit).toBe(COMMIT);
  });

  it('matches signers as a prefix of workflows or as one whole workflow', () => {
    const san = 'https://github.com/a/b/.github/workflows/build.yml@refs/heads/main';
    expect(signedBy(san, 'https://github.com/a/b/.github/workflows/')).toBe(true);
    expect(signedBy(san, 'https://github.com/a/b/.github/workflows')).toBe(true);
    expect(signedBy(san, 'https://github.com/a/b/.github/workflows/build.yml')).toBe(true);
    expect(signedBy(san, 'https://github.com/a/b/.github/workflows/build.y')).toBe(false);
    expect(signedBy(san, 'https://github.com/a/b/.github/workflows/bui')).toBe(false);
    expect(signedBy(san, 'https://github.com/a/bc/.github/workflows/')).toBe(false);
    expect(
      signedBy(
        'https://github.com/a/b/.github/workflows/build.yml2@refs/heads/main',
        'https://github.com/a/b/.github/workflows/build.yml',
      ),
    ).toBe(false);
  });

  it('embeds the public-good root, and GLIDEPATH_TRUSTED_ROOT (tests only) replaces it', () => {
    const embedded = trustedRoots({});
    expect(embedded.map((r) => r.name)).toEqual(['Sigstore public-good']);
    // Public-good lists a Rekor log and CT logs: a bundle must have a log entry and an SCT.
    expect(embedded[0]).toMatchObject({ tlogThreshold: 1, ctlogThreshold: 1 });
    const file = sig.writeRoot(
      path.join(mkdtempSync(path.join(tmpdir(), 'gp-root-')), 'root.json'),
    );
    const replaced = trustedRoots({ GLIDEPATH_TRUSTED_ROOT: file });
    expect(replaced.map((r) => r.name)).toEqual(['root.json#1']);
    expect(replaced[0]).toMatchObject({ tlogThreshold: 1, ctlogThreshold: 0 });
    expect(() => trustedRoots({ GLIDEPATH_TRUSTED_ROOT: `${file}.missing` })).toThrow(
      /GLIDEPATH_TRUSTED_ROOT names .* which cannot be read/,
    );
  });

  it('refuses a test bundle against the embedded public-good root', async () => {
    const bundle = await sig.bundle(good);
    let error: unknown;
    try {
      verifyAttestations([{ bundle }], expected, trustedRoots({}));
    } catch (e) {
      error = e;
    }
    expect((error as AttestationRefused).check).toBe('signature');
    expect((error as Error).message).toMatch(
      /issued by 'glidepath\.test', which no trusted Sigstore root names; expected sigstore\.dev/,
    );
  });
});
