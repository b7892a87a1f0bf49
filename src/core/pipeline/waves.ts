import { ConfigError } from '../runtime/index.js';
import type { PipelineEnvironment } from './config.js';

// Waves: a stage of the pipeline made of several environments (regions), promoted wave by wave.
// In the config file:
//   - name: production
//     waves:
//       - prod-us-east                     # the canary region, alone
//       - [prod-eu-west, prod-ap-south]    # then the rest, in parallel
// or, the common case, `regions: [prod-us-east, prod-eu-west, prod-ap-south]`: the first region
// alone as the canary region, then all the others as one wave.
// Each member is a name or a full environment entry. Order is by digest, as between any two
// environments: a member of a wave needs every member of the wave before it to hold the artifact.

/** True for a stage entry: a map with `waves` or `regions`. */
export function isStage(entry: unknown): entry is Record<string, unknown> {
  return Boolean(entry && typeof entry === 'object' && ('waves' in entry || 'regions' in entry));
}

/** The environments of a stage, flattened in order, each knowing its stage and wave. */
export function readStage(
  entry: Record<string, unknown>,
  where: string,
  readEntry: (entry: unknown, where: string) => PipelineEnvironment,
): PipelineEnvironment[] {
  const valid =
    'write waves: as a list of waves, each an environment or a list of environments, e.g. [prod-us-east, [prod-eu-west, prod-ap-south]], or regions: [prod-us-east, prod-eu-west, prod-ap-south] (the first alone, then the rest)';
  for (const key of Object.keys(entry))
    if (key !== 'name' && key !== 'waves' && key !== 'regions')
      throw new ConfigError(
        'config',
        `has an unknown key '${key}' in ${where}`,
        `a stage takes name and waves (or regions); ${valid}`,
      );
  if ('waves' in entry && 'regions' in entry)
    throw new ConfigError(
      'config',
      `has ${where} with both waves and regions`,
      `use one; ${valid}`,
    );
  if (typeof entry.name !== 'string' || !entry.name.trim())
    throw new ConfigError(
      'config',
      `has ${where} without a name`,
      'name the stage, e.g. name: production',
    );
  const stage = entry.name;
  const key = 'regions' in entry ? 'regions' : 'waves';
  const list = entry[key];
  if (!Array.isArray(list) || list.length === 0)
    throw new ConfigError('config', `has ${where}.${key} empty or not a list`, valid);
  if (key === 'regions' && list.some(Array.isArray))
    throw new ConfigError('config', `has ${where}.regions holding a list`, valid);
  // regions: the first alone (the canary region), then the rest as one wave.
  const waves: unknown[] = key === 'regions' && list.length > 1 ? [list[0], list.slice(1)] : list;
  return waves.flatMap((wave: unknown, w: number) => {
    const members = Array.isArray(wave) ? wave : [wave];
    if (members.length === 0)
      throw new ConfigError(
        'config',
        `has ${where}.waves[${w}] empty`,
        `give each wave at least one environment; ${valid}`,
      );
    return members.map((member: unknown, m: number) => ({
      ...readEntry(
        member,
        Array.isArray(wave) ? `${where}.waves[${w}][${m}]` : `${where}.waves[${w}]`,
      ),
      stage,
      wave: w,
    }));
  });
}

/** The pipeline as waves in order: a plain environment is a wave of its own. */
export function wavesOf(pipeline: PipelineEnvironment[]): PipelineEnvironment[][] {
  const waves: PipelineEnvironment[][] = [];
  let key = '';
  pipeline.forEach((e, i) => {
    const k = e.stage === undefined ? `#${i}` : `${e.stage}\u0000${e.wave}`;
    if (k !== key || !waves.length) waves.push([]);
    key = k;
    waves.at(-1)?.push(e);
  });
  return waves;
}

/** The wave holding `environment`, and the wave before it (empty for the first). */
export function waveAround(
  pipeline: PipelineEnvironment[],
  environment: string,
): { wave: PipelineEnvironment[]; previous: PipelineEnvironment[]; last: boolean } {
  const waves = wavesOf(pipeline);
  const at = waves.findIndex((w) =>
    w.some((e) => e.name.toLowerCase() === environment.toLowerCase()),
  );
  return {
    wave: waves[at] ?? [],
    previous: at > 0 ? (waves[at - 1] ?? []) : [],
    last: at === waves.length - 1,
  };
}
