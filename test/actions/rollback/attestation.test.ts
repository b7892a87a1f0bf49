import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';
import { Router } from '../../../tools/router/router.js';
import { makeTestSigstore } from '../../../tools/sigstore/index.js';

let api: GitHubStandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => api.stop());

describe('rollback require-attestation', () => {
  it('refuses to return to a version without a verifiable attestation: nothing written or redeployed, traffic back on stable', async () => {
    api.seedDeployments('octo', 'rb-attested', 'production', 2);
    const sig = await makeTestSigstore();
    const writes = api.writes('octo/rb-attested').length;
    const router = new Router({ stable: 'http://127.0.0.1:9', canary: 'http://127.0.0.1:9' });
    await router.start();
    router.setWeight(30);
    const result = await runAction('rollback', {
      apiUrl: api.url,
      repository: 'octo/rb-attested',
      env: {
        GLIDEPATH_TRUSTED_ROOT: sig.writeRoot(path.join(tempDir('gp-root-'), 'root.json')),
      },
      inputs: {
        environment: 'production',
        'require-attestation': 'true',
        reason: 'bad',
        provider: 'embedded',
        'router-url': router.adminUrl,
      },
    }).finally(() => router.stop());
    // Stable is what users ran before the canary: relief needs no attestation.
    expect(router.state.weight).toBe(0);
    expect(result.warnings).toContain(
      'Traffic is back on stable; 0.0.0 was not redeployed and nothing was recorded',
    );
    expect(result.exitCode).toBe(1);
    // The version returned to is the older seeded one (its digest ends in 0).
    expect(result.errors).toEqual([
      `Attestation check 'attestation present' failed: GitHub holds no attestation for sha256:${'0'.repeat(64)}: attest the archive right after build-artifact with actions/attest-build-provenance (subject-path: its archive-path output), with id-token: write and attestations: write`,
    ]);
    expect(api.writes('octo/rb-attested').length).toBe(writes);
    expect(api.violations.splice(0)).toEqual([]);
  });
});
