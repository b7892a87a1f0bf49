import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { createClient } from '../../../src/core/github/client.js';
import { startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { runAction, type RunOptions } from '../../../lab/runner.js';

let api: GitHubStandIn;
let repoCounter = 0;
beforeAll(async () => {
  api = await startStandIn({
    tokens: { 'no-actions': { deployments: 'write', contents: 'write', actions: 'none' } },
  });
});
afterAll(async () => api.stop());
afterEach(() => {
  expect(
    api.violations.splice(0),
    "every request and response matches GitHub's description",
  ).toEqual([]);
});

/** A fresh repository per test so histories never mix. */
function repo(): { repository: string; owner: string; name: string } {
  repoCounter += 1;
  const name = `svc${repoCounter}`;
  return { repository: `octo/${name}`, owner: 'octo', name };
}

async function build(repository: string, version: string, storage = 'release', content = 'v') {
  const ws = tempDir('glidepath-ws-');
  writeTree(ws, { 'app/index.js': `${content}${version}\n` });
  const result = await runAction('build-artifact', {
    workspace: ws,
    apiUrl: api.url,
    repository,
    inputs: { path: 'app', version, storage, name: 'web' },
  });
  expect(result.errors).toEqual([]);
  return result.outputs;
}

const pipeline = 'dev,staging,production';
function promote(
  repository: string,
  inputs: Record<string, string>,
  options: Partial<RunOptions> = {},
) {
  return runAction('promote-environment', {
    apiUrl: api.url,
    repository,
    ...options,
    inputs: { pipeline, ...inputs },
  });
}

describe.concurrent('promote-environment, the pipeline in order', () => {
  it('deploys a built artifact to the first environment with a full deployment record', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    const out = path.join(tempDir(), 'env.txt');
    const result = await promote(
      repository,
      {
        environment: 'dev',
        'artifact-path': built['archive-path'] as string,
        'environment-url': 'https://dev.example.com',
        'deploy-command': `printf '%s|%s|%s|%s|%s' "$GLIDEPATH_VERSION" "$GLIDEPATH_DIGEST" "$GLIDEPATH_ENVIRONMENT" "$GLIDEPATH_PREVIOUS_VERSION" "$GLIDEPATH_ARTIFACT_PATH" > ${out}`,
      },
      { runId: 501 },
    );
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({
      version: '1.0.0',
      digest: built.digest,
      'environment-url': 'https://dev.example.com',
      'previous-version': '',
    });
    expect(readFileSync(out, 'utf8')).toBe(`1.0.0|${built.digest}|dev||${built['archive-path']}`);
    const [d] = api.deployments(owner, name, 'dev');
    expect(String(d?.id)).toBe(result.outputs['deployment-id']);
    expect(d?.production).toBe(false);
    expect(d?.payload).toMatchObject({
      glidepath: 1,
      version: '1.0.0',
      digest: built.digest,
      source_environment: null,
      run_id: 501,
      artifact: { storage: 'release', tag: 'v1.0.0' },
    });
    expect(d?.statuses.map((s) => s.state).reverse()).toEqual(['in_progress', 'success']);
    expect(d?.statuses[0]).toMatchObject({
      environmentUrl: 'https://dev.example.com',
      logUrl: `https://github.com/${repository}/actions/runs/501`,
    });
    expect(result.summary).toContain('**dev** 🚀 → staging ⏳ → production ⏳');
  });

  it('promotes what is live in the previous environment, fetched from its release and verified', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.1.0');
    expect(
      (
        await promote(repository, {
          environment: 'dev',
          'artifact-path': built['archive-path'] as string,
        })
      ).exitCode,
    ).toBe(0);
    const staging = await promote(repository, {
      environment: 'staging',
      'deploy-command': 'tar -tzf "$GLIDEPATH_ARTIFACT_PATH" | grep -q app/index.js',
    });
    expect(staging.errors).toEqual([]);
    expect(staging.outputs.version).toBe('1.1.0');
    expect(staging.outputs.digest).toBe(built.digest);
    expect(api.deployments(owner, name, 'staging')[0]?.payload).toMatchObject({
      source_environment: 'dev',
      version: '1.1.0',
    });
  });

  it('promotes from an immutable release, fetching its locked assets, and records that it is immutable', async () => {
    const { repository, owner, name } = repo();
    api.setImmutableReleases(owner, name, true);
    const built = await build(repository, '1.2.0');
    const dev = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
    });
    expect(dev.errors).toEqual([]);
    // staging has no archive handed over: it downloads it from the immutable release.
    const staging = await promote(repository, {
      environment: 'staging',
      'deploy-command': 'tar -tzf "$GLIDEPATH_ARTIFACT_PATH" | grep -q app/index.js',
    });
    expect(staging.errors).toEqual([]);
    expect(staging.outputs.digest).toBe(built.digest);
    for (const env of ['dev', 'staging']) {
      expect(api.deployments(owner, name, env)[0]?.payload).toMatchObject({
        artifact: { storage: 'release', tag: 'v1.2.0', immutable: true },
      });
    }
    expect(staging.summary).toContain(
      'release v1.2.0 (immutable: GitHub locks its tag and assets)',
    );
    // A mutable repository says so too.
    const other = repo();
    const plain = await build(other.repository, '1.2.0');
    const result = await promote(other.repository, {
      environment: 'dev',
      'artifact-path': plain['archive-path'] as string,
    });
    expect(result.summary).toContain('release v1.2.0 (not immutable');
    expect(api.deployments(other.owner, other.name, 'dev')[0]?.payload).toMatchObject({
      artifact: { immutable: false },
    });
  });

  it('finds a version for the first environment by its release when no job hands over the archive', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '4.2.0');
    const result = await promote(repository, {
      environment: 'dev',
      version: '4.2.0',
      'deploy-command': 'test -s "$GLIDEPATH_ARTIFACT_PATH"',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.digest).toBe(built.digest);
    expect(api.deployments(owner, name, 'dev')[0]?.payload).toMatchObject({
      version: '4.2.0',
      artifact: { storage: 'release', tag: 'v4.2.0' },
    });
    const notLive = await promote(repository, { environment: 'production', version: '4.2.0' });
    expect(notLive.errors[0]).toMatch(
      /^Version 4\.2\.0 was never deployed successfully to staging or production/,
    );
  });

  it('refuses to skip an environment, saying what is live where, and records an explicit override', async () => {
    const { repository, owner, name } = repo();
    const old = await build(repository, '1.0.0');
    const next = await build(repository, '1.2.0');
    for (const environment of ['dev', 'staging'])
      expect(
        (
          await promote(repository, {
            environment,
            'artifact-path': old['archive-path'] as string,
            'allow-skip': 'true',
          })
        ).exitCode,
      ).toBe(0);
    const writes = api.writes(repository).length;
    const refused = await promote(repository, {
      environment: 'production',
      'artifact-path': next['archive-path'] as string,
    });
    expect(refused.exitCode).toBe(1);
    expect(refused.errors[0]).toMatch(
      /^Refusing to promote: 1\.2\.0 \(sha256:.{12}…\) is not live in staging, the environment before production: staging has 1\.0\.0 \(sha256:.{12}…\) live\. Promote it to staging first, or set allow-skip: true/,
    );
    expect(api.writes(repository).length).toBe(writes);
    const forced = await promote(
      repository,
      {
        environment: 'production',
        'artifact-path': next['archive-path'] as string,
        'allow-skip': 'true',
      },
      { actor: 'mona' },
    );
    expect(forced.exitCode).toBe(0);
    expect(forced.warnings[0]).toContain('allow-skip');
    const prod = api.deployments(owner, name, 'production')[0];
    expect(prod?.production).toBe(true);
    expect(prod?.payload).toMatchObject({ order_override: { by: 'mona' } });
  });

  it('marks the previous production deployment inactive, as GitHub does not', async () => {
    const { repository, owner, name } = repo();
    const a = await build(repository, '2.0.0');
    const b = await build(repository, '2.1.0');
    await promote(repository, {
      environment: 'production',
      'artifact-path': a['archive-path'] as string,
      'allow-skip': 'true',
    });
    await promote(
      repository,
      {
        environment: 'production',
        'artifact-path': b['archive-path'] as string,
        'allow-skip': 'true',
      },
      { runId: 9 },
    );
    const [newer, older] = api.deployments(owner, name, 'production');
    expect(newer?.statuses[0]?.state).toBe('success');
    expect(older?.statuses[0]?.state).toBe('inactive');
  });
});

describe.concurrent('promote-environment, refusals and failures', () => {
  it('refuses a tampered archive and records the attempt as error', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    writeFileSync(
      built['archive-path'] as string,
      Buffer.concat([readFileSync(built['archive-path'] as string), Buffer.from('x')]),
    );
    const result = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'deploy-command': 'echo should-not-run',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /^The archive at artifact-path has digest sha256:[0-9a-f]{64}, but its manifest records sha256:[0-9a-f]{64}: it was changed after the build, so it is refused$/,
    );
    expect(result.stdout).not.toContain('should-not-run');
    const [d] = api.deployments(owner, name, 'dev');
    expect(d?.statuses.map((s) => s.state)).toEqual(['error']);
  });

  it('refuses a release asset changed after the build', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
    });
    api.tamperAsset(owner, name, 'web-1.0.0.tar.gz', Buffer.from('not the build'));
    const result = await promote(repository, { environment: 'staging' });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /fetched from release has digest .* was recorded: it was changed after the build/,
    );
    expect(api.deployments(owner, name, 'staging')[0]?.statuses.map((s) => s.state)).toEqual([
      'error',
    ]);
  });

  it('marks the deployment failure when the deploy command fails, never leaving it in progress', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    const result = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'deploy-command': 'echo deploying; exit 7',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      "The command in input 'deploy-command' failed with exit code 7",
    ]);
    const [d] = api.deployments(owner, name, 'dev');
    expect(d?.statuses.map((s) => s.state)).toEqual(['failure', 'in_progress']);
    expect(d?.statuses[0]?.description).toContain('exit code 7');
  });

  it('stops a deploy command that overruns deploy-timeout and marks failure', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    const result = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'deploy-command': 'sleep 30',
      'deploy-timeout': '1s',
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain('did not finish within 1s');
    expect(api.deployments(owner, name, 'dev')[0]?.statuses[0]?.state).toBe('failure');
  });

  it('records the pre-deploy backup in the payload and summary; a failing pre-deploy deploys nothing', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    const ok = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'pre-deploy-command':
        'echo "s3://backups/db-$GLIDEPATH_VERSION.sql" > "$GLIDEPATH_BACKUP_FILE"',
    });
    expect(ok.errors).toEqual([]);
    expect(api.deployments(owner, name, 'dev')[0]?.payload).toMatchObject({
      backup: 's3://backups/db-1.0.0.sql',
    });
    expect(ok.summary).toContain('s3://backups/db-1.0.0.sql');
    const marker = path.join(tempDir(), 'deployed');
    const bad = await promote(
      repository,
      {
        environment: 'dev',
        'artifact-path': built['archive-path'] as string,
        'pre-deploy-command': 'exit 2',
        'deploy-command': `touch ${marker}`,
      },
      { runId: 77 },
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.errors[0]).toContain("'pre-deploy-command' failed");
    const [d] = api.deployments(owner, name, 'dev');
    expect(d?.statuses.map((s) => s.state)).toEqual(['failure']);
    expect(d?.statuses[0]?.description).toMatch(/^pre-deploy failed, nothing deployed/);
  });

  it("refuses a downgrade unless allowed, and a version outside the environment's range", async () => {
    const { repository } = repo();
    const newer = await build(repository, '3.0.0');
    const older = await build(repository, '2.9.0');
    const rc = await build(repository, '3.1.0-rc.1');
    await promote(repository, {
      environment: 'dev',
      'artifact-path': newer['archive-path'] as string,
    });
    const down = await promote(
      repository,
      { environment: 'dev', 'artifact-path': older['archive-path'] as string },
      { runId: 2 },
    );
    expect(down.errors[0]).toBe(
      'Refusing to downgrade dev from 3.0.0 to 2.9.0: use the rollback action, or set allow-downgrade: true',
    );
    expect(
      (
        await promote(
          repository,
          {
            environment: 'dev',
            'artifact-path': older['archive-path'] as string,
            'allow-downgrade': 'true',
          },
          { runId: 3 },
        )
      ).exitCode,
    ).toBe(0);
    const ws = tempDir();
    writeTree(ws, {
      '.github/glidepath.yml':
        "environments:\n  - name: dev\n    versions: '>=1.0.0'\n  - staging\n",
    });
    const ranged = await runAction('promote-environment', {
      apiUrl: api.url,
      repository,
      workspace: ws,
      runId: 4,
      inputs: { environment: 'dev', 'artifact-path': rc['archive-path'] as string },
    });
    expect(ranged.errors[0]).toBe(
      "Refusing to promote 3.1.0-rc.1 to dev: its versions must satisfy '>=1.0.0' (prereleases only if the range names one)",
    );
  });
});

describe.concurrent('promote-environment, protection, concurrency and re-runs', () => {
  it('records who approved, with their comment', async () => {
    const { repository, owner, name } = repo();
    api.setEnvironment(owner, name, 'dev', { reviewers: ['alice', 'bob'] });
    api.approve(owner, name, 321, 'dev', 'alice', 'checked the dashboards');
    const built = await build(repository, '1.0.0');
    const result = await promote(
      repository,
      {
        environment: 'dev',
        'artifact-path': built['archive-path'] as string,
        'require-reviewers': 'true',
      },
      { runId: 321 },
    );
    expect(result.errors).toEqual([]);
    expect(api.deployments(owner, name, 'dev')[0]?.payload).toMatchObject({
      approvers: [{ user: 'alice', state: 'approved', comment: 'checked the dashboards' }],
    });
    expect(result.summary).toContain('alice: “checked the dashboards”');
  });

  it('a team reviewer GITHUB_TOKEN may not read (FORBIDDEN on the Team node) is a partial answer, not an outage', async () => {
    const { repository, owner, name } = repo();
    api.setEnvironment(owner, name, 'dev', { reviewers: ['team:release-managers'] });
    api.approve(owner, name, 322, 'dev', 'alice', 'for the release managers');
    const built = await build(repository, '1.0.0');
    const result = await promote(
      repository,
      {
        environment: 'dev',
        'artifact-path': built['archive-path'] as string,
        'require-reviewers': 'true',
      },
      { runId: 322 },
    );
    expect(result.errors).toEqual([]);
    expect(api.deployments(owner, name, 'dev')).toHaveLength(1);
    // What the action was given, as GitHub gives it: data with the Team node null, and FORBIDDEN.
    const answer = (await (
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { authorization: 'token ghs_any', 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query { repository(owner: "${owner}", name: "${name}") { environment(name: "dev") {
            protectionRules(first: 5) { nodes { reviewers(first: 5) { nodes { __typename ... on Team { slug } } } } } } } }`,
        }),
      })
    ).json()) as { data: unknown; errors: { type: string; path: unknown[] }[] };
    expect(answer.errors).toMatchObject([
      {
        type: 'FORBIDDEN',
        path: ['repository', 'environment', 'protectionRules', 'nodes', 0, 'reviewers', 'nodes', 0],
      },
    ]);
    expect(JSON.stringify(answer.data)).toContain('"nodes":[null]');
  });

  it('refuses an environment without required reviewers when require-reviewers is true', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    const missing = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'require-reviewers': 'true',
    });
    expect(missing.errors[0]).toMatch(
      /^Refusing to deploy to dev: no such environment in the repository settings/,
    );
    api.setEnvironment(owner, name, 'dev', { waitTimer: 1 });
    const unprotected = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'require-reviewers': 'true',
    });
    expect(unprotected.errors[0]).toMatch(
      /^Refusing to deploy to dev: it has no required-reviewers protection rule.*in a private repository required reviewers need GitHub Enterprise/,
    );
    expect(api.deployments(owner, name, 'dev')).toEqual([]);
  });

  it('names the missing permission when the token cannot read approvals', async () => {
    const { repository, owner, name } = repo();
    api.setEnvironment(owner, name, 'dev', { reviewers: ['alice'] });
    const built = await build(repository, '1.0.0');
    const result = await promote(
      repository,
      { environment: 'dev', 'artifact-path': built['archive-path'] as string },
      { token: 'no-actions' },
    );
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain("the token needs 'actions: read'");
  });

  it('fails naming a deployment of another run still in progress, or waits for it', async () => {
    const { repository, owner, name } = repo();
    const a = await build(repository, '1.0.0');
    const b = await build(repository, '1.0.1');
    const slow = promote(
      repository,
      {
        environment: 'dev',
        'artifact-path': a['archive-path'] as string,
        'deploy-command': 'sleep 5',
      },
      { runId: 1 },
    );
    // Wait until the first promotion is really deploying.
    for (
      let i = 0;
      i < 200 && api.deployments(owner, name, 'dev')[0]?.statuses[0]?.state !== 'in_progress';
      i++
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    const blocked = await promote(
      repository,
      { environment: 'dev', 'artifact-path': b['archive-path'] as string },
      { runId: 2 },
    );
    expect(blocked.exitCode).toBe(1);
    expect(blocked.errors[0]).toMatch(
      /^Another deployment to dev is in progress: deployment \d+ of 1\.0\.0 \(https:\/\/github\.com\/octo\/svc\d+\/actions\/runs\/1\) is in_progress/,
    );
    const waiting = await promote(
      repository,
      { environment: 'dev', 'artifact-path': b['archive-path'] as string, 'wait-timeout': '30s' },
      { runId: 3 },
    );
    expect((await slow).exitCode).toBe(0);
    expect(waiting.errors).toEqual([]);
    expect(waiting.outputs['previous-version']).toBe('1.0.0');
    expect(api.deployments(owner, name, 'dev').map((d) => d.payload)).toHaveLength(2);
  }, 60_000);

  it('ignores deployments GitHub makes for jobs with environment: (no Glidepath payload)', async () => {
    const { repository, owner, name } = repo();
    const a = await build(repository, '1.0.0');
    const b = await build(repository, '1.1.0');
    await promote(
      repository,
      { environment: 'dev', 'artifact-path': a['archive-path'] as string },
      { runId: 1 },
    );
    // What a job with `environment: dev` (and no deployment: false) leaves behind: a record without our payload.
    const gh = createClient('ghs_job', { baseUrl: api.url });
    const job = await gh.rest.repos.createDeployment({
      owner,
      repo: name,
      ref: 'main',
      environment: 'dev',
      auto_merge: false,
      required_contexts: [],
    });
    await gh.rest.repos.createDeploymentStatus({
      owner,
      repo: name,
      deployment_id: (job.data as { id: number }).id,
      state: 'success',
    });
    const next = await promote(
      repository,
      { environment: 'dev', 'artifact-path': b['archive-path'] as string },
      { runId: 2 },
    );
    expect(next.errors).toEqual([]);
    expect(next.outputs['previous-version']).toBe('1.0.0');
    const staging = await promote(repository, { environment: 'staging' }, { runId: 3 });
    expect(staging.outputs.version).toBe('1.1.0');
  });

  it('does not create a second deployment when the same run attempt runs again', async () => {
    const { repository, owner, name } = repo();
    const built = await build(repository, '1.0.0');
    const first = await promote(
      repository,
      { environment: 'dev', 'artifact-path': built['archive-path'] as string },
      { runId: 55 },
    );
    const writes = api.writes(repository).length;
    const again = await promote(
      repository,
      { environment: 'dev', 'artifact-path': built['archive-path'] as string },
      { runId: 55 },
    );
    expect(again.errors).toEqual([]);
    expect(again.outputs['deployment-id']).toBe(first.outputs['deployment-id']);
    expect(api.writes(repository).length).toBe(writes);
    expect(api.deployments(owner, name, 'dev')).toHaveLength(1);
  });

  it('changes nothing on a dry run', async () => {
    const { repository } = repo();
    const built = await build(repository, '1.0.0');
    const writes = api.writes(repository).length;
    const result = await promote(repository, {
      environment: 'dev',
      'artifact-path': built['archive-path'] as string,
      'dry-run': 'true',
      'deploy-command': 'echo must-not-run',
    });
    expect(result.errors).toEqual([]);
    expect(result.stdout).not.toContain('must-not-run');
    expect(api.writes(repository).length).toBe(writes);
    expect(result.summary).toContain('(dry run)');
  });

  describe('promote-environment, API budget', () => {
    it('uses a constant number of API calls however long the history', async () => {
      const { repository, owner, name } = repo();
      const built = await build(repository, '1.0.0');
      api.setEnvironment(owner, name, 'production', { reviewers: ['alice'] });
      api.seedDeployments(owner, name, 'production', 300);
      const before = api.apiCalls(repository).length;
      const result = await promote(
        repository,
        {
          environment: 'production',
          'artifact-path': built['archive-path'] as string,
          'allow-skip': 'true',
        },
        { runId: 8 },
      );
      expect(result.errors).toEqual([]);
      const calls = api.apiCalls(repository).slice(before);
      expect(calls.map((c) => `${c.method} ${c.path}`)).toHaveLength(6);
    });
  });
});

describe('promote-environment, bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'environment not in pipeline',
      { environment: 'qa' },
      /^Input 'environment' is 'qa', which is not in the pipeline: use one of dev, staging, production$/,
    ],
    ['environment missing', { environment: '' }, /^Input 'environment' is required/],
    [
      'duplicate in pipeline',
      { environment: 'dev', pipeline: 'dev,dev' },
      /^Input 'pipeline' lists 'dev' twice/,
    ],
    [
      'bad boolean',
      { environment: 'dev', 'dry-run': 'yes' },
      /^Input 'dry-run' is 'yes': use true or false$/,
    ],
    [
      'bad duration',
      { environment: 'dev', 'wait-timeout': '10' },
      /^Input 'wait-timeout' is '10', not a duration/,
    ],
    [
      'bad version',
      { environment: 'dev', version: 'latest' },
      /^Input 'version' is 'latest', not a semantic version/,
    ],
    [
      'missing artifact',
      { environment: 'dev', 'artifact-path': 'nope.tar.gz' },
      /^Input 'artifact-path' is '.*nope\.tar\.gz', which does not exist/,
    ],
    [
      'bad URL',
      { environment: 'dev', 'environment-url': 'dev.example.com' },
      /^Input 'environment-url' is 'dev\.example\.com', not an http\(s\) URL/,
    ],
    [
      'no pipeline at all',
      { environment: 'dev', pipeline: '' },
      /^Input 'pipeline' is empty and the config file '\.github\/glidepath\.yml' does not exist/,
    ],
  ];
  it.each(cases)('refuses %s with one error and no API call', async (_label, inputs, message) => {
    const before = api.requests.length;
    const result = await promote('octo/badinput', inputs);
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(api.requests.length).toBe(before);
  });

  it('refuses a malformed config file', async () => {
    const ws = tempDir();
    writeTree(ws, {
      '.github/glidepath.yml': 'environments: [dev, {name: staging, versions: "not a range"}]\n',
    });
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      workspace: ws,
      inputs: { environment: 'dev' },
    });
    expect(result.errors[0]).toBe(
      "Input 'config' has versions 'not a range' for staging, not a semver range: write a range such as '>=1.0.0' or '^2'",
    );
  });
});
