import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { type RunContext, UserError } from '../runtime/index.js';
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
}

export interface StoreRequest {
  archivePath: string;
  manifestPath: string;
  name: string;
  version: string;
  digest: string;
}

/** Largest archive sent from memory (so a failed upload can be retried); bigger ones stream once. */
const BUFFERED_UPLOAD_LIMIT = 256 * 1024 * 1024;

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

/**
 * Attaches archive and manifest to the GitHub Release for `v<version>` (created if missing),
 * so a rollback months later still finds the exact bytes. An asset of the same name with other
 * content is refused: a version never changes once published.
 */
export async function storeInRelease(
  request: StoreRequest,
  client: GitHubClient,
  ctx: RunContext,
): Promise<ArtifactLocation> {
  const tag = `v${request.version}`;
  const release = await findOrCreateRelease(client, ctx, tag, request);
  const archive = path.basename(request.archivePath);
  const manifest = path.basename(request.manifestPath);
  const listAssets = () =>
    client
      .paginate(client.rest.repos.listReleaseAssets, {
        owner: ctx.owner,
        repo: ctx.repo,
        release_id: release.id,
        per_page: 100,
      })
      .catch((error: unknown) =>
        explainPermission(error, 'contents: read', `list the assets of release ${tag}`),
      );
  let assets = await listAssets();
  let archiveUrl = '';
  let assetUrl = '';
  for (const [file, contentType] of [
    [request.archivePath, 'application/gzip'],
    [request.manifestPath, 'application/json'],
  ] as const) {
    const name = path.basename(file);
    let existing = assets.find((asset) => asset.name === name);
    let uploaded: { url: string; browser_download_url: string } | undefined;
    if (!existing) {
      uploaded = await uploadAsset(client, release.upload_url, file, name, contentType);
      // An upload whose answer was lost and whose retry met "already exists": check what is there.
      if (!uploaded) existing = (assets = await listAssets()).find((asset) => asset.name === name);
    }
    if (existing) {
      const same =
        name === archive
          ? existing.size === (await fs.stat(file)).size &&
            (await assetDigest(client, ctx, existing.id)) === request.digest
          : true;
      if (!same) {
        throw new UserError(
          `Release ${tag} already has an asset '${name}' with other content: versions are immutable, so give this build a new version`,
        );
      }
      if (name === archive) {
        archiveUrl = existing.browser_download_url;
        assetUrl = existing.url;
      }
      continue;
    }
    if (!uploaded)
      throw new UserError(
        `Release ${tag} refused '${name}' as already present, yet does not list it: re-run the job`,
      );
    if (name === archive) {
      archiveUrl = uploaded.browser_download_url;
      assetUrl = uploaded.url;
    }
  }
  return {
    storage: 'release',
    url: archiveUrl,
    assetUrl,
    tag,
    releaseId: release.id,
    archive,
    manifest,
  };
}

async function findOrCreateRelease(
  client: GitHubClient,
  ctx: RunContext,
  tag: string,
  request: StoreRequest,
) {
  try {
    const { data } = await client.rest.repos.getReleaseByTag({
      owner: ctx.owner,
      repo: ctx.repo,
      tag,
    });
    return data;
  } catch (error) {
    if ((error as { status?: number }).status !== 404)
      explainPermission(error, 'contents: read', `read release ${tag}`);
  }
  try {
    const { data } = await client.rest.repos.createRelease({
      owner: ctx.owner,
      repo: ctx.repo,
      tag_name: tag,
      target_commitish: ctx.sha || undefined,
      name: `${request.name} ${request.version}`,
      body: `Built by Glidepath build-artifact in ${ctx.runUrl}\n\nDigest: \`${request.digest}\``,
      prerelease: semver.prerelease(request.version) !== null,
      make_latest: semver.prerelease(request.version) === null ? 'true' : 'false',
    });
    return data;
  } catch (error) {
    // A create whose answer was lost and whose retry met "already exists": the release is there.
    if (alreadyExists(error)) {
      const { data } = await client.rest.repos
        .getReleaseByTag({ owner: ctx.owner, repo: ctx.repo, tag })
        .catch((e: unknown) => explainPermission(e, 'contents: read', `read release ${tag}`));
      return data;
    }
    return explainPermission(error, 'contents: write', `create release ${tag}`);
  }
}

/** GitHub's 422 for a name (tag, asset) that is taken. */
function alreadyExists(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: { code?: string }[] } } };
  return (
    e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === 'already_exists')
  );
}

/** Uploads one asset; undefined when GitHub says the name is taken (a retried upload whose first answer was lost). */
async function uploadAsset(
  client: GitHubClient,
  uploadUrlTemplate: string,
  file: string,
  name: string,
  contentType: string,
): Promise<{ url: string; browser_download_url: string } | undefined> {
  const url = uploadUrlTemplate.replace(/\{[^}]*\}$/, '');
  const size = (await fs.stat(file)).size;
  const data = size <= BUFFERED_UPLOAD_LIMIT ? await fs.readFile(file) : createReadStream(file);
  try {
    const response = await client.request({
      method: 'POST',
      url: `${url}?name=${encodeURIComponent(name)}`,
      headers: { 'content-type': contentType, 'content-length': size },
      data,
      request: size <= BUFFERED_UPLOAD_LIMIT ? {} : { retries: 0 },
    });
    return response.data as { url: string; browser_download_url: string };
  } catch (error) {
    if (alreadyExists(error)) return undefined;
    return explainPermission(error, 'contents: write', `upload '${name}' to the release`);
  }
}

async function assetDigest(
  client: GitHubClient,
  ctx: RunContext,
  assetId: number,
): Promise<string> {
  const { createHash } = await import('node:crypto');
  const response = await client
    .request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      owner: ctx.owner,
      repo: ctx.repo,
      asset_id: assetId,
      headers: { accept: 'application/octet-stream' },
    })
    .catch((error: unknown) =>
      explainPermission(error, 'contents: read', `download release asset ${assetId}`),
    );
  const body = Buffer.from(response.data as unknown as ArrayBuffer);
  return `sha256:${createHash('sha256').update(body).digest('hex')}`;
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
