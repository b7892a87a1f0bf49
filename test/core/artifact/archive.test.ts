import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { collectEntries, readArchive, writeArchive } from '../../../src/core/artifact/archive.js';
import { tempDir, writeTree } from '../../../lab/fixtures.js';

async function tarOf(
  entries: {
    name: string;
    type?: 'file' | 'symlink' | 'link' | 'directory';
    linkname?: string;
    content?: string;
  }[],
): Promise<string> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack) chunks.push(c as Buffer);
  })();
  for (const e of entries) {
    await new Promise<void>((resolve, reject) => {
      pack.entry(
        {
          name: e.name,
          type: e.type ?? 'file',
          linkname: e.linkname,
          size: e.content?.length ?? 0,
        },
        e.content ?? '',
        (err) => (err ? reject(err) : resolve()),
      );
    });
  }
  pack.finalize();
  await done;
  const file = path.join(tempDir(), 'evil.tar.gz');
  writeFileSync(file, gzipSync(Buffer.concat(chunks)));
  return file;
}

describe('writeArchive', () => {
  it('writes valid multi-member gzip that GNU tar reads, with the same bytes at any concurrency', async () => {
    const root = tempDir();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
    writeTree(root, { 'a/big.bin': big.toString('latin1'), 'a/small.txt': 'small\n' });
    const entries = await collectEntries(root, ['a', 'a/big.bin', 'a/small.txt']);
    const one = path.join(tempDir(), 'one.tar.gz');
    const two = path.join(tempDir(), 'two.tar.gz');
    const r1 = await writeArchive(entries, one, {
      mtime: 0,
      chunkSize: 256 * 1024,
      concurrency: 1,
    });
    const r2 = await writeArchive(entries, two, {
      mtime: 0,
      chunkSize: 256 * 1024,
      concurrency: 6,
    });
    expect(r1.sha256).toBe(r2.sha256);
    expect(r1.sha256).toBe(createHash('sha256').update(readFileSync(one)).digest('hex'));
    execFileSync('gzip', ['-t', one]);
    expect(execFileSync('tar', ['-tzf', one], { encoding: 'utf8' }).trim().split('\n')).toEqual([
      'a/',
      'a/big.bin',
      'a/small.txt',
    ]);
    const out = tempDir();
    execFileSync('tar', ['-xzf', one, '-C', out]);
    expect(
      readFileSync(path.join(out, 'a/big.bin')).equals(readFileSync(path.join(root, 'a/big.bin'))),
    ).toBe(true);
  });

  it('keeps names longer than 100 characters', async () => {
    const root = tempDir();
    const long = `${'deep/'.repeat(30)}file.txt`;
    writeTree(root, { [long]: 'x' });
    const entries = await collectEntries(root, [long]);
    const file = path.join(tempDir(), 'long.tar.gz');
    await writeArchive(entries, file, { mtime: 0 });
    expect((await readArchive(file)).map((e) => e.name)).toEqual([long]);
  });
});

describe('writeArchive failures', () => {
  it.each([
    ['small', 10],
    ['large', 3 * 1024 * 1024],
  ])(
    'rejects cleanly and removes the partial archive when a %s file vanishes mid-way',
    async (_label, size) => {
      const root = tempDir();
      writeTree(root, { 'a/first.txt': 'one', 'a/gone.bin': 'x'.repeat(size as number) });
      const entries = await collectEntries(root, ['a/first.txt', 'a/gone.bin']);
      rmSync(path.join(root, 'a/gone.bin'));
      const out = path.join(tempDir(), 'partial.tar.gz');
      await expect(writeArchive(entries, out, { mtime: 0 })).rejects.toThrow(/ENOENT/);
      expect(existsSync(out)).toBe(false);
    },
  );
});

describe('readArchive refuses tar-slip', () => {
  it.each([
    [[{ name: '/etc/evil', content: 'x' }], /absolute/],
    [[{ name: '../evil', content: 'x' }], /'\.\.' segment/],
    [[{ name: 'a/../../evil', content: 'x' }], /'\.\.' segment/],
    [[{ name: 'l', type: 'symlink' as const, linkname: '/etc' }], /symlink to '\/etc', outside/],
    [[{ name: 'l', type: 'symlink' as const, linkname: '../../..' }], /outside the archive/],
    [[{ name: 'h', type: 'link' as const, linkname: 'x' }], /hard link/],
    [
      [
        { name: 'a', content: '1' },
        { name: 'a', content: '2' },
      ],
      /appears twice/,
    ],
  ])('%j', async (entries, message) => {
    const archive = await tarOf(entries);
    const dest = tempDir();
    await expect(readArchive(archive, dest)).rejects.toThrow(message);
    expect(existsSync(path.join(dest, '..', 'evil'))).toBe(false);
  });

  it('refuses a file written through a symlink that stays inside but a later entry goes through', async () => {
    const archive = await tarOf([
      { name: 'ok', type: 'directory' },
      { name: 'ok/inner', type: 'symlink', linkname: '..' },
      { name: 'ok/inner/x', content: 'fine' },
    ]);
    const dest = tempDir();
    // ok/inner → .. resolves to dest itself: inside, so x lands in dest/x and nothing escapes.
    await readArchive(archive, dest);
    expect(readFileSync(path.join(dest, 'x'), 'utf8')).toBe('fine');
  });
});
