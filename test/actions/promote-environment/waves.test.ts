import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';

// Waves of regions: a region of a later wave needs every region of the wave before it to hold
// the artifact (one history query for the whole wave); allow-skip in the config lets a region be
// passed over, with its reason recorded.

let api: GitHubStandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => api.stop());
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

const config = (skip = '') => `environments:
  - name: production
    waves:
      - prod-us
      - [prod-eu, ${skip ? `{name: prod-ap, allow-skip: '${skip}'}` : 'prod-ap'}]
      - prod-sa
`;
const env = { GLIDEPATH_API_BACKOFF: '20ms' };

describe('promote-environment across waves', () => {
  it('refuses a later wave until every region of the earlier one holds the digest, with one query and no write', async () => {
    const repository = 'octo/regions';
    const ws = tempDir('glidepath-ws-');
    writeTree(ws, { '.github/glidepath.yml': config(), 'app/index.js': 'v1\n' });
    const built = await runAction('build-artifact', {
      apiUrl: api.url,
      repository,
      workspace: ws,
      env,
      inputs: { path: 'app', version: '1.0.0', storage: 'release', name: 'web' },
    });
    expect(built.errors).toEqual([]);
    const promote = (environment: string, workspace = ws) =>
      runAction('promote-environment', {
        apiUrl: api.url,
        repository,
        workspace,
        env,
        inputs: { environment, 'artifact-path': built.outputs['archive-path'] as string },
      });
    for (const region of ['prod-us', 'prod-eu']) expect((await promote(region)).errors).toEqual([]);

    const before = api.apiCalls(repository).length;
    const writes = api.writes(repository).length;
    const refused = await promote('prod-sa');
    expect(refused.exitCode).toBe(1);
    expect(refused.errors).toEqual([
      expect.stringMatching(
        /^Refusing to promote: 1\.0\.0 \(sha256:.*\) is not live in every region of the wave before prod-sa \(prod-eu, prod-ap\): prod-ap has no successful deployment of web\. .*allow-skip: <reason>/,
      ),
    ]);
    const calls = api.apiCalls(repository).slice(before);
    // Main reads the target and both regions of the wave before it in ONE query; the post step
    // reads the target once more, to check that main's failure left nothing open.
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['POST /graphql', 'POST /graphql']);
    expect(JSON.parse(calls[0]?.body ?? '{}').variables).toMatchObject({
      env0: 'prod-eu',
      env1: 'prod-ap',
      env2: 'prod-sa',
    });
    expect(api.writes(repository)).toHaveLength(writes);
    // The last wave is production: its deployments say so; the earlier waves' do not.
    expect(api.deployments('octo', 'regions', 'prod-us')[0]).toMatchObject({
      production: false,
    });

    // A wave rollback with the bad digest leaves a region that never took it alone: no write.
    const untouched = await runAction('rollback', {
      apiUrl: api.url,
      repository,
      env,
      inputs: {
        environment: 'prod-ap',
        reason: 'wave rollback',
        'if-digest': built.outputs.digest as string,
      },
    });
    expect(untouched.errors).toEqual([]);
    expect(untouched.outputs['rolled-back-to']).toBe('');
    expect(untouched.summary).toMatch(/prod-ap left alone/);
    expect(api.writes(repository)).toHaveLength(writes);

    // A region the config lets the later waves pass over: the reason is in the payload.
    const skipping = tempDir('glidepath-ws-');
    writeTree(skipping, { '.github/glidepath.yml': config('region under maintenance') });
    const passed = await promote('prod-sa', skipping);
    expect(passed.errors).toEqual([]);
    const [deployment] = api.deployments('octo', 'regions', 'prod-sa');
    expect(deployment).toMatchObject({ production: true });
    expect(deployment?.payload).toMatchObject({
      source_environment: 'prod-eu',
      order_override: {
        reason: expect.stringMatching(
          /prod-ap has no successful deployment of web, skipped: region under maintenance/,
        ),
      },
    });
  });
});
