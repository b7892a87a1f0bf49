import { isInside } from './names.js';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import tar from 'tar-stream';

type HeaderArgument = Partial<tar.Header> & { name: string };
import { UserError } from '../runtime/index.js';

/** One file system object to put in an archive, with its name inside the archive. */
export interface ArchiveEntry {
  /** Name inside the archive: POSIX, relative, no `..`. */
  name: string;
  absolute: string;
  type: 'file' | 'directory' | 'symlink';
  /** Normalised: 0644/0755 for files, 0755 for directories, 0777 for symlinks. */
  mode: number;
  size: number;
  linkTarget?: string;
}

export interface ArchiveResult {
  sha256: string;
  size: number;
  files: number;
  entries: number;
}

export interface WriteOptions {
  /** Seconds since the epoch written as every entry's mtime (SOURCE_DATE_EPOCH). */
  mtime: number;
  /** gzip level, 1–9 (default 6, as gzip). */
  level?: number;
  /** Bytes of tar stream per gzip member: fixed, so output never depends on timing. */
  chunkSize?: number;
  /** gzip members compressed at once on libuv's thread pool. */
  concurrency?: number;
}

const gzip = promisify(zlib.gzip);
export const DEFAULT_CHUNK_SIZE = 1 << 20;

/**
 * Turns matched paths into archive entries: inside `root` only, symlinks that stay inside
 * `root`, no special files; sorted by name (byte order) so the archive never depends on the
 * order the file system listed them in.
 */
export async function collectEntries(
  root: string,
  matches: Iterable<string>,
): Promise<ArchiveEntry[]> {
  const realRoot = await fs.realpath(root);
  const byName = new Map<string, ArchiveEntry>();
  for (const match of matches) {
    const absolute = path.resolve(root, match);
    const relative = path.relative(root, absolute);
    if (relative === '') continue;
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UserError(
        `Input 'path' matched '${absolute}', which is outside the working directory '${root}': only files inside it can be packaged`,
      );
    }
    const name = relative.split(path.sep).join('/');
    if (byName.has(name)) continue;
    const stat = await fs.lstat(absolute);
    if (stat.isSymbolicLink()) {
      const linkTarget = await fs.readlink(absolute);
      let resolved: string;
      try {
        resolved = await fs.realpath(absolute);
      } catch {
        throw new UserError(
          `Input 'path' matched the symlink '${name}', whose target '${linkTarget}' does not exist: remove it or exclude it with a '!' pattern`,
        );
      }
      if (!isInside(realRoot, resolved)) {
        throw new UserError(
          `Input 'path' matched the symlink '${name}' → '${linkTarget}', which points outside the working directory: package the target itself or exclude the link with a '!' pattern`,
        );
      }
      byName.set(name, { name, absolute, type: 'symlink', mode: 0o777, size: 0, linkTarget });
    } else if (stat.isDirectory()) {
      byName.set(name, { name, absolute, type: 'directory', mode: 0o755, size: 0 });
    } else if (stat.isFile()) {
      byName.set(name, {
        name,
        absolute,
        type: 'file',
        mode: stat.mode & 0o111 ? 0o755 : 0o644,
        size: stat.size,
      });
    } else {
      throw new UserError(
        `Input 'path' matched '${name}', which is not a regular file, directory or symlink (a socket, FIFO or device): exclude it with a '!' pattern`,
      );
    }
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Writes a reproducible .tar.gz: entries in the given order, every mtime the same, owner 0:0
 * with no names, normalised modes. The tar stream is cut into fixed-size chunks, each
 * compressed as its own gzip member on the thread pool (concatenated members are valid gzip,
 * as pigz and bgzip use), so packaging uses every core while memory stays bounded by
 * chunkSize × concurrency. Returns the archive's SHA-256, computed as it is written.
 */
export async function writeArchive(
  entries: ArchiveEntry[],
  outPath: string,
  options: WriteOptions,
): Promise<ArchiveResult> {
  const level = options.level ?? 6;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const concurrency = options.concurrency ?? Math.max(2, availableParallelism()) + 1;
  const mtime = new Date(options.mtime * 1000);
  const pack = tar.pack();
  const hash = createHash('sha256');
  const out = createWriteStream(outPath);
  let size = 0;
  let files = 0;

  const produce = (async () => {
    for (const entry of entries) {
      const header: HeaderArgument = {
        name: entry.name,
        mode: entry.mode,
        mtime,
        uid: 0,
        gid: 0,
        uname: '',
        gname: '',
      };
      if (entry.type === 'directory') {
        await addEntry(pack, { ...header, name: `${entry.name}/`, type: 'directory' });
      } else if (entry.type === 'symlink') {
        await addEntry(pack, { ...header, type: 'symlink', linkname: entry.linkTarget ?? '' });
      } else {
        files += 1;
        await addFile(pack, { ...header, type: 'file', size: entry.size }, entry.absolute);
      }
    }
    pack.finalize();
  })();
  produce.catch((error: unknown) => pack.destroy(error as Error));

  const inFlight: Promise<Buffer>[] = [];
  const flush = async (): Promise<void> => {
    const member = await (inFlight.shift() as Promise<Buffer>);
    hash.update(member);
    size += member.length;
    if (!out.write(member)) await once(out, 'drain');
  };
  const compress = (chunk: Buffer) => {
    // zlib's output buffer defaults to 16 KiB: each 16 KiB of output is a round trip through the
    // main thread. One buffer as large as the chunk compresses a member in one go (same bytes).
    inFlight.push(gzip(chunk, { level, chunkSize }).then(normaliseGzipHeader));
  };

  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    for await (const piece of pack as AsyncIterable<Buffer>) {
      pending.push(piece);
      pendingBytes += piece.length;
      while (pendingBytes >= chunkSize) {
        const joined = Buffer.concat(pending, pendingBytes);
        compress(joined.subarray(0, chunkSize));
        const rest = joined.subarray(chunkSize);
        pending = rest.length ? [rest] : [];
        pendingBytes = rest.length;
        while (inFlight.length >= concurrency) await flush();
      }
    }
    if (pendingBytes > 0) compress(Buffer.concat(pending, pendingBytes));
    while (inFlight.length) await flush();
    await produce;
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    await fs.rm(outPath, { force: true });
    throw error;
  }
  return { sha256: hash.digest('hex'), size, files, entries: entries.length };
}

/** gzip's header carries the OS it was made on: fix it to Unix so every machine writes the same bytes. */
function normaliseGzipHeader(member: Buffer): Buffer {
  member[9] = 3;
  return member;
}

function addEntry(pack: tar.Pack, header: HeaderArgument): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry(header, (error) => (error ? reject(error) : resolve()));
  });
}

/** Files up to this size are read in one call: a read stream costs ~4 thread-pool round trips and a 256 KiB buffer each. */
const WHOLE_FILE_LIMIT = 1 << 20;

async function addFile(pack: tar.Pack, header: HeaderArgument, file: string): Promise<void> {
  const changed = (why: string) =>
    new UserError(
      `'${header.name}' changed while it was being packaged (${why}): stop whatever writes to it, or package after the build finishes`,
    );
  if ((header.size ?? 0) <= WHOLE_FILE_LIMIT) {
    const data = readFileSync(file);
    if (data.length !== header.size)
      throw changed(`${header.size} bytes when listed, ${data.length} now`);
    await new Promise<void>((resolve, reject) => {
      // Errors arrive through the callback; the listener keeps a torn-down pack from crashing the process.
      pack.entry(header, data, (error) => (error ? reject(error) : resolve())).on('error', noop);
    });
    return;
  }
  let finished!: Promise<void>;
  const entry = await new Promise<ReturnType<tar.Pack['entry']>>((resolveEntry) => {
    finished = new Promise<void>((resolve, reject) => {
      resolveEntry(pack.entry(header, (error) => (error ? reject(error) : resolve())));
    });
  });
  // Observed below; until then a rejection (the pack torn down mid-file) must not count as unhandled.
  finished.catch(noop);
  entry.on('error', noop);
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
    if (!entry.write(chunk)) await once(entry, 'drain');
  }
  (entry as unknown as { end(): void }).end();
  try {
    await finished;
  } catch (error) {
    throw changed((error as Error).message);
  }
}

function noop(): void {}

/** SHA-256 of a file, streamed. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export interface ExtractedEntry {
  name: string;
  type: string;
  mode: number;
  size: number;
  mtime: number;
  uid: number;
  gid: number;
  linkname?: string;
}

/**
 * Lists or extracts an archive, refusing what could write outside `dest` (tar-slip):
 * absolute names, `..` segments, links that escape, hard links, and duplicate names.
 */
export async function readArchive(archive: string, dest?: string): Promise<ExtractedEntry[]> {
  const extract = tar.extract();
  const seen = new Set<string>();
  const listed: ExtractedEntry[] = [];
  const root = dest ? path.resolve(dest) : undefined;
  if (root) await fs.mkdir(root, { recursive: true });
  const consume = (async () => {
    for await (const entry of extract) {
      const h = entry.header;
      const name = h.name.replace(/\/+$/, '');
      refuseUnsafeName(name, h.type ?? 'file', h.linkname ?? undefined, seen);
      listed.push({
        name,
        type: h.type ?? 'file',
        mode: h.mode ?? 0,
        size: h.size ?? 0,
        mtime: h.mtime ? h.mtime.getTime() / 1000 : 0,
        uid: h.uid ?? 0,
        gid: h.gid ?? 0,
        ...(h.linkname ? { linkname: h.linkname } : {}),
      });
      if (root) {
        const target = path.join(root, ...name.split('/'));
        await fs.mkdir(path.dirname(target), { recursive: true });
        // A symlink extracted earlier must not carry a later entry outside dest.
        const realRoot = await fs.realpath(root);
        const realDir = await fs.realpath(path.dirname(target));
        if (!isInside(realRoot, realDir)) {
          throw new UserError(
            `The archive entry '${name}' would be written through a symlink outside the destination: the archive is refused`,
          );
        }
        if (h.type === 'directory') {
          await fs.mkdir(target, { recursive: true, mode: h.mode });
        } else if (h.type === 'symlink') {
          // Judged where it really lands: a link that stays inside on paper can point out through an earlier one.
          if (!isInside(realRoot, path.resolve(realDir, h.linkname ?? ''))) {
            throw new UserError(
              `The archive entry '${name}' is a symlink to '${h.linkname}', which leads outside the destination through an earlier link: the archive is refused`,
            );
          }
          await fs.symlink(h.linkname ?? '', target);
        } else {
          await pipeline(entry, createWriteStream(target, { mode: h.mode, flags: 'wx' }));
          continue;
        }
      }
      for await (const _ of entry) {
        // drain entries that carry no file content
      }
    }
  })();
  await Promise.all([pipeline(createReadStream(archive), zlib.createGunzip(), extract), consume]);
  return listed;
}

function refuseUnsafeName(
  name: string,
  type: string,
  linkname: string | undefined,
  seen: Set<string>,
): void {
  const refuse = (why: string) => {
    throw new UserError(`The archive entry '${name}' ${why}: the archive is refused`);
  };
  if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name))
    refuse('has an absolute or empty name');
  if (name.split('/').includes('..')) refuse("has a '..' segment");
  if (type === 'link') refuse('is a hard link');
  if (!['file', 'directory', 'symlink'].includes(type)) refuse(`is of type ${type}`);
  if (type === 'symlink') {
    const target = linkname ?? '';
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(name), target));
    if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../..'))
      refuse(`is a symlink to '${target}', outside the archive`);
  }
  // `./a` and `a` are one file: compared as written they would slip past as two.
  const key = path.posix.normalize(name).replace(/\/+$/, '');
  if (seen.has(key)) refuse('appears twice');
  seen.add(key);
}
