/**
 * The New Relic stand-in's NRQL: enough of the language to answer what a health gate asks
 * (SELECT one or more of count(*), sum/average/min/max(attr), percentile(attr, p),
 * percentage(count(*), WHERE …), filter(count(*), WHERE …), each optionally AS 'name'; FROM one
 * event type; WHERE conditions joined by AND; FACET; SINCE/UNTIL in epoch ms; TIMESERIES
 * [n unit]) over scripted events, answering rows in NerdGraph's documented shapes. Anything else
 * is an `NRQL Syntax Error` with the position, as New Relic words it.
 */

export interface NrEvent {
  timestamp: number; // ms
  /**
   * The stand-in's own compression, never shown: this one record stands for `weight` identical
   * events (a traffic model's 400 requests a second need not be 400 objects). Default 1.
   */
  weight?: number;
  [attribute: string]: unknown;
}

/** How many events the records stand for. */
function total(events: NrEvent[]): number {
  return events.reduce((n, e) => n + (e.weight ?? 1), 0);
}

export class NrqlError extends Error {}

type Condition = (e: NrEvent) => boolean;
interface Select {
  key: string;
  value: (events: NrEvent[]) => unknown;
}
export interface ParsedNrql {
  selects: Select[];
  eventType: string;
  where: Condition;
  facets: string[];
  since?: number;
  until?: number;
  bucketMs?: number | 'auto';
  limit: number;
}

const CLAUSES = ['SELECT', 'FROM', 'WHERE', 'FACET', 'SINCE', 'UNTIL', 'TIMESERIES', 'LIMIT'];
const UNITS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
};

function syntax(nrql: string, at: number): NrqlError {
  const word = /^\s*(\S+)/.exec(nrql.slice(at))?.[1] ?? '<EOF>';
  return new NrqlError(`NRQL Syntax Error: Error at line 1 position ${at}, unexpected '${word}'`);
}

/** Splits at top-level clause keywords (outside quotes and parentheses). */
function clauses(nrql: string): Map<string, { text: string; at: number }> {
  const out = new Map<string, { text: string; at: number }>();
  const re = /'(?:[^'\\]|\\.)*'|`[^`]*`|\(|\)|\b[A-Za-z]+\b/g;
  let depth = 0;
  let current: { name: string; start: number; at: number } | undefined;
  let m: RegExpExecArray | null;
  const close = (end: number) => {
    if (current)
      out.set(current.name, { text: nrql.slice(current.start, end).trim(), at: current.at });
  };
  while ((m = re.exec(nrql))) {
    const token = m[0];
    if (token === '(') depth++;
    else if (token === ')') depth--;
    else if (depth === 0 && CLAUSES.includes(token.toUpperCase())) {
      const name = token.toUpperCase();
      if (out.has(name) || current?.name === name) throw syntax(nrql, m.index);
      if (!current && m.index > 0 && nrql.slice(0, m.index).trim()) throw syntax(nrql, 0);
      close(m.index);
      current = { name, start: m.index + token.length, at: m.index };
    } else if (!current) throw syntax(nrql, m.index);
  }
  if (depth !== 0)
    throw new NrqlError(
      `NRQL Syntax Error: Error at line 1 position ${nrql.length}, unbalanced parentheses`,
    );
  close(nrql.length);
  return out;
}

export function parseNrql(nrql: string): ParsedNrql {
  const parts = clauses(nrql);
  const select = parts.get('SELECT');
  const from = parts.get('FROM');
  if (!select || !select.text) throw syntax(nrql, nrql.length);
  const selects = splitTop(select.text).map((s) => readSelect(s, nrql));
  if (!from || !/^\w+$/.test(from.text)) throw syntax(nrql, from ? from.at + 5 : nrql.length);
  const whereText = parts.get('WHERE');
  const number = (name: string) => {
    const p = parts.get(name);
    if (!p) return undefined;
    if (/^\d+$/.test(p.text)) return Number(p.text);
    // SINCE 1 hour ago: relative to now, resolved by answer().
    const ago = /^(\d+)\s+(second|minute|hour|day)s?\s+ago$/i.exec(p.text);
    if (ago && name !== 'LIMIT')
      return -Number(ago[1]) * (UNITS[(ago[2] as string).toLowerCase()] as number);
    throw syntax(nrql, p.at + name.length + 1);
  };
  const ts = parts.get('TIMESERIES');
  let bucketMs: ParsedNrql['bucketMs'];
  if (ts) {
    if (!ts.text || ts.text.toUpperCase() === 'AUTO') bucketMs = 'auto';
    else {
      const m = /^(\d+)\s+(second|minute|hour|day)s?$/i.exec(ts.text);
      if (!m) throw syntax(nrql, ts.at + 11);
      bucketMs = Number(m[1]) * (UNITS[(m[2] as string).toLowerCase()] as number);
    }
  }
  const facetText = parts.get('FACET')?.text;
  return {
    selects,
    eventType: from.text,
    where: whereText ? condition(whereText.text, nrql) : () => true,
    facets: facetText ? splitTop(facetText).map((f) => f.replace(/^`|`$/g, '')) : [],
    since: number('SINCE'),
    until: number('UNTIL'),
    bucketMs,
    limit: number('LIMIT') ?? 10,
  };
}

function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

function numbers(events: NrEvent[], attr: string): number[] {
  return events.map((e) => e[attr]).filter((v): v is number => typeof v === 'number');
}

function readSelect(text: string, nrql: string): Select {
  const alias = /^(.*?)\s+AS\s+(?:'([^']*)'|(\w+))$/i.exec(text);
  const body = (alias ? alias[1] : text)?.trim() ?? '';
  const named = (key: string, value: Select['value']): Select => ({
    key: alias ? ((alias[2] ?? alias[3]) as string) : key,
    value,
  });
  const m = /^(\w+)\((.*)\)$/s.exec(body);
  if (!m) {
    // Point at what follows the first call, as in "SELECT count(*) FORM Transaction".
    const call = /^\w+\([^)]*\)\s*/.exec(body)?.[0].length ?? 0;
    throw syntax(nrql, Math.max(0, nrql.indexOf(body)) + call);
  }
  const fn = (m[1] as string).toLowerCase();
  const args = splitTop(m[2] as string);
  const attr = args[0] ?? '';
  switch (fn) {
    case 'count':
      return named('count', total);
    case 'sum':
      return named(`sum.${attr}`, (es) =>
        es.reduce(
          (a, e) => a + (typeof e[attr] === 'number' ? (e[attr] as number) * (e.weight ?? 1) : 0),
          0,
        ),
      );
    case 'average': {
      return named(`average.${attr}`, (es) => {
        const numeric = es.filter((e) => typeof e[attr] === 'number');
        const n = total(numeric);
        return n
          ? numeric.reduce((a, e) => a + (e[attr] as number) * (e.weight ?? 1), 0) / n
          : null;
      });
    }
    case 'max':
    case 'min':
      return named(`${fn}.${attr}`, (es) => {
        const xs = numbers(es, attr);
        return xs.length ? (fn === 'max' ? Math.max(...xs) : Math.min(...xs)) : null;
      });
    case 'percentile': {
      const p = Number(args[1] ?? 50);
      return named(`percentile.${attr}`, (es) => {
        const xs = numbers(es, attr).sort((a, b) => a - b);
        const v = xs.length ? xs[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)] : null;
        return { [String(p)]: v };
      });
    }
    case 'percentage':
    case 'filter': {
      const w = /^count\(\*\)\s*,\s*WHERE\s+(.+)$/is.exec(m[2] as string);
      if (!w) throw syntax(nrql, nrql.indexOf(body));
      const cond = condition(w[1] as string, nrql);
      return named(fn, (es) => {
        const hit = total(es.filter(cond));
        if (fn === 'filter') return hit;
        const n = total(es);
        return n ? (100 * hit) / n : null;
      });
    }
  }
  throw new NrqlError(`NRQL Syntax Error: Unknown function ${m[1]}`);
}

/** `a = 'x' AND b IS true AND c >= 500` (AND only). */
function condition(text: string, nrql: string): Condition {
  const parts = text.split(/\s+AND\s+/i).map((part) => {
    const m =
      /^`?(\w[\w.]*)`?\s*(=|!=|<=|>=|<|>|IS NOT|IS|LIKE)\s*('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|NULL)$/i.exec(
        part.trim(),
      );
    if (!m) throw syntax(nrql, Math.max(0, nrql.indexOf(part.trim())));
    const [, attr, op, raw] = m as unknown as [string, string, string, string];
    const value: unknown = raw.startsWith("'")
      ? raw.slice(1, -1)
      : /^(true|false)$/i.test(raw)
        ? raw.toLowerCase() === 'true'
        : /^null$/i.test(raw)
          ? null
          : Number(raw);
    return (e: NrEvent) => {
      const v = e[attr] ?? null;
      switch (op.toUpperCase()) {
        case '=':
        case 'IS':
          return v === value;
        case '!=':
        case 'IS NOT':
          return v !== value;
        case 'LIKE':
          return (
            typeof v === 'string' &&
            new RegExp(
              `^${String(value)
                .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
                .replace(/%/g, '.*')}$`,
            ).test(v)
          );
        default: {
          if (typeof v !== 'number' || typeof value !== 'number') return false;
          return op === '<'
            ? v < value
            : op === '>'
              ? v > value
              : op === '<='
                ? v <= value
                : v >= value;
        }
      }
    };
  });
  return (e) => parts.every((p) => p(e));
}

/** The query's window in epoch ms: SINCE/UNTIL (negative: that long ago), by default the last hour. */
export function window(q: ParsedNrql, now: number): { since: number; until: number } {
  const at = (v: number | undefined) => (v === undefined ? undefined : v < 0 ? now + v : v);
  const until = at(q.until) ?? now;
  return { since: at(q.since) ?? until - 3_600_000, until };
}

/** NerdGraph's `results` rows for a parsed query over the events of its type. */
export function answer(q: ParsedNrql, events: NrEvent[], now: number): Record<string, unknown>[] {
  const { since, until } = window(q, now);
  if (since >= until) throw new NrqlError("Your query's start time must be before its end time.");
  const inWindow = events.filter((e) => e.timestamp >= since && e.timestamp < until && q.where(e));
  const bucket =
    q.bucketMs === 'auto' ? Math.max(60_000, Math.ceil((until - since) / 366)) : q.bucketMs;
  if (bucket !== undefined && (until - since) / bucket > 366)
    throw new NrqlError('TIMESERIES supports a maximum of 366 buckets');
  if (bucket !== undefined && bucket > until - since)
    throw new NrqlError('The TIMESERIES step size is larger than the current time window.');
  const groups = new Map<string, { key: unknown[]; events: NrEvent[] }>();
  if (q.facets.length) {
    for (const e of inWindow) {
      const key = q.facets.map((f) => e[f] ?? null);
      const id = JSON.stringify(key);
      const g = groups.get(id) ?? { key, events: [] };
      g.events.push(e);
      groups.set(id, g);
    }
  } else groups.set('', { key: [], events: inWindow });
  // FACET keeps the groups with the most events, up to LIMIT.
  const kept = [...groups.values()]
    .sort((a, b) => total(b.events) - total(a.events))
    .slice(0, q.limit);
  const rows: Record<string, unknown>[] = [];
  for (const g of kept) {
    const facet = q.facets.length
      ? {
          facet: g.key.length === 1 ? g.key[0] : g.key,
          ...Object.fromEntries(q.facets.map((f, i) => [f, g.key[i]])),
        }
      : {};
    const values = (es: NrEvent[]) =>
      Object.fromEntries(q.selects.map((s) => [s.key, s.value(es)]));
    if (bucket === undefined) {
      rows.push({ ...facet, ...values(g.events) });
      continue;
    }
    for (let start = since; start < until; start += bucket) {
      const end = Math.min(until, start + bucket);
      rows.push({
        ...facet,
        beginTimeSeconds: Math.floor(start / 1000),
        endTimeSeconds: Math.floor(end / 1000),
        ...values(g.events.filter((e) => e.timestamp >= start && e.timestamp < end)),
      });
    }
  }
  return rows;
}
