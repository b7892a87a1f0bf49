import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';

/** The stand-in's data, as plain JSON so several processes can share it through one file. */
export interface StandInState {
  nextId: number;
  /** Seconds since the epoch used for created_at; advances with every write so ordering is stable. */
  clock: number;
  repos: Record<string, RepoState>;
}

export interface RepoState {
  owner: string;
  name: string;
  id: number;
  defaultBranch: string;
  deployments: DeploymentRecord[];
  statuses: StatusRecord[];
  environments: EnvironmentRecord[];
  releases: ReleaseRecord[];
  assets: AssetRecord[];
  /** Commit status contexts per ref: a create-deployment without required_contexts checks them. */
  contexts: Record<string, { context: string; state: string }[]>;
  /** Branches behind the default branch: auto_merge on them answers 202 and creates nothing. */
  behindBranches: string[];
  approvals: ApprovalRecord[];
  pending: PendingRecord[];
  /** The repository setting: releases published from now on are immutable. */
  immutableReleases?: boolean;
  /** Tags once used by an immutable release: never usable again, even after it is deleted. */
  burnedTags?: string[];
  /** Artifact attestations (Sigstore bundles), each filed under its subjects' digests. */
  attestations?: AttestationRecord[];
}

export interface AttestationRecord {
  id: number;
  /** `sha256:<hex>` digests it is listed under. */
  digests: string[];
  bundle: unknown;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: unknown;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  creator: string;
  createdAt: number;
  updatedAt: number;
  transient: boolean;
  production: boolean;
}

export interface StatusRecord {
  id: number;
  deploymentId: number;
  state: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: number;
}

export interface EnvironmentRecord {
  id: number;
  name: string;
  createdAt: number;
  updatedAt: number;
  waitTimer: number;
  preventSelfReview: boolean;
  reviewers: { type: 'User' | 'Team'; id: number; login: string }[];
}

export interface ReleaseRecord {
  id: number;
  tag: string;
  target: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  /** Published while the repository had immutable releases on: tag and assets locked. */
  immutable?: boolean;
  publishedAt?: number | null;
  author: string;
  createdAt: number;
}

export interface AssetRecord {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  /** Base64 content: assets in tests and the demo are small; the state file stays one JSON. */
  data: string;
  uploader: string;
  createdAt: number;
}

export interface ApprovalRecord {
  runId: number;
  environments: string[];
  state: 'approved' | 'rejected';
  user: string;
  comment: string;
}

export interface PendingRecord {
  runId: number;
  environment: string;
  waitTimer: number;
  waitTimerStartedAt: number | null;
}

export function emptyState(): StandInState {
  return { nextId: 1000, clock: Math.floor(Date.UTC(2026, 0, 1) / 1000), repos: {} };
}

export function emptyRepo(owner: string, name: string, id: number): RepoState {
  return {
    owner,
    name,
    id,
    defaultBranch: 'main',
    deployments: [],
    statuses: [],
    environments: [],
    releases: [],
    assets: [],
    contexts: {},
    behindBranches: [],
    approvals: [],
    pending: [],
  };
}

/**
 * Holds the state in memory, or in a JSON file shared by several processes: each access takes
 * a lock file, reads the file, applies the change and writes it back atomically.
 */
export class Store {
  private memory: StandInState;

  constructor(private readonly file?: string) {
    this.memory = emptyState();
    if (file && existsSync(file))
      this.memory = JSON.parse(readFileSync(file, 'utf8')) as StandInState;
  }

  /** Runs `fn` against the current state; its changes are kept (and written to the file, if any). */
  update<T>(fn: (state: StandInState) => T): T {
    if (!this.file) return fn(this.memory);
    const lock = `${this.file}.lock`;
    const fd = acquire(lock);
    try {
      if (existsSync(this.file))
        this.memory = JSON.parse(readFileSync(this.file, 'utf8')) as StandInState;
      const result = fn(this.memory);
      const temp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(this.memory));
      renameSync(temp, this.file);
      return result;
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }

  async readAsync<T>(fn: (state: StandInState) => Promise<T>): Promise<T> {
    if (this.file && existsSync(this.file))
      this.memory = JSON.parse(readFileSync(this.file, 'utf8')) as StandInState;
    return fn(this.memory);
  }

  read<T>(fn: (state: StandInState) => T): T {
    if (this.file && existsSync(this.file))
      this.memory = JSON.parse(readFileSync(this.file, 'utf8')) as StandInState;
    return fn(this.memory);
  }
}

function acquire(lock: string): number {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock older than 30 s belongs to a process that died holding it.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 30_000) rmSync(lock, { force: true });
      } catch {
        // gone already
      }
      if (Date.now() > deadline)
        throw new Error(`stand-in: could not lock ${lock} within 10 s`, { cause: error });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}

/** A stable 40-hex commit SHA for a ref name the stand-in has never seen. */
export function shaFor(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref : createHash('sha1').update(`ref:${ref}`).digest('hex');
}
