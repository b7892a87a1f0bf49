import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** The rule messages ESLint gives `code` as if it were the file `file` of the repository. */
async function messages(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe("the layout's lint fences (eslint.config.js)", () => {
  it.each([
    [
      'an action importing another action',
      'src/actions/health-gate/x.ts',
      "import { a } from '../rollback/main.js';",
      /never imports another action/,
    ],
    [
      'an action reaching past a core index',
      'src/actions/health-gate/x.ts',
      "import { a } from '../../core/gate/run.js';",
      /through its index\.js/,
    ],
    [
      'core importing an action',
      'src/core/gate/x.ts',
      "import { a } from '../../actions/rollback/main.js';",
      /never imports from src\/actions/,
    ],
    [
      'one core folder reaching past another index',
      'src/core/gate/x.ts',
      "import { a } from '../github/client.js';",
      /through its index\.js/,
    ],
    [
      'runtime importing another core folder',
      'src/core/runtime/x.ts',
      "import { a } from '../gate/index.js';",
      /bottom layer/,
    ],
    [
      'shipped code importing tools/',
      'src/core/gate/x.ts',
      "import { a } from '../../../tools/router/router.js';",
      /never imports tools\//,
    ],
  ])('refuses %s', async (_what, file, code, message) => {
    const found = await messages(file, `${code}\nexport const b = a;\n`);
    expect(
      found.some((m) => message.test(m)),
      found.join('\n'),
    ).toBe(true);
  });

  it('allows what the layout allows', async () => {
    expect(
      await messages(
        'src/actions/health-gate/x.ts',
        "import { a } from '../../core/gate/index.js';\nimport { b } from './inputs.js';\nexport const c = [a, b];\n",
      ),
    ).toEqual([]);
    expect(
      await messages(
        'src/core/gate/x.ts',
        "import { a } from '../runtime/index.js';\nimport { b } from './judge.js';\nexport const c = [a, b];\n",
      ),
    ).toEqual([]);
  });
});

describe('what CommonJS bundles cannot carry (eslint.config.js, src/ only)', () => {
  async function syntax(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.message);
  }

  it.each([
    ['import.meta', 'export const u = import.meta.url;\n', /no import\.meta/],
    ['a top-level await', 'await Promise.resolve(1);\nexport {};\n', /no top-level await/],
    [
      'an await inside a top-level expression',
      'export const y = (await Promise.resolve(2)) + 1;\n',
      /no top-level await/,
    ],
    ['a top-level for await', 'for await (const a of []) void a;\nexport {};\n', /no top-level/],
  ])('refuses %s in src/', async (_what, code, message) => {
    const found = await syntax('src/core/gate/x.ts', code);
    expect(
      found.some((m) => message.test(m)),
      found.join('\n'),
    ).toBe(true);
  });

  it('allows await in functions, new.target, and both outside src/', async () => {
    const ok = [
      'export async function f() {\n  await 1;\n  for await (const a of []) void a;\n}\n',
      'export const g = async () => {\n  await 1;\n};\n',
      'export class A {\n  constructor() {\n    void new.target;\n  }\n}\n',
    ];
    for (const code of ok) expect(await syntax('src/core/gate/x.ts', code)).toEqual([]);
    expect(await syntax('lab/x.ts', 'await Promise.resolve(1);\nexport {};\n')).toEqual([]);
  });
});
