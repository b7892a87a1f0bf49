import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitHubStandIn, type StandInOptions } from '../tools/stand-in/server.js';

/** A fresh temporary folder. */
export function tempDir(prefix = 'glidepath-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export type TreeSpec = Record<
  string,
  string | { content?: string; mode?: number; symlink?: string; mtime?: number }
>;

/** Writes files (and symlinks) under root, in the order given. */
export function writeTree(root: string, spec: TreeSpec, options: { mtime?: number } = {}): void {
  for (const [name, value] of Object.entries(spec)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    const item = typeof value === 'string' ? { content: value } : value;
    if (item.symlink !== undefined) {
      symlinkSync(item.symlink, file);
      continue;
    }
    writeFileSync(file, item.content ?? '');
    if (item.mode !== undefined) chmodSync(file, item.mode);
    const mtime = item.mtime ?? options.mtime;
    if (mtime !== undefined) utimesSync(file, mtime, mtime);
  }
}

/** Runs git with fixed identities and dates so fixtures are repeatable. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_AUTHOR_DATE: '2026-01-02T03:04:05Z',
      GIT_COMMITTER_DATE: '2026-01-02T03:04:05Z',
    },
  }).trim();
}

/** A git repository with the given commits; a commit may carry tags. */
export function gitRepo(
  commits: { message: string; files?: TreeSpec; tag?: string }[],
  branch = 'main',
): string {
  const dir = tempDir('glidepath-repo-');
  git(dir, 'init', '-q', '-b', branch);
  let n = 0;
  for (const commit of commits) {
    writeTree(dir, commit.files ?? { [`file${n++}.txt`]: commit.message });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', commit.message);
    if (commit.tag) git(dir, 'tag', commit.tag);
  }
  return dir;
}

/** Starts a stand-in for one test file; stop it in afterAll. */
export async function startStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const standIn = new GitHubStandIn(options);
  await standIn.start();
  return standIn;
}
