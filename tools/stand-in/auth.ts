import { HttpError } from './errors.js';

/** Tokens, their permissions, and the primary rate limit. */

export type Permission = 'none' | 'read' | 'write';
export type Scope = 'deployments' | 'contents' | 'actions' | 'administration' | 'attestations';
export type TokenPermissions = Partial<Record<Scope, Permission>>;

/** What GITHUB_TOKEN gets by default in a repository with permissive settings: everything but administration. */
export const DEFAULT_TOKEN_PERMISSIONS: TokenPermissions = {
  deployments: 'write',
  contents: 'write',
  actions: 'write',
  attestations: 'write',
  administration: 'none',
};

/** Who a request acts as, and what its token may do. */
export interface Auth {
  login: string;
  permissions: TokenPermissions;
}

/** The caller of an `authorization: token …` (or `bearer …`) header; 401 without one. */
export function authenticate(
  header: string | undefined,
  options: { tokens?: Record<string, TokenPermissions>; actor?: string },
): Auth {
  const token = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '')?.[1];
  if (!token) throw new HttpError(401, 'Requires authentication');
  const permissions = options.tokens?.[token] ?? DEFAULT_TOKEN_PERMISSIONS;
  return { login: options.actor ?? 'github-actions[bot]', permissions };
}

/** 403 naming the permission, as GitHub does, when the token lacks `scope` at `level`. */
export function requirePermission(auth: Auth, scope: Scope, level: 'read' | 'write'): void {
  const have = auth.permissions[scope] ?? 'none';
  if (have === 'none' || (level === 'write' && have !== 'write')) {
    throw new HttpError(403, 'Resource not accessible by integration', undefined, {
      'x-accepted-github-permissions': `${scope}=${level}`,
    });
  }
}

/** The primary rate limit: `rateLimit` REST requests (default 1,000) in the hour from start. */
export class RateLimit {
  private used = 0;
  private readonly resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(private readonly options: { rateLimit?: number }) {}

  private get limit(): number {
    return this.options.rateLimit ?? 1000;
  }

  /** Counts one request; 403 rate limited past the limit. */
  count(): void {
    this.used += 1;
    if (this.used > this.limit) {
      throw new HttpError(
        403,
        `API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.`,
        undefined,
        {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(this.resetAt),
        },
      );
    }
  }

  /** The x-ratelimit-* headers every answer carries. */
  headers(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(this.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit - this.used)),
      'x-ratelimit-reset': String(this.resetAt),
      'x-ratelimit-used': String(this.used),
      'x-ratelimit-resource': 'core',
    };
  }

  /** GET /rate_limit's answer. */
  body(): unknown {
    const core = {
      limit: this.limit,
      used: this.used,
      remaining: Math.max(0, this.limit - this.used),
      reset: this.resetAt,
    };
    return {
      resources: { core, search: { limit: 30, used: 0, remaining: 30, reset: this.resetAt } },
      rate: core,
    };
  }
}
