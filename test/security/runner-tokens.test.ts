import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../tools/stand-in/server.js';
import { makeBuild } from '../../lab/artifacts.js';
import { startStandIn, tempDir } from '../../lab/fixtures.js';
import { runAction } from '../../lab/runner.js';
import { isActionOnlyVariable } from '../../src/core/runtime/exec.js';

/**
 * GitHub's runner gives a JavaScript action its internal endpoints and tokens (the runtime token
 * for artifacts and caches, cache and results URLs), which a plain `run:` step never sees (the
 * OIDC request token and URL are different: every step of a job with `id-token: write` has
 * them, and deploy scripts use them). A command Glidepath runs for the user (deploy, pre-deploy, provider command)
 * gets only what a `run:` step would have, plus GLIDEPATH_* and what the user lists.
 */

const RUNNER_INTERNAL = {
  ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
  ACTIONS_RUNTIME_URL: 'https://pipelines.example/runtime/',
  ACTIONS_CACHE_URL: 'https://artifactcache.example/',
  ACTIONS_RESULTS_URL: 'https://results.example/',
  ACTIONS_CACHE_SERVICE_V2: 'True',
};

let api: GitHubStandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => {
  await api.stop();
});

describe("the runner's internal tokens never reach a user's command", () => {
  it('a deploy script that reads its whole environment finds none of them', async () => {
    const build = await makeBuild('1.0.0');
    const out = path.join(tempDir(), 'env.txt');
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/tokens',
      env: {
        ...RUNNER_INTERNAL,
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.example/idtoken',
        ACTIONS_STEP_DEBUG: 'false',
        GLIDEPATH_API_BACKOFF: '20ms',
      },
      inputs: {
        pipeline: 'dev',
        environment: 'dev',
        'artifact-path': build.archivePath,
        // It looks everywhere a script could: the environment, and /proc of its own process.
        'deploy-command': `{ env; tr '\\0' '\\n' < /proc/$$/environ; } > ${JSON.stringify(out)}`,
      },
    });
    expect(result.errors).toEqual([]);
    const seen = readFileSync(out, 'utf8');
    for (const [name, value] of Object.entries(RUNNER_INTERNAL)) {
      expect(seen, name).not.toContain(`${name}=`);
      expect(seen, name).not.toContain(value);
    }
    expect(seen).not.toMatch(/^INPUT_/m);
    // What a `run:` step has is still there, and Glidepath's own values.
    expect(seen).toMatch(/^GLIDEPATH_VERSION=1\.0\.0$/m);
    expect(seen).toMatch(/^GITHUB_REPOSITORY=octo\/tokens$/m);
    expect(seen).toMatch(/^ACTIONS_STEP_DEBUG=false$/m);
    expect(seen).toMatch(/^ACTIONS_ID_TOKEN_REQUEST_URL=https:\/\/pipelines\.example\/idtoken$/m);
  }, 60_000);

  it.each([
    ['ACTIONS_RUNTIME_TOKEN', true],
    ['actions_cache_url', true],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', false], // a run: step of an id-token: write job has it
    ['ACTIONS_RESULTS_URL', true],
    ['INPUT_TOKEN', true],
    ['STATE_deployment', true],
    ['GITHUB_STATE', true],
    ['ACTIONS_STEP_DEBUG', false],
    ['ACTIONS_RUNNER_DEBUG', false],
    ['GITHUB_TOKEN', false], // only present when the user put it in env:, as in a run: step
    ['GLIDEPATH_VERSION', false],
    ['PATH', false],
  ])('%s is action-only: %s', (name, expected) => {
    expect(isActionOnlyVariable(name)).toBe(expected);
  });
});
