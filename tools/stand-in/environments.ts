import { nextId, tick, type RepoRoute } from './context.js';
import { notFound, validation } from './errors.js';
import { approvalBody, environmentBody, pendingDeploymentBody } from './representations.js';
import type { EnvironmentRecord, RepoState, StandInState } from './store.js';

/** Environments with their protection rules, and a run's approvals and pending deployments. */

/** A create-or-update-environment request's body. */
export interface EnvironmentUpdate {
  wait_timer?: number;
  prevent_self_review?: boolean;
  reviewers?: { type: 'User' | 'Team'; id: number; login?: string }[] | null;
}

export const environmentRoutes: RepoRoute[] = [
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/environments',
    handler: ({ ctx, need }) => {
      need('actions', 'read');
      const envs = [...ctx.repo.environments].sort((a, b) => a.name.localeCompare(b.name));
      return {
        status: 200,
        body: {
          total_count: envs.length,
          environments: envs.map((e) => environmentBody(ctx, e)),
        },
      };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/environments/{environment_name}',
    handler: ({ ctx, need }, { environment_name = '' }) => {
      need('actions', 'read');
      const e = ctx.repo.environments.find(
        (x) => x.name.toLowerCase() === environment_name.toLowerCase(),
      );
      if (!e) throw notFound();
      return { status: 200, body: environmentBody(ctx, e) };
    },
  },
  {
    method: 'PUT',
    pattern: '/repos/{owner}/{repo}/environments/{environment_name}',
    handler: ({ ctx, json, need }, { environment_name = '' }) => {
      need('administration', 'write');
      const e = upsertEnvironment(ctx.state, ctx.repo, environment_name, json as EnvironmentUpdate);
      return { status: 200, body: environmentBody(ctx, e) };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    handler: ({ ctx, need }, { run_id }) => {
      need('actions', 'read');
      const runId = Number(run_id);
      const list = ctx.repo.approvals.filter((a) => a.runId === runId);
      return {
        status: 200,
        body: list.map((a) =>
          approvalBody(
            ctx,
            a,
            a.environments.map((n) => environmentNamed(ctx.state, ctx.repo, n)),
          ),
        ),
      };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    handler: ({ ctx, need }, { run_id }) => {
      need('actions', 'read');
      const runId = Number(run_id);
      return {
        status: 200,
        body: ctx.repo.pending
          .filter((p) => p.runId === runId)
          .map((p) =>
            pendingDeploymentBody(ctx, p, environmentNamed(ctx.state, ctx.repo, p.environment)),
          ),
      };
    },
  },
];

/** The environment of that exact name, created without protection if there is none. */
function environmentNamed(state: StandInState, repo: RepoState, name: string): EnvironmentRecord {
  return repo.environments.find((e) => e.name === name) ?? upsertEnvironment(state, repo, name, {});
}

/** Creates or updates an environment (names compare case-insensitively, as on GitHub). */
export function upsertEnvironment(
  state: StandInState,
  repo: RepoState,
  name: string,
  update: EnvironmentUpdate,
): EnvironmentRecord {
  let e = repo.environments.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const now = tick(state);
  if (!e) {
    e = {
      id: nextId(state),
      name,
      createdAt: now,
      updatedAt: now,
      waitTimer: 0,
      preventSelfReview: false,
      reviewers: [],
    };
    repo.environments.push(e);
  }
  if (update.wait_timer !== undefined) {
    if (!Number.isInteger(update.wait_timer) || update.wait_timer < 0 || update.wait_timer > 43_200)
      throw validation('Environment', 'wait_timer', 'invalid');
    e.waitTimer = update.wait_timer;
  }
  if (update.prevent_self_review !== undefined) e.preventSelfReview = update.prevent_self_review;
  if (update.reviewers !== undefined) {
    const reviewers = update.reviewers ?? [];
    if (reviewers.length > 6)
      throw validation('Environment', 'reviewers', 'invalid', 'at most 6 required reviewers');
    e.reviewers = reviewers.map((rv) => ({
      type: rv.type,
      id: rv.id,
      login: rv.login ?? `user${rv.id}`,
    }));
  }
  e.updatedAt = now;
  return e;
}
