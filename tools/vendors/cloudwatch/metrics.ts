/**
 * The CloudWatch stand-in's metric store and GetMetricData's evaluation: raw datapoints per
 * metric, aggregated per period with the asked statistic, and a small metric math (arithmetic,
 * SUM, SEARCH) over them. Errors are thrown as `QueryFault` with CloudWatch's error code.
 */

export interface MetricKey {
  namespace: string;
  metric: string;
  dimensions?: Record<string, string>;
}
export interface Datapoint {
  at: number; // ms
  value: number;
}
/**
 * Raw datapoints, a function of time (called once per second of the asked range), or buckets
 * already aggregated (a traffic model's counts per period, as CloudWatch would show them now).
 */
export type Source =
  | Datapoint[]
  | ((at: number) => number | undefined)
  | { buckets(from: number, to: number, widthMs: number): Datapoint[] };

export class QueryFault extends Error {
  constructor(
    readonly code: 'InvalidParameterValue' | 'InvalidParameterCombination' | 'MissingParameter',
    message: string,
  ) {
    super(message);
  }
}

interface Stored extends MetricKey {
  source: Source;
}

/** One answered series: timestamps (ms, ascending) and values. */
export interface Answer {
  label: string;
  points: Datapoint[];
}

export function keyOf(m: MetricKey): string {
  const dims = Object.entries(m.dimensions ?? {})
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return `${m.namespace}|${m.metric}|${dims}`;
}

export class MetricStore {
  private readonly metrics = new Map<string, Stored>();

  put(key: MetricKey, source: Source): void {
    this.metrics.set(keyOf(key), { ...key, source });
  }

  clear(): void {
    this.metrics.clear();
  }

  /** One metric's `stat` per period over [from, to): CloudWatch's answer for a MetricStat. */
  answer(key: MetricKey, stat: string, period: number, from: number, to: number): Datapoint[] {
    const stored = this.metrics.get(keyOf(key));
    if (!stored) return [];
    const source = stored.source;
    if (!Array.isArray(source) && typeof source !== 'function')
      return source.buckets(from, to, period * 1000).filter((p) => p.at >= from && p.at < to);
    return aggregate(pointsOf(source, from, to), stat, period, from, to);
  }

  /** Every stored metric whose namespace, dimension names and terms match a SEARCH expression. */
  search(text: string): MetricKey[] {
    const m = /^\s*\{([^}]*)\}\s*(.*)$/s.exec(text);
    if (!m) throw new QueryFault('InvalidParameterValue', `Invalid search expression: ${text}`);
    const [namespace, ...dimNames] = (m[1] as string).split(',').map((s) => s.trim());
    const terms = [...(m[2] as string).matchAll(/(\w+)\s*=\s*(?:"([^"]*)"|(\S+))|(\S+)/g)];
    return [...this.metrics.values()].filter((s) => {
      if (s.namespace !== namespace) return false;
      const names = Object.keys(s.dimensions ?? {}).sort();
      if (names.join(',') !== [...dimNames].sort().join(',')) return false;
      return terms.every((t) => {
        if (t[4] !== undefined)
          return [s.metric, ...Object.values(s.dimensions ?? {})].some((v) =>
            v.includes(t[4] as string),
          );
        const value = t[2] ?? t[3];
        if (t[1] === 'MetricName') return s.metric === value;
        return s.dimensions?.[t[1] as string] === value;
      });
    });
  }
}

function pointsOf(
  source: Datapoint[] | ((at: number) => number | undefined),
  from: number,
  to: number,
): Datapoint[] {
  if (typeof source !== 'function') return source.filter((p) => p.at >= from && p.at < to);
  const out: Datapoint[] = [];
  for (let at = Math.ceil(from / 1000) * 1000; at < to; at += 1000) {
    const value = source(at);
    if (value !== undefined) out.push({ at, value });
  }
  return out;
}

/** The statistic over one bucket's raw values, as CloudWatch computes it. */
export function statistic(stat: string, values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  switch (stat) {
    case 'Sum':
      return values.reduce((a, b) => a + b, 0);
    case 'SampleCount':
      return values.length;
    case 'Average':
      return values.reduce((a, b) => a + b, 0) / values.length;
    case 'Minimum':
      return sorted[0] as number;
    case 'Maximum':
      return sorted[sorted.length - 1] as number;
  }
  const p = /^p(\d+(?:\.\d+)?)$/.exec(stat);
  if (p) {
    const rank = Math.max(1, Math.ceil((Number(p[1]) / 100) * sorted.length));
    return sorted[rank - 1] as number;
  }
  throw new QueryFault(
    'InvalidParameterValue',
    `The parameter MetricDataQueries.member.1.MetricStat.Stat is not supported by this stand-in: ${stat}`,
  );
}

/** Buckets of `period` seconds, aligned on the epoch, each with the statistic of its datapoints. */
export function aggregate(
  points: Datapoint[],
  stat: string,
  period: number,
  from: number,
  to: number,
): Datapoint[] {
  const width = period * 1000;
  const buckets = new Map<number, number[]>();
  for (const p of points) {
    if (p.at < from || p.at >= to) continue;
    const at = Math.floor(p.at / width) * width;
    let list = buckets.get(at);
    if (!list) buckets.set(at, (list = []));
    list.push(p.value);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, values]) => ({ at, value: statistic(stat, values) }));
}

type Value = number | Answer | Answer[];

/** Evaluates a metric math expression over the answers of the queries it names by id. */
export function evaluate(
  expression: string,
  ids: Map<string, Answer>,
  search: (text: string, stat: string, period: number) => Answer[],
): Answer[] {
  const tokens = [
    ...expression.matchAll(
      /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*)|('(?:[^'\\]|\\.)*')|([-+*/(),]))/gy,
    ),
  ];
  if (tokens.map((t) => t[0]).join('') !== expression.replace(/\s+$/, ''))
    throw new QueryFault('InvalidParameterValue', `Syntax error in the expression: ${expression}`);
  let i = 0;
  const peek = () => tokens[i];
  const expect = (s: string) => {
    if (peek()?.[4] !== s)
      throw new QueryFault(
        'InvalidParameterValue',
        `Syntax error in the expression: ${expression}`,
      );
    i++;
  };
  const primary = (): Value => {
    const t = tokens[i++];
    if (!t) throw new QueryFault('InvalidParameterValue', `Incomplete expression: ${expression}`);
    if (t[1] !== undefined) return Number(t[1]);
    if (t[3] !== undefined)
      throw new QueryFault('InvalidParameterValue', `Unexpected string in ${expression}`);
    if (t[4] === '(') {
      const v = sum();
      expect(')');
      return v;
    }
    if (t[4] === '-') return combine(0, primary(), (a, b) => a - b);
    const name = t[2] as string;
    if (peek()?.[4] === '(') {
      i++;
      const args: (Value | string)[] = [];
      while (peek()?.[4] !== ')') {
        const s = peek()?.[3];
        if (s !== undefined) {
          i++;
          args.push(s.slice(1, -1).replace(/\\'/g, "'"));
        } else args.push(sum());
        if (peek()?.[4] === ',') i++;
        else break;
      }
      expect(')');
      return call(name, args);
    }
    const answer = ids.get(name);
    if (!answer)
      throw new QueryFault(
        'InvalidParameterValue',
        `Error in expression ${expression}: Unrecognized metric id or function name: ${name}`,
      );
    return answer;
  };
  const call = (name: string, args: (Value | string)[]): Value => {
    if (name === 'SEARCH') {
      const [text, stat, period] = args;
      if (typeof text !== 'string' || typeof stat !== 'string' || typeof period !== 'number')
        throw new QueryFault(
          'InvalidParameterValue',
          `SEARCH takes ('expression', 'Stat', period)`,
        );
      return search(text, stat, period);
    }
    if (name === 'SUM' && args.length === 1 && Array.isArray(args[0])) {
      const list = args[0];
      const total = new Map<number, number>();
      for (const a of list)
        for (const p of a.points) total.set(p.at, (total.get(p.at) ?? 0) + p.value);
      return {
        label: 'SUM',
        points: [...total.entries()]
          .sort(([a], [b]) => a - b)
          .map(([at, value]) => ({ at, value })),
      };
    }
    throw new QueryFault(
      'InvalidParameterValue',
      `Error in expression ${expression}: Unrecognized metric id or function name: ${name}`,
    );
  };
  const product = (): Value => {
    let v = primary();
    while (peek()?.[4] === '*' || peek()?.[4] === '/') {
      const op = tokens[i++]?.[4];
      v = combine(v, primary(), op === '*' ? (a, b) => a * b : (a, b) => a / b);
    }
    return v;
  };
  const sum = (): Value => {
    let v = product();
    while (peek()?.[4] === '+' || peek()?.[4] === '-') {
      const op = tokens[i++]?.[4];
      v = combine(v, product(), op === '+' ? (a, b) => a + b : (a, b) => a - b);
    }
    return v;
  };
  const result = sum();
  if (i !== tokens.length)
    throw new QueryFault('InvalidParameterValue', `Syntax error in the expression: ${expression}`);
  if (typeof result === 'number')
    throw new QueryFault(
      'InvalidParameterValue',
      `The expression ${expression} gives no time series`,
    );
  return Array.isArray(result) ? result : [{ ...result, label: 'q' }];
}

function combine(a: Value, b: Value, op: (x: number, y: number) => number): Value {
  if (Array.isArray(a) || Array.isArray(b))
    throw new QueryFault('InvalidParameterValue', 'Arithmetic on a SEARCH needs SUM(…) around it');
  if (typeof a === 'number' && typeof b === 'number') return op(a, b);
  const bMap = typeof b === 'number' ? undefined : new Map(b.points.map((p) => [p.at, p.value]));
  const base = typeof a === 'number' ? (b as Answer) : a;
  const points: Datapoint[] = [];
  for (const p of base.points) {
    const x = typeof a === 'number' ? a : p.value;
    const y = typeof b === 'number' ? b : bMap?.get(p.at);
    if (y === undefined) continue;
    const value = typeof a === 'number' ? op(x, p.value) : op(x, y);
    if (Number.isFinite(value)) points.push({ at: p.at, value });
  }
  return { label: base.label, points };
}
