import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/core/runtime/yaml.js';
import { readPipeline } from '../../../src/core/pipeline/config.js';
import {
  clockNow,
  describeInstant,
  instantOf,
  nextOpening,
  readReleaseRules,
  type ReleaseRules,
  windowGate,
  windowVerdict,
} from '../../../src/core/pipeline/windows.js';
import { tempDir, writeTree } from '../../../lab/fixtures.js';

const at = (iso: string) => Date.parse(iso);
const rules = (entry: Record<string, unknown>): ReleaseRules =>
  readReleaseRules(entry, 'environments[0]');
const iso = (t: number | undefined) => (t === undefined ? 'none' : new Date(t).toISOString());

beforeAll(async () => {
  await loadYaml();
});

describe('release windows across daylight-saving changes', () => {
  const berlin = rules({
    'time-zone': 'Europe/Berlin',
    windows: [{ days: 'mon-fri', hours: '09:00-17:00' }],
  });

  it('Europe/Berlin: 09:00 local is 08:00 UTC before 29 March 2026 and 07:00 UTC after', () => {
    // Friday 27 March, CET (+01:00).
    expect(windowVerdict(berlin, at('2026-03-27T07:59:00Z')).open).toBe(false);
    expect(windowVerdict(berlin, at('2026-03-27T08:00:00Z')).open).toBe(true);
    expect(windowVerdict(berlin, at('2026-03-27T15:59:00Z')).open).toBe(true);
    expect(windowVerdict(berlin, at('2026-03-27T16:00:00Z')).open).toBe(false);
    // Monday 30 March, CEST (+02:00): an offset carried over from Friday would say 08:00 UTC.
    expect(windowVerdict(berlin, at('2026-03-30T06:59:00Z')).open).toBe(false);
    expect(windowVerdict(berlin, at('2026-03-30T07:00:00Z')).open).toBe(true);
    expect(windowVerdict(berlin, at('2026-03-30T14:59:00Z')).open).toBe(true);
    expect(windowVerdict(berlin, at('2026-03-30T15:00:00Z')).open).toBe(false);
    // Closed over the weekend of the change: the next opening is Monday 07:00 UTC.
    expect(iso(nextOpening(berlin, at('2026-03-28T12:00:00Z')))).toBe('2026-03-30T07:00:00.000Z');
    // And back in October: Friday 23 is CEST, Monday 26 is CET again.
    expect(iso(nextOpening(berlin, at('2026-10-23T15:00:00Z')))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('Europe/Berlin: local times around the changes name the right instants', () => {
    const day = (d: number, hour: number, minute = 0) =>
      iso(instantOf({ year: 2026, month: 3, day: d, hour, minute }, 'Europe/Berlin'));
    expect(day(29, 1, 59)).toBe('2026-03-29T00:59:00.000Z');
    expect(day(29, 3)).toBe('2026-03-29T01:00:00.000Z');
    // 02:30 does not exist that night: it lands after the change, never before it.
    expect(day(29, 2, 30)).toBe('2026-03-29T01:30:00.000Z');
    expect(
      iso(instantOf({ year: 2026, month: 10, day: 25, hour: 4, minute: 0 }, 'Europe/Berlin')),
    ).toBe('2026-10-25T03:00:00.000Z');
    // A freeze over the spring change lasts two real hours, not three.
    const frozen = rules({
      'time-zone': 'Europe/Berlin',
      freezes: [{ from: '2026-03-29 01:00', to: '2026-03-29 04:00', reason: 'clock change' }],
    });
    const [freeze] = frozen.freezes;
    expect(freeze && freeze.to - freeze.from).toBe(2 * 3_600_000);
  });

  it('America/New_York: the spring gap shortens a window, the autumn repeat lengthens it', () => {
    const ny = rules({
      'time-zone': 'America/New_York',
      windows: [{ days: 'sun', hours: '01:30-02:30' }],
    });
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00 UTC). The window runs 06:30–07:00 UTC.
    expect(windowVerdict(ny, at('2026-03-08T06:29:00Z')).open).toBe(false);
    expect(windowVerdict(ny, at('2026-03-08T06:30:00Z')).open).toBe(true);
    expect(windowVerdict(ny, at('2026-03-08T06:59:00Z')).open).toBe(true);
    expect(windowVerdict(ny, at('2026-03-08T07:00:00Z')).open).toBe(false);
    // 1 November 2026: 01:30–02:00 happens twice (EDT then EST), and 02:00–02:30 once after that.
    expect(windowVerdict(ny, at('2026-11-01T05:30:00Z')).open).toBe(true); // 01:30 EDT
    expect(windowVerdict(ny, at('2026-11-01T06:00:00Z')).open).toBe(false); // 01:00 EST: outside
    expect(windowVerdict(ny, at('2026-11-01T06:29:00Z')).open).toBe(false); // 01:29 EST
    expect(windowVerdict(ny, at('2026-11-01T06:30:00Z')).open).toBe(true); // 01:30 EST again
    expect(windowVerdict(ny, at('2026-11-01T07:29:00Z')).open).toBe(true); // 02:29 EST
    expect(windowVerdict(ny, at('2026-11-01T07:30:00Z')).open).toBe(false);
    // From the Monday after, the next opening is the next Sunday 01:30 EST = 06:30 UTC.
    expect(iso(nextOpening(ny, at('2026-11-02T12:00:00Z')))).toBe('2026-11-08T06:30:00.000Z');
    // Before the spring change, a Sunday 01:30 is EST too; the one after is EDT (05:30 UTC).
    expect(iso(nextOpening(ny, at('2026-03-09T00:00:00Z')))).toBe('2026-03-15T05:30:00.000Z');
  });

  it('a window past midnight is open on the night after its listed day', () => {
    const night = rules({ 'time-zone': 'UTC', windows: [{ days: ['fri'], hours: '22:00-02:00' }] });
    expect(windowVerdict(night, at('2026-03-27T21:59:00Z')).open).toBe(false);
    expect(windowVerdict(night, at('2026-03-27T22:00:00Z')).open).toBe(true);
    expect(windowVerdict(night, at('2026-03-28T01:59:00Z')).open).toBe(true); // Saturday night
    expect(windowVerdict(night, at('2026-03-28T02:00:00Z')).open).toBe(false);
    expect(windowVerdict(night, at('2026-03-28T23:00:00Z')).open).toBe(false); // Saturday's own
  });
});

describe('freezes and the gate', () => {
  const frozen = rules({
    'time-zone': 'Europe/Berlin',
    windows: [{ days: 'mon-thu', hours: '10:00-16:00' }],
    freezes: [{ from: '2026-12-21', to: '2027-01-04 12:00', reason: 'year-end freeze' }],
  });

  it('refuses inside a freeze, naming it, and gives the first window after it', () => {
    const now = at('2026-12-22T10:00:00Z'); // a Tuesday, inside the window but frozen
    const verdict = windowVerdict(frozen, now);
    expect(verdict).toMatchObject({
      open: false,
      rule: expect.stringContaining('year-end freeze'),
    });
    // The freeze ends Monday 4 January 12:00 Berlin (11:00 UTC), inside that day's window.
    expect(iso(!verdict.open ? verdict.next : undefined)).toBe('2027-01-04T11:00:00.000Z');
    expect(() => windowGate('production', frozen, undefined, 'octocat', now)).toThrow(
      /Refusing to start on production at Tue 2026-12-22 11:00 Europe\/Berlin .*the freeze 'year-end freeze'.*the next window opens Mon 2027-01-04 12:00 Europe\/Berlin \(2027-01-04T11:00Z\).*override-window/,
    );
  });

  it('refuses outside the windows with when the next opens, and lets a reason through, recorded', () => {
    const friday = at('2026-03-27T10:00:00Z');
    expect(() => windowGate('production', frozen, undefined, 'octocat', friday)).toThrow(
      /outside its release window \(mon,tue,wed,thu 10:00-16:00 Europe\/Berlin\); the next window opens Mon 2026-03-30 10:00 Europe\/Berlin \(2026-03-30T08:00Z\)/,
    );
    expect(windowGate('production', frozen, 'hotfix for incident 4711', 'octocat', friday)).toEqual(
      {
        by: 'octocat',
        reason: 'hotfix for incident 4711',
        rule: expect.stringContaining('outside its release window'),
      },
    );
    // Open: nothing to record, the override is not used.
    expect(
      windowGate('production', frozen, 'not needed', 'octocat', at('2026-03-30T09:00:00Z')),
    ).toBe(undefined);
    expect(windowGate('production', undefined, undefined, 'octocat', friday)).toBe(undefined);
  });

  it('GLIDEPATH_NOW sets the clock at its first reading; GLIDEPATH_CLOCK_RATE speeds it up', async () => {
    const env = { GLIDEPATH_NOW: '2026-03-29T00:30:00Z', GLIDEPATH_CLOCK_RATE: '3600' };
    const first = clockNow(env);
    expect(first).toBe(at('2026-03-29T00:30:00Z'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    // 60 ms at 3600× is at least 3.6 minutes.
    expect(clockNow(env) - first).toBeGreaterThanOrEqual(3.5 * 60_000);
    expect(describeInstant(first, 'Europe/Berlin')).toBe(
      'Sun 2026-03-29 01:30 Europe/Berlin (2026-03-29T00:30Z)',
    );
  });
});

describe('bad windows and freezes in the config file', () => {
  const read = (environment: string) => {
    const ws = tempDir();
    writeTree(ws, {
      '.github/glidepath.yml': `environments:\n  - dev\n  - name: production\n${environment}`,
    });
    return () => readPipeline([], '.github/glidepath.yml', ws);
  };

  it('reads windows and freezes from the config file', () => {
    const [, production] = read(
      "    time-zone: America/New_York\n    windows:\n      - days: [mon, wed]\n        hours: '09:00-17:00'\n    freezes:\n      - from: 2026-11-26\n        to: 2026-11-30T00:00:00-05:00\n        reason: Thanksgiving\n",
    )();
    expect(production?.rules?.windows).toEqual([
      {
        days: [1, 3],
        start: 540,
        end: 1020,
        timeZone: 'America/New_York',
        text: 'mon,wed 09:00-17:00 America/New_York',
      },
    ]);
    expect(production?.rules?.freezes.map((f) => [iso(f.from), iso(f.to)])).toEqual([
      ['2026-11-26T05:00:00.000Z', '2026-11-30T05:00:00.000Z'],
    ]);
  });

  it.each([
    [
      '    time-zone: Mars/Olympus\n',
      /environments\[1\]\.time-zone 'Mars\/Olympus', not a time zone.*IANA/,
    ],
    [
      '    windows:\n      - days: mon\n        hours: 25:00-26:00\n',
      /environments\[1\]\.windows\[0\]\.hours '25:00-26:00', not a time of day/,
    ],
    [
      '    windows:\n      - days: mon\n        hours: 09:60-10:00\n',
      /windows\[0\]\.hours '09:60-10:00', not a time of day/,
    ],
    [
      '    windows:\n      - days: mon\n        hours: 9-17\n',
      /windows\[0\]\.hours '9-17'.*HH:MM-HH:MM/,
    ],
    [
      '    windows:\n      - days: mon\n        hours: 09:00-09:00\n',
      /windows\[0\]\.hours '09:00-09:00', an empty window/,
    ],
    [
      '    windows:\n      - days: funday\n        hours: 09:00-10:00\n',
      /windows\[0\]\.days 'funday'.*mon-fri/,
    ],
    ['    windows:\n      - days: []\n        hours: 09:00-10:00\n', /windows\[0\]\.days/],
    ['    windows: []\n', /environments\[1\]\.windows is not a list/],
    [
      '    windows:\n      - days: mon\n        hours: 09:00-10:00\n        zone: UTC\n',
      /windows\[0\]\.zone is an unknown key/,
    ],
    [
      '    windows:\n      - days: mon\n        hours: 09:00-10:00\n        time-zone: Europe/Berlinn\n',
      /windows\[0\]\.time-zone 'Europe\/Berlinn'/,
    ],
    [
      '    freezes:\n      - from: 2026-12-24\n        to: 2026-12-20\n        reason: x\n',
      /freezes\[0\]\.to '2026-12-20', not after from/,
    ],
    [
      '    freezes:\n      - from: 2026-02-30\n        to: 2026-03-02\n        reason: x\n',
      /freezes\[0\]\.from '2026-02-30', not a real date/,
    ],
    [
      '    freezes:\n      - from: 2026-12-20\n        to: 2026-12-24\n',
      /freezes\[0\]\.reason missing/,
    ],
    [
      '    freezes:\n      - from: next week\n        to: 2026-12-24\n        reason: x\n',
      /freezes\[0\]\.from 'next week'.*YYYY-MM-DD HH:MM/,
    ],
  ])('refuses %j naming the key', (text, message) => {
    expect(read(text)).toThrow(message);
    expect(read(text)).toThrow(/^Input 'config' has environments\[1\]/);
  });
});
