import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';
import { makeTestSigstore, type TestSigstore } from '../../../tools/sigstore/index.js';
import { serveTufRepo } from '../../../tools/sigstore/tuf.js';
import { storage } from '../../../tools/stand-in/attestations.js';

// require-attestation through the built bundle: the stand-in lists bundles made by a test
// Sigstore, and GLIDEPATH_TRUSTED_ROOT points the action at that Sigstore's trusted root. Few runs:
// the combinations are covered by test/core/attestation/verify.test.ts.

let api: GitHubStandIn;
let sig: TestSigstore;
let env: Record<string, string>;
beforeAll(async () => {
  api = await startStandIn({
    tokens: {
      'no-attestations': { deployments: 'write', contents: 'write', actions: 'write' },
    },
  });
  sig = await makeTestSigstore();
  env = {
    GLIDEPATH_TRUSTED_ROOT: sig.writeRoot(path.join(tempDir('gp-root-'), 'trusted_root.json')),
    GLIDEPATH_API_BACKOFF: '20ms',
  };
});
afterAll(async () => api.stop());
afterEach(() => {
  expect(api.violations.splice(0), "requests and answers match GitHub's description").toEqual([]);
});

async function built(repository: string) {
  const ws = tempDir('glidepath-ws-');
  writeTree(ws, { 'app/index.js': `console.log(${JSON.stringify(repository)})\n` });
  const result = await runAction('build-artifact', {
    workspace: ws,
    apiUrl: api.url,
    repository,
    inputs: { path: 'app', version: '1.0.0', storage: 'release', name: 'web' },
  });
  expect(result.errors).toEqual([]);
  const archive = result.outputs['archive-path'] as string;
  const manifest = JSON.parse(
    readFileSync(archive.replace(/\.tar\.gz$/, '.manifest.json'), 'utf8'),
  ) as { digest: string; commit: string };
  return { archive, digest: manifest.digest, commit: manifest.commit };
}

function promote(repository: string, inputs: Record<string, string>, token?: string) {
  return runAction('promote-environment', {
    apiUrl: api.url,
    repository,
    env,
    ...(token ? { token } : {}),
    inputs: { pipeline: 'dev,staging,production', environment: 'dev', ...inputs },
  });
}

describe('promote-environment require-attestation', () => {
  it('refuses with one error and zero writes (no attestation, another workflow, the API down), then promotes once attested', async () => {
    const repository = 'octo/attested';
    const artifact = await built(repository);
    const writes = api.writes(repository).length;
    const inputs = { 'artifact-path': artifact.archive, 'require-attestation': 'true' };

    const none = await promote(repository, inputs);
    expect(none.exitCode).toBe(1);
    expect(none.errors).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Attestation check 'attestation present' failed: GitHub holds no attestation for ${artifact.digest}`,
        ),
      ),
    ]);

    api.addAttestation(
      'octo',
      'attested',
      artifact.digest,
      await sig.bundle({ digest: artifact.digest, repository, commit: artifact.commit }),
    );
    const other = await promote(repository, {
      ...inputs,
      'attestation-signers': '.github/workflows/release.yml',
    });
    expect(other.exitCode).toBe(1);
    expect(other.errors).toEqual([
      `Attestation check 'signer workflow' failed: signed by 'https://github.com/${repository}/.github/workflows/build.yml@refs/heads/main', expected a workflow matching https://github.com/${repository}/.github/workflows/release.yml`,
    ]);

    const denied = await promote(repository, inputs, 'no-attestations');
    expect(denied.errors).toEqual([
      expect.stringMatching(
        /^Attestation check 'attestations API' failed: GitHub refused to list the attestations of sha256:[0-9a-f]{64} \(403\): the token needs 'attestations: read'/,
      ),
    ]);

    api.fault({ status: 503, path: /\/attestations\//, repository, times: 100 });
    const before = api.apiCalls(repository).length;
    const down = await promote(repository, inputs);
    api.clearFaultsOf(repository);
    expect(down.exitCode).toBe(1);
    expect(down.errors).toEqual([
      expect.stringMatching(
        /^Attestation check 'attestations API' failed: GitHub's API could not list the attestations of sha256:[0-9a-f]{64}, even after retrying: it answered 503/,
      ),
    ]);
    const listed = api
      .apiCalls(repository)
      .slice(before)
      .filter((r) => r.path.includes('/attestations/'));
    expect(listed.length, 'one call and three retries, then a clear failure').toBe(4);

    expect(api.writes(repository).length, 'no refusal wrote anything').toBe(writes);
    expect(api.deployments('octo', 'attested', 'dev')).toEqual([]);

    // The same artifact, its attestation now verifiable by every check: promoted, facts recorded.
    const since = api.apiCalls(repository).length;
    const result = await promote(repository, {
      'artifact-path': artifact.archive,
      'require-attestation': 'true',
      'attestation-signers': '.github/workflows/build.yml',
    });
    expect(result.errors).toEqual([]);
    const calls = api.apiCalls(repository).slice(since);
    expect(calls.filter((r) => r.operationId === 'repos/list-attestations')).toHaveLength(1);
    const [d] = api.deployments('octo', 'attested', 'dev');
    expect(d?.payload).toMatchObject({
      digest: artifact.digest,
      attestation: {
        signer_workflow: `https://github.com/${repository}/.github/workflows/build.yml@refs/heads/main`,
        commit: artifact.commit,
        repository: `https://github.com/${repository}`,
        predicate_type: 'https://slsa.dev/provenance/v1',
        issuer: 'https://token.actions.githubusercontent.com',
        log_index: expect.any(Number),
      },
    });
    expect(d?.statuses.map((s) => s.state).reverse()).toEqual(['in_progress', 'success']);
    expect(result.summary).toMatch(
      /\| Attestation \| ✅ signed by `https:\/\/github\.com\/octo\/attested\/\.github\/workflows\/build\.yml@refs\/heads\/main` at commit `[0-9a-f]{12}` \(https:\/\/slsa\.dev\/provenance\/v1, Rekor log index \d+\) \|/,
    );
  });

  it("a private repository's attestation (GitHub's instance): its root fetched through TUF, a signed timestamp required", async () => {
    const repository = 'octo/private';
    const artifact = await built(repository);
    const github = await makeTestSigstore('github');
    const dir = tempDir('gp-tuf-');
    const tuf = await serveTufRepo(github.trustedRoot, path.join(dir, 'root.json'));
    const privateEnv = {
      ...env,
      GLIDEPATH_GITHUB_TUF_MIRROR: tuf.url,
      GLIDEPATH_GITHUB_TUF_ROOT: tuf.rootFile,
    };
    const inputs = { 'artifact-path': artifact.archive, 'require-attestation': 'true' };
    const subject = { digest: artifact.digest, repository, commit: artifact.commit };
    try {
      const writes = api.writes(repository).length;
      api.addAttestation(
        'octo',
        'private',
        artifact.digest,
        await github.bundle({ ...subject, noTimestamp: true }),
      );
      const untimed = await runAction('promote-environment', {
        apiUrl: api.url,
        repository,
        env: privateEnv,
        inputs: { pipeline: 'dev,staging,production', environment: 'dev', ...inputs },
      });
      expect(untimed.exitCode).toBe(1);
      expect(untimed.errors).toEqual([
        expect.stringMatching(
          /^Attestation check 'timestamp' failed: the bundle was signed by GitHub's Sigstore instance/,
        ),
      ]);
      expect(api.writes(repository).length).toBe(writes);

      api.addAttestation('octo', 'private', artifact.digest, await github.bundle(subject));
      const result = await runAction('promote-environment', {
        apiUrl: api.url,
        repository,
        env: privateEnv,
        inputs: { pipeline: 'dev,staging,production', environment: 'dev', ...inputs },
      });
      expect(result.errors).toEqual([]);
      const [d] = api.deployments('octo', 'private', 'dev');
      expect(d?.payload).toMatchObject({ attestation: { commit: artifact.commit } });
      expect(d?.payload).not.toHaveProperty('attestation.log_index');
      expect(tuf.requests).toContain('/targets.json');
      // Bundles came from the storage behind bundle_url, never with the token.
      expect(api.requests.some((r) => r.path.startsWith('/_storage/attestations/'))).toBe(true);
      expect(storage.tokenLeaks).toEqual([]);
    } finally {
      await tuf.stop();
    }
  });
});
