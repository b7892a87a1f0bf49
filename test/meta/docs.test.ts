import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../lab/runner.js';
import {
  ACTIONS,
  EXAMPLES,
  generatedBlocks,
  pages,
  regenerate,
  renderUsage,
  stalePages,
} from '../../scripts/readme.js';

const read = (page: string) => readFileSync(path.join(ROOT, page), 'utf8');
const PAGES = pages();
const EXAMPLE_TEXT = new Map(
  readdirSync(path.join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => [f, readFileSync(path.join(ROOT, 'examples', f), 'utf8').trimEnd()]),
);

/** The fenced code blocks of a page, with their language. */
function fences(markdown: string): { lang: string; body: string }[] {
  return [...markdown.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] as string,
    body: (m[2] as string).trimEnd(),
  }));
}

describe('README.md and docs/', () => {
  it('finds the pages: the README, the contract and one page per action', () => {
    expect(PAGES).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/contract.md',
        'docs/examples.md',
        ...ACTIONS.map((a) => `docs/actions/${a}.md`),
      ]),
    );
  });

  it('keeps every generated block current (npm run readme; npm run readme -- --check)', () => {
    expect(stalePages()).toEqual([]);
  });

  it('would notice a stale usage table or example', () => {
    const page = 'docs/actions/canary-step.md';
    const text = read(page);
    expect(regenerate(page, text.replace('| `strategy` | no |', '| `strategy` | yes |'))).toBe(
      text,
    );
    const example = 'docs/examples.md';
    const examples = read(example);
    expect(regenerate(example, examples.replace('strategy: rolling', 'strategy: canary'))).toBe(
      examples,
    );
    expect(stalePages()).toEqual([]);
  });

  it.each(ACTIONS)('docs/actions/%s.md has the usage tables generated from its action.yml', (a) => {
    const page = read(`docs/actions/${a}.md`);
    expect(generatedBlocks(page)).toContain(`usage ${a}`);
    expect(page).toContain(renderUsage(a));
  });

  it('shows every example in docs/examples.md, and EXAMPLES lists every file in examples/', () => {
    expect(generatedBlocks(read('docs/examples.md'))).toContain('examples');
    expect([...EXAMPLES].sort()).toEqual([...EXAMPLE_TEXT.keys()].sort());
  });

  it('shows no workflow that is not an example file (those are linted and run)', () => {
    const examples = new Set(EXAMPLE_TEXT.values());
    let workflows = 0;
    for (const page of PAGES)
      for (const { lang, body } of fences(read(page))) {
        if (!/^\s*(-\s+)?(uses|runs-on|jobs|steps):/m.test(body)) continue;
        workflows += 1;
        expect(lang, `${page}: a workflow block is yaml`).toBe('yaml');
        expect(
          examples.has(body),
          `${page} shows a workflow that is not in examples/:\n${body}`,
        ).toBe(true);
      }
    expect(workflows).toBeGreaterThanOrEqual(EXAMPLES.length);
  });

  it('links only to files that exist in the repository', () => {
    for (const page of [...PAGES, 'SECURITY.md']) {
      const text = read(page).replace(/^```[\s\S]*?^```$/gm, '');
      const links = [
        ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string),
        ...[...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1] as string),
      ].filter((l) => !/^(https?:|mailto:|#)/.test(l));
      for (const link of links) {
        const target = path.resolve(ROOT, path.dirname(page), link.split('#')[0] as string);
        expect(target.startsWith(ROOT + path.sep) || target === ROOT, `${page}: ${link}`).toBe(
          true,
        );
        expect(existsSync(target), `${page} links to ${link}`).toBe(true);
      }
    }
  });

  it('names no path from before the layout change', () => {
    const old =
      /\b(src\/(router|stand-in|demo)\b|test\/helpers\b|test\/demo\b|src\/core\/[a-z-]+\.ts\b|test\/core\/([a-z-]+\.test\.ts|\*)|CONTRACT\.md)/;
    for (const page of [...PAGES, 'SECURITY.md', ...EXAMPLES.map((f) => `examples/${f}`)])
      expect(old.exec(read(page))?.[0], `${page} names an old path`).toBeUndefined();
  });

  it('keeps the README a front page: short, with the quick start commands', () => {
    const readme = read('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
    for (const command of ['npm ci', 'npm run demo', 'npm test']) expect(readme).toContain(command);
    for (const page of PAGES.filter((p) => p !== 'README.md'))
      expect(readme, `README links ${page}`).toContain(`](${page})`);
  });

  it('gives a reason for every dependency in package.json', () => {
    const pkg = JSON.parse(read('package.json')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const page = read('docs/dependencies.md');
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)])
      expect(page, `docs/dependencies.md names ${name}`).toContain(`\`${name}\``);
  });
});
