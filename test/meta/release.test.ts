// The release workflow's tag step (scripts/move-major-tag.sh) against a scratch repository and a
// bare remote: the major tag moves to the newest vMAJOR.x.y, never back to an older line's patch.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../lab/runner.js';

const script = path.join(ROOT, 'scripts', 'move-major-tag.sh');
let work = '';
let remote = '';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

function release(tag: string) {
  return spawnSync('bash', [script], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, TAG: tag },
  });
}

function commitTagged(tag: string): string {
  writeFileSync(path.join(work, 'file'), tag);
  git(work, 'add', 'file');
  git(work, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', tag);
  git(work, 'tag', tag);
  return git(work, 'rev-parse', 'HEAD');
}

const remoteTag = (name: string) =>
  git(remote, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`);

describe('scripts/move-major-tag.sh', () => {
  beforeAll(() => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'glidepath-release-'));
    remote = path.join(base, 'remote.git');
    work = path.join(base, 'work');
    git(base, 'init', '-q', '--bare', remote);
    git(base, 'init', '-q', work);
    git(work, 'remote', 'add', 'origin', remote);
  });

  it('moves v1 to each newer release, and leaves it on the newest when an older line is patched', () => {
    const first = commitTagged('v1.0.0');
    expect(release('v1.0.0').status).toBe(0);
    expect(remoteTag('v1')).toBe(first);

    const second = commitTagged('v1.10.0'); // sorted as a version: 1.10 is newer than 1.9
    commitTagged('v1.9.0');
    expect(release('v1.10.0').status).toBe(0);
    expect(remoteTag('v1')).toBe(second);

    const old = release('v1.9.0');
    expect(old.status).toBe(0);
    expect(old.stdout).toContain('v1 stays at v1.10.0');
    expect(remoteTag('v1')).toBe(second);
  });

  it('starts v2 without touching v1', () => {
    const v1 = remoteTag('v1');
    const v2 = commitTagged('v2.0.0');
    expect(release('v2.0.0').status).toBe(0);
    expect(remoteTag('v2')).toBe(v2);
    expect(remoteTag('v1')).toBe(v1);
  });

  it('refuses a tag that is not vMAJOR.MINOR.PATCH, naming what it expects', () => {
    const bad = release('v1.2; rm -rf /');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(
      /^::error::TAG is 'v1\.2; rm -rf \/', not a release tag: expected vMAJOR\.MINOR\.PATCH/,
    );
  });
});
