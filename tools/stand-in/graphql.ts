import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql';
import { emptyRepo, type RepoState, type StandInState } from './store.js';

/**
 * GraphQL for the stand-in, executed by graphql-js against GitHub's own published schema
 * (`@octokit/graphql-schema`): a query that GitHub would reject is rejected here too, and
 * answers have exactly the schema's shape. Only the fields Glidepath reads have resolvers.
 */
let schema: GraphQLSchema | undefined;

async function githubSchema(): Promise<GraphQLSchema> {
  if (!schema) {
    const { schema: published } = await import('@octokit/graphql-schema');
    // GitHub's SDL repeats two enterprise fields; the rest is valid.
    schema = buildSchema(published.idl, { assumeValidSDL: true });
  }
  return schema;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

export async function executeGraphql(
  state: StandInState,
  body: { query?: string; variables?: Record<string, unknown> },
): Promise<{ data?: unknown; errors?: { message: string; type?: string }[] }> {
  if (typeof body.query !== 'string')
    return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  const root = {
    repository: ({ owner, name }: { owner: string; name: string }) => {
      // Every repository exists on GitHub; one the stand-in has not seen yet is simply empty.
      return repository(state.repos[`${owner}/${name}`] ?? emptyRepo(owner, name, 0));
    },
  };
  const result = await graphql({
    schema: await githubSchema(),
    source: body.query,
    variableValues: body.variables ?? {},
    rootValue: root,
  });
  // GitHub's errors carry their type at the top level ({ type: 'FORBIDDEN', path, locations, message }).
  const answer = JSON.parse(JSON.stringify(result)) as {
    data?: unknown;
    errors?: { message: string; type?: string; extensions?: { type?: string } }[];
  };
  for (const error of answer.errors ?? []) {
    if (error.extensions?.type) error.type = error.extensions.type;
    delete error.extensions;
  }
  return answer;
}

function repository(repo: RepoState) {
  return {
    name: repo.name,
    deployments: (args: {
      environments?: string[];
      first?: number;
      orderBy?: { direction?: string };
    }) => {
      let list = repo.deployments.filter(
        (d) => !args.environments || args.environments.includes(d.environment),
      );
      list = [...list].sort((a, b) =>
        args.orderBy?.direction === 'ASC' ? a.id - b.id : b.id - a.id,
      );
      const nodes = list.slice(0, Math.min(args.first ?? 100, 100)).map((d) => {
        const statuses = repo.statuses
          .filter((s) => s.deploymentId === d.id)
          .sort((a, b) => a.id - b.id);
        const latest = statuses.at(-1);
        return {
          __typename: 'Deployment',
          databaseId: d.id,
          environment: d.environment,
          createdAt: iso(d.createdAt),
          commitOid: d.sha,
          payload: typeof d.payload === 'string' ? d.payload : JSON.stringify(d.payload ?? {}),
          latestStatus: latest
            ? {
                state: latest.state.toUpperCase(),
                description: latest.description,
                environmentUrl: latest.environmentUrl || null,
                logUrl: latest.logUrl || null,
                createdAt: iso(latest.createdAt),
              }
            : null,
          statuses: (a: { first?: number }) => ({
            nodes: statuses.slice(0, Math.min(a.first ?? 100, 100)).map((s) => ({
              state: s.state.toUpperCase(),
              description: s.description,
              createdAt: iso(s.createdAt),
            })),
          }),
        };
      });
      return { nodes, totalCount: list.length };
    },
    environment: ({ name }: { name: string }) => {
      const e = repo.environments.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!e) return null;
      const rules = [
        ...(e.reviewers.length
          ? [
              {
                type: 'REQUIRED_REVIEWERS',
                timeout: 0,
                preventSelfReview: e.preventSelfReview,
                reviewers: () => ({
                  // GITHUB_TOKEN (an installation token) cannot read an organization's teams:
                  // GitHub answers the rest of the query and a FORBIDDEN error on each Team node,
                  // which comes back null.
                  nodes: e.reviewers.map((r) =>
                    r.type === 'Team'
                      ? new GraphQLError('Resource not accessible by integration', {
                          extensions: { type: 'FORBIDDEN' },
                        })
                      : { __typename: 'User', login: r.login },
                  ),
                }),
              },
            ]
          : []),
        ...(e.waitTimer
          ? [{ type: 'WAIT_TIMER', timeout: e.waitTimer, reviewers: () => ({ nodes: [] }) }]
          : []),
      ];
      return {
        name: e.name,
        databaseId: e.id,
        protectionRules: () => ({ nodes: rules, totalCount: rules.length }),
      };
    },
  };
}
