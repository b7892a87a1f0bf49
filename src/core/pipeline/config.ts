import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import satisfies from 'semver/functions/satisfies.js';
import lt from 'semver/functions/lt.js';
import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { ConfigError, yaml } from '../runtime/index.js';
import { readReleaseRules, type ReleaseRules } from './windows.js';
import { isStage, readStage } from './waves.js';
import { ENVIRONMENT_NAME } from './names.js';

/** One environment of the promotion pipeline. */
export interface PipelineEnvironment {
  name: string;
  url?: string;
  /** A semver range the versions deployed here must satisfy (prereleases only if it names one). */
  versions?: string;
  requireReviewers?: boolean;
  /** Release windows and freezes (`time-zone`, `windows`, `freezes` in the config file). */
  rules?: ReleaseRules;
  /** In a stage of waves (waves.ts): the stage's name and the wave's position in it (0 first). */
  stage?: string;
  wave?: number;
  /** `allow-skip: <reason>`: later waves go on without this environment holding the digest. */
  skipReason?: string;
}

const ENVIRONMENT_KEYS = [
  'name',
  'url',
  'versions',
  'require-reviewers',
  'time-zone',
  'windows',
  'freezes',
  'allow-skip',
];

/** The pipeline from the `pipeline` input, else from the config file (`.github/glidepath.yml`). */
export function readPipeline(
  pipelineInput: string[],
  configPath: string,
  workspace: string,
): PipelineEnvironment[] {
  if (pipelineInput.length) {
    const list = pipelineInput.map((name) => ({ name }));
    checkNames(list, 'pipeline');
    return list;
  }
  const file = path.resolve(workspace, configPath);
  if (!existsSync(file)) {
    throw new ConfigError(
      'pipeline',
      `is empty and the config file '${configPath}' does not exist`,
      'set pipeline: dev,staging,production, or add the config file with an environments: list',
    );
  }
  // Warnings (an unknown tag or directive, an ambiguous alias) are refused like errors: a config
  // file that does not mean exactly what it says is not deployed from.
  const invalid = (why: string) =>
    new ConfigError(
      'config',
      `points at '${configPath}', which is not valid YAML (${why.split('\n')[0]})`,
      'fix the file: environments: [{name: dev}, {name: staging}, …]',
    );
  const doc = yaml().parseDocument(readFileSync(file, 'utf8'), { logLevel: 'silent' });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) throw invalid(problem.message);
  let parsed: unknown;
  try {
    parsed = doc.toJS();
  } catch (error) {
    throw invalid((error as Error).message);
  }
  const environments = (parsed as { environments?: unknown } | null)?.environments;
  if (!Array.isArray(environments) || environments.length === 0) {
    throw new ConfigError(
      'config',
      `points at '${configPath}', which has no environments: list`,
      'write environments: as a list of {name, url, versions, require-reviewers} in promotion order',
    );
  }
  const list = environments.flatMap((entry: unknown, i: number) =>
    isStage(entry)
      ? readStage(entry, `environments[${i}]`, readEntry)
      : [readEntry(entry, `environments[${i}]`)],
  );
  checkNames(list, 'config');
  return list;
}

/** One environment of the config file, at `where` (`environments[2]`, `environments[2].waves[1][0]`). */
function readEntry(entry: unknown, where: string): PipelineEnvironment {
  const e = (typeof entry === 'string' ? { name: entry } : entry) as Record<string, unknown>;
  if (!e || typeof e !== 'object' || typeof e.name !== 'string') {
    throw new ConfigError('config', `has ${where} without a name`, 'give every environment a name');
  }
  for (const key of Object.keys(e)) {
    if (!ENVIRONMENT_KEYS.includes(key))
      throw new ConfigError(
        'config',
        `has an unknown key '${key}' in ${where}`,
        `use ${ENVIRONMENT_KEYS.join(', ')}`,
      );
  }
  const skip = e['allow-skip'];
  if (skip !== undefined && (typeof skip !== 'string' || skip.trim().length < 8))
    throw new ConfigError(
      'config',
      `has ${where}.allow-skip '${String(skip)}', not a reason`,
      'say why later waves may go on without this environment (at least 8 characters); it is recorded in their deployments',
    );
  if (
    e.versions !== undefined &&
    (typeof e.versions !== 'string' || validRange(e.versions) === null)
  ) {
    throw new ConfigError(
      'config',
      `has versions '${String(e.versions)}' for ${e.name}, not a semver range`,
      "write a range such as '>=1.0.0' or '^2'",
    );
  }
  if (e['require-reviewers'] !== undefined && typeof e['require-reviewers'] !== 'boolean') {
    throw new ConfigError(
      'config',
      `has require-reviewers '${String(e['require-reviewers'])}' for ${e.name}`,
      'use true or false',
    );
  }
  if (e.url !== undefined && (typeof e.url !== 'string' || !/^https?:\/\//.test(e.url))) {
    throw new ConfigError(
      'config',
      `has url '${String(e.url)}' for ${e.name}`,
      'write an http(s) URL',
    );
  }
  return {
    name: e.name,
    url: e.url as string | undefined,
    versions: e.versions as string | undefined,
    requireReviewers: e['require-reviewers'] as boolean | undefined,
    ...(e.windows !== undefined || e.freezes !== undefined || e['time-zone'] !== undefined
      ? { rules: readReleaseRules(e, where) }
      : {}),
    ...(typeof skip === 'string' ? { skipReason: skip.trim() } : {}),
  };
}

/**
 * The release windows and freezes of one environment from the config file, whichever way the
 * pipeline was given: a freeze is not lifted by passing `pipeline` as an input. No file, or an
 * environment the file does not name: no rules.
 */
export function environmentRules(
  configPath: string,
  workspace: string,
  environment: string,
): ReleaseRules | undefined {
  if (!existsSync(path.resolve(workspace, configPath))) return undefined;
  return readPipeline([], configPath, workspace).find(
    (e) => e.name.toLowerCase() === environment.toLowerCase(),
  )?.rules;
}

function checkNames(list: PipelineEnvironment[], input: string): void {
  const seen = new Set<string>();
  for (const e of list) {
    if (!ENVIRONMENT_NAME.test(e.name))
      throw new ConfigError(
        input,
        `has '${e.name}', not an environment name`,
        'use letters, digits, spaces, dots, dashes or underscores',
      );
    if (seen.has(e.name.toLowerCase()))
      throw new ConfigError(
        input,
        `lists '${e.name}' twice`,
        'name each environment once, in promotion order',
      );
    seen.add(e.name.toLowerCase());
  }
}

/**
 * The version policy of one environment: a version outside its `versions` range (prereleases
 * only when the range names one, as semver ranges work) or lower than the one live there
 * (unless allowed) is refused. Returns why, or undefined when the version may go there.
 */
export function versionRefusal(
  version: string,
  environment: PipelineEnvironment,
  live: string,
  allowDowngrade: boolean,
): string | undefined {
  const range = environment.versions;
  if (range && !satisfies(version, range)) {
    return `Refusing to promote ${version} to ${environment.name}: its versions must satisfy '${range}' (prereleases only if the range names one)`;
  }
  if (live && valid(live) && lt(version, live) && !allowDowngrade) {
    return `Refusing to downgrade ${environment.name} from ${live} to ${version}: use the rollback action, or set allow-downgrade: true`;
  }
  return undefined;
}
