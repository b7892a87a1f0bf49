import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { core, type RunContext, UserError } from '../runtime/index.js';
import { explainPermission, type GitHubClient } from './client.js';
import type { ArtifactLocation, StoreRequest } from './storage.js';

/** Largest archive sent from memory (so a failed upload can be retried); bigger ones stream once. */
const BUFFERED_UPLOAD_LIMIT = 256 * 1024 * 1024;

type Release = Awaited<ReturnType<GitHubClient['rest']['repos']['getRelease']>>['data'];

/** The line of a release's notes that says which build it holds: how a re-run knows its own draft. */
const digestLine = (digest: string) => `Digest: \`${digest}\``;

/**
 * Stores archive and manifest as the GitHub Release `v<version>`, the way immutable releases
 * require: create a draft (invisible to users, still mutable), upload every asset, check them,
 * then publish. In a repository with immutable releases on, publishing locks the tag and the
 * assets for good; a failure before it leaves a draft that a re-run finds (same tag, same digest)
 * and finishes, never a published release without its assets. A release or draft of that tag
 * with other content is refused: a version never changes once built.
 */
export async function storeInRelease(
  request: StoreRequest,
  client: GitHubClient,
  ctx: RunContext,
): Promise<ArtifactLocation> {
  const tag = `v${request.version}`;
  let release = await findRelease(client, ctx, tag, request);
  if (!release) {
    release = await createDraft(client, ctx, tag, request);
    core.info(`Release ${tag}: draft ${release.id} created`);
  } else if (release.draft) {
    core.info(
      `Release ${tag}: finishing draft ${release.id}, left by an earlier attempt of this build`,
    );
  }
  const assets = await attachAssets(client, ctx, release, request);
  if (release.draft) {
    release = await publish(client, ctx, release, request);
    core.info(
      `Release ${tag} published${release.immutable ? ' (immutable: tag and assets are locked)' : ''}`,
    );
  }
  return {
    storage: 'release',
    url: assets.archive.browser_download_url,
    assetUrl: assets.archive.url,
    tag,
    releaseId: release.id,
    archive: path.basename(request.archivePath),
    manifest: path.basename(request.manifestPath),
    immutable: release.immutable === true,
  };
}

/**
 * The published release of `tag`, or this build's draft of it (drafts are found only by listing).
 * A draft of another build is refused with the fix.
 */
async function findRelease(
  client: GitHubClient,
  ctx: RunContext,
  tag: string,
  request: StoreRequest,
): Promise<Release | undefined> {
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
  const draft = await findDraft(client, ctx, tag);
  if (draft && !(draft.body ?? '').includes(digestLine(request.digest))) {
    throw new UserError(
      `Release ${tag} exists as an unpublished draft of another build (its notes do not record digest ${request.digest}): delete that draft on the repository's Releases page, or give this build a new version, then re-run`,
    );
  }
  return draft;
}

async function findDraft(
  client: GitHubClient,
  ctx: RunContext,
  tag: string,
): Promise<Release | undefined> {
  const releases = await client
    .paginate(client.rest.repos.listReleases, { owner: ctx.owner, repo: ctx.repo, per_page: 100 })
    .catch((error: unknown) => explainPermission(error, 'contents: read', 'list releases'));
  return releases.find((r) => r.draft && r.tag_name === tag);
}

async function createDraft(
  client: GitHubClient,
  ctx: RunContext,
  tag: string,
  request: StoreRequest,
): Promise<Release> {
  try {
    const { data } = await client.rest.repos.createRelease({
      owner: ctx.owner,
      repo: ctx.repo,
      tag_name: tag,
      target_commitish: ctx.sha || undefined,
      name: `${request.name} ${request.version}`,
      body: `Built by Glidepath build-artifact in ${ctx.runUrl}\n\n${digestLine(request.digest)}`,
      draft: true,
      prerelease: semver.prerelease(request.version) !== null,
    });
    return data;
  } catch (error) {
    const taken = alreadyExists(error);
    // A create whose answer was lost and whose retry met "already exists": the draft is there.
    const draft = taken ? await findDraft(client, ctx, tag) : undefined;
    if (draft) return draft;
    if (taken || burnedTag(error)) {
      throw new UserError(
        `The tag ${tag} is taken${burnedTag(error) ? ' for good: an immutable release used it, and GitHub never allows it again' : ''}: give this build a new version`,
      );
    }
    return explainPermission(error, 'contents: write', `create release ${tag}`);
  }
}

/** Uploads what is missing, refuses what differs, and checks that every asset is there as built. */
async function attachAssets(
  client: GitHubClient,
  ctx: RunContext,
  release: Release,
  request: StoreRequest,
): Promise<{ archive: Asset; manifest: Asset }> {
  const tag = release.tag_name;
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
  const wanted = [
    [request.archivePath, 'application/gzip'],
    [request.manifestPath, 'application/json'],
  ] as const;
  for (const [file, contentType] of wanted) {
    const name = path.basename(file);
    const existing = assets.find((asset) => asset.name === name);
    if (existing) {
      // Already there (a re-run, or the retry of an upload whose answer was lost): the same bytes only.
      const same =
        file === request.archivePath
          ? existing.size === (await fs.stat(file)).size &&
            (await assetDigest(client, ctx, existing.id)) === request.digest
          : true;
      if (!same) {
        throw new UserError(
          `Release ${tag} already has an asset '${name}' with other content: versions are immutable, so give this build a new version`,
        );
      }
      continue;
    }
    if (release.immutable) {
      throw new UserError(
        `Release ${tag} is published and immutable but has no '${name}': GitHub locks its assets and its tag for good, so give this build a new version`,
      );
    }
    await uploadAsset(client, release.upload_url, file, name, contentType);
  }
  // Checked as GitHub now lists them: every asset present, each the size that was built.
  assets = await listAssets();
  const found = {} as { archive: Asset; manifest: Asset };
  for (const [file] of wanted) {
    const name = path.basename(file);
    const asset = assets.find((a) => a.name === name);
    const size = (await fs.stat(file)).size;
    if (!asset || asset.size !== size) {
      throw new UserError(
        `Release ${tag} does not hold '${name}' as built (${asset ? `${asset.size} bytes, not ${size}` : 'missing'} after the upload): re-run the job; the release stays a draft until it does`,
      );
    }
    found[file === request.archivePath ? 'archive' : 'manifest'] = asset;
  }
  return found;
}

type Asset = Release['assets'][number];

/** Publishes the draft (marking it latest unless a prerelease): from here on, immutable releases are locked. */
async function publish(
  client: GitHubClient,
  ctx: RunContext,
  release: Release,
  request: StoreRequest,
): Promise<Release> {
  const { data } = await client.rest.repos
    .updateRelease({
      owner: ctx.owner,
      repo: ctx.repo,
      release_id: release.id,
      draft: false,
      make_latest: semver.prerelease(request.version) === null ? 'true' : 'false',
    })
    .catch((error: unknown) =>
      explainPermission(error, 'contents: write', `publish release ${release.tag_name}`),
    );
  return data;
}

/** GitHub's 422 for a tag that an immutable release once used. */
function burnedTag(error: unknown): boolean {
  const e = error as { status?: number; response?: { data?: { errors?: { message?: string }[] } } };
  return (
    e.status === 422 &&
    (e.response?.data?.errors ?? []).some((x) => /immutable release/i.test(x.message ?? ''))
  );
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
