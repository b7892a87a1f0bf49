import type { ProvenanceSigner } from './attest.js';
import type { ConcurrencyGroups } from './concurrency.js';
import type { WorkflowModel } from './workflow.js';

/** What the local runner records and reports (tools/demo/runner.ts runs workflows into these). */

export interface RunnerEvent {
  type:
    | 'workflow-start'
    | 'workflow-end'
    | 'job-start'
    | 'job-end'
    | 'job-skipped'
    | 'approval'
    | 'concurrency'
    | 'step-start'
    | 'step-end'
    | 'log'
    | 'error'
    | 'warning';
  workflow: string;
  job?: string;
  step?: string;
  text?: string;
  status?: string;
  at: number;
}

export interface StepRecord {
  job: string;
  id: string;
  name: string;
  phase: 'main' | 'post';
  uses?: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  summary: string;
  errors: string[];
  warnings: string[];
  startedAt: number;
  ms: number;
}

export interface JobRecord {
  id: string;
  name: string;
  /** A matrix leg's values (one record per leg, all with the job's id). */
  matrix?: Record<string, unknown>;
  result: 'success' | 'failure' | 'skipped' | 'cancelled';
  /** Why a job failed or was cancelled before any step ran (a rejected review, a concurrency group). */
  reason?: string;
  environment?: string;
  environmentUrl?: string;
  outputs: Record<string, string>;
  steps: StepRecord[];
  /** This job or a job it needs, directly or not, failed: `failure()` in a later job's `if:` sees it. */
  failedUpstream: boolean;
}

export interface WorkflowRun {
  workflow: string;
  event: string;
  runId: number;
  result: 'success' | 'failure' | 'cancelled';
  jobs: JobRecord[];
}

/** A reviewer's answer to a job held by its environment's required reviewers. */
export type Review =
  { decision: 'approved' } | { decision: 'rejected' | 'timed-out'; text: string };

/** The secrets and variables an environment holds: only jobs that name it see them. */
export interface EnvironmentScope {
  secrets?: Record<string, string>;
  vars?: Record<string, string>;
}

export interface RunnerOptions {
  /** The Glidepath checkout whose actions/ and dist/ the `uses:` steps run. */
  actionsRoot: string;
  workspace: string;
  /** Scratch space for runner files (event payload, output files, RUNNER_TEMP). */
  temp: string;
  apiUrl: string;
  token: string;
  repository: string;
  sha: string;
  ref: string;
  event: { name: 'push' | 'workflow_dispatch'; payload: Record<string, unknown> };
  inputs?: Record<string, string>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  runId: number;
  runNumber?: number;
  actor: string;
  /** The runner machine's environment (added to this process's own). */
  env?: Record<string, string>;
  /**
   * Called before a job that names an environment: the place where GitHub holds the job for its
   * protection rules. Nothing (or approved) lets the job run; rejected or timed-out fails it
   * without running any step, as GitHub does. `deployment` is false for `deployment: false`.
   */
  beforeEnvironment?: (
    environment: string,
    job: string,
    deployment: boolean,
  ) => Promise<void | Review>;
  /** Environment-scoped secrets and variables, by environment name. */
  environments?: Record<string, EnvironmentScope>;
  /**
   * The repository's concurrency groups, shared by every run that should see the others (runs of
   * several workflow files, started side by side). A fresh one per run when not given.
   */
  concurrency?: ConcurrencyGroups;
  /**
   * The token a job's steps get, given the job's effective `permissions:` (workflow's, or the
   * job's own), so the API can answer with the permissions GitHub would give it.
   */
  tokenFor?: (job: string, permissions: Record<string, string> | undefined) => string;
  /** Signs provenance for `uses: actions/attest-build-provenance` steps (tools/demo/attest.ts); without it they are outside the subset. */
  signProvenance?: ProvenanceSigner;
  onEvent?: (event: RunnerEvent) => void;
  /**
   * How many jobs may run at once (runner availability): a matrix runs at most this many legs at
   * a time, and at most its `max-parallel`. Unset: as many as the matrix allows; 1: one at a time.
   */
  runners?: number;
}

export interface JobScope {
  options: RunnerOptions;
  eventPath: string;
  github: Record<string, unknown>;
  emit: (e: Omit<RunnerEvent, 'at' | 'workflow'>) => void;
  mask: (text: string) => string;
  masks: Set<string>;
  workflowEnv: Record<string, string>;
  /** The job's token, when RunnerOptions.tokenFor gives each job its own. */
  token?: string;
  /** Who cancelled this job (a newcomer to its concurrency group with cancel-in-progress, fail-fast), if any. */
  cancelled: () => string | undefined;
  /** True once fail-fast cancels this leg: the step in progress gets SIGINT, as GitHub's cancel sends. */
  abort?: () => boolean;
  /** A matrix leg: its name as GitHub shows it and its values. */
  leg?: { name: string; matrix: Record<string, unknown> };
  permissions: WorkflowModel['permissions'];
  /** The workflow's file name (a signing workflow's identity ends in it). */
  workflowFile: string;
}
