import { createHash } from 'node:crypto';
import type { Ctx } from './context.js';
import type { Reply } from './errors.js';
import type {
  ApprovalRecord,
  AssetRecord,
  DeploymentRecord,
  EnvironmentRecord,
  PendingRecord,
  ReleaseRecord,
  StatusRecord,
} from './store.js';

/** Representations: the JSON shapes GitHub answers with, built from the stand-in's records. */

export const iso = (seconds: number) =>
  new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64').replace(/=+$/, '')}`;
}

/** A stable id for a login. */
export function userId(login: string): number {
  let h = 7;
  for (const c of login) h = (h * 31 + c.charCodeAt(0)) % 9_000_000;
  return 1_000_000 + h;
}

function htmlBase(ctx: Ctx): string {
  return `https://github.com/${ctx.repo.owner}/${ctx.repo.name}`;
}

function apiBase(ctx: Ctx): string {
  return `${ctx.origin}/repos/${ctx.repo.owner}/${ctx.repo.name}`;
}

export function userBody(ctx: Ctx, login: string): Record<string, unknown> {
  const id = userId(login);
  const api = `${ctx.origin}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('U', id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function deploymentBody(ctx: Ctx, d: DeploymentRecord): Record<string, unknown> {
  const url = `${apiBase(ctx)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('DE', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: userBody(ctx, d.creator),
    created_at: iso(d.createdAt),
    updated_at: iso(d.updatedAt),
    statuses_url: `${url}/statuses`,
    repository_url: apiBase(ctx),
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: null,
  };
}

export function statusBody(ctx: Ctx, s: StatusRecord): Record<string, unknown> {
  const deploymentUrl = `${apiBase(ctx)}/deployments/${s.deploymentId}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DES', s.id),
    state: s.state,
    creator: userBody(ctx, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: iso(s.createdAt),
    updated_at: iso(s.createdAt),
    deployment_url: deploymentUrl,
    repository_url: apiBase(ctx),
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: null,
  };
}

/** The fields that name an environment, as a pending deployment shows it. */
function environmentRef(ctx: Ctx, e: EnvironmentRecord): Record<string, unknown> {
  return {
    id: e.id,
    node_id: nodeId('EN', e.id),
    name: e.name,
    url: `${apiBase(ctx)}/environments/${encodeURIComponent(e.name)}`,
    html_url: `${htmlBase(ctx)}/deployments/activity_log?environments_filter=${encodeURIComponent(e.name)}`,
  };
}

function reviewersBody(ctx: Ctx, e: EnvironmentRecord): Record<string, unknown>[] {
  return e.reviewers.map((rv) => ({ type: rv.type, reviewer: userBody(ctx, rv.login) }));
}

export function environmentBody(ctx: Ctx, e: EnvironmentRecord): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  if (e.waitTimer > 0)
    rules.push({
      id: e.id * 10 + 1,
      node_id: nodeId('GA', e.id * 10 + 1),
      type: 'wait_timer',
      wait_timer: e.waitTimer,
    });
  if (e.reviewers.length) {
    rules.push({
      id: e.id * 10 + 2,
      node_id: nodeId('GA', e.id * 10 + 2),
      type: 'required_reviewers',
      prevent_self_review: e.preventSelfReview,
      reviewers: reviewersBody(ctx, e),
    });
  }
  return {
    ...environmentRef(ctx, e),
    created_at: iso(e.createdAt),
    updated_at: iso(e.updatedAt),
    protection_rules: rules,
    deployment_branch_policy: null,
  };
}

/** A review of a run's deployments; `environments` are the records its names stand for. */
export function approvalBody(
  ctx: Ctx,
  a: ApprovalRecord,
  environments: EnvironmentRecord[],
): Record<string, unknown> {
  return {
    environments: environments.map((e) => environmentBody(ctx, e)),
    state: a.state,
    user: userBody(ctx, a.user),
    comment: a.comment,
  };
}

export function pendingDeploymentBody(
  ctx: Ctx,
  p: PendingRecord,
  e: EnvironmentRecord,
): Record<string, unknown> {
  return {
    environment: environmentRef(ctx, e),
    wait_timer: p.waitTimer,
    wait_timer_started_at: p.waitTimerStartedAt === null ? null : iso(p.waitTimerStartedAt),
    current_user_can_approve: false,
    reviewers: reviewersBody(ctx, e),
  };
}

export function releaseBody(ctx: Ctx, rel: ReleaseRecord): Record<string, unknown> {
  const url = `${apiBase(ctx)}/releases/${rel.id}`;
  return {
    url,
    html_url: `${htmlBase(ctx)}/releases/tag/${encodeURIComponent(rel.tag)}`,
    assets_url: `${url}/assets`,
    upload_url: `${ctx.origin}/api/uploads/repos/${ctx.repo.owner}/${ctx.repo.name}/releases/${rel.id}/assets{?name,label}`,
    tarball_url: `${apiBase(ctx)}/tarball/${encodeURIComponent(rel.tag)}`,
    zipball_url: `${apiBase(ctx)}/zipball/${encodeURIComponent(rel.tag)}`,
    id: rel.id,
    node_id: nodeId('RE', rel.id),
    tag_name: rel.tag,
    target_commitish: rel.target,
    name: rel.name,
    body: rel.body,
    draft: rel.draft,
    prerelease: rel.prerelease,
    immutable: rel.immutable === true,
    created_at: iso(rel.createdAt),
    published_at: rel.draft ? null : iso(rel.publishedAt ?? rel.createdAt),
    updated_at: iso(rel.createdAt),
    author: userBody(ctx, rel.author),
    assets: ctx.repo.assets
      .filter((a) => a.releaseId === rel.id)
      .sort((a, b) => a.id - b.id)
      .map((a) => assetBody(ctx, a)),
  };
}

/** Where an asset is downloaded (github.com in real life; this stand-in's /download/ here). */
export function downloadUrl(ctx: Ctx, a: AssetRecord): string {
  const rel = ctx.repo.releases.find((r) => r.id === a.releaseId);
  return `${ctx.origin}/download/${ctx.repo.owner}/${ctx.repo.name}/releases/download/${encodeURIComponent(rel?.tag ?? '')}/${encodeURIComponent(a.name)}`;
}

export function assetBody(ctx: Ctx, a: AssetRecord): Record<string, unknown> {
  return {
    url: `${apiBase(ctx)}/releases/assets/${a.id}`,
    browser_download_url: downloadUrl(ctx, a),
    id: a.id,
    node_id: nodeId('RA', a.id),
    name: a.name,
    label: a.label,
    state: 'uploaded',
    content_type: a.contentType,
    size: a.size,
    digest: `sha256:${createHash('sha256').update(Buffer.from(a.data, 'base64')).digest('hex')}`,
    download_count: 0,
    created_at: iso(a.createdAt),
    updated_at: iso(a.createdAt),
    uploader: userBody(ctx, a.uploader),
  };
}

/** One page of `list` (per_page, page) with GitHub's Link header to the others. */
export function paginate<T>(
  ctx: Ctx,
  list: T[],
  query: Record<string, string>,
  path: string,
  render: (item: T) => unknown,
): Reply {
  const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
  const page = Math.max(1, Number(query.page ?? 1) || 1);
  const last = Math.max(1, Math.ceil(list.length / perPage));
  const links: string[] = [];
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams({ ...query, per_page: String(perPage), page: String(p) });
    links.push(`<${ctx.origin}${path}?${q.toString()}>; rel="${rel}"`);
  };
  if (page > 1) {
    link(page - 1, 'prev');
    link(1, 'first');
  }
  if (page < last) {
    link(page + 1, 'next');
    link(last, 'last');
  }
  const slice = list.slice((page - 1) * perPage, page * perPage).map(render);
  return { status: 200, body: slice, headers: links.length ? { link: links.join(', ') } : {} };
}
