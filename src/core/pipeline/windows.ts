import { ConfigError, UserError } from '../runtime/index.js';

// Release windows and freezes of one environment: when a promotion or a canary may start. Local
// times are turned into instants by the runtime's Intl (its time-zone database), never by offsets
// written here, so daylight-saving changes fall where the zone's rules put them.

/** Days and hours, in a time zone, when deployments may start. */
export interface ReleaseWindow {
  /** Days the window opens on, 0 = Sunday … 6 = Saturday. */
  days: number[];
  /** Opening, minutes after local midnight. */
  start: number;
  /** Closing, minutes after local midnight (1440 = 24:00); not after start: the next day. */
  end: number;
  timeZone: string;
  /** As written, for messages. */
  text: string;
}

/** A span when nothing may start, whatever the windows say. */
export interface Freeze {
  from: number;
  to: number;
  reason: string;
  text: string;
}

export interface ReleaseRules {
  windows: ReleaseWindow[];
  freezes: Freeze[];
  /** The environment's zone (`time-zone`, default UTC): where messages give local times. */
  timeZone: string;
}

/** A break-glass pass through a closed window: who, why, and which rule it set aside. */
export interface WindowOverride {
  by: string;
  reason: string;
  rule: string;
}

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const HOURS = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the runtime's Intl knows the IANA zone. */
export function knownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface Local {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

/** The wall clock in `timeZone` at instant `t`. */
export function localTime(t: number, timeZone: string): Local {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: DAYS.indexOf((parts.weekday ?? '').toLowerCase().slice(0, 3)),
  };
}

/**
 * The instant a local wall-clock time names in `timeZone`: the zone's offset is read at a first
 * guess and read again where that lands, so a time next to a daylight-saving change gets the
 * offset in force then. A time skipped by a spring change lands just after it.
 */
export function instantOf(
  fields: { year: number; month: number; day: number; hour: number; minute: number },
  timeZone: string,
): number {
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute);
  const offsetAt = (t: number) => {
    const l = localTime(t, timeZone);
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - t;
  };
  const first = wall - offsetAt(wall);
  const second = wall - offsetAt(first);
  return second === first ? first : Math.max(first, second);
}

/** True when instant `t` falls inside the window. */
export function inWindow(t: number, w: ReleaseWindow): boolean {
  const l = localTime(t, w.timeZone);
  const minute = l.hour * 60 + l.minute;
  if (w.start < w.end) return w.days.includes(l.weekday) && minute >= w.start && minute < w.end;
  // Past midnight: open from start on a listed day until end on the day after.
  return (
    (w.days.includes(l.weekday) && minute >= w.start) ||
    (w.days.includes((l.weekday + 6) % 7) && minute < w.end)
  );
}

export type WindowVerdict =
  | { open: true }
  | {
      open: false;
      /** Which rule keeps it shut, as people read it. */
      rule: string;
      /** When it next opens (every window and freeze considered), or undefined if not within a year. */
      next?: number;
    };

/** Whether a deployment may start at `now` under these rules, and if not why and until when. */
export function windowVerdict(rules: ReleaseRules, now: number): WindowVerdict {
  const freeze = rules.freezes.find((f) => now >= f.from && now < f.to);
  if (freeze)
    return { open: false, rule: `the freeze ${freeze.text}`, next: nextOpening(rules, now) };
  if (!rules.windows.length || rules.windows.some((w) => inWindow(now, w))) return { open: true };
  const list = rules.windows.map((w) => w.text).join('; ');
  return {
    open: false,
    rule: `outside its release window${rules.windows.length > 1 ? 's' : ''} (${list})`,
    next: nextOpening(rules, now),
  };
}

/**
 * The first minute from `now` on when a deployment may start: freezes are jumped over whole,
 * windows are looked for minute by minute (every zone's offset is whole minutes, so a window's
 * opening is always on a minute), up to a year ahead.
 */
export function nextOpening(rules: ReleaseRules, now: number): number | undefined {
  const limit = now + 366 * 86_400_000;
  let t = Math.ceil(now / 60_000) * 60_000;
  while (t < limit) {
    const freeze = rules.freezes.find((f) => t >= f.from && t < f.to);
    if (freeze) {
      t = Math.ceil(freeze.to / 60_000) * 60_000;
      continue;
    }
    if (!rules.windows.length || rules.windows.some((w) => inWindow(t, w))) return t;
    t += 60_000;
  }
  return undefined;
}

/** An instant as people read it in a zone: `Mon 2026-03-30 09:00 Europe/Berlin (07:00 UTC)`. */
export function describeInstant(t: number, timeZone: string): string {
  const l = localTime(t, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = (DAYS[l.weekday] ?? '').replace(/^./, (c) => c.toUpperCase());
  const local = `${day} ${l.year}-${two(l.month)}-${two(l.day)} ${two(l.hour)}:${two(l.minute)}`;
  return timeZone === 'UTC'
    ? `${local} UTC`
    : `${local} ${timeZone} (${new Date(t).toISOString().slice(0, 16)}Z)`;
}

/**
 * Reads `time-zone`, `windows` and `freezes` of one environment entry of the config file. Every
 * fault names its key (`environments[2].windows[0].hours`) and what would be valid.
 */
export function readReleaseRules(e: Record<string, unknown>, where: string): ReleaseRules {
  const fail = (key: string, problem: string, valid: string) =>
    new ConfigError('config', `has ${where}.${key} ${problem}`, valid);
  const zone = (value: unknown, key: string): string => {
    if (value === undefined) return 'UTC';
    if (typeof value !== 'string' || !knownTimeZone(value))
      throw fail(
        key,
        `'${String(value)}', not a time zone this runtime knows`,
        'use an IANA time zone name such as Europe/Berlin, America/New_York or UTC',
      );
    return value;
  };
  const baseZone = zone(e['time-zone'], 'time-zone');
  const windows = listOf(e.windows, 'windows', fail).map((entry, i) => {
    const key = `windows[${i}]`;
    const w = record(entry, key, ['days', 'hours', 'time-zone'], fail);
    const timeZone =
      w['time-zone'] === undefined ? baseZone : zone(w['time-zone'], `${key}.time-zone`);
    const days = readDays(w.days, `${key}.days`, fail);
    const m = typeof w.hours === 'string' ? HOURS.exec(w.hours.replace(/\s+/g, '')) : null;
    const hoursValid =
      "write hours as 'HH:MM-HH:MM' in 24-hour time, e.g. '09:00-17:00' (24:00 ends at midnight; an end before the start runs past midnight)";
    if (!m) throw fail(`${key}.hours`, `'${String(w.hours)}'`, hoursValid);
    const [sh, sm, eh, em] = m.slice(1).map(Number) as [number, number, number, number];
    if (sh > 23 || sm > 59 || eh > 24 || em > 59 || (eh === 24 && em > 0))
      throw fail(`${key}.hours`, `'${w.hours as string}', not a time of day`, hoursValid);
    const start = sh * 60 + sm;
    const end = eh * 60 + em;
    if (start === end || (start === 0 && end === 0))
      throw fail(`${key}.hours`, `'${w.hours as string}', an empty window`, hoursValid);
    const dayText = days.map((d) => DAYS[d]).join(',');
    return {
      days,
      start,
      end,
      timeZone,
      text: `${dayText} ${w.hours as string} ${timeZone}`,
    } satisfies ReleaseWindow;
  });
  const freezes = listOf(e.freezes, 'freezes', fail).map((entry, i) => {
    const key = `freezes[${i}]`;
    const f = record(entry, key, ['from', 'to', 'reason', 'time-zone'], fail);
    const timeZone =
      f['time-zone'] === undefined ? baseZone : zone(f['time-zone'], `${key}.time-zone`);
    const from = readInstant(f.from, `${key}.from`, timeZone, fail);
    const to = readInstant(f.to, `${key}.to`, timeZone, fail);
    if (to <= from)
      throw fail(
        `${key}.to`,
        `'${String(f.to)}', not after from '${String(f.from)}'`,
        'end a freeze after it starts',
      );
    if (typeof f.reason !== 'string' || !f.reason.trim())
      throw fail(
        `${key}.reason`,
        'missing',
        'say why the environment is frozen, e.g. reason: year-end freeze',
      );
    return {
      from,
      to,
      reason: f.reason.trim(),
      text: `'${f.reason.trim()}' (${String(f.from)} to ${String(f.to)} ${timeZone})`,
    } satisfies Freeze;
  });
  return { windows, freezes, timeZone: baseZone };
}

type Fail = (key: string, problem: string, valid: string) => ConfigError;

function listOf(value: unknown, key: string, fail: Fail): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0)
    throw fail(key, 'is not a list of entries', `write ${key}: as a list, or leave it out`);
  return value;
}

function record(entry: unknown, key: string, keys: string[], fail: Fail): Record<string, unknown> {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry))
    throw fail(key, 'is not a map', `write ${keys.join(', ')}`);
  for (const k of Object.keys(entry))
    if (!keys.includes(k)) throw fail(`${key}.${k}`, 'is an unknown key', `use ${keys.join(', ')}`);
  return entry as Record<string, unknown>;
}

function readDays(value: unknown, key: string, fail: Fail): number[] {
  const valid =
    "list days as mon, tue, wed, thu, fri, sat, sun or ranges such as mon-fri (e.g. 'mon-thu' or [mon, wed])";
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : undefined;
  if (!items || items.length === 0) throw fail(key, `'${String(value)}'`, valid);
  const days = new Set<number>();
  for (const item of items) {
    const text = String(item).trim().toLowerCase();
    if (text === 'daily' || text === 'every day') {
      for (let d = 0; d < 7; d++) days.add(d);
      continue;
    }
    const [a, b] = text.split('-').map((s) => DAYS.indexOf(s.trim().slice(0, 3)));
    const whole = text.split('-').every((s) => /^[a-z]{3,9}$/.test(s.trim()));
    if (!whole || a === undefined || a < 0 || (b !== undefined && b < 0))
      throw fail(key, `'${String(value)}' ('${text}' is not a day)`, valid);
    if (b === undefined) days.add(a);
    else
      for (let d = a; ; d = (d + 1) % 7) {
        days.add(d);
        if (d === b) break;
      }
  }
  return [...days].sort();
}

/** A freeze's bound: local `YYYY-MM-DD[ HH:MM]` in its zone, or with Z or an offset such as +01:00. */
function readInstant(value: unknown, key: string, timeZone: string, fail: Fail): number {
  const valid = `write a local time in ${timeZone} as 'YYYY-MM-DD HH:MM' (a date alone is 00:00), or an instant with an offset such as 2026-12-21T09:00+01:00`;
  const m = typeof value === 'string' ? INSTANT.exec(value.trim()) : null;
  if (!m) throw fail(key, `'${String(value)}'`, valid);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((s) => Number(s ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    throw fail(key, `'${String(value)}', not a real date and time`, valid);
  const offset = m[7];
  if (offset === undefined) return instantOf({ year, month, day, hour, minute }, timeZone);
  const sign = offset.startsWith('-') ? -1 : 1;
  const minutes =
    offset === 'Z' ? 0 : sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  return Date.UTC(year, month - 1, day, hour, minute, second) - minutes * 60_000;
}

let anchor: { real: number; clock: number } | undefined;

/**
 * Now, for windows and freezes. For tests only: GLIDEPATH_NOW (an ISO instant) is the clock's
 * reading at its first use, and GLIDEPATH_CLOCK_RATE (a number, default 1) how many clock seconds
 * pass per real second after that, so a test can watch a window close during a canary.
 */
export function clockNow(env: NodeJS.ProcessEnv = process.env): number {
  const start = env.GLIDEPATH_NOW;
  if (!start) return Date.now();
  if (!anchor) {
    const clock = Date.parse(start);
    if (!Number.isFinite(clock))
      throw new ConfigError(
        'GLIDEPATH_NOW',
        `is '${start}', not an instant`,
        'write an ISO instant such as 2026-03-29T00:30:00Z, or unset it',
      );
    anchor = { real: Date.now(), clock };
  }
  const rate = Number(env.GLIDEPATH_CLOCK_RATE ?? '1');
  return anchor.clock + (Date.now() - anchor.real) * (Number.isFinite(rate) && rate > 0 ? rate : 1);
}

/** The `override-window` input's value: a reason, or undefined. A bare yes or true is not a reason. */
export function checkOverrideWindow(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.length < 8 || /^(true|false|yes|no|on|off|1|0|y|n)$/i.test(value))
    throw new ConfigError(
      'override-window',
      `is '${value}', not a reason`,
      'say why this deployment must go out past the window or freeze (at least 8 characters, e.g. "hotfix for incident 4711"); it is recorded with your name',
    );
  return value;
}

/**
 * Checks the environment's windows and freezes at the start of a promotion or a canary. Closed:
 * without `override` it refuses (before any request), naming the rule and when the next window
 * opens; with it, it lets the work through and returns the override to record.
 */
export function windowGate(
  environment: string,
  rules: ReleaseRules | undefined,
  override: string | undefined,
  actor: string,
  now: number = clockNow(),
): WindowOverride | undefined {
  if (!rules) return undefined;
  const verdict = windowVerdict(rules, now);
  if (verdict.open) return undefined;
  if (override !== undefined) return { by: actor, reason: override, rule: verdict.rule };
  const next =
    verdict.next === undefined
      ? 'no window opens within a year'
      : `the next window opens ${describeInstant(verdict.next, rules.timeZone)}`;
  throw new UserError(
    `Refusing to start on ${environment} at ${describeInstant(now, rules.timeZone)}: ${verdict.rule}; ${next}. Wait for it, or set override-window: <reason> (recorded with your name; keep it behind an environment with required reviewers). Rollbacks are always allowed`,
  );
}
