// Benchmark dispatcher: `npx tsx bench/run.ts <name> [--quick]` (or `npm run bench -- <name> [--quick]`).
// Loads bench/<name>.ts, awaits its `main({ quick })`, and prints the returned object as one line
// of JSON, always the last line of output. A bench that returns `ok: false` exits 1 after printing.
// A bench is a bench/<name>.ts that exports main; lib.ts, run.ts and *-worker.ts are helpers.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchOptions {
  quick: boolean;
}

type BenchModule = { main?: (opts: BenchOptions) => Promise<Record<string, unknown>> };

const benchDir = path.dirname(fileURLToPath(import.meta.url));

/** bench/<name>.ts files that export a main(): not run.ts, lib.ts, *-worker.ts or other helpers. */
function availableBenches(): string[] {
  return readdirSync(benchDir)
    .filter(
      (file) =>
        /^[a-z0-9-]+\.ts$/.test(file) &&
        file !== 'run.ts' &&
        file !== 'lib.ts' &&
        !file.endsWith('-worker.ts'),
    )
    .filter((file) =>
      /^export\s+(async\s+)?function\s+main\b|^export\s+const\s+main\b/m.test(
        readFileSync(path.join(benchDir, file), 'utf8'),
      ),
    )
    .map((file) => file.slice(0, -3))
    .sort();
}

/** Prints what went wrong and the benches there are; the caller returns, exit code 1. */
function usage(problem: string): void {
  const names = availableBenches();
  console.error(
    `${problem}\nUsage: npx tsx bench/run.ts <name> [--quick]\nAvailable benches: ${names.length ? names.join(', ') : '(none)'}`,
  );
  process.exitCode = 1;
}

async function run(argv: string[]): Promise<void> {
  const flags = argv.filter((arg) => arg.startsWith('--'));
  const names = argv.filter((arg) => !arg.startsWith('--'));
  const unknown = flags.filter((flag) => flag !== '--quick');
  if (unknown.length) return usage(`Unknown option ${unknown.join(', ')}.`);
  const name = names[0];
  if (name === undefined || names.length > 1)
    return usage(
      names.length ? `Expected one bench name, got ${names.join(', ')}.` : 'No bench name given.',
    );
  if (!/^[a-z0-9-]+$/.test(name) || !availableBenches().includes(name))
    return usage(`No bench named '${name}'.`);

  const mod = (await import(pathToFileURL(path.join(benchDir, `${name}.ts`)).href)) as BenchModule;
  if (typeof mod.main !== 'function')
    return usage(`bench/${name}.ts exports no main(opts) function.`);
  const result = await mod.main({ quick: flags.includes('--quick') });
  console.log(JSON.stringify(result));
  if (result.ok === false) process.exitCode = 1;
}

run(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
