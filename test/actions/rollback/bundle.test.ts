import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { runAction, type RunOptions } from '../../../lab/runner.js';

let api: GitHubStandIn;
let counter = 0;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => api.stop());
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

function repo() {
  counter += 1;
  return { repository: `octo/rb${counter}`, owner: 'octo', name: `rb${counter}` };
}

/** Builds a version of artifact `artifact` into a release and deploys it to dev, as run `runId`. */
async function ship(
  repository: string,
  version: string,
  runId: number,
  artifact = 'web',
): Promise<Record<string, string>> {
  const ws = tempDir('glidepath-ws-');
  writeTree(ws, { 'app/index.js': `version ${version}\n` });
  const built = await runAction('build-artifact', {
    workspace: ws,
    apiUrl: api.url,
    repository,
    inputs: { path: 'app', version, storage: 'release', name: artifact },
  });
  expect(built.errors).toEqual([]);
  const promoted = await runAction('promote-environment', {
    apiUrl: api.url,
    repository,
    runId,
    inputs: {
      pipeline: 'dev,production',
      environment: 'dev',
      'artifact-path': built.outputs['archive-path'] as string,
    },
  });
  expect(promoted.errors).toEqual([]);
  return built.outputs;
}

function roll(
  repository: string,
  inputs: Record<string, string>,
  options: Partial<RunOptions> = {},
) {
  return runAction('rollback', {
    apiUrl: api.url,
    repository,
    runId: 999,
    ...options,
    inputs: { environment: 'dev', ...inputs },
  });
}

describe.concurrent('rollback', () => {
  it('returns to the previous good version, records why and who, and marks the bad one failed', async () => {
    const { repository, owner, name } = repo();
    const v1 = await ship(repository, '1.0.0', 1);
    await ship(repository, '2.0.0', 2);
    const out = path.join(tempDir(), 'deployed');
    const result = await roll(
      repository,
      {
        reason: 'p99 latency doubled',
        'deploy-command': `printf '%s %s %s' "$GLIDEPATH_VERSION" "$GLIDEPATH_PREVIOUS_VERSION" "$GLIDEPATH_DIGEST" > ${out}`,
      },
      { actor: 'oncall-alice' },
    );
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      'rolled-back-to': '1.0.0',
      'rolled-back-from': '2.0.0',
    });
    expect(readFileSync(out, 'utf8')).toBe(`1.0.0 2.0.0 ${v1.digest}`);
    const [rb, bad] = api.deployments(owner, name, 'dev');
    expect(String(rb?.id)).toBe(result.outputs['deployment-id']);
    expect(rb?.payload).toMatchObject({
      version: '1.0.0',
      digest: v1.digest,
      rollback_of: bad?.id,
      reason: 'p99 latency doubled',
      actor: 'oncall-alice',
    });
    expect(rb?.statuses.map((s) => s.state).reverse()).toEqual(['in_progress', 'success']);
    expect(bad?.statuses[0]).toMatchObject({ state: 'failure' });
    expect(bad?.statuses[0]?.description).toContain(
      'Rolled back to 1.0.0 by oncall-alice: p99 latency doubled',
    );
    expect(result.summary).toContain('`2.0.0` (deployment');
    expect(result.summary).toContain('| Why | p99 latency doubled |');
  });

  it('rolls back to an explicit version that ran there before, and refuses one that did not', async () => {
    const { repository } = repo();
    await ship(repository, '1.0.0', 1);
    await ship(repository, '1.1.0', 2);
    await ship(repository, '1.2.0', 3);
    const result = await roll(repository, { to: '1.0.0' });
    expect(result.outputs['rolled-back-to']).toBe('1.0.0');
    const unknown = await roll(repository, { to: '0.9.0' });
    expect(unknown.errors[0]).toBe(
      '0.9.0 never reached success in dev: pick a version that ran there, or set allow-unproven: true to deploy it anyway (its release must exist)',
    );
  });

  it('deploys an unproven version only when allowed, from its release', async () => {
    const { repository, owner, name } = repo();
    await ship(repository, '1.0.0', 1);
    const ws = tempDir();
    writeTree(ws, { 'app/index.js': 'hotfix\n' });
    const built = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository,
      inputs: { path: 'app', version: '0.9.9', storage: 'release', name: 'web' },
    });
    const refused = await roll(repository, { to: '0.9.9' });
    expect(refused.exitCode).toBe(1);
    const allowed = await roll(repository, { to: '0.9.9', 'allow-unproven': 'true' });
    expect(allowed.errors).toEqual([]);
    expect(api.deployments(owner, name, 'dev')[0]?.payload).toMatchObject({
      version: '0.9.9',
      digest: built.outputs.digest,
    });
    expect(allowed.summary).toContain('never ran here');
  });

  it('says so when there is nothing to roll back to', async () => {
    const { repository } = repo();
    await ship(repository, '1.0.0', 1);
    const result = await roll(repository, {});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^Nothing to roll back to in dev: no earlier deployment reached success with a different artifact than 1\.0\.0/,
    );
  });

  it('rolls back one of two services sharing an environment: named, or the one this run deployed', async () => {
    const { repository, owner, name } = repo();
    await ship(repository, '1.0.0', 1, 'web');
    await ship(repository, '1.1.0', 2, 'api');
    await ship(repository, '2.0.0', 3, 'web');
    await ship(repository, '2.1.0', 4, 'api');
    const writes = api.writes(repository).length;
    const unnamed = await roll(repository, {});
    expect(unnamed.exitCode).toBe(1);
    expect(unnamed.errors).toEqual([
      "Input 'artifact-name' is not set, and the recent deployments of dev are of 2 artifacts (api, web): set it to the one to act on (its build-artifact name)",
    ]);
    const unknown = await roll(repository, { 'artifact-name': 'worker' });
    expect(unknown.errors).toEqual([
      "Input 'artifact-name' is 'worker', but no recent deployment of dev is of it: use one of api, web",
    ]);
    expect(api.writes(repository).length).toBe(writes);

    // Named: web goes back to 1.0.0 although api deployed last.
    const named = await roll(repository, { 'artifact-name': 'web' });
    expect(named.errors).toEqual([]);
    expect(named.outputs).toMatchObject({ 'rolled-back-from': '2.0.0', 'rolled-back-to': '1.0.0' });
    expect(api.deployments(owner, name, 'dev')[0]?.payload).toMatchObject({
      name: 'web',
      version: '1.0.0',
    });
    // The run that deployed api 2.1.0 rolls back api, not the newer web rollback, and is not stale.
    const own = await roll(repository, { 'dry-run': 'true' }, { runId: 4 });
    expect(own.errors).toEqual([]);
    expect(own.outputs).toMatchObject({ 'rolled-back-from': '2.1.0', 'rolled-back-to': '1.1.0' });
  }, 120_000); // eight action runs to set up, then four rollbacks

  it('refuses a stale rollback that would undo a newer deployment, unless forced', async () => {
    const { repository } = repo();
    await ship(repository, '1.0.0', 1);
    await ship(repository, '2.0.0', 10);
    await ship(repository, '2.0.1', 11);
    const stale = await roll(repository, {}, { runId: 10 });
    expect(stale.exitCode).toBe(1);
    expect(stale.errors[0]).toMatch(
      /^Refusing a stale rollback: deployment \d+ \(2\.0\.1, .*\/runs\/11\) started after this run's deployment \d+ to dev/,
    );
    const forced = await roll(repository, { force: 'true' }, { runId: 10 });
    expect(forced.errors).toEqual([]);
    expect(forced.outputs).toMatchObject({
      'rolled-back-from': '2.0.0',
      'rolled-back-to': '1.0.0',
    });
  });

  it('refuses a target whose archive changed since the build, without writing anything', async () => {
    const { repository, owner, name } = repo();
    await ship(repository, '1.0.0', 1);
    await ship(repository, '2.0.0', 2);
    api.tamperAsset(owner, name, 'web-1.0.0.tar.gz', Buffer.from('evil'));
    const writes = api.writes(repository).length;
    const result = await roll(repository, {});
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /has digest .* was recorded: it was changed after the build, so it is refused/,
    );
    expect(api.writes(repository).length).toBe(writes);
  });

  it('marks the rollback failed when its deploy command fails, never in progress', async () => {
    const { repository, owner, name } = repo();
    await ship(repository, '1.0.0', 1);
    await ship(repository, '2.0.0', 2);
    const result = await roll(repository, { 'deploy-command': 'exit 4' });
    expect(result.exitCode).toBe(1);
    const [rb, bad] = api.deployments(owner, name, 'dev');
    expect(rb?.statuses.map((s) => s.state)).toEqual(['failure', 'in_progress']);
    expect(bad?.statuses[0]?.state).toBe('success');
  });

  it('plans without changing anything on a dry run', async () => {
    const { repository } = repo();
    await ship(repository, '1.0.0', 1);
    await ship(repository, '2.0.0', 2);
    const writes = api.writes(repository).length;
    const result = await roll(repository, {
      'dry-run': 'true',
      'deploy-command': 'echo must-not-run',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      'rolled-back-to': '1.0.0',
      'rolled-back-from': '2.0.0',
      'deployment-id': '',
    });
    expect(result.stdout).not.toContain('must-not-run');
    expect(api.writes(repository).length).toBe(writes);
    expect(result.summary).toContain('rollback plan (dry run)');
  });

  it('runs from a workflow_dispatch form and puts traffic back on stable', async () => {
    const { repository, owner, name } = repo();
    await ship(repository, '1.0.0', 1);
    await ship(repository, '2.0.0', 2);
    const router = new Router({ stable: 'http://127.0.0.1:9', canary: 'http://127.0.0.1:9' });
    await router.start();
    router.setWeight(30);
    try {
      const form = { environment: 'dev', to: 'previous', reason: 'checkout errors' };
      const result = await runAction('rollback', {
        apiUrl: api.url,
        repository,
        runId: 4000,
        actor: 'oncall-bob',
        event: {
          name: 'workflow_dispatch',
          payload: {
            inputs: form,
            ref: 'refs/heads/main',
            repository: { full_name: repository },
            sender: { login: 'oncall-bob' },
          },
        },
        inputs: { ...form, provider: 'embedded', 'router-url': router.adminUrl },
      });
      expect(result.errors).toEqual([]);
      expect(router.state.weight).toBe(0);
      expect(api.deployments(owner, name, 'dev')[0]?.payload).toMatchObject({
        actor: 'oncall-bob',
        reason: 'checkout errors',
      });
      expect(result.summary).toContain('restored to stable');
    } finally {
      await router.stop();
    }
  });

  describe('rollback, API budget', () => {
    it('uses a constant number of API calls however long the history', async () => {
      const { repository, owner, name } = repo();
      api.seedDeployments(owner, name, 'dev', 300);
      await ship(repository, '1.0.0', 1);
      await ship(repository, '2.0.0', 2);
      const before = api.apiCalls(repository).length;
      const result = await roll(repository, {});
      expect(result.errors).toEqual([]);
      expect(api.apiCalls(repository).length - before).toBe(6);
    });
  });
});

describe('rollback, bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no environment', { environment: '' }, /^Input 'environment' is required/],
    ['bad version', { to: 'last' }, /^Input 'to' is 'last', not a semantic version/],
    ['bad boolean', { force: 'maybe' }, /^Input 'force' is 'maybe': use true or false$/],
    [
      'haproxy without socket',
      { provider: 'haproxy' },
      /^Input 'haproxy-socket' is required with provider haproxy/,
    ],
    [
      'bad duration',
      { 'deploy-timeout': '1 hour' },
      /^Input 'deploy-timeout' is '1 hour', not a duration/,
    ],
  ];
  it.each(cases)('refuses %s with one error and no API call', async (_label, inputs, message) => {
    const before = api.requests.length;
    const result = await roll('octo/none', inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(api.requests.length).toBe(before);
  });
});
