import path from 'node:path';
import { ConfigError, type Inputs } from '../runtime/index.js';

// File names and paths of an artifact: kept apart from the archive writer and the manifest's
// digests so that the actions' inputs can check names without loading zlib, tar or crypto.

/**
 * `app-1.2.3_abc1234.tar.gz`: characters GitHub would rename in a release asset name (`+`
 * among them) become `_`, so the name is the same on disk, in a directory store and in a release.
 */
export function archiveFileName(name: string, version: string): string {
  return `${`${name}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_')}.tar.gz`;
}

export function manifestFileName(archive: string): string {
  return archive.replace(/\.tar\.gz$/, '') + '.manifest.json';
}

/** What an artifact (a service) may be called: build-artifact's name, the payload's `name`. */
export const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** The inputs readArtifactName reads (the metadata test checks actions declare them). */
export const ARTIFACT_INPUTS = ['artifact-name'];

/** The artifact-name input (rollback, canary-step): the service to act on, checked as a name. */
export function readArtifactName(inputs: Inputs): string | undefined {
  const name = inputs.string('artifact-name');
  if (name !== undefined && !ARTIFACT_NAME.test(name))
    throw new ConfigError(
      'artifact-name',
      `is '${name.slice(0, 120)}', not an artifact name`,
      "give build-artifact's name for the service: 1–100 letters, digits, dots, dashes or underscores",
    );
  return name;
}

/** True when `candidate` is `root` or lies under it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
