import { nextId, tick, type Ctx, type RepoRoute } from './context.js';
import { HttpError, notFound, validation, type Reply } from './errors.js';
import { deploymentBody, paginate, statusBody } from './representations.js';
import { shaFor, type DeploymentRecord, type StatusRecord } from './store.js';

/** Deployments and their statuses. */

export const deploymentRoutes: RepoRoute[] = [
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/deployments',
    handler: ({ ctx, json, need }) => {
      need('deployments', 'write');
      return createDeployment(ctx, json);
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/deployments',
    handler: ({ ctx, query, path, need }) => {
      need('deployments', 'read');
      return listDeployments(ctx, query, path);
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    handler: ({ ctx, need }, { deployment_id }) => {
      const d = findDeployment(ctx, Number(deployment_id));
      need('deployments', 'read');
      return { status: 200, body: deploymentBody(ctx, d) };
    },
  },
  {
    method: 'DELETE',
    pattern: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    handler: ({ ctx, need }, { deployment_id }) => {
      const d = findDeployment(ctx, Number(deployment_id));
      need('deployments', 'write');
      return deleteDeployment(ctx, d);
    },
  },
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handler: ({ ctx, json, need }, { deployment_id }) => {
      const d = findDeployment(ctx, Number(deployment_id));
      need('deployments', 'write');
      return createStatus(ctx, d, json);
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    handler: ({ ctx, query, path, need }, { deployment_id }) => {
      const d = findDeployment(ctx, Number(deployment_id));
      need('deployments', 'read');
      const list = ctx.repo.statuses
        .filter((s) => s.deploymentId === d.id)
        .sort((a, b) => b.id - a.id);
      return paginate(ctx, list, query, path, (s) => statusBody(ctx, s));
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}',
    handler: ({ ctx, need }, { deployment_id, status_id }) => {
      need('deployments', 'read');
      const d = findDeployment(ctx, Number(deployment_id));
      const s = ctx.repo.statuses.find(
        (x) => x.deploymentId === d.id && x.id === Number(status_id),
      );
      if (!s) throw notFound();
      return { status: 200, body: statusBody(ctx, s) };
    },
  },
];

function findDeployment(ctx: Ctx, id: number): DeploymentRecord {
  const d = ctx.repo.deployments.find((x) => x.id === id);
  if (!d) throw notFound();
  return d;
}

function createDeployment(ctx: Ctx, body: Record<string, unknown>): Reply {
  const ref = body.ref;
  if (typeof ref !== 'string' || ref === '') throw validation('Deployment', 'ref', 'missing_field');
  const autoMerge = body.auto_merge !== false;
  if (autoMerge && ctx.repo.behindBranches.includes(ref)) {
    return {
      status: 202,
      body: { message: `Auto-merged ${ctx.repo.defaultBranch} into ${ref} on deployment.` },
    };
  }
  if (body.required_contexts === undefined) {
    const failing = (ctx.repo.contexts[ref] ?? []).filter((c) => c.state !== 'success');
    if (failing.length) {
      throw new HttpError(
        409,
        `Conflict: Commit status checks failed for ${ref}.`,
        failing.map((c) => ({
          resource: 'Deployment',
          field: 'required_contexts',
          code: 'invalid',
          message: `${c.context}: ${c.state}`,
        })),
      );
    }
  } else {
    const required = body.required_contexts as string[];
    const contexts = ctx.repo.contexts[ref] ?? [];
    const missing = required.filter(
      (name) => contexts.find((c) => c.context === name)?.state !== 'success',
    );
    if (missing.length)
      throw new HttpError(409, `Conflict: Commit status checks failed for ${ref}.`);
  }
  const environment = typeof body.environment === 'string' ? body.environment : 'production';
  const now = tick(ctx.state);
  const d: DeploymentRecord = {
    id: nextId(ctx.state),
    sha: shaFor(ref),
    ref,
    task: typeof body.task === 'string' ? body.task : 'deploy',
    payload: typeof body.payload === 'string' ? parsePayload(body.payload) : (body.payload ?? {}),
    environment,
    originalEnvironment: environment,
    description: typeof body.description === 'string' ? body.description : null,
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
    transient: body.transient_environment === true,
    production:
      typeof body.production_environment === 'boolean'
        ? body.production_environment
        : environment === 'production',
  };
  ctx.repo.deployments.push(d);
  return { status: 201, body: deploymentBody(ctx, d) };
}

function parsePayload(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function listDeployments(ctx: Ctx, query: Record<string, string>, path: string): Reply {
  const list = ctx.repo.deployments
    .filter(
      (d) =>
        (query.sha === undefined || d.sha === query.sha) &&
        (query.ref === undefined || d.ref === query.ref) &&
        (query.task === undefined || d.task === query.task) &&
        (query.environment === undefined || d.environment === query.environment),
    )
    .sort((a, b) => b.id - a.id);
  return paginate(ctx, list, query, path, (d) => deploymentBody(ctx, d));
}

function deleteDeployment(ctx: Ctx, d: DeploymentRecord): Reply {
  const latest = ctx.repo.statuses
    .filter((s) => s.deploymentId === d.id)
    .sort((a, b) => b.id - a.id)[0];
  const others = ctx.repo.deployments.filter(
    (x) => x.environment === d.environment && x.id !== d.id,
  );
  if (latest?.state !== 'inactive' && latest !== undefined && others.length > 0) {
    throw new HttpError(
      422,
      'We cannot delete an active deployment unless it is the only deployment in a given environment.',
    );
  }
  ctx.repo.deployments = ctx.repo.deployments.filter((x) => x.id !== d.id);
  ctx.repo.statuses = ctx.repo.statuses.filter((s) => s.deploymentId !== d.id);
  return { status: 204 };
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

function createStatus(ctx: Ctx, d: DeploymentRecord, body: Record<string, unknown>): Reply {
  const state = body.state;
  if (typeof state !== 'string' || !STATES.includes(state))
    throw validation('DeploymentStatus', 'state', 'invalid');
  const description = typeof body.description === 'string' ? body.description : '';
  if (description.length > 140)
    throw validation(
      'DeploymentStatus',
      'description',
      'custom',
      'description is too long (maximum is 140 characters)',
    );
  if (typeof body.environment === 'string' && body.environment !== d.environment)
    d.environment = body.environment;
  const now = tick(ctx.state);
  const status: StatusRecord = {
    id: nextId(ctx.state),
    deploymentId: d.id,
    state,
    description,
    environment: d.environment,
    // Either URL stands in for the other when only one is given.
    targetUrl: text(body.target_url) ?? text(body.log_url) ?? '',
    logUrl: text(body.log_url) ?? text(body.target_url) ?? '',
    environmentUrl: text(body.environment_url) ?? '',
    creator: ctx.actor,
    createdAt: now,
  };
  ctx.repo.statuses.push(status);
  d.updatedAt = now;
  // GitHub: a success marks earlier non-transient, non-production deployments of the same
  // environment that had succeeded as inactive, unless auto_inactive is false.
  if (state === 'success' && body.auto_inactive !== false) {
    for (const other of ctx.repo.deployments) {
      if (
        other.id === d.id ||
        other.environment !== d.environment ||
        other.transient ||
        other.production ||
        other.id > d.id
      )
        continue;
      const statuses = ctx.repo.statuses
        .filter((s) => s.deploymentId === other.id)
        .sort((a, b) => b.id - a.id);
      if (!statuses.some((s) => s.state === 'success') || statuses[0]?.state === 'inactive')
        continue;
      ctx.repo.statuses.push({
        ...status,
        id: nextId(ctx.state),
        deploymentId: other.id,
        state: 'inactive',
        description: '',
        environmentUrl: statuses[0]?.environmentUrl ?? '',
        createdAt: tick(ctx.state),
      });
    }
  }
  return { status: 201, body: statusBody(ctx, status) };
}
