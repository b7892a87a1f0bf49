import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/core/runtime/duration.js';
import { ConfigError, UserError } from '../../src/core/runtime/errors.js';
import { Inputs } from '../../src/core/runtime/inputs.js';
import {
  archiveFileName,
  digestOf,
  MANIFEST_SCHEMA,
  readManifest,
  serialiseManifest,
  type Manifest,
} from '../../src/core/artifact/index.js';
import { readPipeline, versionRefusal } from '../../src/core/pipeline/config.js';
import { parseStatusSet } from '../../src/core/gate/status.js';
import { parseSteps } from '../../src/core/traffic/steps.js';

/**
 * Property-based tests (fast-check) of every parser that reads user text: durations, step lists,
 * the semver policies, the pipeline config and manifests. Each parser, on any text, either
 * returns a value that satisfies its contract or throws the error that names the input —
 * never another exception, never a silently different meaning. (test/core has the examples.)
 */

const RUNS = { numRuns: 300 };
const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');
/** Runs fn; a ConfigError must name `input`; any other exception fails the property. */
function configErrorOr<T>(input: string, fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).input).toBe(input);
    expect((error as Error).message).toMatch(new RegExp(`^Input '${input}' .+: .+`));
    return undefined;
  }
}

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;
const part = fc.record({
  n: fc.nat(500),
  unit: fc.constantFrom(...(Object.keys(UNITS) as (keyof typeof UNITS)[])),
});
/** Text that looks like a duration more often than random strings do. */
const durationish = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc
    .array(part, { minLength: 1, maxLength: 4 })
    .map((ps) => ps.map((p) => `${p.n}${p.unit}`).join('')),
  fc.stringMatching(/^[0-9 .a-z-]{1,10}$/),
);

describe('durations', () => {
  it('a sum of parts parses to the sum of its parts (property)', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        expect(parseDuration(parts.map((p) => `${p.n}${p.unit}`).join(''))).toBe(
          parts.reduce((sum, p) => sum + p.n * UNITS[p.unit], 0),
        );
      }),
      RUNS,
    );
  });

  it('any text is a whole number of ms ≥ 0 or not a duration; never an exception (property)', () => {
    fc.assert(
      fc.property(durationish, (text) => {
        const ms = parseDuration(text);
        if (ms !== undefined) {
          expect(Number.isInteger(ms) && ms >= 0).toBe(true);
          expect(text.trim()).toMatch(/^(\d+(\.\d+)?(ms|s|m|h))+$/);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a space inside, a sign, or a missing unit is refused, never read as seconds (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.constantFrom('s', 'm', 'h', 'ms'),
        fc.constantFrom(
          (n: number, u: string) => `${n} ${u}`,
          (n: number, u: string) => `-${n}${u}`,
          (n: number, u: string) => `+${n}${u}`,
          (n: number) => `${n}`,
          (n: number, u: string) => `${u}${n}`,
        ),
        (n, unit, shape) => {
          expect(parseDuration(shape(n, unit))).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('a duration input is within its bounds or a ConfigError naming it (property)', () => {
    fc.assert(
      fc.property(durationish, (text) => {
        const ms = configErrorOr('wait', () =>
          inputs({ wait: text }).duration('wait', { min: 1000, max: 3_600_000 }),
        );
        if (ms !== undefined) expect(ms >= 1000 && ms <= 3_600_000).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatting and parsing agree on whole seconds and minutes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 59 }), fc.integer({ min: 0, max: 59 }), (m, s) => {
        expect(parseDuration(formatDuration(m * 60_000 + s * 1000))).toBe(m * 60_000 + s * 1000);
      }),
      RUNS,
    );
  });
});

describe('step lists', () => {
  const token = fc.oneof(
    fc
      .record({
        w: fc.integer({ min: -5, max: 110 }),
        bake: fc.option(durationish, { nil: undefined }),
      })
      .map(({ w, bake }) => (bake === undefined ? `${w}` : `${w}@${bake}`)),
    fc.string({ maxLength: 8 }),
  );
  const stepText = fc
    .array(token, { minLength: 0, maxLength: 8 })
    .chain((tokens) => fc.constantFrom(',', '\n', ', ').map((sep) => tokens.join(sep)));

  it('whatever parses is strictly increasing, ends at 100, bakes 100ms–6h, and its labels parse back to it (property)', () => {
    fc.assert(
      fc.property(stepText, (text) => {
        const steps = configErrorOr('steps', () => parseSteps(text));
        if (!steps) return;
        expect(steps.at(-1)?.weight).toBe(100);
        steps.forEach((step, i) => {
          if (i > 0)
            expect(step.weight).toBeGreaterThan((steps[i - 1] as { weight: number }).weight);
          expect(step.weight > 0 && step.weight <= 100).toBe(true);
          if (i < steps.length - 1)
            expect(step.bakeMs >= 100 && step.bakeMs <= 6 * 3_600_000).toBe(true);
        });
        expect(parseSteps(steps.map((s) => s.label).join(','))).toEqual(steps);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses any list whose weights do not strictly increase (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 8 })
          .filter((ws) => ws.some((w, i) => i > 0 && w <= (ws[i - 1] as number))),
        (weights) => {
          expect(() => parseSteps([...weights.map((w) => `${w}@1m`), '100'].join(','))).toThrow(
            /^Input 'steps' has \d+ after \d+: make weights strictly increasing$/,
          );
        },
      ),
      RUNS,
    );
  });
});

describe('semver policies', () => {
  const version = fc
    .tuple(
      fc.nat(5),
      fc.nat(5),
      fc.nat(5),
      fc.option(fc.constantFrom('rc.1', 'rc.2', 'beta'), { nil: undefined }),
    )
    .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);
  const range = fc.oneof(
    fc.constantFrom('>=1.0.0', '^2', '~1.2', '<3.0.0', '>=2.0.0-rc.1', '1.x', '*'),
    version.map((v) => `>=${v}`),
    version.map((v) => `^${v}`),
  );

  it('never lets a version below the live one through without allow-downgrade (property)', () => {
    fc.assert(
      fc.property(version, version, fc.boolean(), (next, live, allowed) => {
        const refusal = versionRefusal(next, { name: 'production' }, live, allowed);
        if (semver.lt(next, live) && !allowed)
          expect(refusal).toBe(
            `Refusing to downgrade production from ${live} to ${next}: use the rollback action, or set allow-downgrade: true`,
          );
        else expect(refusal).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('lets through exactly the versions the range satisfies, prereleases only where the range names one (property)', () => {
    fc.assert(
      fc.property(version, range, (next, versions) => {
        const refusal = versionRefusal(next, { name: 'staging', versions }, '', false);
        expect(refusal === undefined).toBe(semver.satisfies(next, versions));
        if (refusal === undefined && semver.prerelease(next)) expect(versions).toMatch(/-/);
      }),
      RUNS,
    );
  });

  it('a version input is a valid semver (v prefix accepted, build metadata kept: auto versions name their release by it) or a ConfigError naming it (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          version,
          version.map((v) => `v${v}`),
          version.map((v) => `${v}+build.7`),
          fc.string({ maxLength: 16 }),
        ),
        (text) => {
          const parsed = configErrorOr('version', () =>
            inputs({ version: text }).semver('version'),
          );
          if (parsed !== undefined) {
            const given = semver.parse(text.trim().replace(/^v(?=\d)/, ''));
            expect(given).not.toBeNull();
            expect(parsed).toBe(
              given?.build.length ? `${given.version}+${given.build.join('.')}` : given?.version,
            );
            expect(semver.valid(parsed)).toBe(given?.version);
          }
        },
      ),
      RUNS,
    );
  });

  it('a config file takes a versions policy only when it is a semver range (property)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-config-'));
    fc.assert(
      fc.property(fc.oneof(range, fc.string({ maxLength: 12 })), (versions) => {
        writeFileSync(
          path.join(dir, 'glidepath.yml'),
          `environments:\n  - name: staging\n    versions: ${JSON.stringify(versions)}\n`,
        );
        const pipeline = configErrorOr('config', () => readPipeline([], 'glidepath.yml', dir));
        expect(pipeline !== undefined).toBe(semver.validRange(versions) !== null);
        if (pipeline) expect(pipeline[0]?.versions).toBe(versions);
      }),
      RUNS,
    );
  });

  it('any YAML in the config file is a pipeline or a ConfigError naming config (property)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-config-'));
    const yamlish = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => `environments: ${JSON.stringify(v)}\n`),
    );
    fc.assert(
      fc.property(yamlish, (text) => {
        writeFileSync(path.join(dir, 'glidepath.yml'), text);
        const pipeline = configErrorOr('config', () => readPipeline([], 'glidepath.yml', dir));
        if (pipeline) {
          expect(pipeline.length).toBeGreaterThan(0);
          expect(new Set(pipeline.map((e) => e.name.toLowerCase())).size).toBe(pipeline.length);
        }
      }),
      RUNS,
    );
  });
});

describe('manifests', () => {
  const hex64 = fc.stringMatching(/^[0-9a-f]{64}$/);
  const manifest: fc.Arbitrary<Manifest> = fc.record({
    schema: fc.constant(MANIFEST_SCHEMA),
    name: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/),
    version: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
    archive: fc.constant('app-1.0.0.tar.gz'),
    digest: hex64.map((h) => `sha256:${h}`),
    size: fc.nat(),
    files: fc.nat(),
    commit: fc.stringMatching(/^[0-9a-f]{40}$/),
    ref: fc.constant('refs/heads/main'),
    runUrl: fc.webUrl(),
    sourceDateEpoch: fc.nat(),
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'glidepath-manifest-'));
  const write = (text: string | Buffer) => {
    const file = path.join(dir, 'm.manifest.json');
    writeFileSync(file, text);
    return file;
  };

  it('round-trips, and equal manifests serialise to the same bytes whatever their key order (property)', async () => {
    await fc.assert(
      fc.asyncProperty(manifest, async (m) => {
        const text = serialiseManifest(m);
        expect(await readManifest(write(text))).toEqual(m);
        const shuffled = Object.fromEntries(Object.entries(m).reverse()) as Manifest;
        expect(digestOf(serialiseManifest(shuffled))).toBe(digestOf(text));
      }),
      { numRuns: 100 },
    );
  });

  it('any change to a manifest changes its digest, so manifest-digest refuses it (property)', () => {
    fc.assert(
      fc.property(manifest, fc.nat(), fc.integer({ min: 1, max: 255 }), (m, at, flip) => {
        const bytes = Buffer.from(serialiseManifest(m));
        const tampered = Buffer.from(bytes);
        const i = at % tampered.length;
        tampered[i] = (tampered[i] as number) ^ flip;
        expect(digestOf(tampered)).not.toBe(digestOf(bytes));
      }),
      RUNS,
    );
  });

  it('any bytes are a Glidepath manifest or a UserError saying it is not one; never a crash (property)', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      manifest.map((m) => serialiseManifest(m).replace(/"sha256:[0-9a-f]{4}/, '"sha256:zz')),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (content) => {
        try {
          const m = await readManifest(write(content));
          expect(m.schema).toBe(MANIFEST_SCHEMA);
          expect(m.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
        } catch (error) {
          expect(error).toBeInstanceOf(UserError);
          expect((error as Error).message).toMatch(
            /^The manifest '.+' (could not be read as JSON|is not a Glidepath manifest)/,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('archive file names are one safe path segment whatever the name and version (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (name, version) => {
        const file = archiveFileName(name, version);
        expect(file).toMatch(/^[A-Za-z0-9._-]*\.tar\.gz$/);
        expect(path.basename(file)).toBe(file);
      }),
      RUNS,
    );
  });
});

describe('status sets', () => {
  it('any text is inclusive ranges within 100–599 or undefined (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 16 }),
          fc
            .array(
              fc.tuple(
                fc.integer({ min: 0, max: 700 }),
                fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined }),
              ),
              { maxLength: 4 },
            )
            .map((rs) => rs.map(([a, b]) => (b === undefined ? `${a}` : `${a}-${b}`)).join(',')),
        ),
        (text) => {
          const set = parseStatusSet(text);
          if (set)
            for (const [low, high] of set)
              expect(100 <= low && low <= high && high <= 599).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
