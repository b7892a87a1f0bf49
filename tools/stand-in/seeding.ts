import { nextId, repoOf, tick, type Ctx } from './context.js';
import { upsertEnvironment } from './environments.js';
import { storeAttestation } from './attestations.js';
import { assetBody, userId } from './representations.js';
import {
  shaFor,
  Store,
  type AssetRecord,
  type DeploymentRecord,
  type ReleaseRecord,
  type RepoState,
  type StandInState,
  type StatusRecord,
} from './store.js';

/**
 * Seeding and inspection, for tests and the demo: what an admin does in Settings, what a
 * reviewer does in the UI, and fixtures written behind the API's back. GitHubStandIn extends
 * this with the HTTP side.
 */
export class StandInFixtures {
  protected readonly store: Store;
  /** The API base URL once listening ('' before): seeded assets' URLs start with it. */
  protected origin = '';

  constructor(private readonly fixtureOptions: { stateFile?: string; actor?: string }) {
    this.store = new Store(fixtureOptions.stateFile);
  }

  /** Creates or updates an environment with protection rules, as an admin would in Settings. */
  setEnvironment(
    owner: string,
    repo: string,
    name: string,
    protection: { reviewers?: string[]; waitTimer?: number; preventSelfReview?: boolean } = {},
  ): void {
    this.store.update((state) => {
      const r = repoOf(state, owner, repo);
      upsertEnvironment(state, r, name, {
        wait_timer: protection.waitTimer,
        prevent_self_review: protection.preventSelfReview,
        // `team:<slug>` names a team reviewer; anything else a user.
        reviewers: protection.reviewers?.map((login) =>
          login.startsWith('team:')
            ? { type: 'Team' as const, id: userId(login), login: login.slice(5) }
            : { type: 'User' as const, id: userId(login), login },
        ),
      });
    });
  }

  /** Records a reviewer's decision on a run's pending deployment to `environment`. */
  approve(
    owner: string,
    repo: string,
    runId: number,
    environment: string,
    user: string,
    comment = '',
    state: 'approved' | 'rejected' = 'approved',
  ): void {
    this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      r.approvals.push({ runId, environments: [environment], state, user, comment });
      r.pending = r.pending.filter((p) => !(p.runId === runId && p.environment === environment));
    });
  }

  /** Marks a run as waiting for review on `environment`. */
  addPending(owner: string, repo: string, runId: number, environment: string, waitTimer = 0): void {
    this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      r.pending.push({
        runId,
        environment,
        waitTimer,
        waitTimerStartedAt: waitTimer ? s.clock : null,
      });
    });
  }

  /** Sets commit status contexts for a ref (checked when a deployment omits required_contexts). */
  setContexts(
    owner: string,
    repo: string,
    ref: string,
    contexts: { context: string; state: string }[],
  ): void {
    this.store.update((s) => {
      repoOf(s, owner, repo).contexts[ref] = contexts;
    });
  }

  markBehind(owner: string, repo: string, branch: string): void {
    this.store.update((s) => {
      repoOf(s, owner, repo).behindBranches.push(branch);
    });
  }

  /** Replaces a release asset's bytes behind GitHub's back (tampering tests). */
  tamperAsset(owner: string, repo: string, assetName: string, data: Buffer): void {
    this.store.update((s) => {
      const asset = repoOf(s, owner, repo).assets.find((a) => a.name === assetName);
      if (!asset) throw new Error(`no asset ${assetName}`);
      asset.data = data.toString('base64');
      asset.size = data.length;
    });
  }

  /** Adds `count` past Glidepath deployments (each with in_progress, success) to an environment. */
  seedDeployments(
    owner: string,
    repo: string,
    environment: string,
    count: number,
    artifact = 'web',
  ): void {
    this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      for (let i = 0; i < count; i++) {
        const version = `0.${Math.floor(i / 100)}.${i % 100}`;
        recordDeployment(s, r, {
          ref: `seed${i}`,
          payload: {
            glidepath: 1,
            name: artifact,
            version,
            digest: `sha256:${'0'.repeat(63)}${i % 10}`,
            artifact: { storage: 'none', url: '', path: '/nowhere' },
          },
          environment,
          description: null,
          states: ['in_progress', 'success', ...(i < count - 1 ? ['inactive'] : [])],
        });
      }
    });
  }

  /**
   * Stores an attestation bundle behind the API's back (tests): listed under `digest`, whatever
   * its statement says, so a test can file another artifact's bundle under this one's digest.
   */
  addAttestation(owner: string, repo: string, digest: string, bundle: unknown): number {
    return this.store.update((s) => storeAttestation(s, repoOf(s, owner, repo), [digest], bundle));
  }

  /** Every attestation stored for a repository (inspection). */
  attestations(owner: string, repo: string): { id: number; digests: string[]; bundle: unknown }[] {
    return this.store.read((s) => s.repos[`${owner}/${repo}`]?.attestations ?? []);
  }

  /** Turns the repository's immutable-releases setting on or off behind the API's back (fixtures, the demo). */
  setImmutableReleases(owner: string, repo: string, enabled: boolean): void {
    this.store.update((s) => {
      repoOf(s, owner, repo).immutableReleases = enabled;
    });
  }

  /** Publishes a release with assets behind the API's back (fixtures); returns each asset's API and download URLs. */
  seedRelease(
    owner: string,
    repo: string,
    tag: string,
    assets: { name: string; data: Buffer; contentType?: string }[],
  ): {
    releaseId: number;
    assets: Record<string, { id: number; url: string; browserDownloadUrl: string }>;
  } {
    return this.store.update((s) => {
      const r = repoOf(s, owner, repo);
      const rel: ReleaseRecord = {
        id: nextId(s),
        tag,
        target: r.defaultBranch,
        name: tag,
        body: null,
        draft: false,
        prerelease: false,
        author: this.fixtureOptions.actor ?? 'github-actions[bot]',
        createdAt: tick(s),
      };
      // Published with its assets at once, so the repository's setting locks it as GitHub would.
      if (r.immutableReleases) {
        rel.immutable = true;
        r.burnedTags = [...new Set([...(r.burnedTags ?? []), tag])];
      }
      r.releases.push(rel);
      const ctx: Ctx = { state: s, repo: r, origin: this.origin, actor: rel.author };
      const out: Record<string, { id: number; url: string; browserDownloadUrl: string }> = {};
      for (const a of assets) {
        const asset: AssetRecord = {
          id: nextId(s),
          releaseId: rel.id,
          name: a.name,
          label: null,
          contentType: a.contentType ?? 'application/octet-stream',
          size: a.data.length,
          data: a.data.toString('base64'),
          uploader: rel.author,
          createdAt: tick(s),
        };
        r.assets.push(asset);
        const body = assetBody(ctx, asset);
        out[a.name] = {
          id: asset.id,
          url: body.url as string,
          browserDownloadUrl: body.browser_download_url as string,
        };
      }
      return { releaseId: rel.id, assets: out };
    });
  }

  /** Records a deployment with the given statuses (oldest first) behind the API's back (fixtures); returns its id. */
  addDeployment(
    owner: string,
    repo: string,
    deployment: {
      environment: string;
      payload: unknown;
      states: string[];
      ref?: string;
      description?: string;
    },
  ): number {
    return this.store.update((s) =>
      recordDeployment(s, repoOf(s, owner, repo), {
        ref: deployment.ref ?? 'main',
        payload: deployment.payload,
        environment: deployment.environment,
        description: deployment.description ?? null,
        states: deployment.states,
      }),
    );
  }

  /** A read-only view of one repository's state. */
  repo(owner: string, repo: string): RepoState {
    return this.store.update((s) => structuredClone(repoOf(s, owner, repo)));
  }

  /** Deployments of an environment, newest first, each with its statuses newest first. */
  deployments(
    owner: string,
    repo: string,
    environment?: string,
  ): (DeploymentRecord & { statuses: StatusRecord[] })[] {
    const r = this.repo(owner, repo);
    return r.deployments
      .filter((d) => environment === undefined || d.environment === environment)
      .sort((a, b) => b.id - a.id)
      .map((d) => ({
        ...d,
        statuses: r.statuses.filter((s) => s.deploymentId === d.id).sort((a, b) => b.id - a.id),
      }));
  }
}

/** A past deployment by 'seed' with its statuses (oldest first); returns its id. */
function recordDeployment(
  s: StandInState,
  r: RepoState,
  d: {
    ref: string;
    payload: unknown;
    environment: string;
    description: string | null;
    states: string[];
  },
): number {
  const at = tick(s);
  const id = nextId(s);
  const environment = d.environment;
  r.deployments.push({
    id,
    sha: shaFor(d.ref),
    ref: d.ref,
    task: 'deploy',
    payload: d.payload,
    environment,
    originalEnvironment: environment,
    description: d.description,
    creator: 'seed',
    createdAt: at,
    updatedAt: at,
    transient: false,
    production: environment === 'production',
  });
  for (const state of d.states) {
    r.statuses.push({
      id: nextId(s),
      deploymentId: id,
      state,
      description: '',
      environment,
      targetUrl: '',
      logUrl: '',
      environmentUrl: '',
      creator: 'seed',
      createdAt: tick(s),
    });
  }
  return id;
}
