import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * File commands as GitHub's runner (FileCommandManager) handles them: before a step, fresh empty
 * files whose paths are GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH and
 * GITHUB_STEP_SUMMARY; after it, each is read. OUTPUT, STATE and ENV hold `name=value` lines and
 * `name<<DELIMITER` heredocs; any other non-empty line (or a heredoc without its delimiter) stops
 * that file there, logs two errors and fails the step even when its process exited 0.
 */

export interface CommandFiles {
  GITHUB_OUTPUT: string;
  GITHUB_STATE: string;
  GITHUB_ENV: string;
  GITHUB_PATH: string;
  GITHUB_STEP_SUMMARY: string;
}

/** The runner's name for each file, the one its error messages use. */
const CONTEXT_NAMES: Record<keyof CommandFiles, string> = {
  GITHUB_OUTPUT: 'output',
  GITHUB_STATE: 'state',
  GITHUB_ENV: 'env',
  GITHUB_PATH: 'path',
  GITHUB_STEP_SUMMARY: 'step_summary',
};

const PREFIXES: Record<keyof CommandFiles, string> = {
  GITHUB_OUTPUT: 'set_output_',
  GITHUB_STATE: 'save_state_',
  GITHUB_ENV: 'set_env_',
  GITHUB_PATH: 'add_path_',
  GITHUB_STEP_SUMMARY: 'step_summary_',
};

/** Variables GITHUB_ENV may not set (the runner reports an error and leaves them alone). */
const ENV_BLOCK_LIST = ['NODE_OPTIONS'];

/** Creates a step's command files, empty, under `dir` (a new name each step, as the runner does). */
export function createCommandFiles(dir: string): CommandFiles {
  mkdirSync(dir, { recursive: true });
  const suffix = randomUUID();
  const files = Object.fromEntries(
    Object.entries(PREFIXES).map(([name, prefix]) => [name, path.join(dir, prefix + suffix)]),
  ) as unknown as CommandFiles;
  for (const file of Object.values(files)) writeFileSync(file, '');
  return files;
}

/** The pairs read before any malformed line, and what was wrong with that line. */
export interface KeyValueFile {
  values: Record<string, string>;
  error?: string;
}

/** Reads `name=value` lines and `name<<DELIMITER` heredocs (blank lines between them are skipped). */
export function parseKeyValueFile(text: string): KeyValueFile {
  // No prototype: a command file may name a value `__proto__` (or `constructor`), and it stays data.
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  let index = 0;
  const readLine = (): { line: string; newline: boolean } | undefined => {
    if (index >= text.length) return undefined;
    const lf = text.indexOf('\n', index);
    const start = index;
    index = lf < 0 ? text.length : lf + 1;
    return { line: text.slice(start, lf < 0 ? text.length : lf), newline: lf >= 0 };
  };
  for (let next = readLine(); next; next = readLine()) {
    const { line } = next;
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      // The runner means to refuse an empty name with this message, but its check tests the whole
      // line, so `=x` slips through there (as an output named ''); here it fails the step.
      if (equals === 0)
        return { values, error: `Invalid format '${line}'. Name must not be empty` };
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (name === '' || delimiter === '')
        return {
          values,
          error: `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        };
      const body: string[] = [];
      for (;;) {
        const bodyLine = readLine();
        if (!bodyLine)
          return { values, error: `Invalid value. Matching delimiter not found '${delimiter}'` };
        if (bodyLine.line === delimiter) break;
        if (!bodyLine.newline)
          return { values, error: 'Invalid value. EOF marker missing new line.' };
        body.push(bodyLine.line);
      }
      values[name] = body.join('\n');
    } else {
      return { values, error: `Invalid format '${line}'` };
    }
  }
  return { values };
}

/** What a step left in its command files. */
export interface CommandFileValues {
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  /** GITHUB_PATH entries in the order written (the runner puts the last one first in PATH). */
  path: string[];
  summary: string;
}

/** The same, and the runner's errors about them. */
export interface FileCommandResults extends CommandFileValues {
  errors: string[];
  /** A malformed file: the runner fails the step whatever its exit code. */
  failed: boolean;
}

const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

export function readCommandFiles(files: CommandFiles): FileCommandResults {
  const errors: string[] = [];
  let failed = false;
  const keyValues = (name: 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_ENV') => {
    const { values, error } = parseKeyValueFile(read(files[name]));
    if (error !== undefined) {
      errors.push(`Unable to process file command '${CONTEXT_NAMES[name]}' successfully.`, error);
      failed = true;
    }
    return values;
  };
  const env = keyValues('GITHUB_ENV');
  for (const name of Object.keys(env)) {
    const blocked = ENV_BLOCK_LIST.find((b) => b.toLowerCase() === name.toLowerCase());
    if (blocked === undefined) continue;
    errors.push(`Can't store ${blocked} output parameter using '$GITHUB_ENV' command.`);
    delete env[name];
  }
  const state = keyValues('GITHUB_STATE');
  const outputs = keyValues('GITHUB_OUTPUT');
  const paths = read(files.GITHUB_PATH)
    .split(/\r\n|\r|\n/)
    .filter((line) => line !== '');
  return {
    outputs,
    state,
    env,
    path: paths,
    summary: read(files.GITHUB_STEP_SUMMARY),
    errors,
    failed,
  };
}
