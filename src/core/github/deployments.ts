import { randomUUID } from 'node:crypto';
import { core, type RunContext, sleep, UserError } from '../runtime/index.js';
import {
  API_RETRIES,
  apiPacing,
  explainPermission,
  isTransient,
  type GitHubClient,
} from './client.js';
import type { StatusState } from './history.js';
import type { DeploymentPayload } from './payload.js';

// Writing the record: creating a deployment (safe to retry) and adding its statuses.

/**
 * Creates a deployment the safe way: auto_merge false and explicit required_contexts. A create
 * is not safe to repeat blindly: after a server error, reset or timeout GitHub may have made the
 * deployment and lost only the answer. So it is retried here, not by the client, and each retry
 * first looks for a deployment carrying this request's nonce: one promotion, one deployment.
 */
export async function createDeployment(
  client: GitHubClient,
  ctx: RunContext,
  request: {
    ref: string;
    environment: string;
    payload: DeploymentPayload;
    description: string;
    production: boolean;
  },
): Promise<number> {
  const nonce = randomUUID();
  const what = `create a deployment to ${request.environment}`;
  let response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await client.rest.repos.createDeployment({
        owner: ctx.owner,
        repo: ctx.repo,
        ref: request.ref,
        environment: request.environment,
        task: 'deploy',
        auto_merge: false,
        required_contexts: [],
        payload: { ...request.payload, nonce } as unknown as Record<string, unknown>,
        description: clip140(request.description),
        production_environment: request.production,
        transient_environment: false,
        request: { retries: 0 },
      });
      break;
    } catch (error) {
      if (!isTransient(error)) return explainPermission(error, 'deployments: write', what);
      const made = await findByNonce(client, ctx, request, nonce).catch(() => undefined);
      if (made !== undefined) {
        core.info(
          `GitHub's answer to the create was lost, but deployment ${made} was made: using it`,
        );
        return made;
      }
      if (attempt >= API_RETRIES) return explainPermission(error, 'deployments: write', what);
      await sleep((attempt + 1) ** 2 * apiPacing().unitMs);
    }
  }
  if (response.status === 202) {
    throw new UserError(
      `GitHub merged the default branch into '${request.ref}' instead of creating a deployment (202): deploy a commit SHA or an up-to-date ref`,
    );
  }
  return (response.data as { id: number }).id;
}

/** The deployment a create request with this nonce made, if GitHub made it. */
async function findByNonce(
  client: GitHubClient,
  ctx: RunContext,
  request: { ref: string; environment: string },
  nonce: string,
): Promise<number | undefined> {
  const { data } = await client.rest.repos.listDeployments({
    owner: ctx.owner,
    repo: ctx.repo,
    environment: request.environment,
    ref: request.ref,
    per_page: 20,
  });
  return data.find(
    (d) =>
      typeof d.payload === 'object' &&
      d.payload !== null &&
      (d.payload as { nonce?: unknown }).nonce === nonce,
  )?.id;
}

/** Adds a status; descriptions are clipped to GitHub's 140 characters. */
export async function setStatus(
  client: GitHubClient,
  ctx: RunContext,
  deploymentId: number,
  state: StatusState,
  options: { description?: string; environmentUrl?: string; autoInactive?: boolean } = {},
): Promise<void> {
  try {
    await client.rest.repos.createDeploymentStatus({
      owner: ctx.owner,
      repo: ctx.repo,
      deployment_id: deploymentId,
      state,
      log_url: ctx.runUrl,
      description: clip140(options.description ?? ''),
      ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
      ...(options.autoInactive === false ? { auto_inactive: false } : {}),
    });
  } catch (error) {
    explainPermission(error, 'deployments: write', `set deployment ${deploymentId} to ${state}`);
  }
}

export function clip140(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 140 ? flat : `${flat.slice(0, 139)}…`;
}
