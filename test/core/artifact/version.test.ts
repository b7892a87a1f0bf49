import fc from 'fast-check';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import {
  bumpFor,
  computeAutoVersion,
  latestReleaseTag,
} from '../../../src/core/artifact/version.js';

describe('bumpFor', () => {
  it.each([
    [['fix: x'], 'patch'],
    [['chore: x', 'docs: y'], 'patch'],
    [['fix: x', 'feat(ui): y'], 'minor'],
    [['feat!: x'], 'major'],
    [['refactor(core)!: x'], 'major'],
    [['fix: x\n\nBREAKING CHANGE: removes y'], 'major'],
    [['fix: x\n\nBREAKING-CHANGE: removes y'], 'major'],
    [['feature: not conventional'], 'patch'],
  ])('%j → %s', (messages, bump) => expect(bumpFor(messages)).toBe(bump));
});

describe('latestReleaseTag', () => {
  it('takes the highest release, ignoring prereleases and non-version tags', () => {
    expect(latestReleaseTag(['v1.2.0', 'v1.10.0', 'v2.0.0-rc.1', 'release-9', 'v1.9.9'])).toEqual({
      tag: 'v1.10.0',
      version: '1.10.0',
    });
    expect(latestReleaseTag(['nightly'])).toBeUndefined();
  });
});

describe('computeAutoVersion', () => {
  const base = {
    tags: ['v1.4.0'],
    messages: ['fix: y'],
    onDefaultBranch: true,
    runNumber: 9,
    shortSha: 'abc1234',
  };
  it('bumps and adds build metadata', () => {
    expect(computeAutoVersion(base)).toBe('1.4.1+abc1234');
    expect(computeAutoVersion({ ...base, messages: ['feat: z'] })).toBe('1.5.0+abc1234');
  });
  it('adds -rc.<run> off the default branch', () => {
    expect(computeAutoVersion({ ...base, onDefaultBranch: false })).toBe('1.4.1-rc.9+abc1234');
  });
  it('uses the tag itself when HEAD is a release', () => {
    expect(computeAutoVersion({ ...base, headTag: 'v1.4.0' })).toBe('1.4.0+abc1234');
  });
  it('starts from 0.0.0 without tags', () => {
    expect(computeAutoVersion({ ...base, tags: [], messages: ['feat: first'] })).toBe(
      '0.1.0+abc1234',
    );
  });
  it('always yields a valid semver greater than the base (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.nat(50),
        fc.nat(50),
        fc.array(fc.constantFrom('fix: a', 'feat: b', 'feat!: c', 'chore: d')),
        fc.boolean(),
        (a, b, c, messages, onDefault) => {
          const version = computeAutoVersion({
            tags: [`v${a}.${b}.${c}`],
            messages,
            onDefaultBranch: onDefault,
            runNumber: 3,
            shortSha: 'deadbee',
          });
          expect(semver.parse(version)?.build).toEqual(['deadbee']);
          expect(semver.gt(version.replace(/-rc\.\d+/, ''), `${a}.${b}.${c}`)).toBe(true);
        },
      ),
    );
  });
});
