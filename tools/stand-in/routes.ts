import type { RepoRoute } from './context.js';
import { deploymentRoutes } from './deployments.js';
import { environmentRoutes } from './environments.js';
import { immutableSettingRoutes, releaseRoutes } from './releases.js';
import { createRouter } from './router.js';
import { attestationRoutes } from './attestations.js';

/**
 * The REST routes about one repository, by area. Their patterns are templates from
 * operations.json; `{tag}` may span segments (`release/v1`), as GitHub's x-multi-segment allows.
 */
export const repoRoutes: readonly RepoRoute[] = [
  ...deploymentRoutes,
  ...environmentRoutes,
  ...releaseRoutes,
  ...immutableSettingRoutes,
  ...attestationRoutes,
];

export const repoRouter = createRouter(repoRoutes, { tag: '.+', subject_digest: '.+' });

/** The prefix every repository route starts with. */
export const REPO_SCOPE = '/repos/{owner}/{repo}';
