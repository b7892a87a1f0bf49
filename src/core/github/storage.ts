import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../runtime/index.js';
import { explainPermission, type GitHubClient } from './client.js';
import { sha256File } from '../artifact/index.js';

export type StorageKind = 'release' | 'directory' | 'none';

/** Where an artifact lives, as recorded in manifests' neighbours and deployment payloads. */
export interface ArtifactLocation {
  storage: StorageKind;
  /** A URL a person can open: the release asset, or a file:// URL for a directory store. */
  url: string;
  /** release: the tag and asset names; directory: the folder holding archive and manifest. */
  tag?: string;
  releaseId?: number;
  /** release: the asset's API URL, downloadable in one request (Accept: application/octet-stream). */
  assetUrl?: string;
  directory?: string;
  archive: string;
  manifest: string;
  /** release: published as an immutable release (GitHub locks its tag and assets). */
  immutable?: boolean;
}

export interface StoreRequest {
  archivePath: string;
  manifestPath: string;
  name: string;
  version: string;
  digest: string;
}

/** Copies archive and manifest into `<directory>/<name>/<version>/`, never overwriting a different build. */
export async function storeInDirectory(
  request: StoreRequest,
  directory: string,
): Promise<ArtifactLocation> {
  const folder = path.resolve(directory, safeSegment(request.name), safeSegment(request.version));
  await fs.mkdir(folder, { recursive: true });
  const archive = path.basename(request.archivePath);
  const manifest = path.basename(request.manifestPath);
  const target = path.join(folder, archive);
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing) {
    const existingDigest = `sha256:${await sha256File(target)}`;
    if (existingDigest !== request.digest) {
      throw new UserError(
        `The directory store already holds ${request.name} ${request.version} with digest ${existingDigest}, and this build's is ${request.digest}: versions are immutable, so give this build a new version`,
      );
    }
  } else {
    await copyAtomically(request.archivePath, target);
  }
  await copyAtomically(request.manifestPath, path.join(folder, manifest));
  return {
    storage: 'directory',
    url: pathToFileURL(target).href,
    directory: folder,
    archive,
    manifest,
  };
}

async function copyAtomically(from: string, to: string): Promise<void> {
  const temp = `${to}.tmp-${process.pid}`;
  await fs.copyFile(from, temp);
  await fs.rename(temp, to);
}

/** A path segment safe on every file system (the version's `+` becomes `_`). */
export function safeSegment(value: string): string {
  const segment = value.replace(/[^A-Za-z0-9._-]/g, '_');
  return segment === '.' || segment === '..' ? segment.replace(/\./g, '_') : segment;
}

/**
 * The file name to fetch a recorded archive into: one safe path segment, whatever a deployment
 * payload says (a payload is data anyone with deployments: write can shape, so `../..` in it must
 * not steer where the bytes land).
 */
export function fetchedArchiveName(location: AnyLocation): string {
  const name = safeSegment(path.posix.basename((location.archive ?? '').replace(/\\/g, '/'))).slice(
    -200,
  );
  return /^_*$/.test(name) ? 'artifact.tar.gz' : name;
}

/** Where build-artifact records the storage location, beside the manifest, for promote to find. */
export function locationFileName(manifestPath: string): string {
  return manifestPath.replace(/\.manifest\.json$/, '') + '.location.json';
}

/**
 * Fetches an archive from where it was stored to `dest` and checks its SHA-256 against the
 * digest recorded at build time; a mismatch is refused, whatever the source.
 */
export interface AnyLocation {
  storage: string;
  url?: string;
  path?: string;
  assetUrl?: string;
  directory?: string;
  archive?: string;
  image?: string;
  tag?: string;
  immutable?: boolean;
}

/** Where an artifact is kept, in words: a release says whether GitHub locks it (immutable). */
export function describeStore(location: AnyLocation): string {
  if (location.storage === 'release') {
    const lock = location.immutable
      ? 'immutable: GitHub locks its tag and assets'
      : 'not immutable: its assets could be replaced; the digest check guards the bytes';
    return `release ${location.tag ?? ''} (${lock})`;
  }
  if (location.storage === 'directory') return `directory ${location.directory ?? ''}`;
  if (location.storage === 'image') return `image ${location.image ?? ''}`;
  return "this runner's path only";
}

/** Same scheme, host and port as the API, under its base path. */
export function onApiHost(url: string, apiBase: string): boolean {
  let target: URL;
  let base: URL;
  try {
    target = new URL(url);
    base = new URL(apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
  } catch {
    return false;
  }
  return (
    target.origin === base.origin &&
    target.pathname.startsWith(base.pathname) &&
    !target.username &&
    !target.password
  );
}

export async function fetchArtifact(
  location: AnyLocation,
  digest: string,
  dest: string,
  client: () => GitHubClient,
): Promise<string> {
  await fs.mkdir(path.dirname(dest), { recursive: true });
  if (location.storage === 'release') {
    if (!location.assetUrl)
      throw new UserError(
        `The recorded release location has no asset URL: rebuild the artifact with this version of build-artifact`,
      );
    const gh = client();
    // The token goes with the request: only ever to the GitHub API itself, whatever a payload says.
    if (!onApiHost(location.assetUrl, gh.request.endpoint.DEFAULTS.baseUrl)) {
      throw new UserError(
        `The recorded asset URL '${location.assetUrl}' is not on the GitHub API (${gh.request.endpoint.DEFAULTS.baseUrl}): the token is never sent elsewhere, so the artifact is refused`,
      );
    }
    let response;
    try {
      response = await gh.request(`GET ${location.assetUrl}`, {
        headers: { accept: 'application/octet-stream' },
      });
    } catch (error) {
      return explainPermission(
        error,
        'contents: read',
        `download ${location.archive ?? 'the archive'} from its release`,
      );
    }
    await fs.writeFile(dest, Buffer.from(response.data as unknown as ArrayBuffer));
  } else if (location.storage === 'directory') {
    const source = path.join(location.directory ?? '', location.archive ?? '');
    try {
      await fs.copyFile(source, dest);
    } catch {
      throw new UserError(
        `The archive is not in its directory store any more ('${source}'): restore it there or rebuild the version`,
      );
    }
  } else if (location.path) {
    try {
      await fs.copyFile(location.path, dest);
    } catch {
      throw new UserError(
        `The archive was stored nowhere durable (storage: none) and '${location.path}' is gone: build with storage: release or directory so later runs can find it`,
      );
    }
  } else {
    throw new UserError(`The artifact's location (${location.storage}) cannot be fetched`);
  }
  const actual = `sha256:${await sha256File(dest)}`;
  if (actual !== digest) {
    await fs.rm(dest, { force: true });
    throw new UserError(
      `The archive fetched from ${location.storage} has digest ${actual}, but ${digest} was recorded: it was changed after the build, so it is refused`,
    );
  }
  return dest;
}
