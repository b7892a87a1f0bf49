import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, Inputs, type RunContext } from '../../core/runtime/index.js';
import type { StorageKind } from '../../core/github/index.js';
import { ARTIFACT_NAME, isInside } from '../../core/artifact/index.js';

export interface BuildSettings {
  patterns: string[];
  name: string;
  /** An explicit semantic version, or 'auto'. */
  version: string;
  buildCommand?: string;
  workingDirectory: string;
  storage: StorageKind;
  directory?: string;
  image?: string;
  compressionLevel: number;
  token?: string;
}

const IMAGE_WITH_DIGEST =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\.[a-z0-9-]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}$/;

/** Reads and validates every input before anything runs, so bad input changes nothing. */
export function readSettings(inputs: Inputs, ctx: RunContext): BuildSettings {
  const patterns = inputs.list('path');
  if (patterns.length === 0)
    throw new ConfigError(
      'path',
      'is required',
      'give one or more paths or globs, comma- or newline-separated, e.g. dist/**',
    );
  const name = inputs.string('name') ?? ctx.repo;
  if (!ARTIFACT_NAME.test(name)) {
    throw new ConfigError(
      'name',
      `is '${name}'`,
      'use 1–100 letters, digits, dots, dashes or underscores, starting with a letter or digit',
    );
  }
  const version =
    (inputs.string('version') ?? 'auto') === 'auto' ? 'auto' : (inputs.semver('version') as string);
  const workspace = path.resolve(ctx.workspace);
  const workingDirectory = path.resolve(workspace, inputs.string('working-directory') ?? '.');
  if (!isInside(workspace, workingDirectory)) {
    throw new ConfigError(
      'working-directory',
      `is '${workingDirectory}', outside the workspace '${workspace}'`,
      'use a folder inside the repository checkout',
    );
  }
  if (!isDirectory(workingDirectory)) {
    throw new ConfigError(
      'working-directory',
      `is '${inputs.string('working-directory')}', which is not a folder in the workspace '${workspace}'`,
      'give a folder of the checkout that exists before the build runs (relative to the workspace), or leave it out for the workspace itself',
    );
  }
  for (const pattern of patterns) {
    const bare = pattern.replace(/^!/, '');
    if (path.isAbsolute(bare) || bare.split(/[\\/]/).includes('..')) {
      throw new ConfigError(
        'path',
        `has '${pattern}', which could reach outside the working directory`,
        "give globs relative to working-directory without '..', e.g. dist/** or build/app.jar",
      );
    }
  }
  const storage = inputs.enum(
    'storage',
    ['release', 'directory', 'none'] as const,
    'release',
  ) as StorageKind;
  const directory = inputs.string('directory');
  if (storage === 'directory' && !directory) {
    throw new ConfigError(
      'directory',
      "is required when 'storage' is directory",
      'give the folder that holds the artifact store, e.g. /srv/artifacts',
    );
  }
  const image = inputs.string('image');
  if (image !== undefined && !IMAGE_WITH_DIGEST.test(image)) {
    throw new ConfigError(
      'image',
      `is '${image}', not an image reference pinned by digest`,
      'use registry/name@sha256:<64 hex digits>, e.g. ghcr.io/octo/app@sha256:…',
    );
  }
  const compressionLevel = inputs.integer('compression-level', {
    min: 1,
    max: 9,
    fallback: 6,
  }) as number;
  const token =
    storage === 'release' ? inputs.secret('token', { required: true }) : inputs.secret('token');
  return {
    patterns,
    name,
    version,
    buildCommand: inputs.string('build-command'),
    workingDirectory,
    storage,
    directory: directory ? path.resolve(workspace, directory) : undefined,
    image,
    compressionLevel,
    token,
  };
}

function isDirectory(candidate: string): boolean {
  try {
    return statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}
