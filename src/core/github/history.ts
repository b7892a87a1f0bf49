import { ConfigError, type RunContext, UserError } from '../runtime/index.js';
import { explainPermission, type GitHubClient } from './client.js';
import type { DeploymentPayload } from './payload.js';

// Reading what happened: an environment's deployments and their statuses (one GraphQL query),
// the tests on them (good, Glidepath's, running), and who approved this run.

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
              reviewers: {
                nodes: ({ __typename: string; login?: string; slug?: string } | null)[];
              };
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
    const partial = teamPartial<HistoryResponse>(error);
    if (!partial)
      return explainPermission(error, 'deployments: read', 'read the deployment history');
    data = partial;
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
        .flatMap((r) =>
          r.reviewers.nodes.map((n) =>
            // null: a team the token may not read (its slug is unknown, the rule is real).
            n === null ? 'team:(unreadable)' : (n.login ?? `team:${n.slug ?? '(unreadable)'}`),
          ),
        ),
      waitTimerMinutes: rules.find((r) => r.type === 'WAIT_TIMER')?.timeout ?? 0,
    };
  }
  return { deployments, protection };
}

/**
 * GITHUB_TOKEN cannot read an organization's teams: GitHub answers the history with a FORBIDDEN
 * error on each Team reviewer node (null in the data) and Octokit's graphql() throws on any
 * `errors`. When every error is that one, the answer is a partial result to use (the rule exists;
 * the team's slug is unknown), never an outage. Anything else: undefined (the caller's error path).
 */
export function teamPartial<T>(error: unknown): T | undefined {
  if (!(error instanceof Error) || error.name !== 'GraphqlResponseError') return undefined;
  const { errors, data } = error as Error & {
    errors?: { type?: string; path?: (string | number)[] }[];
    data?: T;
  };
  if (!data || !Array.isArray(errors) || errors.length === 0) return undefined;
  const onReviewer = (e: { type?: string; path?: (string | number)[] }) =>
    e.type === 'FORBIDDEN' &&
    Array.isArray(e.path) &&
    e.path.includes('reviewers') &&
    typeof e.path.at(-1) === 'number';
  return errors.every(onReviewer) ? data : undefined;
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

/**
 * One service's deployments among an environment's Glidepath deployments (newest first), where
 * several services (artifact names) deploy to one environment. The service is `wanted` (the
 * artifact-name input), else the one this run deployed there; with neither, a history that holds
 * more than one artifact name is refused, so a rollback or a canary never acts on another
 * service's deployment.
 */
export function ofArtifact(
  list: DeploymentView[],
  environment: string,
  wanted: string | undefined,
  runId: number,
): DeploymentView[] {
  const names = [...new Set(list.map((d) => d.payload?.name).filter((n) => n !== undefined))];
  const name = wanted ?? list.find((d) => d.payload?.run_id === runId)?.payload?.name;
  if (name === undefined) {
    if (names.length > 1)
      throw new ConfigError(
        'artifact-name',
        `is not set, and the recent deployments of ${environment} are of ${names.length} artifacts (${names.join(', ')})`,
        'set it to the one to act on (its build-artifact name)',
      );
    return list;
  }
  const own = list.filter((d) => d.payload?.name === name);
  if (wanted !== undefined && own.length === 0 && list.length > 0)
    throw new ConfigError(
      'artifact-name',
      `is '${wanted}', but no recent deployment of ${environment} is of it`,
      `use one of ${names.join(', ')}`,
    );
  return own;
}

/** The newest good deployment of a list (newest first) made by Glidepath (of `artifact`, when given). */
export function lastGood(
  list: DeploymentView[] | undefined,
  artifact?: string,
): DeploymentView | undefined {
  return list?.find(
    (d) =>
      isGood(d) &&
      isGlidepath(d) &&
      typeof d.payload.digest === 'string' &&
      (artifact === undefined || d.payload.name === artifact),
  );
}

/** Deployments still running (another promotion in progress). */
export function running(list: DeploymentView[] | undefined): DeploymentView[] {
  return (list ?? []).filter(
    (d) =>
      d.latestState === 'in_progress' || d.latestState === 'queued' || d.latestState === 'pending',
  );
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
