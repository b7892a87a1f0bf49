import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readMetadata } from '../../lab/runner.js';
import { EXAMPLES, renderExamples, renderUsage } from '../../scripts/readme.js';
import { GATE_INPUTS } from '../../src/core/gate/inputs.js';
import { PROVIDER_INPUTS } from '../../src/core/traffic/inputs.js';

/** Inputs read through shared core readers rather than named in the action's own files. */
const SHARED_READERS: Record<string, string[]> = {
  'health-gate': GATE_INPUTS,
  'canary-step': [...GATE_INPUTS, ...PROVIDER_INPUTS],
  rollback: PROVIDER_INPUTS,
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

  it('keeps every name the public contract gives', () => {
    const contract = readFileSync(path.join(ROOT, '..', 'shared', 'CONTRACT.md'), 'utf8');
    for (const action of ACTIONS) {
      const section = contract.split(/^## /m).find((s) => s.startsWith(action));
      expect(section, `CONTRACT.md has a section for ${action}`).toBeDefined();
      const meta = readMetadata(action);
      const [inputsPart, outputsPart] = (section as string).split(/^Outputs:/m);
      const names = (text: string | undefined) =>
        [...(text ?? '').matchAll(/`([a-z][a-z0-9-]+)`/g)].map((m) => m[1] as string);
      for (const output of names(outputsPart?.split(/\n\n/)[0])) {
        if (/^(pass|fail|inconclusive|promoted|aborted|paused)$/.test(output)) continue;
        expect(Object.keys(meta.outputs), `${action} output ${output}`).toContain(output);
      }
      const declared = new Set(Object.keys(meta.inputs));
      const otherOutputs = new Set(
        ACTIONS.filter((a) => a !== action).flatMap((a) => Object.keys(readMetadata(a).outputs)),
      );
      const inputNames = names(inputsPart).filter(
        (n) =>
          !/^(release|directory|none|auto|previous|embedded|haproxy|nginx|command|flagd|canary|blue-green|rolling|pass|fail)$/.test(
            n,
          ) || declared.has(n),
      );
      for (const input of inputNames) {
        if (/^(sha256|semver)/.test(input) || input.startsWith('.github') || input.includes('@'))
          continue;
        if (!declared.has(input) && otherOutputs.has(input)) continue; // e.g. build-artifact's archive-path, named as a source

        expect([...declared], `${action} input ${input}`).toContain(input);
      }
    }
  });

  it('makes the root action.yml the build-artifact entry with the same interface', () => {
    const root = readMetadata('.');
    const build = readMetadata('build-artifact');
    expect(root.runs).toEqual({ ...build.runs, main: 'dist/build-artifact/index.js' });
    expect(root.inputs).toEqual(build.inputs);
    expect(root.outputs).toEqual(build.outputs);
    expect(root.description.length).toBeLessThanOrEqual(125);
  });

  it('documents every action in the README, generated from its action.yml', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const action of ACTIONS) {
      expect(readme, `README usage for ${action} is current (run npm run readme)`).toContain(
        renderUsage(action),
      );
    }
  });

  it('shows the example workflows as they are in examples/ (run npm run readme)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(renderExamples());
    expect(
      readdirSync(path.join(ROOT, 'examples'))
        .filter((f) => f.endsWith('.yml'))
        .sort(),
    ).toEqual([...EXAMPLES].sort());
  });
});
