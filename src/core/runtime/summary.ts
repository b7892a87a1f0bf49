import { appendSummary } from './commands.js';

/** Escapes a value for a Markdown table cell. */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

/** A Markdown table: GitHub renders it in the job summary, and it stays readable as text. */
export function table(header: string[], rows: unknown[][]): string {
  const lines = [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/** A Mermaid block, which GitHub renders as a chart. */
export function mermaid(source: string): string {
  return `\n\`\`\`mermaid\n${source.trim()}\n\`\`\`\n`;
}

/** Appends Markdown to the job summary; a runner without GITHUB_STEP_SUMMARY just skips it. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  appendSummary(markdown);
}
