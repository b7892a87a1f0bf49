import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readArchive } from '../../../src/core/artifact/archive.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { gitRepo, git, startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { logText, runAction } from '../../../lab/runner.js';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let api: GitHubStandIn;
beforeAll(async () => {
  api = await startStandIn({
    tokens: { 'read-only-token': { contents: 'read', deployments: 'read' } },
  });
});
afterAll(async () => api.stop());
afterEach(() => {
  const violations = api.violations.splice(0);
  expect(violations, "every request and response matches GitHub's OpenAPI description").toEqual([]);
});

function workspace(): string {
  const ws = tempDir('glidepath-ws-');
  writeTree(ws, {
    'app/index.js': 'console.log("hi")\n',
    'app/lib/util.js': 'export const x = 1\n',
    'app/bin/start': { content: '#!/bin/sh\nnode index.js\n', mode: 0o775 },
    'app/current': { symlink: 'index.js' },
    'README.md': 'not packaged\n',
  });
  return ws;
}

describe('build-artifact bundle, storage none', () => {
  it('packages the matched files with normalised metadata and reports them', async () => {
    const ws = workspace();
    const result = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      inputs: { path: 'app', version: '1.4.2', storage: 'none', name: 'web' },
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    expect(result.errors).toEqual([]);
    expect(result.exitCode).toBe(0);
    const { outputs } = result;
    expect(outputs.version).toBe('1.4.2');
    expect(path.basename(outputs['archive-path'] ?? '')).toBe('web-1.4.2.tar.gz');
    expect(outputs.digest).toBe(`sha256:${sha256(outputs['archive-path'] as string)}`);
    expect(Number(outputs.size)).toBe(readFileSync(outputs['archive-path'] as string).length);
    expect(outputs['artifact-url']).toBe('');
    const entries = await readArchive(outputs['archive-path'] as string);
    expect(entries.map((e) => e.name)).toEqual([
      'app',
      'app/bin',
      'app/bin/start',
      'app/current',
      'app/index.js',
      'app/lib',
      'app/lib/util.js',
    ]);
    for (const e of entries) {
      expect(e.mtime).toBe(1700000000);
      expect([e.uid, e.gid]).toEqual([0, 0]);
    }
    const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
    expect(byName['app/bin/start']?.mode).toBe(0o755);
    expect(byName['app/index.js']?.mode).toBe(0o644);
    expect(byName['app/current']).toMatchObject({ type: 'symlink', linkname: 'index.js' });
    const manifest = JSON.parse(readFileSync(outputs['manifest-path'] as string, 'utf8'));
    expect(manifest).toMatchObject({
      schema: 'glidepath.manifest/v1',
      name: 'web',
      version: '1.4.2',
      digest: outputs.digest,
      files: 3,
      sourceDateEpoch: 1700000000,
    });
    expect(outputs['manifest-digest']).toBe(`sha256:${sha256(outputs['manifest-path'] as string)}`);
    expect(result.summary).toContain(outputs.digest);
    expect(result.summary).toContain('| Version | `1.4.2` |');
    expect(api.writes()).toEqual([]);
  });

  it('gives byte-identical archives for trees written in different orders, times and umasks', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`app/d${i % 7}/f${i}.txt`] = `file ${i}\n`.repeat(i + 1);
    const one = tempDir();
    const two = tempDir();
    writeTree(one, files, { mtime: 1_600_000_000 });
    const reversed = Object.fromEntries(
      Object.entries(files)
        .reverse()
        .map(([k, v]) => [k, { content: v, mode: 0o600, mtime: 1_650_000_000 + k.length }]),
    );
    writeTree(two, reversed);
    const run = (ws: string) =>
      runAction('build-artifact', {
        workspace: ws,
        inputs: { path: 'app', version: '2.0.0', storage: 'none' },
        env: { SOURCE_DATE_EPOCH: '1' },
      });
    const [a, b] = await Promise.all([run(one), run(two)]);
    expect(a.exitCode).toBe(0);
    expect(b.exitCode).toBe(0);
    expect(a.outputs.digest).toBe(b.outputs.digest);
    expect(
      readFileSync(a.outputs['archive-path'] as string).equals(
        readFileSync(b.outputs['archive-path'] as string),
      ),
    ).toBe(true);
  });

  it('runs build-command first with GLIDEPATH_VERSION in its environment, never in its text', async () => {
    const ws = tempDir();
    const result = await runAction('build-artifact', {
      workspace: ws,
      inputs: {
        path: 'out',
        version: '3.1.0',
        storage: 'none',
        'build-command': 'mkdir -p out && printf "%s" "$GLIDEPATH_VERSION" > out/version.txt',
      },
    });
    expect(result.exitCode).toBe(0);
    const dest = tempDir();
    await readArchive(result.outputs['archive-path'] as string, dest);
    expect(readFileSync(path.join(dest, 'out/version.txt'), 'utf8')).toBe('3.1.0');
  });

  it('fails with the input named when build-command fails', async () => {
    const result = await runAction('build-artifact', {
      workspace: workspace(),
      inputs: { path: 'app', version: '1.0.0', storage: 'none', 'build-command': 'exit 3' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual(["The command in input 'build-command' failed with exit code 3"]);
  });
});

describe('build-artifact bundle, version auto', () => {
  it('bumps the latest tag by the conventional commits since it, with the short sha', async () => {
    const repo = gitRepo([
      { message: 'chore: init', tag: 'v1.2.0' },
      { message: 'fix: a bug' },
      { message: 'feat(api): new endpoint' },
    ]);
    const short = git(repo, 'rev-parse', '--short=7', 'HEAD');
    const result = await runAction('build-artifact', {
      workspace: repo,
      inputs: { path: '.', storage: 'none', 'working-directory': '.' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs.version).toBe(`1.3.0+${short}`);
    expect(path.basename(result.outputs['archive-path'] as string)).toBe(
      `app-1.3.0_${short}.tar.gz`,
    );
  });

  it('marks a build off the default branch as a release candidate with the run number', async () => {
    const repo = gitRepo(
      [{ message: 'chore: init', tag: 'v0.9.1' }, { message: 'feat!: drop v1 api' }],
      'topic',
    );
    const short = git(repo, 'rev-parse', '--short=7', 'HEAD');
    const result = await runAction('build-artifact', {
      workspace: repo,
      ref: 'refs/heads/topic',
      runNumber: 88,
      inputs: { path: 'file0.txt', storage: 'none' },
    });
    expect(result.outputs.version).toBe(`1.0.0-rc.88+${short}`);
  });

  it('refuses a shallow checkout with the fix in the message', async () => {
    const origin = gitRepo([{ message: 'one', tag: 'v1.0.0' }, { message: 'two' }]);
    const shallow = tempDir();
    git(shallow, 'clone', '-q', '--depth', '1', `file://${origin}`, 'repo');
    const result = await runAction('build-artifact', {
      workspace: path.join(shallow, 'repo'),
      inputs: { path: '.', storage: 'none' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain("Input 'version'");
    expect(result.errors[0]).toContain('fetch-depth: 0');
  });
});

describe('build-artifact bundle, storage', () => {
  it('publishes archive and manifest to a release and finds them again on a re-run', async () => {
    const ws = workspace();
    const inputs = { path: 'app', version: '5.0.0', storage: 'release', name: 'web' };
    const first = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      inputs,
      env: { SOURCE_DATE_EPOCH: '5' },
    });
    expect(first.errors).toEqual([]);
    const release = api.repo('octo', 'app').releases.find((r) => r.tag === 'v5.0.0');
    expect(release).toBeDefined();
    const assets = api
      .repo('octo', 'app')
      .assets.filter((a) => a.releaseId === release?.id)
      .map((a) => a.name)
      .sort();
    expect(assets).toEqual(['web-5.0.0.manifest.json', 'web-5.0.0.tar.gz']);
    const download = await fetch(first.outputs['artifact-url'] as string);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`).toBe(first.outputs.digest);

    const writesBefore = api.writes().length;
    const again = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      inputs,
      env: { SOURCE_DATE_EPOCH: '5' },
    });
    expect(again.errors).toEqual([]);
    expect(again.outputs['artifact-url']).toBe(first.outputs['artifact-url']);
    expect(api.writes().length).toBe(writesBefore);
  });

  it('refuses to replace a published version with other content', async () => {
    const ws = workspace();
    const inputs = { path: 'app', version: '5.1.0', storage: 'release' };
    expect(
      (await runAction('build-artifact', { workspace: ws, apiUrl: api.url, inputs })).exitCode,
    ).toBe(0);
    writeTree(ws, { 'app/index.js': 'changed\n' });
    const second = await runAction('build-artifact', { workspace: ws, apiUrl: api.url, inputs });
    expect(second.exitCode).toBe(1);
    expect(second.errors[0]).toMatch(
      /Release v5\.1\.0 already has an asset 'app-5\.1\.0\.tar\.gz' with other content/,
    );
  });

  it('names the missing permission when the token cannot write releases', async () => {
    const result = await runAction('build-artifact', {
      workspace: workspace(),
      apiUrl: api.url,
      token: 'read-only-token',
      inputs: { path: 'app', version: '6.0.0', storage: 'release' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toContain("'contents: write'");
  });

  it('keeps a directory store and refuses a different build under the same version', async () => {
    const store = tempDir();
    const ws = workspace();
    const inputs = {
      path: 'app',
      version: '1.0.0',
      storage: 'directory',
      directory: store,
      name: 'web',
    };
    const result = await runAction('build-artifact', { workspace: ws, inputs });
    expect(result.errors).toEqual([]);
    const stored = path.join(store, 'web', '1.0.0', 'web-1.0.0.tar.gz');
    expect(existsSync(stored)).toBe(true);
    expect(existsSync(path.join(store, 'web', '1.0.0', 'web-1.0.0.manifest.json'))).toBe(true);
    expect(result.outputs['artifact-url']).toBe(`file://${stored}`);
    writeTree(ws, { 'app/index.js': 'other\n' });
    const clash = await runAction('build-artifact', { workspace: ws, inputs });
    expect(clash.exitCode).toBe(1);
    expect(clash.errors[0]).toContain('versions are immutable');
  });

  it('records an image reference pinned by digest in the manifest', async () => {
    const image = `ghcr.io/octo/app@sha256:${'ab'.repeat(32)}`;
    const result = await runAction('build-artifact', {
      workspace: workspace(),
      inputs: { path: 'app', version: '1.0.0', storage: 'none', image },
    });
    expect(JSON.parse(readFileSync(result.outputs['manifest-path'] as string, 'utf8')).image).toBe(
      image,
    );
    expect(result.summary).toContain(image);
  });
});

describe('build-artifact bundle, immutable releases (draft, upload, check, publish)', () => {
  const inputs = { path: 'app', version: '8.0.0', storage: 'release', name: 'web' };

  it('publishes a complete release that GitHub then locks, and a re-run changes nothing', async () => {
    api.setImmutableReleases('octo', 'imm1', true);
    const ws = workspace();
    const first = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/imm1',
      inputs,
    });
    expect(first.errors).toEqual([]);
    const repo = api.repo('octo', 'imm1');
    const release = repo.releases.find((r) => r.tag === 'v8.0.0');
    expect(release).toMatchObject({ draft: false, immutable: true });
    const assets = repo.assets.filter((a) => a.releaseId === release?.id).map((a) => a.name);
    expect(assets.sort()).toEqual(['web-8.0.0.manifest.json', 'web-8.0.0.tar.gz']);
    // Draft first, assets, then the publish: never an upload to a published release.
    const writes = api
      .writes()
      .filter((w) => w.path.includes('/octo/imm1/'))
      .map((w) => `${w.method} ${w.path.replace(/\/\d+/g, '/N')}`);
    expect(writes).toEqual([
      'POST /repos/octo/imm1/releases',
      'POST /repos/octo/imm1/releases/N/assets',
      'POST /repos/octo/imm1/releases/N/assets',
      'PATCH /repos/octo/imm1/releases/N',
    ]);
    expect(first.stdout).toContain('published (immutable');
    const location = JSON.parse(
      readFileSync(
        (first.outputs['manifest-path'] as string).replace('.manifest.json', '.location.json'),
        'utf8',
      ),
    );
    expect(location).toMatchObject({ storage: 'release', tag: 'v8.0.0', immutable: true });

    const before = api.writes().length;
    const again = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/imm1',
      inputs,
    });
    expect(again.errors).toEqual([]);
    expect(api.writes().length).toBe(before);
  });

  it('finishes its own draft after a kill between the uploads, and publishes it whole', async () => {
    api.setImmutableReleases('octo', 'imm2', true);
    const ws = workspace();
    // The manifest's upload (the second) never answers; the job is killed while it waits.
    api.fault({ repository: 'octo/imm2', method: 'POST', body: /"digest"/, hang: true });
    const killed = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/imm2',
      inputs,
      signalAfter: { ms: 6000, signal: 'SIGKILL' },
    });
    expect(killed.exitCode).not.toBe(0);
    api.clearFaultsOf('octo/imm2');
    const repo = api.repo('octo', 'imm2');
    const draft = repo.releases.find((r) => r.tag === 'v8.0.0');
    // Left as GitHub users never see it: a draft with the archive only, nothing published.
    expect(draft).toMatchObject({ draft: true });
    expect(repo.assets.filter((a) => a.releaseId === draft?.id).map((a) => a.name)).toEqual([
      'web-8.0.0.tar.gz',
    ]);

    const rerun = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/imm2',
      inputs,
    });
    expect(rerun.errors).toEqual([]);
    const after = api.repo('octo', 'imm2');
    expect(after.releases.filter((r) => r.tag === 'v8.0.0')).toHaveLength(1);
    const release = after.releases.find((r) => r.tag === 'v8.0.0');
    expect(release).toMatchObject({ id: draft?.id, draft: false, immutable: true });
    expect(
      after.assets
        .filter((a) => a.releaseId === release?.id)
        .map((a) => a.name)
        .sort(),
    ).toEqual(['web-8.0.0.manifest.json', 'web-8.0.0.tar.gz']);
    expect(rerun.stdout).toContain('finishing draft');
  });

  it('refuses a draft of another build under its tag, naming the fix, and writes nothing', async () => {
    const ws = workspace();
    expect(
      (
        await runAction('build-artifact', {
          workspace: ws,
          apiUrl: api.url,
          repository: 'octo/imm3',
          inputs,
          // The first build stops after creating its draft: its uploads are refused.
          env: {},
        })
      ).exitCode,
    ).toBe(0);
    // Turn the published release back into a draft of "another build" (other notes).
    const repo = api.repo('octo', 'imm3');
    const rel = repo.releases.find((r) => r.tag === 'v8.0.0');
    expect(rel).toBeDefined();
    await fetch(`${api.url}/repos/octo/imm3/releases/${rel?.id}`, {
      method: 'PATCH',
      headers: {
        authorization: 'Bearer ghs_standInToken0123456789abcdefABCDEF',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ draft: true, body: "someone else's notes" }),
    });
    const before = api.writes().length;
    writeTree(ws, { 'app/index.js': 'another build\n' });
    const result = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/imm3',
      inputs,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(
      /Release v8\.0\.0 exists as an unpublished draft of another build .*delete that draft/,
    );
    expect(api.writes().length).toBe(before);
  });

  it('refuses a tag burned by an immutable release without creating anything', async () => {
    api.setImmutableReleases('octo', 'imm4', true);
    const ws = workspace();
    const token = { authorization: 'Bearer ghs_standInToken0123456789abcdefABCDEF' };
    expect(
      (
        await runAction('build-artifact', {
          workspace: ws,
          apiUrl: api.url,
          repository: 'octo/imm4',
          inputs,
        })
      ).exitCode,
    ).toBe(0);
    const rel = api.repo('octo', 'imm4').releases.find((r) => r.tag === 'v8.0.0');
    // Deleting an immutable release frees nothing: its tag stays burned.
    const del = await fetch(`${api.url}/repos/octo/imm4/releases/${rel?.id}`, {
      method: 'DELETE',
      headers: token,
    });
    expect(del.status).toBe(204);
    const before = api.writes().length;
    writeTree(ws, { 'app/index.js': 'another build\n' });
    const result = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/imm4',
      inputs,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /The tag v8\.0\.0 is taken for good: an immutable release used it/,
    );
    expect(api.repo('octo', 'imm4').releases).toEqual([]);
    // The refused create is the only write attempted, and GitHub created nothing.
    expect(api.writes().length - before).toBeLessThanOrEqual(1);
  });
});

describe('build-artifact bundle, bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['path with ..', { path: '../etc' }, /^Input 'path' has '\.\.\/etc'/],
    ['absolute path', { path: '/etc/passwd' }, /^Input 'path' has '\/etc\/passwd'/],
    ['empty match', { path: 'nothing-here/**' }, /^Input 'path' matched no files/],
    [
      'bad version',
      { path: 'app', version: '1.2' },
      /^Input 'version' is '1\.2', not a semantic version/,
    ],
    [
      'bad storage',
      { path: 'app', storage: 's3' },
      /^Input 'storage' is 's3': use one of release, directory, none$/,
    ],
    [
      'directory missing',
      { path: 'app', storage: 'directory' },
      /^Input 'directory' is required when 'storage' is directory/,
    ],
    [
      'image without digest',
      { path: 'app', image: 'ghcr.io/octo/app:latest' },
      /^Input 'image' is 'ghcr\.io\/octo\/app:latest', not an image reference pinned by digest/,
    ],
    ['bad name', { path: 'app', name: 'my app' }, /^Input 'name' is 'my app'/],
    [
      'compression level',
      { path: 'app', 'compression-level': '11' },
      /^Input 'compression-level' is 11: use a whole number from 1 to 9$/,
    ],
    [
      'working directory outside',
      { path: 'app', 'working-directory': '../..' },
      /^Input 'working-directory' is '.*', outside the workspace/,
    ],
    [
      'working directory that does not exist',
      { path: 'app', 'working-directory': 'no-such-folder' },
      /^Input 'working-directory' is 'no-such-folder', which is not a folder in the workspace '.*': give a folder/,
    ],
  ];
  for (const [label, inputs, message] of cases) {
    it(`refuses ${label} with one error naming the input and no write`, async () => {
      const before = api.requests.length;
      const result = await runAction('build-artifact', {
        workspace: workspace(),
        apiUrl: api.url,
        inputs: { version: '1.0.0', ...inputs },
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(message);
      expect(api.requests.length).toBe(before);
    });
  }

  it('refuses a symlink that escapes the working directory', async () => {
    const ws = workspace();
    writeTree(ws, { 'app/escape': { symlink: '/etc/passwd' } });
    const result = await runAction('build-artifact', {
      workspace: ws,
      inputs: { path: 'app', version: '1.0.0', storage: 'none' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(
      /symlink 'app\/escape' → '\/etc\/passwd', which points outside the working directory/,
    );
  });

  it('never prints the token outside its mask registration', async () => {
    const token = 'ghs_secretSecretSecret1234567890';
    const result = await runAction('build-artifact', {
      workspace: workspace(),
      apiUrl: api.url,
      token,
      inputs: { path: 'app', version: '7.0.0', storage: 'release' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.masks).toContain(token);
    expect(logText(result)).not.toContain(token);
    expect(result.stderr).not.toContain(token);
    expect(result.summary).not.toContain(token);
  });
});

describe('root action.yml', () => {
  it('runs build-artifact as the Marketplace entry', async () => {
    const ws = workspace();
    const result = await runAction('.', {
      workspace: ws,
      inputs: { path: 'app', version: '1.0.0', storage: 'none' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
