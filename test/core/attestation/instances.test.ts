import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeTestSigstore, type TestSigstore } from '../../../tools/sigstore/index.js';
import { serveTufRepo } from '../../../tools/sigstore/tuf.js';
import {
  AttestationRefused,
  githubTrustRoot,
  trustRoot,
  verifyAttestations,
  type TrustRoot,
} from '../../../src/core/attestation/index.js';
import { COMMIT, expected, good } from './subject.js';

// Private repositories' attestations are signed by GitHub's own Sigstore instance: its Fulcio
// (O=GitHub, Inc.), a timestamp from its TSA, no transparency-log entry. Public ones by
// Sigstore's public-good instance, which needs its log entry. One verification holds both roots
// and picks the one whose CA issued the bundle's certificate.

let publicGood: TestSigstore;
let github: TestSigstore;
let roots: TrustRoot[];
beforeAll(async () => {
  [publicGood, github] = await Promise.all([makeTestSigstore(), makeTestSigstore('github')]);
  roots = [
    trustRoot('public-good', publicGood.trustedRoot),
    trustRoot('github', github.trustedRoot),
  ];
});

function refusal(bundle: unknown, using: TrustRoot[] = roots): AttestationRefused {
  try {
    verifyAttestations([{ bundle }], expected, using);
  } catch (error) {
    expect(error).toBeInstanceOf(AttestationRefused);
    return error as AttestationRefused;
  }
  throw new Error('verified, but a refusal was expected');
}

describe('attestations of private repositories (GitHub instance) and public ones', () => {
  it('reads the policy off each root: GitHub signed timestamps, public-good its log', () => {
    expect(roots[1]).toMatchObject({
      organizations: ['GitHub, Inc.'],
      signedTimestampRequired: true,
      tlogThreshold: 0,
      ctlogThreshold: 0,
    });
    expect(roots[0]).toMatchObject({ signedTimestampRequired: false, tlogThreshold: 1 });
  });

  it('verifies a GitHub-instance bundle (TSA timestamp, no log entry) against GitHub root', async () => {
    const bundle = await github.bundle(good);
    const material = (bundle as { verificationMaterial: Record<string, unknown> })
      .verificationMaterial;
    expect(material.tlogEntries).toEqual([]);
    expect(material.timestampVerificationData).toHaveProperty('rfc3161Timestamps');
    const facts = verifyAttestations([{ bundle }], expected, roots);
    expect(facts.commit).toBe(COMMIT);
    expect(facts.log_index).toBeUndefined();
  });

  it('refuses a GitHub-instance bundle without its signed timestamp', async () => {
    const error = refusal(await github.bundle({ ...good, noTimestamp: true }));
    expect(error.check).toBe('timestamp');
    expect(error.message).toMatch(
      /signed by GitHub's Sigstore instance \(github\), which keeps no transparency log, and carries no signed timestamp; expected an RFC 3161 timestamp/,
    );
  });

  it('still requires the log entry of a public-good bundle', async () => {
    expect(
      verifyAttestations([{ bundle: await publicGood.bundle(good) }], expected, roots).log_index,
    ).toBeGreaterThan(0);
    const error = refusal(await publicGood.bundle({ ...good, noTlog: true }));
    expect(error.check).toBe('transparency log');
    expect(error.message).toMatch(
      /signed by public-good, whose attestations are recorded in its transparency log, and carries no log entry/,
    );
  });

  it('refuses a certificate whose issuer no root names, saying which instances are trusted', async () => {
    const error = refusal(await github.bundle(good), [roots[0] as TrustRoot]);
    expect(error.check).toBe('signature');
    expect(error.message).toMatch(
      /issued by 'GitHub, Inc\.', which no trusted Sigstore root names; expected glidepath\.test/,
    );
  });

  it('refuses a GitHub-named bundle whose timestamp is from another authority', async () => {
    const impostor = await makeTestSigstore('github');
    const error = refusal(await impostor.bundle(good));
    expect(error.check).toBe('signature');
    expect(error.message).toMatch(/github: TIMESTAMP_ERROR timestamp could not be verified/);
  });

  it("fetches GitHub's root through its TUF repository, and verifies with it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gp-tuf-'));
    const tuf = await serveTufRepo(github.trustedRoot, path.join(dir, 'root.json'));
    try {
      const root = await githubTrustRoot({
        GLIDEPATH_GITHUB_TUF_MIRROR: tuf.url,
        GLIDEPATH_GITHUB_TUF_ROOT: tuf.rootFile,
        RUNNER_TEMP: dir,
      });
      expect(root).toMatchObject({
        organizations: ['GitHub, Inc.'],
        signedTimestampRequired: true,
      });
      const bundle = await github.bundle(good);
      expect(verifyAttestations([{ bundle }], expected, [roots[0] as TrustRoot, root]).commit).toBe(
        COMMIT,
      );
      // TUF's order: timestamp, snapshot, targets, then the target itself.
      expect(tuf.requests.filter((p) => !/^\/\d+\.root\.json$/.test(p))).toEqual([
        '/timestamp.json',
        '/snapshot.json',
        '/targets.json',
        expect.stringMatching(/^\/targets\/.*trusted_root\.json$/),
      ]);
    } finally {
      await tuf.stop();
    }
  });

  it('refuses a trusted root the TUF metadata does not sign (a swapped target on the mirror)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gp-tuf-'));
    const impostor = await makeTestSigstore('github');
    const tuf = await serveTufRepo(
      github.trustedRoot,
      path.join(dir, 'root.json'),
      impostor.trustedRoot,
    );
    try {
      await expect(
        githubTrustRoot({
          GLIDEPATH_GITHUB_TUF_MIRROR: tuf.url,
          GLIDEPATH_GITHUB_TUF_ROOT: tuf.rootFile,
          RUNNER_TEMP: dir,
        }),
      ).rejects.toThrow(/^Attestation check 'trusted root' failed: /);
    } finally {
      await tuf.stop();
    }
  });

  it('fails with one error naming the TUF repository when it does not answer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gp-tuf-'));
    const tuf = await serveTufRepo(github.trustedRoot, path.join(dir, 'root.json'));
    await tuf.stop();
    await expect(
      githubTrustRoot({
        GLIDEPATH_GITHUB_TUF_MIRROR: tuf.url,
        GLIDEPATH_GITHUB_TUF_ROOT: tuf.rootFile,
        RUNNER_TEMP: dir,
      }),
    ).rejects.toThrow(
      /^Attestation check 'trusted root' failed: GitHub's Sigstore trusted root could not be fetched from its TUF repository http:\/\/127\.0\.0\.1:\d+ \(.*\(nothing was written\)$/,
    );
  });
});
