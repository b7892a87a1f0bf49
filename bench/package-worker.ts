// One packaging contender in its own process, so its time and peak memory are its own.
//   node --import tsx bench/package-worker.ts glidepath <srcDir> <out.tar.gz> [writeOptionsJson]
//   node --import tsx bench/package-worker.ts archiver  <srcDir> <out.zip>
//   node --import tsx bench/package-worker.ts idle
// Prints one JSON line: seconds (walk + package, in process), maxRssKiB, CPU seconds, and the result.
// `idle` loads the same modules and does nothing: the baseline memory of node + tsx.
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/** Every file and directory under `root`, absolute, as @actions/glob lists them for build-artifact. */
async function walk(root: string): Promise<{ paths: string[]; emptyDirs: string[] }> {
  const paths: string[] = [];
  const emptyDirs: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    const dirents = await fs.readdir(dir, { withFileTypes: true });
    if (dirents.length === 0) emptyDirs.push(dir);
    for (const dirent of dirents) {
      const absolute = path.join(dir, dirent.name);
      paths.push(absolute);
      if (dirent.isDirectory()) await visit(absolute);
    }
  };
  await visit(root);
  return { paths, emptyDirs };
}

async function glidepath(
  src: string,
  out: string,
  optionsJson: string | undefined,
): Promise<Record<string, unknown>> {
  // GLIDEPATH_BENCH_ARCHIVE: another implementation with the same API, to try a change to archive.ts.
  const impl = process.env.GLIDEPATH_BENCH_ARCHIVE
    ? pathToFileURL(path.resolve(process.env.GLIDEPATH_BENCH_ARCHIVE)).href
    : new URL('../src/core/artifact/archive.ts', import.meta.url).href;
  const { collectEntries, writeArchive } = (await import(
    impl
  )) as typeof import('../src/core/artifact/archive.js');
  const options = {
    mtime: 1_700_000_000,
    level: 6,
    ...(optionsJson ? (JSON.parse(optionsJson) as object) : {}),
  };
  const start = performance.now();
  const { paths } = await walk(src);
  const entries = await collectEntries(src, paths);
  const collected = performance.now();
  const result = await writeArchive(entries, out, options);
  const end = performance.now();
  return {
    collectSeconds: (collected - start) / 1000,
    seconds: (end - start) / 1000,
    options,
    result,
  };
}

async function archiverZip(src: string, out: string): Promise<Record<string, unknown>> {
  const { ZipArchive } = await import('archiver');
  const start = performance.now();
  const { paths, emptyDirs } = await walk(src);
  // As @actions/artifact's createZipUploadStream: 8 MiB highWaterMark, zlib level 6, zip.file() per
  // file, an entry per empty directory; piped to a file here instead of the upload stream.
  const zip = new ZipArchive({ highWaterMark: 8 * 1024 * 1024, zlib: { level: 6 } });
  const output = createWriteStream(out);
  const done = new Promise<void>((resolve, reject) => {
    output.on('close', resolve);
    output.on('error', reject);
    zip.on('error', reject);
    zip.on('warning', reject);
  });
  zip.pipe(output);
  const empty = new Set(emptyDirs);
  let files = 0;
  for (const absolute of paths) {
    const name = path.relative(src, absolute).split(path.sep).join('/');
    const stat = await fs.lstat(absolute);
    if (stat.isFile()) {
      files += 1;
      zip.file(absolute, { name });
    } else if (stat.isDirectory() && empty.has(absolute)) {
      zip.append('', { name: `${name}/` });
    }
  }
  await zip.finalize();
  await done;
  const end = performance.now();
  return { seconds: (end - start) / 1000, result: { size: zip.pointer(), files } };
}

async function main(): Promise<void> {
  const [mode, src, out, extra] = process.argv.slice(2);
  let report: Record<string, unknown>;
  if (mode === 'idle') {
    await import(new URL('../src/core/artifact/archive.ts', import.meta.url).href);
    report = { seconds: 0 };
  } else if ((mode === 'glidepath' || mode === 'archiver') && src && out) {
    report = mode === 'glidepath' ? await glidepath(src, out, extra) : await archiverZip(src, out);
  } else {
    throw new Error(
      'usage: package-worker.ts glidepath|archiver <srcDir> <out> [optionsJson] | idle',
    );
  }
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      mode,
      ...report,
      maxRssKiB: usage.maxRSS,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
