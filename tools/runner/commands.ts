/**
 * Workflow commands (`::name key=value,…::message`) as GitHub's runner reads them from a step's
 * output (stdout and stderr alike): leading white space is ignored, the command name runs to the
 * first space, properties are comma-separated `key=value` pairs (both sides non-empty), and
 * `::stop-commands::TOKEN` turns reading off until the line `::TOKEN::`. Names the runner does not
 * know are plain output.
 */

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

const KNOWN = new Set([
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'save-state',
  'set-output',
  'stop-commands',
]);

const unescapeData = (s: string) =>
  s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%25', '%');
const unescapeProperty = (s: string) =>
  s
    .replaceAll('%0D', '\r')
    .replaceAll('%0A', '\n')
    .replaceAll('%3A', ':')
    .replaceAll('%2C', ',')
    .replaceAll('%25', '%');

/** One line read as a workflow command, or undefined when it is plain output. */
export function parseCommand(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!KNOWN.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1)
        properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, message: unescapeData(text.slice(end + 2)) };
}

/** Reads a step's output line by line, as one stream of commands (it remembers stop-commands). */
export class CommandReader {
  private resumeWith: string | undefined;

  read(line: string): WorkflowCommand | undefined {
    if (this.resumeWith !== undefined) {
      if (line.trim() === this.resumeWith) this.resumeWith = undefined;
      return undefined;
    }
    const command = parseCommand(line);
    if (command?.command === 'stop-commands' && command.message !== '')
      this.resumeWith = `::${command.message}::`;
    return command;
  }
}

/** Every workflow command in a block of output. */
export function parseCommands(output: string): WorkflowCommand[] {
  const reader = new CommandReader();
  return output
    .split(/\r?\n/)
    .map((line) => reader.read(line))
    .filter((c): c is WorkflowCommand => c !== undefined);
}
