import * as core from './commands.js';
import { ConfigError } from './errors.js';
import { formatDuration, parseDuration } from './duration.js';

/**
 * A semantic version as SemVer 2.0.0 states its grammar (the regular expression semver.org
 * publishes), with an optional leading `v` as the `semver` package's `parse` accepts. Not the
 * `semver` package itself: building its regular expressions costs about 2 ms of every bad-input
 * run's start. test/core/runtime/inputs.test.ts holds this check to `semver`'s `parse` (the
 * oracle) over thousands of strings; with the same limits (256 characters, numeric parts within
 * Number.MAX_SAFE_INTEGER) they agree on every one.
 */
const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** The version `semver.parse(text)` would give (build metadata kept), or undefined where it gives null. */
export function parseVersion(text: string): string | undefined {
  if (text.length > 256) return undefined;
  const m = SEMVER.exec(text.trim());
  if (!m || m.slice(1, 4).some((n) => Number(n) > Number.MAX_SAFE_INTEGER)) return undefined;
  const [, major, minor, patch, pre, build] = m;
  return `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`;
}

/** Inputs longer than this are refused: no legitimate value comes close, and a huge one is a mistake or an attack. */
export const MAX_INPUT_LENGTH = 65_536;

export type InputReader = (name: string) => string;

/** Reads inputs the way the runner passes them (INPUT_<NAME>), trimmed. */
export const runnerInputs: InputReader = (name) => core.getInput(name);

/** Where a scoped reader's values live: the input that holds them and the path inside it. */
interface Scope {
  input: string;
  prefix: string;
}

/**
 * Typed input getters. Each throws a ConfigError that names the input and what would be valid,
 * so every action reports bad input the same way before it touches GitHub or traffic.
 */
export class Inputs {
  constructor(
    private readonly read: InputReader = runnerInputs,
    private readonly scope?: Scope,
  ) {}

  /**
   * Values read from inside another input (one entry of a YAML list): `read` gives each key's
   * value, and every error names `input` and the key's path, e.g.
   * `Inputs.within('checks', 'checks[2].', read).number('rate', …)` throws
   * "Input 'checks' checks[2].rate is '0': …".
   */
  static within(input: string, prefix: string, read: InputReader): Inputs {
    return new Inputs(read, { input, prefix });
  }

  /** The same inputs with every value passed through `transform` first (rolling mode fills in `{address}` and `{name}` per server). */
  withValues(transform: (value: string, name: string) => string): Inputs {
    return new Inputs((name) => transform(this.read(name), name), this.scope);
  }

  /** The name as messages show it: `rate`, or `checks[2].rate` inside a scope. */
  path(name: string): string {
    return this.scope ? `${this.scope.prefix}${name}` : name;
  }

  /** The error for a bad value of `name`, naming the input that holds it. */
  error(name: string, problem: string, valid?: string): ConfigError {
    return this.scope
      ? new ConfigError(this.scope.input, `${this.path(name)} ${problem}`, valid)
      : new ConfigError(name, problem, valid);
  }

  /** The raw trimmed value, or undefined when empty. */
  string(
    name: string,
    options: { required?: boolean; maxLength?: number } = {},
  ): string | undefined {
    const value = this.read(name).trim();
    const max = options.maxLength ?? MAX_INPUT_LENGTH;
    if (value.length > max) {
      throw this.error(name, `is ${value.length} characters long`, `at most ${max} are accepted`);
    }
    if (value === '') {
      if (options.required)
        throw this.error(name, 'is required', "set it in the step's `with:` block");
      return undefined;
    }
    return value;
  }

  required(name: string, options: { maxLength?: number } = {}): string {
    return this.string(name, { ...options, required: true }) as string;
  }

  /** A secret: masked in the log before anything else can print it. */
  secret(name: string, options: { required?: boolean } = {}): string | undefined {
    const value = this.string(name, options);
    if (value !== undefined) core.setSecret(value);
    return value;
  }

  /** YAML 1.2 booleans only: `true` or `false`. `yes`, `1` or `on` are errors, never silently false. */
  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (value === 'true' || value === 'True' || value === 'TRUE') return true;
    if (value === 'false' || value === 'False' || value === 'FALSE') return false;
    throw this.error(name, `is '${clip(value)}'`, 'use true or false');
  }

  integer(
    name: string,
    bounds: { min: number; max: number; fallback?: number },
  ): number | undefined {
    const valid = `use a whole number from ${bounds.min} to ${bounds.max}`;
    return this.bounded(
      name,
      bounds.fallback,
      (value) => (/^[+-]?\d+$/.test(value) ? Number(value) : undefined),
      (n) => n >= bounds.min && n <= bounds.max,
      (value, parsed) => [parsed ? `is ${value}` : `is '${clip(value)}'`, valid],
    );
  }

  number(
    name: string,
    bounds: { min: number; max: number; fallback?: number; exclusiveMin?: boolean },
  ): number | undefined {
    const valid = bounds.exclusiveMin
      ? `use a number greater than ${bounds.min} up to ${bounds.max}`
      : `use a number from ${bounds.min} to ${bounds.max}`;
    return this.bounded(
      name,
      bounds.fallback,
      (value) =>
        /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : undefined,
      (n) =>
        Number.isFinite(n) &&
        (bounds.exclusiveMin ? n > bounds.min : n >= bounds.min) &&
        n <= bounds.max,
      (value) => [`is '${clip(value)}'`, valid],
    );
  }

  /** A duration with a unit (`500ms`, `30s`, `5m`, `1h`), in milliseconds. */
  duration(
    name: string,
    bounds: { min: number; max: number; fallback?: number },
  ): number | undefined {
    const range = `from ${formatDuration(bounds.min)} to ${formatDuration(bounds.max)}`;
    return this.bounded(
      name,
      bounds.fallback,
      parseDuration,
      (ms) => ms >= bounds.min && ms <= bounds.max,
      (value, parsed) =>
        parsed
          ? [`is ${value}`, `use a duration ${range}`]
          : [
              `is '${clip(value)}', not a duration`,
              `write a number with a unit (ms, s, m, h), e.g. 30s or 5m, ${range}`,
            ],
    );
  }

  /**
   * The value of `name` as `parse` reads it (undefined: not a value of that kind), if `inRange`;
   * otherwise the error `refusal` words (`parsed`: it was one, out of range).
   */
  private bounded(
    name: string,
    fallback: number | undefined,
    parse: (value: string) => number | undefined,
    inRange: (n: number) => boolean,
    refusal: (value: string, parsed: boolean) => [problem: string, valid: string],
  ): number | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    const n = parse(value);
    if (n !== undefined && inRange(n)) return n;
    throw this.error(name, ...refusal(value, n !== undefined));
  }

  enum<T extends string>(name: string, values: readonly T[], fallback?: T): T | undefined {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (!(values as readonly string[]).includes(value)) {
      throw this.error(name, `is '${clip(value)}'`, `use one of ${values.join(', ')}`);
    }
    return value as T;
  }

  /** Comma- or newline-separated, blanks dropped. */
  list(name: string): string[] {
    const value = this.string(name);
    return value === undefined ? [] : splitList(value);
  }

  /** A semantic version (a leading `v` is accepted and dropped). */
  semver(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    // Build metadata stays: build-artifact's auto versions carry the commit (1.4.2+abc1234) and name the release v1.4.2+abc1234.
    const parsed = parseVersion(value.replace(/^v(?=\d)/, ''));
    if (!parsed)
      throw this.error(
        name,
        `is '${clip(value)}', not a semantic version`,
        'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1',
      );
    return parsed;
  }

  /** An absolute http(s) URL. */
  url(name: string, options: { required?: boolean } = {}): URL | undefined {
    const value = this.string(name, options);
    if (value === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw this.error(
        name,
        `is '${clip(value)}', not an http(s) URL`,
        'write it with its scheme, e.g. https://app.example.com/healthz',
      );
    }
    return url;
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Keeps quoted values in messages short and on one line. */
export function clip(value: string, max = 80): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
