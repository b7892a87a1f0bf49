import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateValue } from '../../../tools/demo/expressions.js';
import { renderMarkdown } from '../../../tools/demo/report.js';
import { runWorkflow } from '../../../tools/demo/runner.js';
import { loadWorkflow, WorkflowError } from '../../../tools/demo/workflow.js';
import { ROOT, workflowFile, workflowOptions } from '../../../lab/runner.js';
import { startStandIn } from '../../../lab/fixtures.js';

/** The local runner's subset: GitHub's parser and expression engine underneath, clear refusals around it. */

describe('loadWorkflow', () => {
  it.each(readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yml')))(
    'reads examples/%s with jobs in needs order',
    async (file) => {
      const workflow = await loadWorkflow(path.join(ROOT, 'examples', file));
      expect(workflow.jobs.length).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const job of workflow.jobs) {
        for (const need of job.needs) expect(seen.has(need)).toBe(true);
        seen.add(job.id);
      }
    },
  );

  it.each([
    [
      'a job continue-on-error',
      'on: push\njobs:\n  a:\n    runs-on: x\n    continue-on-error: true\n    steps:\n      - run: echo\n',
      /job key 'continue-on-error'/,
    ],
    [
      'pull_request',
      'on: pull_request\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n',
      /event 'pull_request'/,
    ],
    [
      'continue-on-error',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        continue-on-error: true\n',
      /step key 'continue-on-error'/,
    ],
    [
      'another shell',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n        shell: pwsh\n',
      /shell 'pwsh'/,
    ],
    [
      'a flow map holding ${{ }}',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./actions/health-gate\n        with: { url: ${{ vars.U }} }\n',
      /w\.yml/,
    ],
    [
      'an unknown expression context',
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ nope.x }}\n',
      /nope/,
    ],
  ])('refuses %s, naming what and where', async (_what, yaml, message) => {
    await expect(loadWorkflow(workflowFile(yaml))).rejects.toThrow(message);
  });
});

describe('runWorkflow', () => {
  it('passes outputs between steps and jobs, runs failure() steps, skips jobs whose needs failed, masks the token', async () => {
    const file = workflowFile(`on: push
jobs:
  one:
    runs-on: x
    outputs:
      greeting: \${{ steps.say.outputs.greeting }}
    steps:
      - id: say
        run: echo "greeting=hello $WHO" >> "$GITHUB_OUTPUT"
        env:
          WHO: \${{ github.actor }}
      - run: echo "token is $T"
        env:
          T: \${{ github.token }}
  two:
    needs: one
    runs-on: x
    steps:
      - run: test "$G" = "hello dev" && exit 3
        env:
          G: \${{ needs.one.outputs.greeting }}
      - id: never
        run: echo unreachable
      - if: failure()
        run: echo cleaning up
  three:
    needs: two
    runs-on: x
    steps:
      - run: echo should not run
`);
    const workspace = path.dirname(file);
    const logs: string[] = [];
    const run = await runWorkflow(await loadWorkflow(file), {
      ...workflowOptions(workspace),
      onEvent: (e) => e.type === 'log' && logs.push(e.text ?? ''),
    });
    expect(run.jobs.map((j) => [j.id, j.result])).toEqual([
      ['one', 'success'],
      ['two', 'failure'],
      ['three', 'skipped'],
    ]);
    expect(run.jobs[0]?.outputs.greeting).toBe('hello dev');
    expect(run.jobs[1]?.steps.map((s) => s.outcome)).toEqual(['failure', 'skipped', 'success']);
    expect(logs).toContain('token is ***');
    expect(logs.join('\n')).not.toContain('ghs_secretTokenValue123');
    expect(logs).toContain('cleaning up');
  });

  it('failure() in a later job sees a failure two jobs up; boolean inputs are booleans; an unterminated output heredoc fails its step', async () => {
    const file = workflowFile(`on:
  workflow_dispatch:
    inputs:
      dry:
        type: boolean
        default: false
jobs:
  a:
    runs-on: x
    steps:
      - run: exit 1
  b:
    needs: a
    runs-on: x
    steps:
      - run: echo b
  cleanup:
    needs: b
    if: failure()
    runs-on: x
    steps:
      - run: echo cleanup
  dry:
    if: inputs.dry
    runs-on: x
    steps:
      - run: echo dry
  heredoc:
    runs-on: x
    steps:
      - run: printf 'x<<EOF\\nno end\\n' >> "$GITHUB_OUTPUT"
`);
    const run = await runWorkflow(await loadWorkflow(file), {
      ...workflowOptions(path.dirname(file)),
      event: { name: 'workflow_dispatch', payload: {} },
    });
    expect(Object.fromEntries(run.jobs.map((j) => [j.id, j.result]))).toEqual({
      a: 'failure',
      b: 'skipped',
      cleanup: 'success',
      dry: 'skipped',
      heredoc: 'failure',
    });
    expect(run.jobs.find((j) => j.id === 'heredoc')?.steps[0]?.errors.join()).toMatch(
      /Matching delimiter not found/,
    );
  });

  it('refuses an action outside the subset before running it, and a with: key the action does not declare', async () => {
    const foreign = workflowFile(
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: docker://alpine\n',
    );
    await expect(
      runWorkflow(await loadWorkflow(foreign), workflowOptions(path.dirname(foreign))),
    ).rejects.toThrow(/outside the local runner's subset/);
    const typo = workflowFile(
      'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ./actions/health-gate\n        with:\n          ulr: http://x\n',
    );
    await expect(
      runWorkflow(await loadWorkflow(typo), workflowOptions(path.dirname(typo))),
    ).rejects.toThrow(WorkflowError);
  });
});

describe('the report', () => {
  it('keeps Markdown and a few bare tags of a job summary, and shows any other HTML as text', () => {
    const html = renderMarkdown(
      '**ok** <details><summary>more</summary>\n\n| a |\n|---|\n| <b>1</b> |\n\n</details>\n\nreason: <img src=x onerror=alert(1)> <script>alert(2)</script>',
    );
    expect(html).toContain('<strong>ok</strong>');
    expect(html).toContain('<details><summary>more</summary>');
    expect(html).toContain('<td><b>1</b></td>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe("expressions (GitHub's engine)", () => {
  const ascii = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_.'.split('')), maxLength: 12 });

  it('== compares strings case-insensitively, as GitHub does', () => {
    fc.assert(
      fc.property(
        ascii,
        ascii,
        (a, b) =>
          evaluateCondition('env.A == env.B', { env: { A: a, B: b } }, 'success') ===
          (a.toLowerCase() === b.toLowerCase()),
      ),
    );
  });

  it("x || 'fallback' gives x unless it is empty", () => {
    fc.assert(
      fc.property(
        ascii,
        (a) =>
          evaluateValue({ expression: "vars.X || 'fallback'" }, { vars: { X: a } }) ===
          (a === '' ? 'fallback' : a),
      ),
    );
  });

  it('format() puts any text in place unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        (s) =>
          evaluateValue({ expression: "format('<{0}>', env.S)" }, { env: { S: s } }) === `<${s}>`,
      ),
    );
  });

  it('status functions follow the job status', () => {
    expect(evaluateCondition('success()', {}, 'success')).toBe(true);
    expect(evaluateCondition('failure()', {}, 'success')).toBe(false);
    expect(evaluateCondition('failure()', {}, 'failure')).toBe(true);
    expect(evaluateCondition('always()', {}, 'failure')).toBe(true);
    expect(
      evaluateCondition(
        "success() && steps.c.outputs.decision == 'promoted'",
        { steps: { c: { outputs: { decision: 'PROMOTED' } } } },
        'success',
      ),
    ).toBe(true);
  });
});

describe('permissions per job', () => {
  it("each job's token carries its permissions: creating a deployment under contents: read gets GitHub's 403", async () => {
    const standIn = await startStandIn();
    try {
      const file = workflowFile(`on: push
permissions:
  contents: read
jobs:
  narrow:
    runs-on: x
    steps:
      - id: call
        run: node "$GITHUB_WORKSPACE/call.mjs"
        env:
          TOKEN: \${{ github.token }}
  wide:
    runs-on: x
    permissions:
      contents: read
      deployments: write
    steps:
      - id: call
        run: node "$GITHUB_WORKSPACE/call.mjs"
        env:
          TOKEN: \${{ secrets.GITHUB_TOKEN }}
`);
      const workspace = path.dirname(file);
      // A step that creates a deployment with the job's token and writes the answer's status.
      writeFileSync(
        path.join(workspace, 'call.mjs'),
        `const r = await fetch(process.env.GITHUB_API_URL + '/repos/acme/app/deployments', {
  method: 'POST',
  headers: { authorization: 'token ' + process.env.TOKEN, 'content-type': 'application/json' },
  body: JSON.stringify({ ref: 'main', environment: 'dev', required_contexts: [], auto_merge: false }),
});
const body = await r.json();
await import('node:fs').then((fs) => fs.appendFileSync(process.env.GITHUB_OUTPUT,
  'status=' + r.status + '\\naccepted=' + (r.headers.get('x-accepted-github-permissions') ?? '') + '\\nmessage=' + (body.message ?? '') + '\\n'));
`,
      );
      const given: Record<string, Record<string, string> | undefined> = {};
      let n = 0;
      const run = await runWorkflow(await loadWorkflow(file), {
        ...workflowOptions(workspace),
        apiUrl: standIn.url,
        tokenFor: (job, permissions) => {
          given[job] = permissions;
          const token = `ghs_jobToken${++n}`;
          if (permissions) standIn.setToken(token, permissions);
          return token;
        },
      });
      expect(given.narrow).toMatchObject({
        contents: 'read',
        deployments: 'none',
        actions: 'none',
      });
      expect(given.wide).toMatchObject({ contents: 'read', deployments: 'write' });
      const outputs = Object.fromEntries(
        run.jobs.map((j) => [j.id, j.steps.find((s) => s.id === 'call')?.outputs]),
      );
      expect(outputs.narrow).toEqual({
        status: '403',
        accepted: 'deployments=write',
        message: 'Resource not accessible by integration',
      });
      expect(outputs.wide?.status).toBe('201');
    } finally {
      await standIn.stop();
    }
  });
});

describe('environments', () => {
  it('only a job that names an environment sees its secrets and vars; deployment: false records no URL; a rejection fails the job unrun', async () => {
    const file = workflowFile(`on: push
jobs:
  plain:
    runs-on: x
    steps:
      - id: see
        run: echo "seen=[\${{ secrets.DB_PASSWORD }}][\${{ vars.REGION }}]" >> "$GITHUB_OUTPUT"
  scoped:
    runs-on: x
    environment:
      name: production
      url: https://prod.example
      deployment: false
    steps:
      - id: see
        run: |
          echo "seen=[\${{ secrets.DB_PASSWORD }}][\${{ vars.REGION }}]" >> "$GITHUB_OUTPUT"
          echo "the password is \${{ secrets.DB_PASSWORD }}"
  recorded:
    runs-on: x
    environment:
      name: staging
      url: https://staging.example
    steps:
      - run: echo ok
  rejected:
    runs-on: x
    environment: gated
    steps:
      - run: echo never
      - if: failure()
        run: echo never either
`);
    const workspace = path.dirname(file);
    const logs: string[] = [];
    const asked: [string, string, boolean][] = [];
    const run = await runWorkflow(await loadWorkflow(file), {
      ...workflowOptions(workspace),
      vars: { REGION: 'repo-wide' },
      environments: {
        production: { secrets: { DB_PASSWORD: 'pw-prod-123' }, vars: { REGION: 'eu' } },
      },
      beforeEnvironment: async (environment, job, deployment) => {
        asked.push([environment, job, deployment]);
        return environment === 'gated'
          ? { decision: 'rejected', text: 'mona rejected gated' }
          : undefined;
      },
      onEvent: (e) => e.type === 'log' && logs.push(e.text ?? ''),
    });
    const jobs = Object.fromEntries(run.jobs.map((j) => [j.id, j]));
    expect(jobs.plain?.steps[0]?.outputs.seen).toBe('[][repo-wide]');
    expect(jobs.scoped?.steps[0]?.outputs.seen).toBe('[pw-prod-123][eu]');
    expect(logs).toContain('the password is ***');
    expect(jobs.scoped?.environmentUrl).toBeUndefined();
    expect(jobs.recorded?.environmentUrl).toBe('https://staging.example');
    expect(asked).toEqual([
      ['production', 'scoped', false],
      ['staging', 'recorded', true],
      ['gated', 'rejected', true],
    ]);
    expect(jobs.rejected).toMatchObject({
      result: 'failure',
      steps: [],
      reason: 'mona rejected gated',
    });
    expect(run.result).toBe('failure');
  });
});
