import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn, TokenPermissions } from '../../tools/stand-in/server.js';
import { deployed, Lab, payloadOf, publish, records } from '../../lab/artifacts.js';
import { tempDir, writeTree } from '../../lab/fixtures.js';
import { runAction } from '../../lab/runner.js';

/**
 * A token without a permission an action needs gets a 403 from GitHub; the action says which
 * `permissions:` entry to add (GitHub names it in x-accepted-github-permissions), fails with
 * that one line, and leaves nothing half-done: traffic on stable, no deployment in progress.
 */

const TOKENS: Record<string, TokenPermissions> = {
  'no-deployments': { deployments: 'none', contents: 'write', actions: 'read' },
  'deployments-read': { deployments: 'read', contents: 'write', actions: 'read' },
  'no-contents': { deployments: 'write', contents: 'none', actions: 'read' },
};
const PACING = { GLIDEPATH_API_BACKOFF: '20ms' };

let lab: Lab;
let api: GitHubStandIn;
let builds: Lab['builds'];

beforeAll(async () => {
  lab = await Lab.start({ tokens: TOKENS });
  ({ api, builds } = lab);
});
afterAll(async () => {
  await lab.stop();
  expect(api.violations).toEqual([]);
});

/** A repository with 1.0.0 then 2.0.0 live in production and 1.0.0 in dev, both from releases. */
function history(): string {
  const repository = lab.repository('perm');
  const [owner, name] = repository.split('/') as [string, string];
  const l1 = publish(api, repository, builds.v1);
  deployed(api, repository, 'dev', builds.v1, l1);
  api.addDeployment(owner, name, {
    environment: 'production',
    payload: payloadOf(builds.v1, l1),
    states: ['in_progress', 'success', 'inactive'],
  });
  deployed(api, repository, 'production', builds.v2, publish(api, repository, builds.v2), 2);
  return repository;
}

const fix = (entry: string) =>
  new RegExp(`the token needs '${entry}' — add it to the job's permissions: block$`);

describe.concurrent('a missing permission is named', () => {
  it.each([
    [
      'promote-environment',
      'no-deployments',
      'deployments: read',
      { pipeline: 'dev,staging', environment: 'staging' },
    ],
    [
      'promote-environment',
      'deployments-read',
      'deployments: write',
      { pipeline: 'dev,staging', environment: 'staging' },
    ],
    [
      'promote-environment',
      'no-contents',
      'contents: read',
      { pipeline: 'dev,staging', environment: 'staging' },
    ],
    ['rollback', 'deployments-read', 'deployments: write', { environment: 'production' }],
    ['rollback', 'no-contents', 'contents: read', { environment: 'production' }],
    [
      'canary-step',
      'deployments-read',
      'deployments: write',
      { environment: 'production', steps: '50@1s,100' },
    ],
  ] as const)('%s with a token lacking it (%s): %s', async (action, token, entry, inputs) => {
    const repository = history();
    const r = await lab.router(action === 'rollback' ? 30 : 0);
    const withTraffic: Record<string, string> =
      action === 'promote-environment' ? {} : { provider: 'embedded', 'router-url': r.adminUrl };
    const result = await runAction(action, {
      apiUrl: api.url,
      repository,
      token,
      env: PACING,
      inputs: { ...inputs, ...withTraffic },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(fix(entry));
    expect(r.state.weight, 'traffic on stable').toBe(0);
    for (const d of [
      ...records(api, repository, 'staging'),
      ...records(api, repository, 'production'),
    ])
      expect(d.latest).not.toMatch(/^(in_progress|queued|pending)$/);
  });

  it('build-artifact with a token that cannot read releases', async () => {
    const ws = tempDir();
    writeTree(ws, { 'app/index.js': 'x\n' });
    const result = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/perm-build',
      token: 'no-contents',
      env: PACING,
      inputs: { path: 'app', version: '1.0.0', storage: 'release' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(fix('contents: read'))]);
  });
});
