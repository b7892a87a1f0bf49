import { randomUUID } from 'node:crypto';
import { core, type RunContext, UserError } from '../runtime/index.js';
import {
  API_RETRIES,
  apiPacing,
  explainPermission,
  isTransient,
  type GitHubClient,
} from './client.js';
import type { ArtifactLocation } from './storage.js';

/** What Glidepath stores in every deployment's payload: enough for any later run to redeploy exactly it. */
export interface DeploymentPayload {
  glidepath: 1;
  name: string;
  version: string;
  digest: string;
  artifact:
    | ArtifactLocation
    | { storage: 'image'; url: string; image: string }
    | { storage: 'none'; url: string; path: string };
  commit: string;
  source_environment: string | null;
  order_override?: { by: string; reason: string };
  run_id: number;
  run_attempt: number;
  run_url: string;
  actor: string;
  approvers: { user: string; state: string; comment: string }[];
  backup?: string;
  previous_version?: string | null;
  rollback_of?: number;
  reason?: string;
  canary?: { weight: number; step?: string };
  /** Unique per create request: a create retried after a lost answer finds the deployment it already made. */
  nonce?: string;
}

/** The fields every Glidepath payload carries about the run that wrote it. */
export function runFields(
  ctx: RunContext,
): Pick<DeploymentPayload, 'run_id' | 'run_attempt' | 'run_url' | 'actor'> {
  return { run_id: ctx.runId, run_attempt: ctx.runAttempt, run_url: ctx.runUrl, actor: ctx.actor };
}

export type StatusState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** One deployment as seen in the history query. */
export interface DeploymentView {
  id: number;
  environment: string;
  createdAt: string;
  commit: string;
  payload: Partial<DeploymentPayload> | null;
  latestState: StatusState | null;
  latestDescription: string;
  /** Every state it ever had (to tell "was live once" from "never succeeded"). */
  states: StatusState[];
}

export interface ProtectionView {
  exists: boolean;
  requiredReviewers: string[];
  waitTimerMinutes: number;
}

export interface History {
  /** Newest first. */
  deployments: Record<string, DeploymentView[]>;
  protection?: ProtectionView;
}

/** How many recent deployments per environment one history query reads. */
export const HISTORY_DEPTH = 30;

/**
 * One aliased `deployments` connection per environment (so a busy environment cannot crowd out
 * another's history), each with its statuses, plus one environment's protection rules.
 */
function historyQuery(count: number): string {
  const vars = Array.from({ length: count }, (_, i) => `$env${i}: String!`).join(', ');
  const fields = Array.from(
    { length: count },
    (_, i) =>
      `    e${i}: deployments(environments: [$env${i}], first: $first, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { ...GlidepathDeployment } }`,
  ).join('\n');
  return `query GlidepathHistory($owner: String!, $repo: String!, ${vars}, $first: Int!, $protected: String!, $withProtection: Boolean!) {
  repository(owner: $owner, name: $repo) {
${fields}
    environment(name: $protected) @include(if: $withProtection) {
      name
      protectionRules(first: 10) {
        nodes {
          type
          timeout
          reviewers(first: 10) { nodes { __typename ... on User { login } ... on Team { slug } } }
        }
      }
    }
  }
}
fragment GlidepathDeployment on Deployment {
  databaseId
  environment
  createdAt
  commitOid
  payload
  latestStatus { state description }
  statuses(first: 100) { nodes { state } }
}`;
}

interface DeploymentNode {
  databaseId: number;
  environment: string;
  createdAt: string;
  commitOid: string;
  payload: string | null;
  latestStatus: { state: string; description: string | null } | null;
  statuses: { nodes: { state: string }[] };
}

interface HistoryResponse {
  repository:
    | ({
        environment?: {
          name: string;
          protectionRules: {
            nodes: {
              type: string;
              timeout: number;
              reviewers: { nodes: { __typename: string; login?: string; slug?: string }[] };
            }[];
          };
        } | null;
      } & Record<string, { nodes: DeploymentNode[] } | unknown>)
    | null;
}

/**
 * Reads the recent deployments of the given environments, each with its statuses, and the
 * protection rules of one environment, in ONE GraphQL request: the REST way costs a list call
 * plus a statuses call per deployment, and the repository's budget is 1,000 requests an hour.
 */
export async function readHistory(
  client: GitHubClient,
  ctx: RunContext,
  environments: string[],
  protectedEnvironment?: string,
): Promise<History> {
  let data: HistoryResponse;
  try {
    data = await client.graphql<HistoryResponse>(historyQuery(environments.length), {
      owner: ctx.owner,
      repo: ctx.repo,
      ...Object.fromEntries(environments.map((e, i) => [`env${i}`, e])),
      first: HISTORY_DEPTH,
      protected: protectedEnvironment ?? '',
      withProtection: protectedEnvironment !== undefined,
    });
  } catch (error) {
    return explainPermission(error, 'deployments: read', 'read the deployment history');
  }
  if (!data.repository)
    throw new UserError(`Repository ${ctx.owner}/${ctx.repo} was not found with this token`);
  const deployments: Record<string, DeploymentView[]> = Object.fromEntries(
    environments.map((e) => [e, []]),
  );
  const nodes = environments.flatMap(
    (_, i) =>
      (data.repository as Record<string, { nodes: DeploymentNode[] }>)[`e${i}`]?.nodes ?? [],
  );
  for (const node of nodes) {
    const view: DeploymentView = {
      id: node.databaseId,
      environment: node.environment,
      createdAt: node.createdAt,
      commit: node.commitOid,
      payload: parsePayload(node.payload),
      latestState: node.latestStatus
        ? (node.latestStatus.state.toLowerCase() as StatusState)
        : null,
      latestDescription: node.latestStatus?.description ?? '',
      states: node.statuses.nodes.map((s) => s.state.toLowerCase() as StatusState),
    };
    (deployments[node.environment] ??= []).push(view);
  }
  let protection: ProtectionView | undefined;
  if (protectedEnvironment !== undefined) {
    const env = data.repository.environment;
    const rules = env?.protectionRules.nodes ?? [];
    protection = {
      exists: Boolean(env),
      requiredReviewers: rules
        .filter((r) => r.type === 'REQUIRED_REVIEWERS')
        .flatMap((r) => r.reviewers.nodes.map((n) => n.login ?? `team:${n.slug}`)),
      waitTimerMinutes: rules.find((r) => r.type === 'WAIT_TIMER')?.timeout ?? 0,
    };
  }
  return { deployments, protection };
}

function parsePayload(text: string | null): Partial<DeploymentPayload> | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Partial<DeploymentPayload>) : null;
  } catch {
    return null;
  }
}

/**
 * A deployment is good when it reached success and was not later marked failed (a rollback
 * marks the version it undoes as failure). Its latest status is usually inactive: GitHub
 * deactivates older deployments, so "latest status is success" is the wrong test.
 */
export function isGood(d: DeploymentView): boolean {
  return d.states.includes('success') && d.latestState !== 'failure' && d.latestState !== 'error';
}

/**
 * True for deployments Glidepath made (their payload says `glidepath: 1`): the records GitHub
 * makes for jobs with `environment:` carry no payload and are never read as Glidepath's.
 */
export function isGlidepath(
  d: DeploymentView,
): d is DeploymentView & { payload: Partial<DeploymentPayload> } {
  return d.payload?.glidepath === 1;
}

/** The newest good deployment of a list (newest first) made by Glidepath. */
export function lastGood(list: DeploymentView[] | undefined): DeploymentView | undefined {
  return list?.find((d) => isGood(d) && isGlidepath(d) && typeof d.payload.digest === 'string');
}

/** Deployments still running (another promotion in progress). */
export function running(list: DeploymentView[] | undefined): DeploymentView[] {
  return (list ?? []).filter(
    (d) =>
      d.latestState === 'in_progress' || d.latestState === 'queued' || d.latestState === 'pending',
  );
}

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
      await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * apiPacing().unitMs));
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

/** Reads who approved this run's deployment to `environment`, with their comments. */
export async function readApprovals(
  client: GitHubClient,
  ctx: RunContext,
  environment: string,
): Promise<{ user: string; state: string; comment: string }[]> {
  try {
    const { data } = await client.rest.actions.getReviewsForRun({
      owner: ctx.owner,
      repo: ctx.repo,
      run_id: ctx.runId,
    });
    return data
      .filter((a) =>
        a.environments.some((e) => e.name?.toLowerCase() === environment.toLowerCase()),
      )
      .map((a) => ({ user: a.user.login, state: a.state, comment: a.comment ?? '' }));
  } catch (error) {
    return explainPermission(error, 'actions: read', `read the approvals of run ${ctx.runId}`);
  }
}

/** A version's manifest from its GitHub Release (`v<version>`), as a payload to deploy it from: for a version no deployment records yet. */
export async function payloadFromRelease(
  client: GitHubClient,
  ctx: RunContext,
  version: string,
): Promise<DeploymentPayload> {
  let release;
  try {
    release = (
      await client.rest.repos.getReleaseByTag({
        owner: ctx.owner,
        repo: ctx.repo,
        tag: `v${version}`,
      })
    ).data;
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      throw new UserError(
        `No release v${version} exists, so ${version} cannot be found: build it with storage: release first`,
      );
    return explainPermission(error, 'contents: read', `read release v${version}`);
  }
  const manifestAsset = release.assets.find((a) => a.name.endsWith('.manifest.json'));
  if (!manifestAsset) throw new UserError(`Release v${version} has no Glidepath manifest asset`);
  const raw = await client
    .request(`GET ${manifestAsset.url}`, { headers: { accept: 'application/octet-stream' } })
    .catch((error: unknown) =>
      explainPermission(error, 'contents: read', `download the manifest of release v${version}`),
    );
  const manifest = JSON.parse(Buffer.from(raw.data as unknown as ArrayBuffer).toString('utf8')) as {
    name: string;
    version: string;
    digest: string;
    archive: string;
    commit: string;
  };
  const archiveAsset = release.assets.find((a) => a.name === manifest.archive);
  if (!archiveAsset)
    throw new UserError(
      `Release v${version} has no asset '${manifest.archive}', the archive its manifest names`,
    );
  return {
    glidepath: 1,
    name: manifest.name,
    version: manifest.version,
    digest: manifest.digest,
    artifact: {
      storage: 'release',
      url: archiveAsset.browser_download_url,
      assetUrl: archiveAsset.url,
      tag: release.tag_name,
      releaseId: release.id,
      archive: archiveAsset.name,
      manifest: manifestAsset.name,
      immutable: release.immutable === true,
    },
    commit: manifest.commit,
    source_environment: null,
    ...runFields(ctx),
    approvers: [],
  };
}
