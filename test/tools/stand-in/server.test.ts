import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/core/github/client.js';
import { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir } from '../../../lab/fixtures.js';

const o = { owner: 'octo', repo: 'svc' };
let api: GitHubStandIn;
const client = (token = 'ghs_test', timeoutMs?: number) =>
  createClient(token, { baseUrl: api.url, timeoutMs });
const raw = (p: string, init: RequestInit = {}) =>
  fetch(`${api.url}${p}`, {
    ...init,
    headers: {
      authorization: 'token ghs_test',
      'content-type': 'application/json',
      ...(init.headers ?? {}),
    },
  });

beforeAll(async () => {
  api = await startStandIn({
    tokens: {
      'no-deploy': { deployments: 'read', actions: 'read' },
      ghs_admin: { administration: 'write', contents: 'write' },
    },
  });
});
afterAll(async () => api.stop());
afterEach(() => {
  api.clearFaults();
  expect(api.violations.splice(0)).toEqual([]);
});

describe('deployments', () => {
  it("applies GitHub's defaults on create", async () => {
    const gh = client();
    const { status, data } = await gh.rest.repos.createDeployment({
      ...o,
      ref: 'main',
      required_contexts: [],
      auto_merge: false,
    });
    expect(status).toBe(201);
    const d = data as {
      environment: string;
      task: string;
      production_environment: boolean;
      transient_environment: boolean;
      sha: string;
    };
    expect(d).toMatchObject({
      environment: 'production',
      task: 'deploy',
      production_environment: true,
      transient_environment: false,
    });
    expect(d.sha).toMatch(/^[0-9a-f]{40}$/);
    const staging = await gh.rest.repos.createDeployment({
      ...o,
      ref: 'main',
      environment: 'staging',
      required_contexts: [],
      auto_merge: false,
      payload: { version: '1.0.0' },
    });
    expect(staging.data).toMatchObject({
      environment: 'staging',
      production_environment: false,
      payload: { version: '1.0.0' },
    });
  });

  it('answers 409 when required_contexts is omitted and a status check is not green', async () => {
    api.setContexts('octo', 'svc', 'topic', [{ context: 'ci/test', state: 'pending' }]);
    const gh = client();
    await expect(
      gh.rest.repos.createDeployment({ ...o, ref: 'topic', auto_merge: false }),
    ).rejects.toMatchObject({ status: 409 });
    const ok = await gh.rest.repos.createDeployment({
      ...o,
      ref: 'topic',
      auto_merge: false,
      required_contexts: [],
    });
    expect(ok.status).toBe(201);
  });

  it('answers 202 without creating anything when auto_merge merges the default branch', async () => {
    api.markBehind('octo', 'svc', 'stale');
    const before = api.deployments('octo', 'svc').length;
    const res = await client().rest.repos.createDeployment({
      ...o,
      ref: 'stale',
      required_contexts: [],
    });
    expect(res.status).toBe(202);
    expect(api.deployments('octo', 'svc').length).toBe(before);
  });

  it('filters and paginates with Link headers, newest first', async () => {
    const gh = client();
    for (let i = 0; i < 5; i++)
      await gh.rest.repos.createDeployment({
        ...o,
        ref: `v${i}`,
        environment: 'pager',
        required_contexts: [],
        auto_merge: false,
      });
    const page1 = await gh.rest.repos.listDeployments({ ...o, environment: 'pager', per_page: 2 });
    expect(page1.data.map((d) => d.ref)).toEqual(['v4', 'v3']);
    expect(page1.headers.link).toContain('rel="next"');
    expect(page1.headers.link).toContain('page=3');
    const all = await gh.paginate(gh.rest.repos.listDeployments, {
      ...o,
      environment: 'pager',
      per_page: 2,
    });
    expect(all.map((d) => d.ref)).toEqual(['v4', 'v3', 'v2', 'v1', 'v0']);
    const byRef = await gh.rest.repos.listDeployments({ ...o, ref: 'v2' });
    expect(byRef.data.map((d) => d.environment)).toEqual(['pager']);
  });

  it('marks earlier successful non-production deployments inactive, but not production ones', async () => {
    const gh = client();
    const make = async (environment: string) =>
      (
        await gh.rest.repos.createDeployment({
          ...o,
          ref: 'main',
          environment,
          required_contexts: [],
          auto_merge: false,
        })
      ).data as { id: number };
    for (const environment of ['qa', 'production']) {
      const first = await make(environment);
      await gh.rest.repos.createDeploymentStatus({
        ...o,
        deployment_id: first.id,
        state: 'success',
      });
      const second = await make(environment);
      await gh.rest.repos.createDeploymentStatus({
        ...o,
        deployment_id: second.id,
        state: 'in_progress',
      });
      await gh.rest.repos.createDeploymentStatus({
        ...o,
        deployment_id: second.id,
        state: 'success',
        environment_url: 'https://x.example',
      });
      const statuses = await gh.rest.repos.listDeploymentStatuses({
        ...o,
        deployment_id: first.id,
      });
      expect(statuses.data[0]?.state).toBe(environment === 'production' ? 'success' : 'inactive');
    }
  });

  it('rejects a description over 140 characters and an unknown state', async () => {
    const gh = client();
    const d = (
      await gh.rest.repos.createDeployment({
        ...o,
        ref: 'main',
        environment: 'x',
        required_contexts: [],
        auto_merge: false,
      })
    ).data as { id: number };
    await expect(
      gh.rest.repos.createDeploymentStatus({
        ...o,
        deployment_id: d.id,
        state: 'success',
        description: 'x'.repeat(141),
      }),
    ).rejects.toMatchObject({ status: 422 });
    const bad = await raw(`/repos/octo/svc/deployments/${d.id}/statuses`, {
      method: 'POST',
      body: JSON.stringify({ state: 'done' }),
    });
    expect(bad.status).toBe(422);
    expect(api.violations.splice(0).map((v) => v.kind)).toEqual(['request']);
  });

  it('refuses to delete an active deployment unless it is the only one', async () => {
    const gh = client();
    const mk = async () =>
      (
        await gh.rest.repos.createDeployment({
          ...o,
          ref: 'main',
          environment: 'del',
          required_contexts: [],
          auto_merge: false,
        })
      ).data as { id: number };
    const a = await mk();
    await gh.rest.repos.createDeploymentStatus({ ...o, deployment_id: a.id, state: 'success' });
    await mk();
    await expect(
      gh.rest.repos.deleteDeployment({ ...o, deployment_id: a.id }),
    ).rejects.toMatchObject({ status: 422 });
    await gh.rest.repos.createDeploymentStatus({ ...o, deployment_id: a.id, state: 'inactive' });
    expect((await gh.rest.repos.deleteDeployment({ ...o, deployment_id: a.id })).status).toBe(204);
  });

  it('answers 403 naming the permission when the token lacks it, and 401 without a token', async () => {
    await expect(
      client('no-deploy').rest.repos.createDeployment({
        ...o,
        ref: 'main',
        required_contexts: [],
        auto_merge: false,
      }),
    ).rejects.toMatchObject({ status: 403 });
    const res = await fetch(`${api.url}/repos/octo/svc/deployments`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: 'Requires authentication' });
  });
});

describe('environments and approvals', () => {
  it("reports protection rules and a run's approvals and pending deployments", async () => {
    api.setEnvironment('octo', 'svc', 'production', {
      reviewers: ['alice', 'bob'],
      waitTimer: 5,
      preventSelfReview: true,
    });
    api.addPending('octo', 'svc', 77, 'production', 5);
    const gh = client();
    const env = await gh.rest.repos.getEnvironment({ ...o, environment_name: 'production' });
    const rules = env.data.protection_rules ?? [];
    expect(rules.map((r) => r.type).sort()).toEqual(['required_reviewers', 'wait_timer']);
    const pending = await gh.rest.actions.getPendingDeploymentsForRun({ ...o, run_id: 77 });
    expect(pending.data[0]).toMatchObject({ wait_timer: 5, environment: { name: 'production' } });
    api.approve('octo', 'svc', 77, 'production', 'alice', 'ship it');
    const approvals = await gh.rest.actions.getReviewsForRun({ ...o, run_id: 77 });
    expect(approvals.data).toHaveLength(1);
    expect(approvals.data[0]).toMatchObject({
      state: 'approved',
      comment: 'ship it',
      user: { login: 'alice' },
    });
    expect((await gh.rest.actions.getPendingDeploymentsForRun({ ...o, run_id: 77 })).data).toEqual(
      [],
    );
    await expect(
      gh.rest.repos.getEnvironment({ ...o, environment_name: 'nope' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('keeps environment changes for admins: GITHUB_TOKEN cannot create environments', async () => {
    await expect(
      client().rest.repos.createOrUpdateEnvironment({
        ...o,
        environment_name: 'new',
        wait_timer: 1,
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('releases', () => {
  it('creates a release, uploads and downloads an asset, refuses a duplicate tag', async () => {
    const gh = client();
    const rel = await gh.rest.repos.createRelease({ ...o, tag_name: 'v1.0.0', name: 'one' });
    expect(rel.data.upload_url).toContain('/api/uploads/repos/octo/svc/releases/');
    const url = rel.data.upload_url.replace(/\{.*$/, '');
    const up = await gh.request({
      method: 'POST',
      url: `${url}?name=app.tar.gz`,
      headers: { 'content-type': 'application/gzip' },
      data: Buffer.from('bytes!'),
    });
    expect(up.status).toBe(201);
    const byTag = await gh.rest.repos.getReleaseByTag({ ...o, tag: 'v1.0.0' });
    expect(byTag.data.assets.map((a) => a.name)).toEqual(['app.tar.gz']);
    const asset = byTag.data.assets[0] as { id: number; browser_download_url: string };
    const bytes = await gh.request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
      ...o,
      asset_id: asset.id,
      headers: { accept: 'application/octet-stream' },
    });
    expect(Buffer.from(bytes.data as unknown as ArrayBuffer).toString()).toBe('bytes!');
    expect(await (await fetch(asset.browser_download_url)).text()).toBe('bytes!');
    await expect(gh.rest.repos.createRelease({ ...o, tag_name: 'v1.0.0' })).rejects.toMatchObject({
      status: 422,
    });
  });
});

describe('immutable releases, as GitHub has them since October 2025', () => {
  const im = { owner: 'octo', repo: 'locked' };
  it('has the repository setting (GET answers 404 while it is off)', async () => {
    const admin = { authorization: 'token ghs_admin' };
    expect((await raw('/repos/octo/locked/immutable-releases', { headers: admin })).status).toBe(
      404,
    );
    expect(
      (await raw('/repos/octo/locked/immutable-releases', { method: 'PUT', headers: admin }))
        .status,
    ).toBe(204);
    const on = await raw('/repos/octo/locked/immutable-releases', { headers: admin });
    expect(await on.json()).toEqual({ enabled: true, enforced_by_owner: false });
    // GITHUB_TOKEN never has administration: it cannot change the setting.
    expect((await raw('/repos/octo/locked/immutable-releases', { method: 'DELETE' })).status).toBe(
      403,
    );
  });

  it('keeps drafts mutable and unfindable by tag, then locks tag and assets when published', async () => {
    api.setImmutableReleases('octo', 'locked', true);
    const gh = client();
    const draft = await gh.rest.repos.createRelease({ ...im, tag_name: 'v2.0.0', draft: true });
    expect(draft.data).toMatchObject({ draft: true, immutable: false, published_at: null });
    await expect(gh.rest.repos.getReleaseByTag({ ...im, tag: 'v2.0.0' })).rejects.toMatchObject({
      status: 404,
    });
    const upload = (name: string) =>
      gh.request({
        method: 'POST',
        url: `${draft.data.upload_url.replace(/\{.*$/, '')}?name=${name}`,
        headers: { 'content-type': 'application/gzip' },
        data: Buffer.from(name),
      });
    expect((await upload('a.tar.gz')).status).toBe(201);
    const published = await gh.rest.repos.updateRelease({
      ...im,
      release_id: draft.data.id,
      draft: false,
    });
    expect(published.data).toMatchObject({ draft: false, immutable: true });
    expect(published.data.published_at).not.toBeNull();
    await expect(upload('b.tar.gz')).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Cannot upload assets to an immutable release'),
    });
    // Deleted, the release frees nothing: its tag can never be used again.
    await gh.rest.repos.deleteRelease({ ...im, release_id: draft.data.id });
    await expect(gh.rest.repos.createRelease({ ...im, tag_name: 'v2.0.0' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'tag_name was used by an immutable release' }] } },
    });
    // A release published where the setting is off stays mutable.
    const plain = await gh.rest.repos.createRelease({ ...o, tag_name: 'v9.9.9' });
    expect(plain.data.immutable).toBe(false);
  });
});

describe('faults and the client that copes with them', () => {
  it('retries server errors and a reset connection, then succeeds', async () => {
    api.fault({ status: 502, times: 1, path: /deployments$/ });
    api.fault({ reset: true, times: 1, path: /deployments$/ });
    const before = api.requests.length;
    const res = await client().rest.repos.listDeployments({ ...o });
    expect(res.status).toBe(200);
    expect(api.requests.slice(before).map((r) => r.fault ?? r.status)).toEqual([
      '502',
      'reset',
      200,
    ]);
  }, 30_000);

  it('waits out a secondary rate limit using retry-after', async () => {
    api.fault({ status: 403, rateLimit: 'secondary', retryAfter: 1, times: 1 });
    const started = Date.now();
    const res = await client().rest.repos.listDeployments({ ...o });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  }, 30_000);

  it('sends rate-limit headers on every answer', async () => {
    const res = await raw('/repos/octo/svc/deployments');
    expect(Number(res.headers.get('x-ratelimit-limit'))).toBe(1000);
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  });

  it('aborts a request that hangs past the client timeout and retries it', async () => {
    api.fault({ hang: true, times: 1, path: /deployments$/ });
    const res = await client('ghs_test', 500).rest.repos.listDeployments({ ...o });
    expect(res.status).toBe(200);
  }, 30_000);

  it('delays answers on request', async () => {
    api.fault({ delayMs: 300, times: 1 });
    const started = Date.now();
    await raw('/repos/octo/svc/deployments');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('shared state file', () => {
  it('lets two stand-in processes see one repository', async () => {
    const file = path.join(tempDir(), 'state.json');
    const a = new GitHubStandIn({ stateFile: file });
    const b = new GitHubStandIn({ stateFile: file });
    await a.start();
    await b.start();
    try {
      await createClient('t', { baseUrl: a.url }).rest.repos.createDeployment({
        ...o,
        ref: 'main',
        environment: 'shared',
        required_contexts: [],
        auto_merge: false,
      });
      const seen = await createClient('t', { baseUrl: b.url }).rest.repos.listDeployments({
        ...o,
        environment: 'shared',
      });
      expect(seen.data).toHaveLength(1);
      expect(existsSync(file)).toBe(true);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
