import { execFileSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectEntries,
  isInside,
  readArchive,
  writeArchive,
} from '../../src/core/artifact/index.js';
import type { GitHubStandIn } from '../../tools/stand-in/server.js';
import { makeBuild } from '../../lab/artifacts.js';
import { startStandIn, tempDir, writeTree } from '../../lab/fixtures.js';
import { runAction } from '../../lab/runner.js';

/**
 * Archives are refused when they could write outside where they are unpacked (tar-slip: absolute
 * names, `..`, links that escape, hard links, special files, one path twice), both when Glidepath
 * packages a tree and when it extracts one; and bytes that changed after the build are refused
 * by digest, the archive's and the manifest's. (test/core/archive.test.ts has the basic cases.)
 */

type Spec = {
  name: string;
  type?: 'file' | 'symlink' | 'link' | 'directory' | 'fifo' | 'character-device';
  linkname?: string;
  content?: string;
};

async function tarOf(entries: Spec[]): Promise<string> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer);
  })();
  for (const e of entries) {
    await new Promise<void>((resolve, reject) =>
      pack.entry(
        {
          name: e.name,
          type: e.type ?? 'file',
          linkname: e.linkname,
          size: e.content?.length ?? 0,
        },
        e.content ?? '',
        (err) => (err ? reject(err) : resolve()),
      ),
    );
  }
  pack.finalize();
  await done;
  const file = path.join(tempDir(), 'hostile.tar.gz');
  writeFileSync(file, gzipSync(Buffer.concat(chunks)));
  return file;
}

/** Every path under `dir` (without following links) resolves inside `dir`. */
function allInside(dir: string): void {
  const root = realpathSync(dir);
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const file = path.join(at, name);
      const stat = lstatSync(file);
      if (stat.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(file);
        } catch {
          target = path.resolve(path.dirname(realpathSync(path.dirname(file))), name);
        }
        expect(isInside(root, target), `${file} → ${target}`).toBe(true);
      } else if (stat.isDirectory()) walk(file);
    }
  };
  walk(dir);
}

describe('extracting refuses what could escape', () => {
  it.each([
    [
      'a symlink chain that climbs out through an earlier link',
      [
        { name: 'a', type: 'directory' },
        { name: 'a/b', type: 'symlink', linkname: '..' },
        { name: 'a/b/c', type: 'symlink', linkname: '..' },
        { name: 'a/b/c/evil', content: 'x' },
      ],
      /leads outside the destination through an earlier link/,
    ],
    [
      'a relative symlink deep enough to reach /etc',
      [{ name: 'x', type: 'symlink', linkname: '../../../../etc' }],
      /outside the archive/,
    ],
    [
      'a hard link to a file inside',
      [
        { name: 'a', content: 'x' },
        { name: 'b', type: 'link', linkname: 'a' },
      ],
      /is a hard link/,
    ],
    ['a FIFO', [{ name: 'pipe', type: 'fifo' }], /is of type fifo/],
    [
      'a character device',
      [{ name: 'null', type: 'character-device' }],
      /is of type character-device/,
    ],
    ['a name with ./ then ..', [{ name: './a/../../evil', content: 'x' }], /'\.\.' segment/],
    ['a Windows drive path', [{ name: 'C:/Windows/evil', content: 'x' }], /absolute or empty name/],
    [
      'one file written twice as ./a and a',
      [
        { name: './a', content: '1' },
        { name: 'a', content: '2' },
      ],
      /appears twice/,
    ],
    [
      'one directory twice, as d and d/',
      [
        { name: 'd', type: 'directory' },
        { name: 'd/', type: 'directory' },
      ],
      /appears twice/,
    ],
  ] as [string, Spec[], RegExp][])('%s', async (_label, entries, message) => {
    const archive = await tarOf(entries);
    const parent = tempDir();
    const dest = path.join(parent, 'dest');
    await expect(readArchive(archive, dest)).rejects.toThrow(message);
    expect(readdirSync(parent), 'nothing beside the destination').toEqual(['dest']);
    allInside(dest);
  });

  it('keeps a backslash name as one harmless file inside', async () => {
    const dest = tempDir();
    await readArchive(await tarOf([{ name: '..\\..\\evil', content: 'x' }]), dest);
    expect(readdirSync(dest)).toEqual(['..\\..\\evil']);
  });
});

describe('packaging refuses what could escape', () => {
  it('refuses a symlinked directory that leads outside the working directory', async () => {
    const outside = tempDir();
    const root = tempDir();
    writeTree(root, { 'app/index.js': 'x', 'app/ext': { symlink: outside } });
    await expect(collectEntries(root, ['app', 'app/index.js', 'app/ext'])).rejects.toThrow(
      /symlink 'app\/ext' → '.*', which points outside the working directory/,
    );
  });

  it('refuses a chain of symlinks whose last link leads outside', async () => {
    const root = tempDir();
    writeTree(root, { 'app/a': { symlink: 'b' }, 'app/b': { symlink: '../../outside' } });
    await expect(collectEntries(root, ['app/a'])).rejects.toThrow(/symlink 'app\/a'/);
  });

  it('refuses a FIFO in the tree', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'app'));
    execFileSync('mkfifo', [path.join(root, 'app', 'pipe')]);
    await expect(collectEntries(root, ['app/pipe'])).rejects.toThrow(
      /not a regular file, directory or symlink/,
    );
  });

  it('writes a hard-linked file as a plain file, one entry per path however often it is matched', async () => {
    const root = tempDir();
    const outside = path.join(tempDir(), 'secret.txt');
    writeFileSync(outside, 'linked bytes\n');
    mkdirSync(path.join(root, 'app'));
    linkSync(outside, path.join(root, 'app', 'linked.txt'));
    writeFileSync(path.join(root, 'app', 'plain.txt'), 'plain\n');
    const entries = await collectEntries(root, [
      'app',
      'app/linked.txt',
      'app/linked.txt',
      'app/plain.txt',
      './app/plain.txt',
    ]);
    const file = path.join(tempDir(), 'out.tar.gz');
    await writeArchive(entries, file, { mtime: 0 });
    const listing = execFileSync('tar', ['-tvzf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).at(-1))).toEqual([
      'app/',
      'app/linked.txt',
      'app/plain.txt',
    ]);
    expect(
      listing.every((line) => !line.startsWith('h')),
      'no hard-link entries',
    ).toBe(true);
    const dest = tempDir();
    await readArchive(file, dest);
    expect(readFileSync(path.join(dest, 'app', 'linked.txt'), 'utf8')).toBe('linked bytes\n');
  });
});

describe('bytes changed after the build are refused by digest', () => {
  let api: GitHubStandIn;
  beforeAll(async () => {
    api = await startStandIn();
  });
  afterAll(async () => api.stop());

  it('a manifest edited between jobs is refused by manifest-digest, and an untouched one passes', async () => {
    const build = await makeBuild('1.0.0');
    const honest = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/digest1',
      inputs: {
        pipeline: 'dev',
        environment: 'dev',
        'artifact-path': build.archivePath,
        'manifest-digest': build.manifestDigest,
      },
    });
    expect(honest.errors).toEqual([]);
    // Raising the version in the manifest would slip past a version policy; the digest the build job passed on says no.
    writeFileSync(
      build.manifestPath,
      readFileSync(build.manifestPath, 'utf8').replace('"version": "1.0.0"', '"version": "9.9.9"'),
    );
    const tampered = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/digest2',
      inputs: {
        pipeline: 'dev',
        environment: 'dev',
        'artifact-path': build.archivePath,
        'manifest-digest': build.manifestDigest,
      },
    });
    expect(tampered.exitCode).toBe(1);
    expect(tampered.errors).toEqual([
      expect.stringMatching(
        /^The manifest beside artifact-path has digest sha256:[0-9a-f]{64}, but manifest-digest is sha256:[0-9a-f]{64}: it was changed after the build, so it is refused$/,
      ),
    ]);
    expect(api.writes('octo/digest2')).toEqual([]);
    expect(existsSync(build.archivePath)).toBe(true);
  });
});
