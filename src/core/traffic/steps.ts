import { ConfigError, parseDuration } from '../runtime/index.js';

/** One traffic step: the canary's weight and how long it bakes there at most. */
export interface Step {
  weight: number;
  bakeMs: number;
  label: string;
}

/**
 * Parses `5@1m, 25@2m, 50@2m, 100`: weights strictly increasing from above 0 to 100, each but the
 * last with a bake time.
 */
export function parseSteps(text: string, input = 'steps'): Step[] {
  const parts = text
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0)
    throw new ConfigError(
      input,
      'is empty',
      'write weight@bake-time steps ending at 100, e.g. 5@1m,25@2m,50@2m,100',
    );
  if (parts.length > 50)
    throw new ConfigError(input, `has ${parts.length} steps`, 'use at most 50');
  const steps: Step[] = [];
  for (const [i, part] of parts.entries()) {
    const m = /^(\d+(?:\.\d+)?)%?(?:@(.+))?$/.exec(part);
    if (!m)
      throw new ConfigError(
        input,
        `has '${part}', not weight@duration`,
        'write each step as weight@bake-time, e.g. 25@2m; the last one as 100',
      );
    const weight = Number(m[1]);
    if (!(weight > 0 && weight <= 100))
      throw new ConfigError(
        input,
        `has weight ${m[1]} in '${part}'`,
        'use weights above 0 and at most 100',
      );
    const previous = steps.at(-1);
    if (previous && weight <= previous.weight)
      throw new ConfigError(
        input,
        `has ${weight} after ${previous.weight}`,
        'make weights strictly increasing',
      );
    const last = i === parts.length - 1;
    let bakeMs = 0;
    if (m[2] !== undefined) {
      const ms = parseDuration(m[2]);
      if (ms === undefined || ms < 100 || ms > 6 * 3_600_000)
        throw new ConfigError(
          input,
          `has the bake time '${m[2]}' in '${part}'`,
          'write a duration with a unit from 100ms to 6h, e.g. 2m',
        );
      bakeMs = ms;
    } else if (!last) {
      throw new ConfigError(
        input,
        `has '${part}' without a bake time`,
        'give every step but the last one a bake time, e.g. 25@2m',
      );
    }
    // The label keeps the bake time as written (display rounding would not parse back to the same step).
    steps.push({
      weight,
      bakeMs,
      label: bakeMs ? `${weight}@${(m[2] ?? '').trim()}` : `${weight}`,
    });
  }
  if (steps.at(-1)?.weight !== 100)
    throw new ConfigError(
      input,
      `ends at ${steps.at(-1)?.weight}`,
      'end with 100 (or use weight: for a single step that pauses)',
    );
  return steps;
}
