// Benchmark dispatcher: `npx tsx bench/run.ts <name> [--quick]` (or `npm run bench -- <name> [--quick]`).
// Loads bench/<name>.ts, awaits its `main({ quick })`, and prints the returned object as one line
// of JSON, always the last line of output. A bench that returns `ok: false` exits 1 after printing.
// bench/lib.ts, bench/run.ts and bench/*-worker.ts are helpers, not benches.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchOptions {
  quick: boolean;
}

type BenchModule = { main?: (opts: BenchOptions) => Promise<Record<string, unknown>> };

const benchDir = path.dirname(fileURLToPath(import.meta.url));

function availableBenches(): string[] {
  return readdirSync(benchDir)
    .filter((file) => /^[a-z0-9-]+\.ts$/.test(file))
    .map((file) => file.slice(0, -3))
    .filter((name) => name !== 'run' && name !== 'lib' && !name.endsWith('-worker'))
    .sort();
}

function usage(problem: string): never {
  const names = availableBenches();
  console.error(`${problem}\nUsage: npx tsx bench/run.ts <name> [--quick]\nAvailable benches: ${names.length ? names.join(', ') : '(none)'}`);
  process.exit(1);
}

async function run(argv: string[]): Promise<void> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--quick');
  if (unknown.length) usage(`Unknown option ${unknown.join(', ')}.`);
  if (names.length !== 1) usage(names.length ? `Expected one bench name, got ${names.join(', ')}.` : 'No bench name given.');
  const name = names[0] as string;
  if (!/^[a-z0-9-]+$/.test(name) || !availableBenches().includes(name)) usage(`No bench named '${name}'.`);

  const mod = (await import(pathToFileURL(path.join(benchDir, `${name}.ts`)).href)) as BenchModule;
  if (typeof mod.main !== 'function') usage(`bench/${name}.ts exports no main(opts) function.`);
  const result = await mod.main({ quick: flags.includes('--quick') });
  console.log(JSON.stringify(result));
  if (result.ok === false) process.exitCode = 1;
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
