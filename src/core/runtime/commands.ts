import { appendFileSync, existsSync, writeSync } from 'node:fs';

/**
 * The runner's protocol, spoken the way @actions/core speaks it: workflow commands on stdout
 * (`::error::…`, `::add-mask::…`) and file commands (GITHUB_OUTPUT, GITHUB_STATE, the step
 * summary). It is this small module and not @actions/core itself because @actions/core loads an
 * HTTP client (undici, for OIDC tokens Glidepath never asks for) at import: 80 ms on these
 * machines, more than Node's own start. A bundle that only reads inputs and fails would take
 * 2.5× a bare `node -e 0` (bench/startup.ts measures it). test/core/runtime/commands.test.ts
 * runs this module and @actions/core on the same calls and requires the same bytes out.
 *
 * Lines go to file descriptor 1 with a synchronous write rather than through `process.stdout`,
 * whose first use builds a stream and loads Node's stream modules (about 3 ms of a bad-input
 * run's start); the runner reads the same bytes in the same order (child processes inherit fd 1).
 * The end of line is os.EOL's, without loading node:os.
 */

const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** Set once a full non-blocking stdout made a write go through the stream: all later ones follow it, in order. */
let viaStream = false;

/** Writes all of `text` to stdout (fd 1); a non-blocking descriptor that is full falls back to the stream. */
function out(text: string): void {
  if (viaStream) return void process.stdout.write(text);
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    viaStream = true;
    process.stdout.write(bytes.subarray(written));
  }
}

/** Escapes a command's message (as @actions/core's escapeData). */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command property (as @actions/core's escapeProperty). */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** What @actions/core's toCommandValue does: strings as they are, nothing as '', the rest as JSON. */
function toCommandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || value instanceof String) return String(value);
  return JSON.stringify(value);
}

function issue(command: string, message = '', properties: Record<string, string> = {}): void {
  // As @actions/core: a space whenever properties were given, then the non-empty ones.
  const keys = Object.keys(properties);
  const props = keys
    .filter((key) => properties[key])
    .map((key) => `${key}=${escapeProperty(properties[key] as string)}`)
    .join(',');
  const head = keys.length ? `::${command} ${props}` : `::${command}`;
  out(`${head}::${escapeData(message)}${EOL}`);
}

/** Appends `name<<delimiter` … `delimiter` to the file a file command names (GITHUB_OUTPUT, …). */
function issueFile(command: 'OUTPUT' | 'STATE', name: string, value: unknown): void {
  const file = process.env[`GITHUB_${command}`] as string;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${uuidShaped()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  const message = `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
  appendFileSync(file, `${message}${EOL}`, { encoding: 'utf8' });
}

/**
 * A delimiter id shaped as @actions/core's `randomUUID()`, from Math.random. What keeps a heredoc
 * safe is the check that neither name nor value contains the delimiter, so it need not be
 * unguessable; Web Crypto would load node:crypto, about 2 ms of every run's start (promote-
 * environment and rollback write their post step's state even on bad input).
 */
function uuidShaped(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(Math.random() * 4)]}${hex(3)}-${hex(12)}`;
}

function text(message: string | Error): string {
  return message instanceof Error ? message.toString() : message;
}

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function info(message: string): void {
  out(message + EOL);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function warning(message: string | Error): void {
  issue('warning', text(message));
}

export function error(message: string | Error): void {
  issue('error', text(message));
}

/** Marks the step failed: one `::error::` line and exit code 1 (never process.exit). */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** Masks a value in every later log line. */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFile('OUTPUT', name, value);
  out(EOL);
  issue('set-output', toCommandValue(value), { name });
}

export function saveState(name: string, value: unknown): void {
  if (process.env.GITHUB_STATE) return issueFile('STATE', name, value);
  issue('save-state', toCommandValue(value), { name });
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || '';
}

/** A collapsible group in the log around `body`. */
export async function group<T>(name: string, body: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await body();
  } finally {
    issue('endgroup');
  }
}

/** Appends Markdown to the job summary file (GITHUB_STEP_SUMMARY), as core.summary.addRaw(…, true).write(). */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' });
}
