import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as glob from '@actions/glob';
import {
  archiveFileName,
  autoVersion,
  collectEntries,
  digestOf,
  git,
  type Manifest,
  MANIFEST_SCHEMA,
  manifestFileName,
  serialiseManifest,
  writeArchive,
} from '../../core/artifact/index.js';
import {
  core,
  ConfigError,
  formatDuration,
  runUserCommandOrFail,
  table,
  UserError,
  writeSummary,
} from '../../core/runtime/index.js';
import {
  type ArtifactLocation,
  type GitHubDeps,
  locationFileName,
  storeInDirectory,
  storeInRelease,
} from '../../core/github/index.js';
import type { BuildSettings } from './inputs.js';

export interface BuildResult {
  manifest: Manifest;
  archivePath: string;
  manifestPath: string;
  manifestDigest: string;
  location?: ArtifactLocation;
}

export interface BuildDeps extends GitHubDeps {
  env?: NodeJS.ProcessEnv;
}

/** Builds once, packages reproducibly, records a manifest, and stores both. */
export async function buildArtifact(
  settings: BuildSettings,
  deps: BuildDeps,
): Promise<BuildResult> {
  const { ctx } = deps;
  const env = deps.env ?? process.env;
  const started = Date.now();
  const version =
    settings.version === 'auto'
      ? await autoVersion(settings.workingDirectory, {
          ref: ctx.ref,
          defaultBranch: (ctx.payload.repository as { default_branch?: string } | undefined)
            ?.default_branch,
          runNumber: ctx.runNumber,
        })
      : settings.version;
  core.info(
    `Version: ${version}${settings.version === 'auto' ? ' (auto, from tags and conventional commits)' : ''}`,
  );

  if (settings.buildCommand) {
    await core.group('Build command', () =>
      runUserCommandOrFail(settings.buildCommand as string, {
        cwd: settings.workingDirectory,
        env: { GLIDEPATH_VERSION: version },
        label: "The command in input 'build-command'",
      }),
    );
  }

  const matches = await matchPatterns(settings.workingDirectory, settings.patterns);
  const entries = await collectEntries(settings.workingDirectory, matches);
  if (!entries.some((entry) => entry.type !== 'directory')) {
    throw new ConfigError(
      'path',
      `matched no files in '${settings.workingDirectory}' (patterns: ${settings.patterns.join(', ')})`,
      'check the paths, the working-directory, and that the build wrote its output there',
    );
  }

  const outDir = path.join(env.RUNNER_TEMP || os.tmpdir(), 'glidepath-artifacts');
  await fs.mkdir(outDir, { recursive: true });
  const archivePath = path.join(outDir, archiveFileName(settings.name, version));
  const sourceDateEpoch = await sourceDate(settings.workingDirectory, env);
  const packStart = Date.now();
  const result = await core.group(`Packaging ${entries.length} entries`, () =>
    writeArchive(entries, archivePath, {
      mtime: sourceDateEpoch,
      level: settings.compressionLevel,
    }),
  );
  const seconds = (Date.now() - packStart) / 1000;
  core.info(
    `Archive ${path.basename(archivePath)}: ${formatBytes(result.size)}, ${result.files} files, in ${formatDuration(Date.now() - packStart)} (${formatBytes(totalBytes(entries) / Math.max(seconds, 0.001))}/s of input)`,
  );

  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    name: settings.name,
    version,
    archive: path.basename(archivePath),
    digest: `sha256:${result.sha256}`,
    size: result.size,
    files: result.files,
    commit: ctx.sha,
    ref: ctx.ref,
    runUrl: ctx.runUrl,
    sourceDateEpoch,
    image: settings.image,
  };
  const manifestText = serialiseManifest(manifest);
  const manifestPath = path.join(outDir, manifestFileName(manifest.archive));
  await fs.writeFile(manifestPath, manifestText);
  const manifestDigest = digestOf(manifestText);

  const request = {
    archivePath,
    manifestPath,
    name: settings.name,
    version,
    digest: manifest.digest,
  };
  let location: ArtifactLocation | undefined;
  if (settings.storage === 'directory') {
    location = await storeInDirectory(request, settings.directory as string);
  } else if (settings.storage === 'release') {
    location = await core.group('Publishing to a GitHub Release', () =>
      storeInRelease(request, deps.client(), ctx),
    );
  }
  // Recorded beside the manifest so promote-environment finds where the bytes live.
  await fs.writeFile(
    locationFileName(manifestPath),
    `${JSON.stringify(location ?? { storage: 'none', url: '', path: archivePath }, null, 2)}\n`,
  );
  core.info(`Done in ${formatDuration(Date.now() - started)}`);
  return { manifest, archivePath, manifestPath, manifestDigest, location };
}

/** Globs relative to the working directory with GitHub's own glob library (`!` excludes). */
async function matchPatterns(root: string, patterns: string[]): Promise<string[]> {
  // The folder's own name is matched literally: glob's escape (\) doubled, its wildcards as classes.
  const escapedRoot = root.replace(/\\/g, '\\\\').replace(/[[*?]/g, (c) => `[${c}]`);
  const rooted = patterns.map((p) =>
    p.startsWith('!') ? `!${path.join(escapedRoot, p.slice(1))}` : path.join(escapedRoot, p),
  );
  const globber = await glob.create(rooted.join('\n'), {
    followSymbolicLinks: false,
    implicitDescendants: true,
    matchDirectories: true,
  });
  return globber.glob();
}

/** SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the commit's time. */
async function sourceDate(cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (!/^\d+$/.test(fromEnv))
      throw new UserError(
        `SOURCE_DATE_EPOCH is '${fromEnv}': it must be whole seconds since 1970-01-01 UTC`,
      );
    return Number(fromEnv);
  }
  const commitTime = await git(['log', '-1', '--format=%ct'], cwd, { allowFailure: true });
  return /^\d+$/.test(commitTime) ? Number(commitTime) : 0;
}

function totalBytes(entries: { size: number }[]): number {
  return entries.reduce((sum, entry) => sum + entry.size, 0);
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/** Sets the outputs and writes the job summary. */
export async function report(result: BuildResult): Promise<void> {
  const { manifest } = result;
  const artifactUrl = result.location?.url ?? '';
  core.setOutput('version', manifest.version);
  core.setOutput('digest', manifest.digest);
  core.setOutput('archive-path', result.archivePath);
  core.setOutput('manifest-path', result.manifestPath);
  core.setOutput('manifest-digest', result.manifestDigest);
  core.setOutput('artifact-url', artifactUrl);
  core.setOutput('size', String(manifest.size));
  const rows: unknown[][] = [
    ['Version', `\`${manifest.version}\``],
    ['Digest', `\`${manifest.digest}\``],
    ['Size', `${formatBytes(manifest.size)} (${manifest.files} files)`],
    ['Archive', `\`${manifest.archive}\``],
    ['Manifest digest', `\`${result.manifestDigest}\``],
    [
      'Stored',
      result.location ? `${result.location.storage}: ${artifactUrl}` : 'not stored (storage: none)',
    ],
    ['Commit', manifest.commit ? `\`${manifest.commit.slice(0, 12)}\`` : '—'],
  ];
  if (manifest.image) rows.push(['Image', `\`${manifest.image}\``]);
  await writeSummary(
    `### 📦 Glidepath build-artifact: ${manifest.name} ${manifest.version}\n\n${table(['', ''], rows)}`,
  );
}
