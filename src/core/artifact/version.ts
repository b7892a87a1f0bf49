import semver from 'semver';
import { ConfigError, UserError } from '../runtime/index.js';
import { git } from './git.js';

export type Bump = 'major' | 'minor' | 'patch';

/**
 * The bump a set of Conventional Commits asks for: `feat` → minor, `fix` (and anything else) →
 * patch, `!` after the type or a `BREAKING CHANGE:` footer → major.
 */
export function bumpFor(messages: string[]): Bump {
  let bump: Bump = 'patch';
  for (const message of messages) {
    const header = message.split('\n', 1)[0] ?? '';
    const match = /^(\w+)(?:\([^)]*\))?(!)?:\s/.exec(header);
    if (match?.[2] || /^BREAKING[ -]CHANGE:/m.test(message)) return 'major';
    if (match?.[1]?.toLowerCase() === 'feat') bump = 'minor';
  }
  return bump;
}

export interface AutoVersionInput {
  /** Tags reachable from HEAD, any order. */
  tags: string[];
  /** Messages of the commits since the latest version tag (all commits when there is none). */
  messages: string[];
  /** The tag pointing at HEAD, if HEAD is exactly a release. */
  headTag?: string;
  onDefaultBranch: boolean;
  runNumber: number;
  shortSha: string;
}

/** Picks the latest `vX.Y.Z` release tag (prereleases are not a base to bump from). */
export function latestReleaseTag(tags: string[]): { tag: string; version: string } | undefined {
  let best: { tag: string; version: string } | undefined;
  for (const tag of tags) {
    if (!/^v\d/.test(tag)) continue;
    const version = semver.valid(tag.slice(1));
    if (!version || semver.prerelease(version)) continue;
    if (!best || semver.gt(version, best.version)) best = { tag, version };
  }
  return best;
}

/** `auto`: the latest release tag plus the bump its commits ask for; `-rc.N` off the default branch; `+sha`. */
export function computeAutoVersion(input: AutoVersionInput): string {
  const headVersion = input.headTag ? semver.valid(input.headTag.replace(/^v/, '')) : null;
  if (headVersion) return `${headVersion}+${input.shortSha}`;
  const base = latestReleaseTag(input.tags)?.version ?? '0.0.0';
  const next = semver.inc(base, bumpFor(input.messages)) as string;
  const pre = input.onDefaultBranch ? '' : `-rc.${input.runNumber}`;
  return `${next}${pre}+${input.shortSha}`;
}

/** Reads tags and commits with git and computes the `auto` version for HEAD. */
export async function autoVersion(
  cwd: string,
  info: { ref: string; defaultBranch: string | undefined; runNumber: number },
): Promise<string> {
  if ((await git(['rev-parse', '--is-inside-work-tree'], cwd, { allowFailure: true })) !== 'true') {
    throw new ConfigError(
      'version',
      "is 'auto', but the working directory is not a git checkout",
      'run actions/checkout first, or give an explicit semantic version',
    );
  }
  if ((await git(['rev-parse', '--is-shallow-repository'], cwd)) === 'true') {
    throw new ConfigError(
      'version',
      "is 'auto', but the checkout is shallow, so tags and history are missing",
      'set `fetch-depth: 0` on actions/checkout, or give an explicit semantic version',
    );
  }
  const tags = (await git(['tag', '--merged', 'HEAD', '--list', 'v*'], cwd))
    .split('\n')
    .filter(Boolean);
  const headTags = (await git(['tag', '--points-at', 'HEAD', '--list', 'v*'], cwd))
    .split('\n')
    .filter(Boolean);
  const latest = latestReleaseTag(tags);
  const range = latest ? [`${latest.tag}..HEAD`] : ['HEAD'];
  const log = await git(['log', '--format=%B%x1e', ...range], cwd);
  const messages = log
    .split('\x1e')
    .map((m) => m.trim())
    .filter(Boolean);
  const shortSha = await git(['rev-parse', '--short=7', 'HEAD'], cwd);
  const branch = info.ref.startsWith('refs/heads/')
    ? info.ref.slice('refs/heads/'.length)
    : undefined;
  const tagRef = info.ref.startsWith('refs/tags/')
    ? info.ref.slice('refs/tags/'.length)
    : undefined;
  const headTag =
    latestReleaseTag(headTags)?.tag ??
    (tagRef && semver.valid(tagRef.replace(/^v/, '')) ? tagRef : undefined);
  const onDefaultBranch = branch !== undefined && branch === (info.defaultBranch ?? branch);
  if (!/^[0-9a-f]{7,}$/.test(shortSha)) throw new UserError('git could not name the HEAD commit');
  return computeAutoVersion({
    tags,
    messages,
    headTag,
    onDefaultBranch,
    runNumber: info.runNumber,
    shortSha,
  });
}

/**
 * True when `recorded` is the version a user named: the same, or the same plus build metadata
 * (a build recorded as 1.2.0+abc123 is what "1.2.0" names; semver ignores build metadata too).
 */
export function isVersion(recorded: string | undefined, wanted: string): boolean {
  return recorded !== undefined && (recorded === wanted || recorded.split('+')[0] === wanted);
}
