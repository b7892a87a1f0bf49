// Packaging throughput: build-artifact's archive writer (src/core/artifact/archive.ts) vs `tar | gzip -6`
// vs an archiver zip at zlib level 6 (what actions/upload-artifact makes), on one generated tree.
// Each contender runs in its own process, so wall time, CPU time and peak RSS are its own.
import {
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  writeSync,
  writeFileSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  lastJsonLine,
  measure,
  median,
  Rng,
  round,
  runChild,
  systemCpuSeconds,
  table,
} from './lib.js';

const SEED = 0x91ad3e47;
const MB = 1e6;
const benchDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.dirname(benchDir);
const workerPath = path.join(benchDir, 'package-worker.ts');
const GNU_TIME = '/usr/bin/time';

// ---------------------------------------------------------------------------------------------
// The tree: deterministic for SEED and size.

type Kind = 'source' | 'prose' | 'css' | 'json' | 'bundle' | 'binary';
interface PlannedFile {
  rel: string;
  kind: Kind;
  size: number;
  seed: number;
}
interface TreePlan {
  dirs: string[];
  files: PlannedFile[];
}

/** Byte shares: many small source-like files, medium JSON/JS bundles, a few large binaries. */
const SHARES = { small: 0.18, medium: 0.37, large: 0.45 };

function planTree(targetBytes: number, quick: boolean): TreePlan {
  const rng = new Rng(SEED);
  const vocab = vocabulary(new Rng(SEED ^ 0x5bd1e995));
  const dirs = [
    'dist',
    'dist/assets',
    'dist/assets/media',
    'dist/static',
    'dist/static/js',
    'dist/static/css',
    'dist/wasm',
    'node_modules',
    'docs',
  ];
  const smallBudget = targetBytes * SHARES.small;
  const dirCount = Math.max(24, Math.round(smallBudget / 10_500 / 14));
  const seen = new Set(dirs);
  while (dirs.length < dirCount) {
    const parent = rng.pick(dirs);
    if (parent.split('/').length >= 7) continue;
    const dir = `${parent}/${rng.pick(vocab)}${rng.next() < 0.3 ? `-${rng.pick(vocab)}` : ''}`;
    if (seen.has(dir)) continue;
    seen.add(dir);
    dirs.push(dir);
  }
  dirs.push('dist/empty-cache'); // one empty directory

  const files: PlannedFile[] = [];
  const names = new Set<string>();
  let total = 0;
  const add = (dir: string, base: string, ext: string, kind: Kind, size: number) => {
    let rel = `${dir}/${base}.${ext}`;
    for (let i = 2; names.has(rel); i++) rel = `${dir}/${base}-${i}.${ext}`;
    names.add(rel);
    files.push({ rel, kind, size, seed: rng.seed() });
    total += size;
  };

  const smallDirs = dirs.filter((d) => d !== 'dist/empty-cache');
  while (total < smallBudget) {
    const r = rng.next();
    const kind: Kind = r < 0.7 ? 'source' : r < 0.85 ? 'prose' : 'css';
    const ext =
      kind === 'source' ? rng.pick(['js', 'ts', 'd.ts', 'mjs']) : kind === 'prose' ? 'md' : 'css';
    add(rng.pick(smallDirs), rng.pick(vocab), ext, kind, rng.int(1_000, 20_000));
  }
  const mediumEnd = total + targetBytes * SHARES.medium;
  while (total < mediumEnd) {
    const json = rng.next() < 0.45;
    const dir = json
      ? rng.pick(['dist', 'dist/assets', rng.pick(smallDirs)])
      : rng.pick(['dist/static/js', 'dist/static/js', rng.pick(smallDirs)]);
    const base = json
      ? rng.pick(vocab)
      : `${rng.pick(vocab)}.${(rng.seed() >>> 0).toString(16).padStart(8, '0')}`;
    add(dir, base, json ? 'json' : 'js', json ? 'json' : 'bundle', rng.logInt(100_000, 2_000_000));
  }
  const [largeMin, largeMax] = quick ? [6_000_000, 12_000_000] : [20_000_000, 50_000_000];
  while (total < targetBytes) {
    const ext = rng.pick(['wasm', 'png', 'mp4', 'bin']);
    add(
      ext === 'wasm' ? 'dist/wasm' : 'dist/assets/media',
      rng.pick(vocab),
      ext,
      'binary',
      rng.int(largeMin, largeMax),
    );
  }
  return { dirs, files };
}

function vocabulary(rng: Rng): string[] {
  const letters = 'etaoinshrdlcumwfgypbvkjxqz';
  const words = new Set<string>();
  while (words.size < 3000) {
    let word = '';
    const length = rng.int(2, 10);
    // Skewed toward common letters, like English.
    for (let i = 0; i < length; i++) word += letters[Math.floor(letters.length * rng.next() ** 2)];
    words.add(word);
  }
  return [...words];
}

/** Text of exactly `size` ASCII bytes made of generated lines. */
function textOf(size: number, line: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const l = `${line()}\n`;
    parts.push(l);
    length += l.length;
  }
  return parts.join('').slice(0, size);
}

function contentOf(file: PlannedFile, vocab: readonly string[]): string {
  const rng = new Rng(file.seed);
  // Zipf-like: a few words are very common, most are rare.
  const w = () => vocab[Math.floor(vocab.length * rng.next() ** 3)] as string;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const id = () => (rng.next() < 0.5 ? w() : `${w()}${cap(w())}`);
  const num = () => rng.int(0, rng.next() < 0.8 ? 99 : 99_999);
  const type = () =>
    rng.pick([
      'string',
      'number',
      'boolean',
      `${cap(w())}`,
      `${cap(w())}[]`,
      `Promise<${cap(w())}>`,
    ]);
  const words = (min: number, max: number) =>
    Array.from({ length: rng.int(min, max) }, w).join(' ');
  const indent = () => '  '.repeat(rng.int(0, 3));
  switch (file.kind) {
    case 'source':
      return textOf(file.size, () => {
        const r = rng.int(0, 9);
        if (r === 0) return `import { ${id()}, ${id()} } from './${w()}/${w()}.js';`;
        if (r === 1)
          return `export function ${id()}(${id()}: ${type()}, ${id()}: ${type()}): ${type()} {`;
        if (r === 2) return `${indent()}const ${id()} = ${id()}.${id()}(${id()}, ${num()});`;
        if (r === 3)
          return `${indent()}if (${id()} ${rng.pick(['===', '!==', '<', '>='])} ${num()}) return ${id()};`;
        if (r === 4) return `${indent()}// ${words(3, 10)}`;
        if (r === 5) return `${indent()}${id()}.${id()} = '${w()}-${w()}';`;
        if (r === 6)
          return `${indent()}for (const ${id()} of ${id()}.${id()}) await ${id()}(${id()});`;
        if (r === 7) return `${indent()}}`;
        if (r === 8) return '';
        return `${indent()}throw new ${cap(w())}Error(\`${words(2, 6)} \${${id()}}\`);`;
      });
    case 'prose':
      return textOf(file.size, () =>
        rng.next() < 0.15 ? `## ${cap(words(2, 5))}\n` : `${cap(words(8, 30))}.`,
      );
    case 'css':
      return textOf(
        file.size,
        () =>
          `.${w()}-${w()} { ${rng.pick(['color', 'margin', 'padding', 'width', 'display'])}: ${rng.pick(['#' + rng.seed().toString(16).slice(0, 6), `${num()}px`, 'flex', 'none', 'auto'])}; }`,
      );
    case 'json':
      return textOf(file.size, () =>
        [
          '  {',
          `    "id": ${rng.int(0, 9_999_999)},`,
          `    "name": "${words(2, 4)}",`,
          `    "slug": "${w()}-${w()}",`,
          `    "tags": [${Array.from({ length: rng.int(0, 4) }, () => `"${w()}"`).join(', ')}],`,
          `    "score": ${(rng.next() * 1000).toFixed(3)},`,
          `    "active": ${rng.next() < 0.5},`,
          `    "ref": "${rng.seed().toString(16)}"`,
          '  },',
        ].join('\n'),
      );
    case 'bundle': {
      const short = () =>
        rng.pick(['e', 't', 'n', 'r', 'i', 'o', 'a', 's', 'u', 'c', 'l', 'f']) +
        (rng.next() < 0.3 ? rng.pick(['e', 't', 'n', 'r']) : '');
      return textOf(file.size, () =>
        Array.from({ length: rng.int(20, 60) }, () => {
          const r = rng.int(0, 4);
          if (r === 0)
            return `function ${short()}(${short()},${short()}){return ${short()}.${id()}(${short()},${num()})}`;
          if (r === 1) return `var ${short()}=${short()}||{};`;
          if (r === 2) return `${short()}.prototype.${id()}=function(){return this.${id()}}`;
          if (r === 3) return `if(${short()}===${num()})throw new Error("${words(2, 5)}");`;
          return `${short()}.exports={${id()}:${short()},${id()}:"${w()}"};`;
        }).join(''),
      );
    }
    case 'binary':
      throw new Error('binary files are written in blocks');
  }
}

interface TreeStats {
  files: number;
  dirs: number;
  bytes: number;
  byKind: Record<string, { files: number; bytes: number }>;
}

function generateTree(root: string, plan: TreePlan): TreeStats {
  const vocab = vocabulary(new Rng(SEED ^ 0x5bd1e995));
  for (const dir of plan.dirs) mkdirSync(path.join(root, dir), { recursive: true });
  const byKind: TreeStats['byKind'] = {};
  const block = Buffer.allocUnsafeSlow(4 << 20);
  let bytes = 0;
  for (const file of plan.files) {
    const target = path.join(root, file.rel);
    if (file.kind === 'binary') {
      const rng = new Rng(file.seed);
      const fd = openSync(target, 'w');
      try {
        for (let left = file.size; left > 0;) {
          const n = Math.min(left, block.length);
          writeSync(fd, rng.fill(block.subarray(0, n)));
          left -= n;
        }
      } finally {
        closeSync(fd);
      }
    } else {
      writeFileSync(target, contentOf(file, vocab));
    }
    const k = (byKind[file.kind] ??= { files: 0, bytes: 0 });
    k.files += 1;
    k.bytes += file.size;
    bytes += file.size;
  }
  return { files: plan.files.length, dirs: plan.dirs.length, bytes, byKind };
}

/** One untimed pass reading every file, so every contender starts from a warm page cache. */
function warmPageCache(dir: string): number {
  let bytes = 0;
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const absolute = path.join(dir, dirent.name);
    if (dirent.isDirectory()) bytes += warmPageCache(absolute);
    else bytes += readFileSync(absolute).length;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Contenders.

interface Sample {
  /** Packaging wall time: in process for the node contenders (walk + package), the whole pipeline for tar | gzip. */
  seconds: number;
  /** Wall time of the whole child process, start-up included. */
  processSeconds: number;
  outputBytes: number;
  peakRssKiB: number | null;
  cpuSeconds: number | null;
  sha256?: string;
  entries?: number;
  /** Cores' worth of CPU other processes used during the run: machine busy time minus ours, over wall time. */
  backgroundCores?: number | null;
}

interface WorkerReport {
  seconds: number;
  maxRssKiB: number;
  cpuSeconds: number;
  result?: { sha256?: string; size: number; files: number; entries?: number };
}

async function runWorker(args: string[]): Promise<{ report: WorkerReport; ms: number }> {
  const child = await runChild(process.execPath, ['--import', 'tsx', workerPath, ...args], {
    cwd: repoRoot,
  });
  if (child.code !== 0)
    throw new Error(
      `package-worker ${args[0]} failed (exit ${child.code ?? child.signal}):\n${child.stderr}`,
    );
  return { report: lastJsonLine<WorkerReport>(child.stdout), ms: child.ms };
}

async function runGlidepath(src: string, out: string): Promise<Sample> {
  const { report, ms } = await runWorker(['glidepath', src, out]);
  if (!report.result) throw new Error('package-worker glidepath reported no result');
  return {
    seconds: report.seconds,
    processSeconds: ms / 1000,
    outputBytes: report.result.size,
    peakRssKiB: report.maxRssKiB,
    cpuSeconds: report.cpuSeconds,
    sha256: report.result.sha256,
    entries: report.result.entries,
  };
}

async function runArchiver(src: string, out: string): Promise<Sample> {
  const { report, ms } = await runWorker(['archiver', src, out]);
  return {
    seconds: report.seconds,
    processSeconds: ms / 1000,
    outputBytes: statSync(out).size,
    peakRssKiB: report.maxRssKiB,
    cpuSeconds: report.cpuSeconds,
  };
}

/**
 * `tar -cf - . | gzip -6`, paths passed in the environment, never in the shell text. Peak RSS and
 * CPU come from GNU time (`%M` is the process's maxrss in KiB); the pipeline's peak is reported as
 * tar's + gzip's, since both run for the whole time. Without /usr/bin/time they are n/a.
 */
async function runTarGzip(src: string, out: string, scratch: string): Promise<Sample> {
  const timed = existsSync(GNU_TIME);
  const tTar = path.join(scratch, 'time-tar.txt');
  const tGz = path.join(scratch, 'time-gzip.txt');
  const script = timed
    ? `set -o pipefail; ${GNU_TIME} -f '%M %U %S' -o "$T_TAR" tar -C "$SRC" -cf - . | ${GNU_TIME} -f '%M %U %S' -o "$T_GZ" gzip -6 > "$OUT"`
    : 'set -o pipefail; tar -C "$SRC" -cf - . | gzip -6 > "$OUT"';
  const child = await runChild('bash', ['-c', script], {
    env: { ...process.env, SRC: src, OUT: out, T_TAR: tTar, T_GZ: tGz },
  });
  if (child.code !== 0)
    throw new Error(`tar | gzip failed (exit ${child.code ?? child.signal}):\n${child.stderr}`);
  let peakRssKiB: number | null = null;
  let cpuSeconds: number | null = null;
  if (timed) {
    const [tar, gz] = [tTar, tGz].map(
      (f) => readFileSync(f, 'utf8').trim().split('\n').pop()?.split(/\s+/).map(Number) ?? [],
    );
    peakRssKiB = (tar?.[0] ?? 0) + (gz?.[0] ?? 0);
    cpuSeconds = (tar?.[1] ?? 0) + (tar?.[2] ?? 0) + (gz?.[1] ?? 0) + (gz?.[2] ?? 0);
  }
  return {
    seconds: child.ms / 1000,
    processSeconds: child.ms / 1000,
    outputBytes: statSync(out).size,
    peakRssKiB,
    cpuSeconds,
  };
}

interface Contender {
  key: 'glidepath' | 'tarGzip' | 'archiverZip';
  label: string;
  file: string;
  run: (src: string, out: string, scratch: string) => Promise<Sample>;
}

const CONTENDERS: Contender[] = [
  {
    key: 'glidepath',
    label: 'glidepath writeArchive (.tar.gz)',
    file: 'glidepath.tar.gz',
    run: runGlidepath,
  },
  { key: 'tarGzip', label: 'tar | gzip -6', file: 'tar-gzip.tar.gz', run: runTarGzip },
  { key: 'archiverZip', label: 'archiver zip (level 6)', file: 'archiver.zip', run: runArchiver },
];

// ---------------------------------------------------------------------------------------------

function summarise(samples: Sample[], inputBytes: number) {
  const seconds = median(samples.map((s) => s.seconds));
  const rss = samples.map((s) => s.peakRssKiB).filter((v): v is number => v !== null);
  const cpu = samples.map((s) => s.cpuSeconds).filter((v): v is number => v !== null);
  const outputBytes = samples[samples.length - 1]?.outputBytes ?? 0;
  const background = samples
    .map((s) => s.backgroundCores)
    .filter((v): v is number => typeof v === 'number');
  return {
    seconds: round(seconds, 3),
    mbPerS: round(inputBytes / MB / seconds, 1),
    outputMB: round(outputBytes / MB, 1),
    ratio: round(inputBytes / outputBytes, 3),
    peakRssMB: rss.length ? round((Math.max(...rss) * 1024) / MB, 1) : null,
    cpuSeconds: cpu.length ? round(median(cpu), 2) : null,
    processSeconds: round(median(samples.map((s) => s.processSeconds)), 3),
    backgroundCores: background.length ? round(median(background), 2) : null,
    runs: samples.map((s) => round(s.seconds, 3)),
  };
}

export async function main(opts: { quick: boolean }): Promise<Record<string, unknown>> {
  const targetBytes = opts.quick ? 60 * MB : 500 * MB;
  const runs = opts.quick ? 1 : 3;
  const root = await mkdtemp(path.join(tmpdir(), 'glidepath-bench-package-'));
  const src = path.join(root, 'tree');
  const outDir = path.join(root, 'out');
  mkdirSync(outDir);
  try {
    const plan = planTree(targetBytes, opts.quick);
    const generated = await measure(() => generateTree(src, plan));
    const tree = generated.result;
    const inputBytes = tree.bytes;
    console.log(
      `Generated ${tree.files} files in ${tree.dirs} directories, ${round(inputBytes / MB, 1)} MB, in ${round(generated.ms / 1000, 1)} s (seed ${SEED.toString(16)}):`,
    );
    for (const [kind, k] of Object.entries(tree.byKind))
      console.log(
        `  ${kind.padEnd(7)} ${String(k.files).padStart(6)} files ${round(k.bytes / MB, 1)
          .toFixed(1)
          .padStart(7)} MB`,
      );
    const archiveImpl = process.env.GLIDEPATH_BENCH_ARCHIVE || null;
    if (archiveImpl)
      console.log(
        `GLIDEPATH_BENCH_ARCHIVE is set: measuring ${archiveImpl} instead of src/core/artifact/archive.ts.`,
      );
    const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
    console.log(
      `Machine: ${availableParallelism()} cores (${cpuModel}), node ${process.version}; ${runs} timed run(s) per contender, order rotated.`,
    );

    const warm = await measure(() => warmPageCache(src));
    // Baseline: node + tsx + archive.ts loaded, doing nothing (also warms tsx's transform cache).
    const idle = await runWorker(['idle']);
    console.log(
      `Page cache warmed (${round(warm.result / MB, 1)} MB read in ${round(warm.ms / 1000, 2)} s); idle worker RSS ${round((idle.report.maxRssKiB * 1024) / MB, 1)} MB.`,
    );

    const samples: Record<Contender['key'], Sample[]> = {
      glidepath: [],
      tarGzip: [],
      archiverZip: [],
    };
    for (let round_ = 0; round_ < runs; round_++) {
      const order = CONTENDERS.map(
        (_, i) => CONTENDERS[(i + round_) % CONTENDERS.length] as Contender,
      );
      for (const contender of order) {
        const out = path.join(outDir, contender.file);
        const busyBefore = systemCpuSeconds();
        const sample = await contender.run(src, out, root);
        const busyAfter = systemCpuSeconds();
        sample.backgroundCores =
          busyBefore === null || busyAfter === null || sample.cpuSeconds === null
            ? null
            : Math.max(0, (busyAfter - busyBefore - sample.cpuSeconds) / sample.processSeconds);
        samples[contender.key].push(sample);
        rmSync(out, { force: true });
        const rss =
          sample.peakRssKiB === null ? 'n/a' : ((sample.peakRssKiB * 1024) / MB).toFixed(1);
        const background =
          sample.backgroundCores == null ? 'n/a' : sample.backgroundCores.toFixed(2);
        console.log(
          `  run ${round_ + 1}/${runs} ${contender.label.padEnd(32)} ${sample.seconds.toFixed(2).padStart(7)} s ${(sample.outputBytes / MB).toFixed(1).padStart(7)} MB ${rss.padStart(7)} MB RSS  background ${background} cores`,
        );
      }
    }

    // Correctness of ours: valid (multi-member) gzip, same entry count for GNU tar, reproducible.
    const verifyOut = path.join(outDir, 'verify.tar.gz');
    const verifyRun = await runGlidepath(src, verifyOut);
    const onDisk = createHash('sha256').update(readFileSync(verifyOut)).digest('hex');
    const gzipTest = await runChild('gzip', ['-t', verifyOut]);
    const listing = await runChild('tar', ['-tzf', verifyOut]);
    const tarEntries =
      listing.code === 0 ? listing.stdout.split('\n').filter(Boolean).length : null;
    const shas = new Set([...samples.glidepath.map((s) => s.sha256), verifyRun.sha256]);
    const verify = {
      gzipTest: gzipTest.code === 0,
      tarList: listing.code === 0,
      entries: verifyRun.entries ?? null,
      tarEntries,
      entriesMatch: tarEntries !== null && tarEntries === verifyRun.entries,
      sha256MatchesFile: onDisk === verifyRun.sha256,
      reproducible: shas.size === 1,
      runsCompared: samples.glidepath.length + 1,
      sha256: verifyRun.sha256,
    };
    const verified =
      verify.gzipTest && verify.entriesMatch && verify.sha256MatchesFile && verify.reproducible;

    const results = {
      glidepath: {
        ...summarise(samples.glidepath, inputBytes),
        baselineRssMB: round((idle.report.maxRssKiB * 1024) / MB, 1),
      },
      tarGzip: summarise(samples.tarGzip, inputBytes),
      archiverZip: summarise(samples.archiverZip, inputBytes),
    };
    console.log('');
    console.log(
      table(
        [
          'contender',
          'median s',
          'MB/s',
          'output MB',
          'ratio',
          'peak RSS MB',
          'CPU s',
          'process s',
          'background cores',
        ],
        CONTENDERS.map((c) => {
          const r = results[c.key];
          return [
            c.label,
            r.seconds,
            r.mbPerS,
            r.outputMB,
            r.ratio,
            r.peakRssMB,
            r.cpuSeconds,
            r.processSeconds,
            r.backgroundCores,
          ];
        }),
      ),
    );
    const noisiest = Math.max(0, ...Object.values(results).map((r) => r.backgroundCores ?? 0));
    console.log(
      [
        '',
        `Input ${round(inputBytes / MB, 1)} MB (MB = 10^6 bytes); ratio = input / output; median of ${runs} run(s).`,
        '"median s": packaging wall time — walk + collectEntries + writeArchive inside the worker for glidepath, walk + zip for archiver, the whole pipeline for tar | gzip.',
        '"process s": the same plus process start-up (node + the tsx loader for the node workers). "CPU s": user + system CPU of the contender (tar + gzip for the pipeline).',
        `"peak RSS MB": the worker's own maxRSS (idle node + tsx + archive.ts alone: ${results.glidepath.baselineRssMB} MB); for tar | gzip, tar's + gzip's maxRSS from GNU time.`,
        '"background cores": CPU other processes used during the runs (machine busy time from /proc/stat minus the contender\'s, over wall time).',
      ].join('\n'),
    );
    if (noisiest > 0.2)
      console.log(
        `WARNING: other processes used up to ${noisiest.toFixed(2)} cores during the runs; on ${availableParallelism()} cores the timings are unreliable — rerun on a quiet machine.`,
      );
    console.log(
      `Verification: gzip -t ${verify.gzipTest ? 'ok' : 'FAILED'}; tar -tzf lists ${tarEntries ?? 'n/a'} of ${verify.entries ?? 'n/a'} entries ${verify.entriesMatch ? 'ok' : 'MISMATCH'}; streamed SHA-256 ${verify.sha256MatchesFile ? 'matches' : 'DIFFERS FROM'} the file; ${verify.runsCompared} runs ${verify.reproducible ? 'byte-identical' : 'NOT REPRODUCIBLE'}.`,
    );

    const ours = results.glidepath;
    const theirs = results.tarGzip;
    return {
      bench: 'package',
      ok: verified,
      quick: opts.quick,
      cores: availableParallelism(),
      inputMB: round(inputBytes / MB, 1),
      files: tree.files,
      dirs: tree.dirs,
      runs,
      ...(archiveImpl ? { archiveImpl } : {}),
      glidepath: ours,
      tarGzip: theirs,
      archiverZip: results.archiverZip,
      verify,
      targets: {
        fasterThanTarGzip: ours.seconds <= theirs.seconds,
        peakRssUnder200MB: ours.peakRssMB !== null && ours.peakRssMB < 200,
      },
      speedupVsTarGzip: round(theirs.seconds / ours.seconds, 2),
      speedupVsTarGzipWithStartup: round(theirs.processSeconds / ours.processSeconds, 2),
      speedupVsArchiverZip: round(results.archiverZip.seconds / ours.seconds, 2),
      backgroundCoresMax: round(noisiest, 2),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
