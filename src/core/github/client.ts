import {
  ApiError,
  context,
  core,
  formatDuration,
  parseDuration,
  type RunContext,
  UserError,
} from '../runtime/index.js';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** How long one API request may take before it is aborted and retried. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The unit of every wait between API requests (GitHub asks for a second between writes). */
export const BACKOFF_UNIT_MS = 1000;
/** Automatic retries of a request that failed with a server error, a reset or a timeout. */
export const API_RETRIES = 3;
/** Rate-limit waits longer than this fail the step instead of stalling a deployment. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 3;

/** How requests to GitHub are timed: per-request timeout and the unit of retry, rate-limit and write waits. */
export interface ApiPacing {
  timeoutMs: number;
  unitMs: number;
}

/**
 * The defaults, or GLIDEPATH_API_TIMEOUT and GLIDEPATH_API_BACKOFF (durations) when set. Tests
 * against the local stand-in lower them so that a hang or a run of retries takes a second, not
 * minutes; against github.com the defaults are what GitHub's guidance asks for.
 */
export function apiPacing(env: NodeJS.ProcessEnv = process.env): ApiPacing {
  const read = (name: string, fallback: number, min: number, max: number) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const ms = parseDuration(text);
    if (ms === undefined || ms < min || ms > max) {
      throw new UserError(
        `The environment variable ${name} is '${text}': use a duration from ${formatDuration(min)} to ${formatDuration(max)}, e.g. ${formatDuration(fallback)}, or leave it unset`,
      );
    }
    return ms;
  };
  return {
    timeoutMs: read('GLIDEPATH_API_TIMEOUT', REQUEST_TIMEOUT_MS, 100, 600_000),
    unitMs: read('GLIDEPATH_API_BACKOFF', BACKOFF_UNIT_MS, 0, 60_000),
  };
}

/**
 * Builds an Octokit client that honours GITHUB_API_URL (GHES, the local stand-in), retries
 * server errors and resets with Octokit's retry plugin, and waits out rate limits with the
 * throttling plugin: no hand-written retry loop.
 */
export function createClient(
  token: string,
  options: { baseUrl?: string; timeoutMs?: number } = {},
): GitHubClient {
  if (!token)
    throw new UserError(
      "Input 'token' is empty: pass ${{ github.token }} or a token with the permissions listed in the README",
    );
  core.setSecret(token);
  const pacing = apiPacing();
  const timeoutMs = options.timeoutMs ?? pacing.timeoutMs;
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
      retry: {
        retries: API_RETRIES,
        doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
        retryAfterBaseValue: pacing.unitMs,
      },
      throttle: {
        retryAfterBaseValue: pacing.unitMs,
        // The plugin spaces writes one second apart (three for writes that notify people, such as
        // creating a release); only a lowered unit needs groups of its own.
        ...(pacing.unitMs === BACKOFF_UNIT_MS
          ? {}
          : {
              write: new Bottleneck.Group({
                id: 'glidepath-write',
                maxConcurrent: 1,
                minTime: pacing.unitMs,
              }),
              notifications: new Bottleneck.Group({
                id: 'glidepath-notifications',
                maxConcurrent: 1,
                minTime: 3 * pacing.unitMs,
              }),
            }),
        onRateLimit: onLimit('rate limit reached'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}

/**
 * The throttling plugin's handler of a rate limit (primary or secondary): warn, and retry while
 * the retries and the wait stay short.
 */
function onLimit(kind: string) {
  return (
    retryAfter: number,
    request: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ): boolean => {
    core.warning(
      `GitHub API ${kind} for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`,
    );
    return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
  };
}

/** A rate-limit refusal (primary or secondary), as GitHub signals it: 429, or 403 with its headers or message. */
export function isRateLimited(error: unknown): boolean {
  const e = error as {
    status?: number;
    message?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  const headers = e.response?.headers ?? {};
  return (
    e.status === 429 ||
    (e.status === 403 &&
      (headers['x-ratelimit-remaining'] === '0' ||
        headers['retry-after'] !== undefined ||
        /rate limit/i.test(e.message ?? '')))
  );
}

/**
 * Turns a 403/404 from GitHub into the `permissions:` entry the workflow is missing (the one
 * GitHub names in x-accepted-github-permissions when it does). A rate limit that outlasted the
 * retries is said to be one: it is not a permission problem.
 */
export function explainPermission(error: unknown, permission: string, what: string): never {
  const status = (error as { status?: number }).status;
  if (isRateLimited(error)) {
    throw new UserError(
      `GitHub's API rate limit stopped every attempt to ${what} (${status}): the repository's API budget is spent for now; re-run the job later, or space out the workflows that share it`,
    );
  }
  if (status === 403 || status === 404) {
    const accepted = (error as { response?: { headers?: Record<string, string | undefined> } })
      .response?.headers?.['x-accepted-github-permissions'];
    // `deployments=write` or `contents=read,metadata=read; issues=write` (alternatives after ';').
    const named = (accepted?.split(';')[0] ?? '')
      .split(',')
      .map((p) => /^\s*([a-z_]+)=(read|write)\s*$/.exec(p))
      .filter((m) => m !== null);
    const entry = named.length
      ? named.map((m) => `${(m[1] as string).replace(/_/g, '-')}: ${m[2]}`).join("' and '")
      : permission;
    throw new UserError(
      `GitHub refused to ${what} (${status}): the token needs '${entry}' — add it to the job's permissions: block`,
    );
  }
  if (isTransient(error)) throw new ApiError(what, status, transientDetail(error));
  throw error;
}

/** A failure after which GitHub may or may not have carried the request out: a 5xx, a reset, a timeout. */
export function isTransient(error: unknown): boolean {
  const e = error as { status?: unknown; request?: unknown };
  return e.request !== undefined && (typeof e.status !== 'number' || e.status >= 500);
}

function transientDetail(error: unknown): string {
  const e = error as { status?: number; message?: string; response?: unknown };
  const message = (e.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*/, '');
  return e.response === undefined
    ? `no answer (${message})`
    : `it answered ${e.status} (${message})`;
}

/** A client built on first use and kept: an entry that fails on its inputs never loads Octokit's retry machinery. */
export function lazyClient(token: string | undefined): () => GitHubClient {
  let client: GitHubClient | undefined;
  return () => (client ??= createClient(token ?? ''));
}

/** What an action's work is given to reach GitHub: the run it serves and a client built on first use. */
export interface GitHubDeps {
  ctx: RunContext;
  client: () => GitHubClient;
}
