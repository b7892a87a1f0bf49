import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as official from '@actions/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Ours writes stdout's lines to fd 1 with writeSync (no process.stdout stream at start-up): those
// writes are captured here, @actions/core's through process.stdout.write below.
const fd1 = vi.hoisted(() => ({ capture: undefined as ((text: string) => void) | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((fd: number, data: Uint8Array | string, offset?: number) => {
    if (fd !== 1 || !fd1.capture)
      return (real.writeSync as (...a: unknown[]) => number)(fd, data, offset);
    const bytes =
      typeof data === 'string' ? Buffer.from(data) : Buffer.from(data).subarray(offset ?? 0);
    fd1.capture(bytes.toString('utf8'));
    return bytes.length;
  }) as typeof real.writeSync;
  return { ...real, default: { ...real, writeSync }, writeSync };
});
// test/setup.ts may have loaded the runtime already (the metric providers' readers import it) with
// the real node:fs: load ours afresh, so that it writes through the mock above.
vi.resetModules();
const ours = await import('../../../src/core/runtime/commands.js');

/**
 * Glidepath speaks the runner's protocol through its own small module (so that no entry loads
 * @actions/core's HTTP client at start). Its oracle is @actions/core itself: the same calls must
 * print the same bytes and write the same files (the random heredoc delimiter aside).
 */
type Impl = 'ours' | 'official';
const FILES = ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'] as const;
const saved = { ...process.env };
const savedExitCode = process.exitCode;

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = savedExitCode;
});

/** Runs `body` with stdout captured and fresh command files; returns what it printed and wrote. */
async function capture(
  withFiles: boolean,
  body: () => unknown,
): Promise<{ stdout: string; files: Record<string, string>; exitCode: unknown }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-commands-'));
  for (const name of FILES) {
    if (withFiles) {
      process.env[name] = path.join(dir, name);
      writeFileSync(process.env[name] as string, '');
    } else delete process.env[name];
  }
  process.exitCode = undefined;
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  fd1.capture = (text) => (stdout += text);
  try {
    await body();
  } finally {
    process.stdout.write = write;
    fd1.capture = undefined;
  }
  const files = Object.fromEntries(
    FILES.filter(() => withFiles).map((name) => [
      name,
      readFileSync(path.join(dir, name), 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIM'),
    ]),
  );
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stdout, files, exitCode };
}

/** The same script of calls against either implementation. */
function script(impl: Impl, name: string, value: string): () => Promise<void> {
  return async () => {
    if (impl === 'ours') {
      ours.info(value);
      ours.debug(value);
      ours.warning(value);
      ours.error(new Error(value));
      ours.setSecret(value);
      ours.setOutput(name, value);
      ours.setOutput(`${name}-json`, { value, n: 1 });
      ours.saveState(name, value);
      await ours.group(value, async () => ours.info('inside'));
      ours.appendSummary(value);
      ours.setFailed(value);
    } else {
      official.info(value);
      official.debug(value);
      official.warning(value);
      official.error(new Error(value));
      official.setSecret(value);
      official.setOutput(name, value);
      official.setOutput(`${name}-json`, { value, n: 1 });
      official.saveState(name, value);
      await official.group(value, async () => official.info('inside'));
      // core.summary is a singleton that caches the first summary path it saw: forget it, as a
      // fresh step process would.
      (official.summary as unknown as { _filePath?: string })._filePath = undefined;
      await official.summary.addRaw(value, true).write();
      official.setFailed(value);
    }
  };
}

const names = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/);
// Everything that needs escaping in a command or a property: %, CR, LF, colon, comma, unicode.
const values = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ' ', '%', '\r', '\n', ':', ',', '=', '<', 'é', '🚀', '::'),
  maxLength: 40,
});

describe('the runner protocol, checked against @actions/core', () => {
  for (const withFiles of [true, false]) {
    it(`prints and writes the same bytes for any name and value (${withFiles ? 'file commands' : 'no command files: legacy stdout commands'})`, async () => {
      await fc.assert(
        fc.asyncProperty(names, values, async (name, value) => {
          const mine = await capture(
            withFiles,
            withFiles ? script('ours', name, value) : legacy('ours', name, value),
          );
          const theirs = await capture(
            withFiles,
            withFiles ? script('official', name, value) : legacy('official', name, value),
          );
          expect(mine).toEqual(theirs);
          expect(mine.exitCode).toBe(withFiles ? 1 : undefined);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('reads inputs and state as the runner passes them (names upper-cased, spaces as underscores, trimmed)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-z -]{0,15}$/), values, (name, value) => {
        process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
        process.env[`STATE_${name}`] = value;
        expect(ours.getInput(name)).toBe(official.getInput(name));
        expect(ours.getState(name)).toBe(official.getState(name));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a value holding its own delimiter, as @actions/core does', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-commands-'));
    process.env.GITHUB_OUTPUT = path.join(dir, 'out');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    delete process.env.GITHUB_STATE;
    // A missing command file is an error in both, never a silent skip.
    process.env.GITHUB_STATE = path.join(dir, 'missing');
    expect(() => ours.saveState('a', 'b')).toThrow(/Missing file at path/);
    expect(() => official.saveState('a', 'b')).toThrow(/Missing file at path/);
  });
});

/** Without command files, only the commands that have a stdout form (outputs and state). */
function legacy(impl: Impl, name: string, value: string): () => void {
  return () => {
    if (impl === 'ours') {
      ours.setOutput(name, value);
      ours.saveState(name, value);
    } else {
      official.setOutput(name, value);
      official.saveState(name, value);
    }
  };
}
