import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOKEN,
  logText,
  runAction,
  workflowFile,
  workflowOptions,
} from '../../../lab/runner.js';
import { tempDir, writeTree } from '../../../lab/fixtures.js';
import { runWorkflow } from '../../../tools/demo/runner.js';
import { loadWorkflow } from '../../../tools/demo/workflow.js';
import { parseCommands, parseKeyValueFile } from '../../../tools/runner/index.js';

/**
 * tools/runner, the one emulation of GitHub's runner: its command-file parser and workflow-command
 * reader, and a step run through it from both sides that use it (lab/runner.ts for the bundle
 * tests, tools/demo/runner.ts for the local workflow runner), which must see a step the same way.
 */

const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'state-action');

describe('command files (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV)', () => {
  it('reads name=value lines and heredocs, skipping blank lines', () => {
    expect(
      parseKeyValueFile(
        'a=1\n\nb=x=y<<z\nc<<EOF\nline one\n\nline=three\nEOF\nempty<<END\nEND\na=again\n',
      ),
    ).toEqual({
      values: { a: 'again', b: 'x=y<<z', c: 'line one\n\nline=three', empty: '' },
    });
  });

  it('keeps names such as __proto__ as data, as the runner does', () => {
    const parsed = parseKeyValueFile('__proto__=a\nconstructor<<EOF\nb\nEOF\n');
    expect(Object.entries(parsed.values)).toEqual([
      ['__proto__', 'a'],
      ['constructor', 'b'],
    ]);
  });

  it('reads back whatever @actions/core writes, in either form', () => {
    const name = fc
      .string({ minLength: 1, maxLength: 12 })
      .filter((s) => !/[=\n\r]/.test(s) && !s.includes('<<'));
    const line = fc.string({ maxLength: 20 }).filter((s) => !/[\n\r]/.test(s));
    fc.assert(
      fc.property(name, line, fc.array(line, { maxLength: 4 }), (key, value, lines) => {
        const multi = lines.join('\n');
        const delimiter = 'ghadelimiter_5f8c';
        const text = `${key}=${value}\n${key}_x<<${delimiter}\n${multi}\n${delimiter}\n`;
        expect(parseKeyValueFile(text)).toEqual({
          values: { [key]: value, [`${key}_x`]: multi },
        });
      }),
    );
  });

  it.each([
    ['a line with neither = nor <<', 'ok=1\noops\nlater=2\n', "Invalid format 'oops'"],
    ['an empty name', 'ok=1\n=1\n', "Invalid format '=1'. Name must not be empty"],
    [
      'a heredoc without a delimiter',
      'ok=1\nx<<\nlater=2\n',
      "Invalid format 'x<<'. Name must not be empty and delimiter must not be empty",
    ],
    [
      'an unterminated heredoc',
      'ok=1\nx<<EOF\nbody\n',
      "Invalid value. Matching delimiter not found 'EOF'",
    ],
    [
      'a heredoc whose file ends mid-line',
      'ok=1\nx<<EOF\nbody',
      'Invalid value. EOF marker missing new line.',
    ],
  ])('stops at %s with the runner’s message, keeping what came before', (_what, text, error) => {
    expect(parseKeyValueFile(text)).toEqual({ values: { ok: '1' }, error });
  });
});

describe('workflow commands', () => {
  it('unescapes data and properties (%25 last), reads leading white space, ignores unknown names', () => {
    expect(
      parseCommands(
        '::error file=a%2Cb.ts,line=3,col=,=x::one%0Atwo %25\nplain\n  ::debug::x\n::frobnicate::y\n::notice title=%253A::z',
      ),
    ).toEqual([
      { command: 'error', properties: { file: 'a,b.ts', line: '3' }, message: 'one\ntwo %' },
      { command: 'debug', properties: {}, message: 'x' },
      { command: 'notice', properties: { title: '%3A' }, message: 'z' },
    ]);
  });

  it('reads nothing between ::stop-commands::TOKEN and ::TOKEN::', () => {
    expect(
      parseCommands(
        '::stop-commands::pause1\n::error::not a command\n::add-mask::nor this\n::pause1::\n::warning::read again',
      ).map((c) => [c.command, c.message]),
    ).toEqual([
      ['stop-commands', 'pause1'],
      ['warning', 'read again'],
    ]);
  });
});

describe('a JavaScript action run as the runner runs it (lab/runner.ts)', () => {
  it('fills defaults, passes state from main to post, and parses files and commands', async () => {
    const result = await runAction(fixture, {
      event: {
        name: 'workflow_dispatch',
        payload: { inputs: { environment: 'production', to: 'previous' } },
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outcome).toBe('success');
    expect(result.outputs.echoed).toBe('hello workflow_dispatch\nsecond line');
    expect(result.env.FIXTURE_VAR).toBe('exported');
    expect(result.masks).toEqual([DEFAULT_TOKEN]);
    expect(result.warnings).toEqual(['careful, 100%: really']);
    expect(result.commands.map((c) => c.command)).toEqual([
      'add-mask',
      'group',
      'warning',
      'endgroup',
    ]);
    expect(logText(result)).not.toContain(DEFAULT_TOKEN);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.outputs.echoed).toBe(
      'post:hello:{"environment":"production","to":"previous"}',
    );
  });

  it('runs an always() post step after a failed main', async () => {
    const result = await runAction(fixture, { inputs: { fail: 'true', greeting: 'hi' } });
    expect(result.exitCode).toBe(1);
    expect(result.outcome).toBe('failure');
    expect(result.errors).toEqual(['main failed on purpose']);
    expect(result.post?.stdout).toContain('post sees hi');
  });
});

/**
 * An action that appends its `text` input to the command file its `file` input names (OUTPUT,
 * STATE, ENV, PATH) and exits 0, with no dependency: it runs from a temporary folder.
 */
function writerAction(): string {
  const root = tempDir('runner-fixture-');
  writeTree(root, {
    'actions/writer/action.yml': [
      'name: writer',
      'description: Appends text to a command file.',
      'inputs:',
      '  file:',
      '    description: OUTPUT, STATE, ENV or PATH.',
      "    default: 'OUTPUT'",
      '  text:',
      '    description: What to append.',
      '    required: true',
      'runs:',
      "  using: 'node24'",
      "  main: 'main.mjs'",
      '',
    ].join('\n'),
    'actions/writer/main.mjs': [
      "import { appendFileSync } from 'node:fs';",
      'appendFileSync(process.env[`GITHUB_${process.env.INPUT_FILE}`], process.env.INPUT_TEXT);',
      "console.log('wrote it');",
      '',
    ].join('\n'),
  });
  return root;
}

/** The one step of a one-job workflow, run by the demo's workflow runner. */
async function demoStep(root: string, step: string) {
  const file = workflowFile(`on: push\njobs:\n  only:\n    runs-on: x\n    steps:\n${step}`);
  const run = await runWorkflow(
    await loadWorkflow(file),
    workflowOptions(path.dirname(file), root),
  );
  const record = run.jobs[0]?.steps[0];
  if (!record) throw new Error('the step did not run');
  return { result: run.result, ...record };
}

describe('a malformed command file fails the step the same way on both paths', () => {
  const root = writerAction();
  const action = path.join(root, 'actions', 'writer');

  it.each([
    ['OUTPUT', 'output', 'ok=1\noops\nlater=2\n', "Invalid format 'oops'"],
    [
      'OUTPUT',
      'output',
      'ok=1\nx<<EOF\nno end\n',
      "Invalid value. Matching delimiter not found 'EOF'",
    ],
    ['STATE', 'state', 'ok=1\n=nameless\n', "Invalid format '=nameless'. Name must not be empty"],
    ['ENV', 'env', 'ok=1\njust words\n', "Invalid format 'just words'"],
  ])('GITHUB_%s (%s file command): %j', async (file, context, text, message) => {
    const errors = [`Unable to process file command '${context}' successfully.`, message];
    const kept = { ok: '1' };

    const bundle = await runAction(action, { inputs: { file, text } });
    expect(bundle.exitCode).toBe(0);
    expect(bundle.outcome).toBe('failure');
    expect(bundle.errors).toEqual(errors);
    expect({ OUTPUT: bundle.outputs, STATE: bundle.state, ENV: bundle.env }[file]).toEqual(kept);

    const uses = await demoStep(
      root,
      `      - id: w\n        uses: ./actions/writer\n        with:\n          file: ${file}\n          text: ${JSON.stringify(text)}\n`,
    );
    expect(uses.result).toBe('failure');
    expect(uses.outcome).toBe('failure');
    expect(uses.errors).toEqual(errors);
    if (file === 'OUTPUT') expect(uses.outputs).toEqual(kept);

    // A run: step's command files go through the same parser.
    const run = await demoStep(
      root,
      `      - id: r\n        run: printf '%s' "$TEXT" >> "$GITHUB_${file}"\n        env:\n          TEXT: ${JSON.stringify(text)}\n`,
    );
    expect(run.outcome).toBe('failure');
    expect(run.errors).toEqual(errors);
  });

  it('a well-formed file leaves the step green on both paths', async () => {
    const text = 'a=1\nb<<EOF\ntwo\nlines\nEOF\n';
    const bundle = await runAction(action, { inputs: { text } });
    expect([bundle.outcome, bundle.errors, bundle.outputs]).toEqual([
      'success',
      [],
      { a: '1', b: 'two\nlines' },
    ]);
    const uses = await demoStep(
      root,
      `      - uses: ./actions/writer\n        with:\n          text: ${JSON.stringify(text)}\n`,
    );
    expect([uses.outcome, uses.errors, uses.outputs]).toEqual([
      'success',
      [],
      { a: '1', b: 'two\nlines' },
    ]);
  });
});

describe('what a step leaves for the next ones (demo path)', () => {
  it('GITHUB_ENV and GITHUB_PATH reach later steps; NODE_OPTIONS is refused with an error', async () => {
    const file = workflowFile(
      `on: push
jobs:
  only:
    runs-on: x
    steps:
      - run: |
          mkdir -p "$RUNNER_TEMP/bin"
          printf '#!/bin/sh\\necho "from path $GREETING"\\n' > "$RUNNER_TEMP/bin/greet"
          chmod +x "$RUNNER_TEMP/bin/greet"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo "GREETING=hello" >> "$GITHUB_ENV"
          echo "NODE_OPTIONS=--require=/nowhere" >> "$GITHUB_ENV"
      - id: second
        run: |
          echo "said=$(greet)" >> "$GITHUB_OUTPUT"
          echo "node=\${NODE_OPTIONS:-unset}" >> "$GITHUB_OUTPUT"
`,
    );
    const run = await runWorkflow(await loadWorkflow(file), workflowOptions(path.dirname(file)));
    const [first, second] = run.jobs[0]?.steps ?? [];
    expect(first?.outcome).toBe('success');
    expect(first?.errors).toEqual([
      "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
    ]);
    expect(second?.outcome).toBe('success');
    expect(second?.outputs.said).toBe('from path hello');
    expect(second?.outputs.node).not.toBe('--require=/nowhere');
  });
});
