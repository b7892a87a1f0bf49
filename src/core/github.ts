import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { context } from './context.js';
import { UserError } from './errors.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How long one API request may take before it is aborted and retried. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Rate-limit waits longer than this fail the step instead of stalling a deployment. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 3;

/**
 * Builds an Octokit client that honours GITHUB_API_URL (GHES, the local stand-in), retries
 * server errors and resets with Octokit's retry plugin, and waits out rate limits with the
 * throttling plugin: no hand-written retry loop.
 */
export function createClient(token: string, options: { baseUrl?: string; timeoutMs?: number } = {}): GitHubClient {
  if (!token) throw new UserError("Input 'token' is empty: pass ${{ github.token }} or a token with the permissions listed in the README");
  core.setSecret(token);
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const timedFetch: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? context().apiUrl,
      request: { fetch: timedFetch },
      // 409 (a conflict such as failing status checks) is an answer, not a transient fault.
      retry: { retries: 3, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub API rate limit reached for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub API secondary rate limit for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
          return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
        },
      },
    },
    retry,
    throttling,
  );
}

/** Turns a 403/404 from GitHub into the `permissions:` entry the workflow is missing. */
export function explainPermission(error: unknown, permission: string, what: string): never {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 404) {
    throw new UserError(
      `GitHub refused to ${what} (${status}): the token needs '${permission}' — add it to the job's permissions: block`,
    );
  }
  throw error;
}
