import { nextId, tick, type Ctx, type RepoRoute } from './context.js';
import { HttpError, notFound, validation, type Reply } from './errors.js';
import { assetBody, downloadUrl, paginate, releaseBody } from './representations.js';
import type { Body } from './requests.js';
import type { AssetRecord, ReleaseRecord } from './store.js';

/** Releases and their assets (uploads come in under /api/uploads, stripped before routing). */

export const releaseRoutes: RepoRoute[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/releases',
    handler: ({ ctx, query, path, need }) => {
      need('contents', 'read');
      const list = [...ctx.repo.releases].sort((a, b) => b.id - a.id);
      return paginate(ctx, list, query, path, (rel) => releaseBody(ctx, rel));
    },
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/releases',
    handler: ({ ctx, json, need }) => {
      need('contents', 'write');
      return createRelease(ctx, json);
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/releases/tags/{tag}',
    handler: ({ ctx, need }, { tag }) => {
      need('contents', 'read');
      // As GitHub: a draft is not found by its tag (only by listing releases).
      const rel = ctx.repo.releases.find((x) => x.tag === tag && !x.draft);
      if (!rel) throw notFound();
      return { status: 200, body: releaseBody(ctx, rel) };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    handler: ({ ctx, headers, need }, { asset_id }) => {
      const asset = findAsset(ctx, asset_id);
      need('contents', 'read');
      if (/application\/octet-stream/.test(String(headers.accept ?? ''))) {
        return { status: 302, headers: { location: downloadUrl(ctx, asset) } };
      }
      return { status: 200, body: assetBody(ctx, asset) };
    },
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    handler: ({ ctx, need }, { asset_id }) => {
      const asset = findAsset(ctx, asset_id);
      need('contents', 'write');
      const rel = ctx.repo.releases.find((x) => x.id === asset.releaseId);
      if (rel?.immutable) throw locked('Cannot delete assets of an immutable release.');
      ctx.repo.assets = ctx.repo.assets.filter((a) => a.id !== asset.id);
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    handler: ({ ctx, query, path, need }, { release_id }) => {
      const rel = findRelease(ctx, release_id);
      need('contents', 'read');
      const list = ctx.repo.assets
        .filter((a) => a.releaseId === rel.id)
        .sort((a, b) => a.id - b.id);
      return paginate(ctx, list, query, path, (a) => assetBody(ctx, a));
    },
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/releases/{release_id}/assets',
    handler: ({ ctx, query, body, headers, need }, { release_id }) => {
      const rel = findRelease(ctx, release_id);
      need('contents', 'write');
      const contentType = String(headers['content-type'] ?? 'application/octet-stream');
      return uploadAsset(ctx, rel, query, body, contentType);
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/releases/{release_id}',
    handler: ({ ctx, need }, { release_id }) => {
      const rel = findRelease(ctx, release_id);
      need('contents', 'read');
      return { status: 200, body: releaseBody(ctx, rel) };
    },
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/releases/{release_id}',
    handler: ({ ctx, need }, { release_id }) => {
      const rel = findRelease(ctx, release_id);
      need('contents', 'write');
      ctx.repo.releases = ctx.repo.releases.filter((x) => x.id !== rel.id);
      ctx.repo.assets = ctx.repo.assets.filter((a) => a.releaseId !== rel.id);
      return { status: 204 };
    },
  },
  {
    method: 'PATCH',
    pattern: '/repos/{owner}/{repo}/releases/{release_id}',
    handler: ({ ctx, json, need }, { release_id }) => {
      const rel = findRelease(ctx, release_id);
      need('contents', 'write');
      if (rel.immutable && (json.draft === true || typeof json.tag_name === 'string')) {
        throw locked('Cannot change the tag or unpublish an immutable release.');
      }
      if (typeof json.name === 'string') rel.name = json.name;
      if (typeof json.body === 'string') rel.body = json.body;
      if (typeof json.prerelease === 'boolean') rel.prerelease = json.prerelease;
      if (typeof json.draft === 'boolean') {
        if (rel.draft && !json.draft) publish(ctx, rel);
        rel.draft = json.draft;
      }
      return { status: 200, body: releaseBody(ctx, rel) };
    },
  },
];

/** The repository's immutable-releases setting (GET answers 404 when it is off, as GitHub does). */
export const immutableSettingRoutes: RepoRoute[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/immutable-releases',
    handler: ({ ctx, need }) => {
      need('administration', 'read');
      if (!ctx.repo.immutableReleases) throw notFound();
      return { status: 200, body: { enabled: true, enforced_by_owner: false } };
    },
  },
  {
    method: 'PUT',
    pattern: '/repos/{owner}/{repo}/immutable-releases',
    handler: ({ ctx, need }) => {
      need('administration', 'write');
      ctx.repo.immutableReleases = true;
      return { status: 204 };
    },
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/immutable-releases',
    handler: ({ ctx, need }) => {
      need('administration', 'write');
      ctx.repo.immutableReleases = false;
      return { status: 204 };
    },
  },
];

/** GitHub's 422 for a change an immutable release refuses. */
function locked(message: string): HttpError {
  return new HttpError(422, message);
}

/** Publishing locks the release when the repository has immutable releases on, and burns its tag. */
function publish(ctx: Ctx, rel: ReleaseRecord): void {
  rel.publishedAt = tick(ctx.state);
  if (!ctx.repo.immutableReleases) return;
  rel.immutable = true;
  ctx.repo.burnedTags = [...new Set([...(ctx.repo.burnedTags ?? []), rel.tag])];
}

function findRelease(ctx: Ctx, id: string | undefined): ReleaseRecord {
  const rel = ctx.repo.releases.find((x) => x.id === Number(id));
  if (!rel) throw notFound();
  return rel;
}

function findAsset(ctx: Ctx, id: string | undefined): AssetRecord {
  const asset = ctx.repo.assets.find((a) => a.id === Number(id));
  if (!asset) throw notFound();
  return asset;
}

function createRelease(ctx: Ctx, body: Record<string, unknown>): Reply {
  const tag = body.tag_name;
  if (typeof tag !== 'string' || tag === '')
    throw validation('Release', 'tag_name', 'missing_field');
  if (ctx.repo.releases.some((r) => r.tag === tag))
    throw validation('Release', 'tag_name', 'already_exists');
  if (ctx.repo.burnedTags?.includes(tag))
    throw validation('Release', 'tag_name', 'custom', 'tag_name was used by an immutable release');
  const rel: ReleaseRecord = {
    id: nextId(ctx.state),
    tag,
    target:
      typeof body.target_commitish === 'string' ? body.target_commitish : ctx.repo.defaultBranch,
    name: typeof body.name === 'string' ? body.name : null,
    body: typeof body.body === 'string' ? body.body : null,
    draft: body.draft === true,
    prerelease: body.prerelease === true,
    author: ctx.actor,
    createdAt: tick(ctx.state),
  };
  if (!rel.draft) publish(ctx, rel);
  ctx.repo.releases.push(rel);
  return { status: 201, body: releaseBody(ctx, rel) };
}

function uploadAsset(
  ctx: Ctx,
  rel: ReleaseRecord,
  query: Record<string, string>,
  body: Body,
  contentType: string,
): Reply {
  const name = query.name;
  if (!name) throw validation('ReleaseAsset', 'name', 'missing_field');
  if (rel.immutable) throw locked('Cannot upload assets to an immutable release.');
  if (ctx.repo.assets.some((a) => a.releaseId === rel.id && a.name === name))
    throw validation('ReleaseAsset', 'name', 'already_exists');
  const asset: AssetRecord = {
    id: nextId(ctx.state),
    releaseId: rel.id,
    name,
    label: query.label ?? null,
    contentType,
    size: body.raw.length,
    data: body.raw.toString('base64'),
    uploader: ctx.actor,
    createdAt: tick(ctx.state),
  };
  ctx.repo.assets.push(asset);
  return { status: 201, body: assetBody(ctx, asset) };
}
