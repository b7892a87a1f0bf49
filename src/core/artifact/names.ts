import path from 'node:path';

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

/** True when `candidate` is `root` or lies under it. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
