import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readMetadata } from '../../lab/runner.js';
import { GATE_INPUTS } from '../../src/core/gate/inputs.js';
import { PROVIDER_INPUTS } from '../../src/core/traffic/inputs.js';
import { ATTESTATION_INPUTS } from '../../src/core/pipeline/index.js';
import { ARTIFACT_INPUTS } from '../../src/core/artifact/index.js';
import { ConfigError, Inputs, parseDuration, readContext } from '../../src/core/runtime/index.js';

/** Inputs read through shared core readers rather than named in the action's own files. */
const SHARED_READERS: Record<string, string[]> = {
  'health-gate': GATE_INPUTS,
  'canary-step': [...GATE_INPUTS, ...PROVIDER_INPUTS, ...ARTIFACT_INPUTS],
  'promote-environment': ATTESTATION_INPUTS,
  rollback: [...PROVIDER_INPUTS, ...ATTESTATION_INPUTS, ...ARTIFACT_INPUTS],
};
/** Declared for uniformity (every action takes token) though this action never uses GitHub. */
const UNUSED_ALLOWED: Record<string, string[]> = { 'health-gate': ['token'] };

const ACTIONS = ['build-artifact', 'promote-environment', 'canary-step', 'health-gate', 'rollback'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** Input names the code reads (`inputs.<getter>('name'`) and output names it sets (`setOutput('name'`). */
function usedNames(action: string): {
  inputs: Set<string>;
  outputs: Set<string>;
  available: boolean;
} {
  const text = sourceFiles(path.join(ROOT, 'src', 'actions', action))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const inputs = new Set(
    [
      ...text.matchAll(
        /inputs\.(?:string|required|secret|boolean|integer|number|duration|enum|list|lines|semver|url)\(\s*'([a-z0-9-]+)'/g,
      ),
    ].map((m) => m[1] as string),
  );
  const outputs = new Set(
    [...text.matchAll(/setOutput\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1] as string),
  );
  for (const name of SHARED_READERS[action] ?? []) inputs.add(name);
  for (const name of UNUSED_ALLOWED[action] ?? []) inputs.add(name);
  return { inputs, outputs, available: !text.includes('is not yet available') };
}

describe('action metadata', () => {
  it.each(ACTIONS)(
    '%s: runs on node24 from its dist entry, kebab-case names, every input described',
    (action) => {
      const meta = readMetadata(action);
      expect(meta.runs.using).toBe('node24');
      expect(meta.runs.main).toBe(`../../dist/${action}/index.js`);
      if (meta.runs.post) expect(meta.runs.post).toBe(`../../dist/${action}/post.js`);
      for (const [name, spec] of [
        ...Object.entries(meta.inputs),
        ...Object.entries(meta.outputs),
      ]) {
        expect(name).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
        expect(spec.description, `${action}: ${name} has a description`).toBeTruthy();
      }
      expect(meta.inputs.token?.default).toBe('${{ github.token }}');
    },
  );

  it.each(ACTIONS)(
    '%s: the code reads only declared inputs and sets only declared outputs, and uses all of them',
    (action) => {
      const meta = readMetadata(action);
      const used = usedNames(action);
      for (const name of used.inputs)
        expect(Object.keys(meta.inputs), `${action} reads '${name}'`).toContain(name);
      for (const name of used.outputs)
        expect(Object.keys(meta.outputs), `${action} sets '${name}'`).toContain(name);
      if (used.available) {
        expect([...used.inputs].sort()).toEqual(Object.keys(meta.inputs).sort());
        expect([...used.outputs].sort()).toEqual(Object.keys(meta.outputs).sort());
      }
    },
  );

  it('makes the root action.yml the build-artifact entry with the same interface', () => {
    const root = readMetadata('.');
    const build = readMetadata('build-artifact');
    expect(root.runs).toEqual({ ...build.runs, main: 'dist/build-artifact/index.js' });
    expect(root.inputs).toEqual(build.inputs);
    expect(root.outputs).toEqual(build.outputs);
    expect(root.description.length).toBeLessThanOrEqual(125);
  });
});

/** One Markdown table: its header cells and each row as cells keyed by header. */
interface Table {
  header: string[];
  rows: Record<string, string>[];
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));

/** The tables of a piece of Markdown, in order. */
function tables(markdown: string): Table[] {
  const out: Table[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]?.startsWith('|') || !/^\|[\s|:-]+\|$/.test(lines[i + 1]?.trim() ?? '')) continue;
    const header = cells(lines[i] as string);
    const rows: Record<string, string>[] = [];
    for (i += 2; lines[i]?.startsWith('|'); i++) {
      const row = cells(lines[i] as string);
      rows.push(Object.fromEntries(header.map((h, k) => [h, row[k] ?? ''])));
    }
    out.push({ header, rows });
  }
  return out;
}

/** The text under each `## ` heading (and `### ` within it), keyed by heading. */
function sections(markdown: string, level: '##' | '###'): Map<string, string> {
  const parts = markdown.split(new RegExp(`^${level} `, 'm')).slice(1);
  return new Map(parts.map((p) => [p.slice(0, p.indexOf('\n')).trim(), p]));
}

/** `name` from a cell holding exactly one code span. */
const codeName = (cell: string | undefined) => /^`([^`]+)`$/.exec(cell ?? '')?.[1];
const codeSpans = (cell: string | undefined) =>
  [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

const CONTRACT = readFileSync(path.join(ROOT, 'docs', 'contract.md'), 'utf8');
const CONTRACT_SECTIONS = sections(CONTRACT, '##');

interface Named {
  name: string;
  row: Record<string, string>;
}

/** The inputs and outputs docs/contract.md gives an action. */
function contractOf(action: string): { inputs: Named[]; outputs: Named[] } {
  const section = CONTRACT_SECTIONS.get(action);
  if (!section) throw new Error(`docs/contract.md has no section '## ${action}'`);
  const parts = sections(section, '###');
  const named = (title: string): Named[] => {
    const table = tables(parts.get(title) ?? '')[0];
    if (!table) throw new Error(`docs/contract.md: ${action} has no ${title} table`);
    return table.rows.map((row) => {
      const name = codeName(row.Name);
      if (!name)
        throw new Error(`docs/contract.md: ${action} ${title}: '${row.Name}' is not a name`);
      return { name, row };
    });
  };
  return { inputs: named('Inputs'), outputs: named('Outputs') };
}

/** Every `.ts` file under src/, with its text. */
const SRC = sourceFiles(path.join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8'));
const DURATION = /^\d+(ms|s|m|h)$/;

/** What the contract's Planned table promised and the project has since built. */
const PLANNED_THEN_BUILT: { action: string; kind: string; name: string }[] = [
  { action: 'promote-environment', kind: 'input', name: 'override-window' },
  { action: 'promote-environment', kind: 'input', name: 'require-attestation' },
  { action: 'canary-step', kind: 'strategy', name: 'experiment' },
  { action: 'canary-step', kind: 'on-inconclusive', name: 'pause' },
  { action: 'canary-step', kind: 'output', name: 'winner' },
  { action: 'canary-step', kind: 'output', name: 'lift' },
  { action: 'health-gate', kind: 'checks', name: 'datadog' },
  { action: 'health-gate', kind: 'checks', name: 'cloudwatch' },
  { action: 'health-gate', kind: 'checks', name: 'newrelic' },
  { action: 'health-gate', kind: 'checks', name: 'web' },
];

describe('docs/contract.md, the project contract, against action.yml and the code', () => {
  it('has the conventions users rely on, and the code keeps them', () => {
    for (const text of ['`500ms`', '`30s`', '`5m`', '`1h`', '`true`', '`false`', '`::error::`'])
      expect(CONTRACT, `contract names ${text}`).toContain(text);
    expect(CONTRACT).toMatch(/bare number .* is an error/);
    expect(CONTRACT).toMatch(/comma- or newline-separated/);
    expect(CONTRACT).toMatch(/no write to GitHub and no change to traffic/);
    expect(parseDuration('30')).toBeUndefined();
    expect([parseDuration('500ms'), parseDuration('30s'), parseDuration('5m')]).toEqual([
      500, 30_000, 300_000,
    ]);
    expect(parseDuration('1h')).toBe(3_600_000);
    // The contract's example error line is the one the code prints; `yes` is no boolean.
    const example = /`::error::(Input 'duration' [^`]*)`/.exec(CONTRACT)?.[1];
    const given = (value: string) => new Inputs(() => value);
    expect(() => given('30').duration('duration', { min: 1000, max: 6 * 3_600_000 })).toThrow(
      ConfigError,
    );
    let message = '';
    try {
      given('30').duration('duration', { min: 1000, max: 6 * 3_600_000 });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(example).toBeDefined();
    expect(message).toBe(example);
    expect(() => given('yes').boolean('dry-run', false)).toThrow(/Input 'dry-run' is 'yes'/);
    expect(given('false').boolean('dry-run', true)).toBe(false);
    // Every action's GitHub address is GITHUB_API_URL.
    expect(CONTRACT).toContain('`GITHUB_API_URL`');
    const env = { GITHUB_REPOSITORY: 'octo/app', GITHUB_API_URL: 'http://127.0.0.1:9/api/' };
    expect(readContext(env).apiUrl).toBe('http://127.0.0.1:9/api');
  });

  it.each(ACTIONS)('%s: names every input and output of action.yml, and only those', (action) => {
    const meta = readMetadata(action);
    const contract = contractOf(action);
    expect(contract.inputs.map((i) => i.name).sort()).toEqual(Object.keys(meta.inputs).sort());
    expect(contract.outputs.map((o) => o.name).sort()).toEqual(Object.keys(meta.outputs).sort());
  });

  it.each(ACTIONS)('%s: each input has the default and unit action.yml gives it', (action) => {
    const meta = readMetadata(action);
    for (const { name, row } of contractOf(action).inputs) {
      const spec = meta.inputs[name];
      const where = `${action} input ${name}`;
      if (spec?.required) expect(row.Default, where).toBe('required');
      else if (spec?.default === undefined) expect(row.Default, where).toBe('—');
      else expect(row.Default, where).toBe(`\`${spec.default}\``);
      const unit = row.Unit ?? '';
      // A duration is written with a unit and says so in action.yml; a boolean defaults to true or false.
      if (unit === 'duration') {
        expect(spec?.description, where).toMatch(/duration/);
        if (spec?.default !== undefined) expect(spec.default, where).toMatch(DURATION);
      }
      if (spec?.default !== undefined && DURATION.test(spec.default))
        expect(unit, where).toBe('duration');
      expect(unit === 'boolean', where).toBe(spec?.default === 'true' || spec?.default === 'false');
    }
  });

  it('durations and booleans are read by the code as the contract says', () => {
    const read = (getter: string) =>
      new Set(
        SRC.flatMap((text) =>
          [...text.matchAll(new RegExp(`inputs\\.${getter}\\(\\s*'([a-z0-9-]+)'`, 'g'))].map(
            (m) => m[1] as string,
          ),
        ),
      );
    const durations = read('duration');
    const booleans = read('boolean');
    expect(durations.size).toBeGreaterThan(3);
    expect(booleans.size).toBeGreaterThan(3);
    for (const action of ACTIONS)
      for (const { name, row } of contractOf(action).inputs) {
        if (durations.has(name)) expect(row.Unit, `${action} ${name}`).toBe('duration');
        if (booleans.has(name)) expect(row.Unit, `${action} ${name}`).toBe('boolean');
      }
  });

  it.each(ACTIONS)(
    '%s: every value a meaning or unit names is one action.yml gives that name',
    (action) => {
      const meta = readMetadata(action);
      const known = new Set([
        ...ACTIONS.flatMap((a) => [
          ...Object.keys(readMetadata(a).inputs),
          ...Object.keys(readMetadata(a).outputs),
        ]),
      ]);
      const contract = contractOf(action);
      const check = (name: string, row: Record<string, string>, spec?: string) => {
        if (/^As in /.test(row.Meaning ?? '')) return;
        for (const span of [...codeSpans(row.Meaning), ...codeSpans(row.Unit)]) {
          if (known.has(span) || /^GLIDEPATH_[A-Z_]+$/.test(span)) continue;
          expect(spec ?? '', `${action} ${name}: \`${span}\` is in action.yml`).toContain(span);
        }
      };
      for (const { name, row } of contract.inputs) {
        const spec = meta.inputs[name];
        check(name, row, `${spec?.description ?? ''} ${spec?.default ?? ''}`);
      }
      for (const { name, row } of contract.outputs)
        check(name, row, meta.outputs[name]?.description);
    },
  );

  it('lists every GLIDEPATH_* variable the code sets or reads, and only those', () => {
    const section = [...CONTRACT_SECTIONS.entries()].find(([title]) =>
      title.startsWith('Environment variables'),
    )?.[1];
    const listed = tables(section ?? '').flatMap((t) => t.rows.map((r) => codeName(r.Variable)));
    const inCode = new Set(
      SRC.flatMap((text) => [...text.matchAll(/\bGLIDEPATH_[A-Z_]*[A-Z]\b/g)].map((m) => m[0])),
    );
    expect(inCode.size).toBeGreaterThan(10);
    expect(listed.sort()).toEqual([...inCode].sort());
    for (const name of ['GLIDEPATH_VERSION', 'GLIDEPATH_SERVER', 'GLIDEPATH_BACKUP_FILE'])
      expect(listed).toContain(name);
  });

  it('gives the fields of the deployment payload the code writes, and only those', () => {
    const source = readFileSync(path.join(ROOT, 'src', 'core', 'github', 'payload.ts'), 'utf8');
    const body = /export interface DeploymentPayload \{\n([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
    const fields = [...body.matchAll(/^ {2}([a-z_]+)\??:/gm)].map((m) => m[1] as string);
    expect(fields).toEqual(expect.arrayContaining(['version', 'digest', 'artifact']));
    const listed = tables(CONTRACT_SECTIONS.get('Deployment payload') ?? '').flatMap((t) =>
      t.rows.map((r) => codeName(r.Field)),
    );
    expect(listed.sort()).toEqual(fields.sort());
  });

  it('names what is planned, and none of it exists yet', () => {
    const planned = tables(CONTRACT_SECTIONS.get('Planned (not built yet)') ?? '')[0]?.rows ?? [];
    const names = planned.map((r) => codeName(r.Name));
    // Names once planned here and since built: each now exists where the table said it would.
    for (const name of PLANNED_THEN_BUILT.map((b) => b.name))
      expect(names, `${name} is built, not planned`).not.toContain(name);
    for (const built of PLANNED_THEN_BUILT) {
      const meta = readMetadata(built.action);
      const where = `${built.action} ${built.kind} ${built.name}`;
      if (built.kind === 'input') expect(Object.keys(meta.inputs), where).toContain(built.name);
      else if (built.kind === 'output')
        expect(Object.keys(meta.outputs), where).toContain(built.name);
      else
        expect(meta.inputs[built.kind]?.description, where).toMatch(
          new RegExp(`\\b${built.name}\\b`),
        );
    }
    for (const row of planned) {
      const action = row.Action ?? '';
      const name = codeName(row.Name) ?? '';
      expect(ACTIONS, row.Action).toContain(action);
      const meta = readMetadata(action);
      const where = `${action} planned ${row.Kind} ${name}`;
      const implemented = contractOf(action);
      if (row.Kind === 'input') {
        expect(Object.keys(meta.inputs), where).not.toContain(name);
        expect(
          implemented.inputs.map((i) => i.name),
          where,
        ).not.toContain(name);
      } else if (row.Kind === 'output') {
        expect(Object.keys(meta.outputs), where).not.toContain(name);
        expect(
          implemented.outputs.map((o) => o.name),
          where,
        ).not.toContain(name);
      } else {
        // A value of an existing input: neither action.yml nor the code accepts it yet.
        const input = /^value of `([a-z-]+)`/.exec(row.Kind ?? '')?.[1] ?? '';
        expect(Object.keys(meta.inputs), where).toContain(input);
        expect(meta.inputs[input]?.description, where).not.toMatch(new RegExp(`\\b${name}\\b`));
        for (const text of SRC) expect(text, where).not.toContain(`'${name}'`);
      }
    }
  });
});
