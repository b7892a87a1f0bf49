import { appendFileSync, existsSync } from 'node:fs';
import os from 'node:os';

/**
 * The runner's protocol, spoken the way @actions/core speaks it: workflow commands on stdout
 * (`::error::…`, `::add-mask::…`) and file commands (GITHUB_OUTPUT, GITHUB_STATE, the step
 * summary). It is this small module and not @actions/core itself because @actions/core loads an
 * HTTP client (undici, for OIDC tokens Glidepath never asks for) at import: 80 ms on these
 * machines, more than Node's own start. A bundle that only reads inputs and fails would take
 * 2.5× a bare `node -e 0` (bench/startup.ts measures it). test/core/runtime/commands.test.ts
 * runs this module and @actions/core on the same calls and requires the same bytes out.
 */

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
  process.stdout.write(`${head}::${escapeData(message)}${os.EOL}`);
}

/** Appends `name<<delimiter` … `delimiter` to the file a file command names (GITHUB_OUTPUT, …). */
function issueFile(command: 'OUTPUT' | 'STATE', name: string, value: unknown): void {
  const file = process.env[`GITHUB_${command}`] as string;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  // globalThis.crypto (Web Crypto) loads node:crypto only when a file command is written.
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  const text = toCommandValue(value);
  if (name.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (text.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  const message = `${name}<<${delimiter}${os.EOL}${text}${os.EOL}${delimiter}`;
  appendFileSync(file, `${message}${os.EOL}`, { encoding: 'utf8' });
}

function text(message: string | Error): string {
  return message instanceof Error ? message.toString() : message;
}

/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL);
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
  process.stdout.write(os.EOL);
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
  appendFileSync(file, markdown + os.EOL, { encoding: 'utf8' });
}
