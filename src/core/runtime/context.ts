import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';

/** What a step knows about its run, read from the runner's environment when first asked for. */
export interface RunContext {
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  eventName: string;
  payload: Record<string, unknown>;
  actor: string;
  runId: number;
  runAttempt: number;
  runNumber: number;
  workflow: string;
  job: string;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  runUrl: string;
}

export function readContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) {
    throw new UserError(
      'GITHUB_REPOSITORY is not set to owner/name: run this action inside a GitHub Actions job',
    );
  }
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runId = Number(env.GITHUB_RUN_ID || 0);
  return {
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    actor: env.GITHUB_ACTOR ?? '',
    runId,
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT || 1),
    runNumber: Number(env.GITHUB_RUN_NUMBER || 0),
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    serverUrl,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
  };
}

let cached: RunContext | undefined;

/** The run's context, built on first use so that importing a module never reads the environment. */
export function context(): RunContext {
  cached ??= readContext();
  return cached;
}
