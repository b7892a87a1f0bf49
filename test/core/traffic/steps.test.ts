import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/runtime/errors.js';
import { parseSteps } from '../../../src/core/traffic/steps.js';
import { readPipeline } from '../../../src/core/pipeline/config.js';
import { tempDir, writeTree } from '../../../lab/fixtures.js';

describe('parseSteps', () => {
  it('parses the documented form', () => {
    expect(parseSteps('5@1m, 25@2m, 50@2m, 100')).toEqual([
      { weight: 5, bakeMs: 60_000, label: '5@1m' },
      { weight: 25, bakeMs: 120_000, label: '25@2m' },
      { weight: 50, bakeMs: 120_000, label: '50@2m' },
      { weight: 100, bakeMs: 0, label: '100' },
    ]);
  });

  it('accepts every strictly increasing list ending at 100 (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 300 }),
        (weights, seconds) => {
          const sorted = [...weights].sort((a, b) => a - b);
          const text = [...sorted.map((w) => `${w}@${seconds}s`), '100'].join(',');
          const steps = parseSteps(text);
          expect(steps.map((s) => s.weight)).toEqual([...sorted, 100]);
          expect(steps.slice(0, -1).every((s) => s.bakeMs === seconds * 1000)).toBe(true);
        },
      ),
    );
  });

  it('answers any other text with a ConfigError naming steps, never a crash (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          const steps = parseSteps(text);
          expect(steps.at(-1)?.weight).toBe(100);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expect((error as ConfigError).input).toBe('steps');
        }
      }),
    );
  });
});

describe('readPipeline', () => {
  it('reads the config file in order with its policies', () => {
    const ws = tempDir();
    writeTree(ws, {
      '.github/glidepath.yml':
        "environments:\n  - dev\n  - name: production\n    versions: '>=1.0.0'\n    require-reviewers: true\n    url: https://example.com\n",
    });
    expect(readPipeline([], '.github/glidepath.yml', ws)).toEqual([
      { name: 'dev' },
      {
        name: 'production',
        versions: '>=1.0.0',
        requireReviewers: true,
        url: 'https://example.com',
      },
    ]);
  });

  it.each([
    ['environments: {}\n', /has no environments: list/],
    ['environments:\n  - name: dev\n    colour: blue\n', /unknown key 'colour'/],
    ['environments:\n  - name: dev\n    require-reviewers: yes\n', /require-reviewers 'yes'/],
    ['environments: [dev, dev]\n', /lists 'dev' twice/],
    ['environments: [\n', /not valid YAML/],
  ])('refuses %j', (text, message) => {
    const ws = tempDir();
    writeTree(ws, { '.github/glidepath.yml': text });
    expect(() => readPipeline([], '.github/glidepath.yml', ws)).toThrow(message);
  });
});
