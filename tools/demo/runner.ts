import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  actionInputs,
  postCondition,
  readActionMetadata,
  runActionStep,
  runnerEnv,
  runStep,
  type ActionMetadata,
  type StepResult,
  type StepSpec,
  type WorkflowCommand,
} from '../runner/index.js';
import {
  ATTEST_ACTION,
  ATTEST_INPUTS,
  attestBuildProvenance,
  type ProvenanceSigner,
} from './attest.js';
import { ConcurrencyGroups, type Lease } from './concurrency.js';
import { evaluateCondition, evaluateValue, type Contexts, type JobStatus } from './expressions.js';
import {
  WorkflowError,
  type ConcurrencyModel,
  type JobModel,
  type StepModel,
  type ValueMap,
  type WorkflowModel,
} from './workflow.js';

/**
 * A local runner for the subset of workflow syntax Glidepath's examples use: jobs in `needs`
 * order, `run:` steps in bash, `uses:` of Glidepath's own actions (run from their built bundles),
 * `if:` with the status functions, and `${{ }}` over github, env, vars, secrets, inputs, steps and
 * needs. Each step runs through tools/runner, the emulation of GitHub's runner that the bundle
 * tests use too: INPUT_* variables, fresh command files read back the runner's way, the event
 * payload, an action's main then post with STATE_*.
 * `actions/checkout` and `actions/setup-node` are satisfied locally (the workspace is already a
 * checkout and Node is the runner's own); anything else stops the run with an error.
 */

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
}

const LOCAL_ACTIONS = /^actions\/(checkout|setup-node)@/;
const GLIDEPATH_ACTION =
  /^(?:\.\/actions\/([a-z-]+)|\.\/?|[\w.-]+\/glidepath(?:\/actions\/([a-z-]+))?@[\w.-]+)$/;

export async function runWorkflow(
  workflow: WorkflowModel,
  options: RunnerOptions,
): Promise<WorkflowRun> {
  const event = options.event.name;
  if (!workflow.events.includes(event))
    throw new WorkflowError(
      `${path.basename(workflow.file)} does not run on ${event} (it runs on ${workflow.events.join(', ')})`,
    );
  checkActions(workflow, options.actionsRoot, Boolean(options.signProvenance));
  const inputs =
    event === 'workflow_dispatch' ? dispatchInputs(workflow, options.inputs ?? {}) : {};
  // `inputs` holds typed values (a boolean input is a boolean); github.event.inputs holds the strings.
  const typedInputs = Object.fromEntries(
    Object.entries(inputs).map(([name, value]) => [
      name,
      typed(workflow.dispatchInputs[name]?.type, value),
    ]),
  );
  const emit = (e: Omit<RunnerEvent, 'at' | 'workflow'>) =>
    options.onEvent?.({ ...e, workflow: workflow.name, at: Date.now() });
  const masks = new Set<string>(
    [options.token, ...Object.values(options.secrets ?? {})].filter((s) => s.length > 0),
  );
  const mask = (text: string) =>
    [...masks].reduce((t, secret) => t.split(secret).join('***'), text);

  mkdirSync(options.temp, { recursive: true });
  const eventPath = path.join(options.temp, `event-${options.runId}.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({
      ...options.event.payload,
      ...(event === 'workflow_dispatch' ? { inputs } : {}),
    }),
  );
  const github = {
    token: options.token,
    repository: options.repository,
    repository_owner: options.repository.split('/')[0],
    sha: options.sha,
    ref: options.ref,
    ref_name: options.ref.replace(/^refs\/(heads|tags)\//, ''),
    event_name: event,
    event: { ...options.event.payload, ...(event === 'workflow_dispatch' ? { inputs } : {}) },
    run_id: String(options.runId),
    run_number: String(options.runNumber ?? 1),
    run_attempt: '1',
    actor: options.actor,
    workflow: workflow.name,
    workspace: options.workspace,
    api_url: options.apiUrl,
    server_url: 'https://github.com',
    graphql_url: `${options.apiUrl}/graphql`,
  };
  const baseContexts: Contexts = {
    github,
    inputs: typedInputs,
    vars: options.vars ?? {},
    secrets: { GITHUB_TOKEN: options.token, ...(options.secrets ?? {}) },
    runner: { os: 'Linux', arch: 'X64', temp: options.temp },
  };
  const workflowEnv = evaluateMap(workflow.env, { ...baseContexts, env: {} });

  emit({ type: 'workflow-start', text: `${workflow.name} on ${event}` });
  const groups = options.concurrency ?? new ConcurrencyGroups();
  const jobs: JobRecord[] = [];
  /** Set when a newcomer with cancel-in-progress cancels this run (workflow level). */
  const runCancel = { requested: false, by: '' };
  const who = `${workflow.name} run ${options.runId}`;
  const runLease = workflow.concurrency
    ? await enter(
        groups,
        workflow.concurrency,
        { ...baseContexts, env: {} },
        who,
        (by) => {
          runCancel.requested = true;
          runCancel.by = by;
        },
        emit,
      )
    : undefined;
  if (runLease && !runLease.granted) {
    emit({ type: 'workflow-end', status: 'cancelled', text: runLease.reason });
    return {
      workflow: workflow.name,
      event,
      runId: options.runId,
      result: 'cancelled',
      jobs: workflow.jobs.map((j) => ({
        id: j.id,
        name: j.name,
        result: 'cancelled',
        reason: runLease.reason,
        outputs: {},
        steps: [],
        failedUpstream: false,
      })),
    };
  }
  try {
    for (const job of workflow.jobs) {
      const needs = Object.fromEntries(
        job.needs.map((n) => {
          const done = jobs.find((j) => j.id === n);
          return [n, { result: done?.result ?? 'skipped', outputs: done?.outputs ?? {} }];
        }),
      );
      const needed = job.needs.map((n) => jobs.find((j) => j.id === n));
      const failedUpstream = needed.some((j) => j?.failedUpstream);
      const status: JobStatus = runCancel.requested
        ? 'cancelled'
        : failedUpstream
          ? 'failure'
          : needed.some((j) => j?.result === 'cancelled')
            ? 'cancelled'
            : needed.some((j) => j?.result !== 'success')
              ? 'skipped'
              : 'success';
      const contexts: Contexts = { ...baseContexts, needs, env: workflowEnv };
      if (!evaluateCondition(job.if, contexts, status)) {
        jobs.push({
          id: job.id,
          name: job.name,
          result: 'skipped',
          outputs: {},
          steps: [],
          failedUpstream,
        });
        emit({ type: 'job-skipped', job: job.id, text: `if: ${job.if}` });
        continue;
      }
      const jobCancel = { requested: false, by: '' };
      const jobLease = job.concurrency
        ? await enter(
            groups,
            job.concurrency,
            contexts,
            `${who} job ${job.id}`,
            (by) => {
              jobCancel.requested = true;
              jobCancel.by = by;
            },
            emit,
          )
        : undefined;
      if (jobLease && !jobLease.granted) {
        jobs.push({
          id: job.id,
          name: job.name,
          result: 'cancelled',
          reason: jobLease.reason,
          outputs: {},
          steps: [],
          failedUpstream,
        });
        emit({ type: 'job-end', job: job.id, status: 'cancelled', text: jobLease.reason });
        continue;
      }
      try {
        const record = await runJob(job, contexts, {
          options,
          eventPath,
          github,
          emit,
          mask,
          masks,
          workflowEnv,
          cancelled: () =>
            runCancel.requested || jobCancel.requested ? runCancel.by || jobCancel.by : undefined,
          permissions: job.permissions ?? workflow.permissions,
          workflowFile: path.basename(workflow.file),
        });
        jobs.push({ ...record, failedUpstream: failedUpstream || record.result === 'failure' });
      } finally {
        jobLease?.release();
      }
    }
  } finally {
    runLease?.release();
  }
  const result = jobs.some((j) => j.result === 'failure')
    ? 'failure'
    : jobs.some((j) => j.result === 'cancelled')
      ? 'cancelled'
      : 'success';
  emit({ type: 'workflow-end', status: result });
  return { workflow: workflow.name, event, runId: options.runId, result, jobs };
}

interface JobScope {
  options: RunnerOptions;
  eventPath: string;
  github: Record<string, unknown>;
  emit: (e: Omit<RunnerEvent, 'at' | 'workflow'>) => void;
  mask: (text: string) => string;
  masks: Set<string>;
  workflowEnv: Record<string, string>;
  /** The job's token, when RunnerOptions.tokenFor gives each job its own. */
  token?: string;
  /** Who cancelled this job (a newcomer to its concurrency group with cancel-in-progress), if any. */
  cancelled: () => string | undefined;
  permissions: WorkflowModel['permissions'];
  /** The workflow's file name (a signing workflow's identity ends in it). */
  workflowFile: string;
}

/** Enters a concurrency group (workflow's or job's), logging pending and cancellation as GitHub shows them. */
async function enter(
  groups: ConcurrencyGroups,
  model: ConcurrencyModel,
  contexts: Contexts,
  who: string,
  onCancelRunning: (by: string) => void,
  emit: JobScope['emit'],
): Promise<Lease> {
  const group = evaluateValue(model.group, contexts);
  const cancelInProgress = evaluateValue(model.cancelInProgress, contexts) === 'true';
  const queueMax = model.queue === 'max';
  const job = / job (\S+)$/.exec(who)?.[1];
  const before = groups.state(group);
  const lease = groups.acquire({ group, cancelInProgress, queueMax, who, onCancelRunning });
  if (before.running && !cancelInProgress)
    emit({
      type: 'concurrency',
      job,
      status: 'pending',
      text: `pending in group ${group} behind ${before.running}`,
    });
  const granted = await lease;
  if (!granted.granted)
    emit({ type: 'concurrency', job, status: 'cancelled', text: granted.reason });
  return granted;
}

/** The scopes a `permissions:` gives GITHUB_TOKEN (undefined: the repository's default). */
export function permissionMap(
  permissions: WorkflowModel['permissions'],
): Record<string, string> | undefined {
  if (permissions === undefined) return undefined;
  const scopes = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'id-token',
    'issues',
    'discussions',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
  ];
  if (permissions === 'read-all' || permissions === 'write-all') {
    const level = permissions === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(
      scopes.map((s) => [s, s === 'id-token' && level === 'read' ? 'none' : level]),
    );
  }
  // A mapping: what it names, at its level; every scope it does not name, none.
  return Object.fromEntries(scopes.map((s) => [s, permissions[s] ?? 'none']));
}

async function runJob(job: JobModel, contexts: Contexts, scope: JobScope): Promise<JobRecord> {
  const { options, emit } = scope;
  const record: JobRecord = {
    id: job.id,
    name: job.name,
    result: 'success',
    outputs: {},
    steps: [],
    failedUpstream: false,
  };
  const environment = job.environment ? evaluateValue(job.environment.name, contexts) : undefined;
  record.environment = environment;
  emit({
    type: 'job-start',
    job: job.id,
    text: environment ? `${job.name} (environment ${environment})` : job.name,
  });
  if (environment && options.beforeEnvironment) {
    const deployment = job.environment?.deployment
      ? evaluateValue(job.environment.deployment, contexts) !== 'false'
      : true;
    const review = await options.beforeEnvironment(environment, job.id, deployment);
    if (review && review.decision !== 'approved') {
      // GitHub fails the job without running it: no step, no post, no `if: failure()` step.
      record.result = 'failure';
      record.reason = review.text;
      emit({ type: 'error', job: job.id, text: review.text });
      emit({ type: 'job-end', job: job.id, status: 'failure', text: review.text });
      return record;
    }
  }
  if (environment) {
    // Environment secrets and variables: only a job that names the environment sees them.
    const scoped = options.environments?.[environment];
    const secrets = { ...(contexts.secrets as Record<string, string>), ...(scoped?.secrets ?? {}) };
    for (const secret of Object.values(scoped?.secrets ?? {}))
      if (secret.length > 0) scope.masks.add(secret);
    contexts = {
      ...contexts,
      secrets,
      vars: { ...(contexts.vars as Record<string, string>), ...(scoped?.vars ?? {}) },
    };
  }
  if (options.tokenFor) {
    const token = options.tokenFor(job.id, permissionMap(scope.permissions));
    scope.masks.add(token);
    scope = { ...scope, token };
    contexts = {
      ...contexts,
      github: { ...(contexts.github as Record<string, unknown>), token },
      secrets: { ...(contexts.secrets as Record<string, string>), GITHUB_TOKEN: token },
    };
  }

  const env: Record<string, string> = {
    ...scope.workflowEnv,
    ...evaluateMap(job.env, { ...contexts, env: scope.workflowEnv }),
  };
  const steps: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  const posts: {
    step: StepModel;
    action: string;
    meta: ActionMetadata;
    state: Record<string, string>;
    inputs: Record<string, string>;
    env: Record<string, string>;
  }[] = [];
  /** GITHUB_PATH entries so far, in the order written. */
  const paths: string[] = [];
  let status: JobStatus = 'success';
  const jobContexts = () => ({ ...contexts, env, steps, job: { status } });

  for (const step of job.steps) {
    const by = scope.cancelled();
    if (by && status !== 'cancelled') {
      status = 'cancelled';
      emit({ type: 'log', job: job.id, text: `cancelled: ${by} entered its concurrency group` });
    }
    const started = Date.now();
    const base: StepRecord = {
      job: job.id,
      id: step.id,
      name: step.name,
      phase: 'main',
      uses: step.uses,
      outcome: 'skipped',
      outputs: {},
      summary: '',
      errors: [],
      warnings: [],
      startedAt: started,
      ms: 0,
    };
    let runIt: boolean;
    try {
      runIt = evaluateCondition(step.if, jobContexts(), status);
    } catch (error) {
      record.steps.push({ ...base, outcome: 'failure', errors: [(error as Error).message] });
      emit({ type: 'error', job: job.id, step: step.name, text: (error as Error).message });
      status = 'failure';
      continue;
    }
    if (!runIt) {
      record.steps.push(base);
      if (step.explicitId)
        steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      emit({ type: 'step-end', job: job.id, step: step.name, status: 'skipped' });
      continue;
    }
    emit({ type: 'step-start', job: job.id, step: step.name });
    let result: Executed;
    try {
      const stepEnv = { ...env, ...evaluateMap(step.env, jobContexts()) };
      if (step.run) {
        result = await execute(
          base,
          {
            kind: 'run',
            script: evaluateValue(step.run, jobContexts()),
            shell: step.shell,
            timeoutMinutes: step.timeoutMinutes,
          },
          stepEnv,
          paths,
          scope,
        );
      } else if (step.uses && LOCAL_ACTIONS.test(step.uses)) {
        result = { ...base, outcome: 'success', ms: 0 };
        emit({
          type: 'log',
          job: job.id,
          step: step.name,
          text: `${step.uses}: satisfied locally (the workspace is a checkout and Node is the runner's own)`,
        });
      } else if (step.uses && options.signProvenance && ATTEST_ACTION.test(step.uses)) {
        const outputs = await attestBuildProvenance(
          {
            inputs: evaluateMap(step.with, jobContexts()),
            permissions: permissionMap(scope.permissions),
            workspace: options.workspace,
            workflowFile: scope.workflowFile,
            apiUrl: options.apiUrl,
            repository: options.repository,
            token: scope.token ?? options.token,
            sha: options.sha,
            ref: options.ref,
          },
          options.signProvenance,
        );
        result = { ...base, outcome: 'success', outputs, ms: Date.now() - started };
        emit({
          type: 'log',
          job: job.id,
          step: step.name,
          text: `attested: ${outputs['attestation-url']}`,
        });
      } else {
        const action = resolveAction(step, options.actionsRoot);
        const meta = readActionMetadata(action);
        const inputs = stepInputs(meta, step, jobContexts());
        result = await execute(
          base,
          { kind: 'action', dir: action, meta, inputs, timeoutMinutes: step.timeoutMinutes },
          stepEnv,
          paths,
          scope,
        );
        const state = result.state ?? {};
        if (meta.runs.post) posts.unshift({ step, action, meta, state, inputs, env: stepEnv });
      }
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      result = { ...base, outcome: 'failure', errors: [error.message], ms: Date.now() - started };
      emit({ type: 'error', job: job.id, step: step.name, text: error.message });
    }
    record.steps.push(result);
    if (step.explicitId)
      steps[step.id] = {
        outputs: result.outputs,
        outcome: result.outcome,
        conclusion: result.outcome,
      };
    if (result.outcome === 'failure') status = 'failure';
    Object.assign(env, result.exported ?? {});
    paths.push(...(result.path ?? []));
    emit({
      type: 'step-end',
      job: job.id,
      step: step.name,
      status: result.outcome,
      text: `${(result.ms / 1000).toFixed(1)}s`,
    });
  }

  for (const post of posts) {
    if (!evaluateCondition(postCondition(post.meta), jobContexts(), status)) continue;
    const name = `Post ${post.step.name}`;
    emit({ type: 'step-start', job: job.id, step: name });
    const base: StepRecord = {
      job: job.id,
      id: post.step.id,
      name,
      phase: 'post',
      uses: post.step.uses,
      outcome: 'skipped',
      outputs: {},
      summary: '',
      errors: [],
      warnings: [],
      startedAt: Date.now(),
      ms: 0,
    };
    const result = await execute(
      base,
      {
        kind: 'action',
        dir: post.action,
        meta: post.meta,
        inputs: post.inputs,
        state: post.state,
        post: true,
      },
      post.env,
      paths,
      scope,
    );
    record.steps.push(result);
    if (result.outcome === 'failure') status = 'failure';
    emit({
      type: 'step-end',
      job: job.id,
      step: name,
      status: result.outcome,
      text: `${(result.ms / 1000).toFixed(1)}s`,
    });
  }

  record.result =
    status === 'success' ? 'success' : status === 'cancelled' ? 'cancelled' : 'failure';
  record.outputs = evaluateMap(job.outputs, jobContexts());
  // GitHub records environment.url on the deployment it creates for the job: with
  // `deployment: false` there is none, and the URL goes nowhere.
  const recorded = job.environment?.deployment
    ? evaluateValue(job.environment.deployment, contexts) !== 'false'
    : true;
  if (job.environment?.url && recorded)
    record.environmentUrl = evaluateValue(job.environment.url, jobContexts());
  emit({ type: 'job-end', job: job.id, status: record.result, text: record.environmentUrl });
  return record;
}

type Execution =
  | { kind: 'run'; script: string; shell?: string; timeoutMinutes?: number }
  | {
      kind: 'action';
      dir: string;
      meta: ActionMetadata;
      inputs: Record<string, string>;
      /** Post's: what main saved. */
      state?: Record<string, string>;
      post?: boolean;
      timeoutMinutes?: number;
    };

/** A step's record, with what later steps see of it: GITHUB_ENV, GITHUB_PATH and (main's) state. */
type Executed = StepRecord & {
  exported?: Record<string, string>;
  path?: string[];
  state?: Record<string, string>;
};

/** The runner's own variables and any action input of the process running the demo never reach a step. */
const HOST_ONLY = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/;

let counter = 0;

/** Runs one step with tools/runner (GitHub's runner's way), streaming its log as events, masked. */
async function execute(
  base: StepRecord,
  what: Execution,
  stepEnv: Record<string, string>,
  prependPath: string[],
  scope: JobScope,
): Promise<Executed> {
  const { options, emit, mask, masks } = scope;
  const env: Record<string, string> = {
    ...(Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !HOST_ONLY.test(k)),
    ) as Record<string, string>),
    ...(options.env ?? {}),
    ...stepEnv,
    ...runnerEnv({
      repository: options.repository,
      sha: options.sha,
      ref: options.ref,
      eventName: options.event.name,
      eventPath: scope.eventPath,
      runId: options.runId,
      runNumber: options.runNumber ?? 1,
      runAttempt: 1,
      actor: options.actor,
      workflow: String(scope.github.workflow),
      job: base.job,
      action: base.id,
      workspace: options.workspace,
      apiUrl: options.apiUrl,
      temp: options.temp,
    }),
  };
  // GitHub's runner puts the last GITHUB_PATH entry first, each once.
  const added = [...new Set([...prependPath].reverse())];
  if (added.length > 0) env.PATH = [...added, env.PATH ?? ''].join(path.delimiter);
  const onLine = (line: string, command: WorkflowCommand | undefined) => {
    if (!command) {
      if (line.trim().length > 0)
        emit({ type: 'log', job: base.job, step: base.name, text: mask(line) });
      return;
    }
    const text = command.message;
    if (command.command === 'add-mask') {
      if (text.length > 0) masks.add(text);
    } else if (command.command === 'error' || command.command === 'warning')
      emit({ type: command.command, job: base.job, step: base.name, text: mask(text) });
    else if (command.command === 'group')
      emit({ type: 'log', job: base.job, step: base.name, text: mask(text) });
  };
  const spec: Omit<StepSpec, 'command' | 'args'> = {
    cwd: options.workspace,
    env,
    filesDir: path.join(options.temp, '_runner_file_commands'),
    onLine,
    timeoutMs: what.timeoutMinutes ? what.timeoutMinutes * 60_000 : undefined,
  };
  let run: StepResult;
  if (what.kind === 'run') {
    const script = path.join(options.temp, `script-${options.runId}-${++counter}.sh`);
    writeFileSync(script, what.script);
    // GitHub's runner: `shell: bash` is bash --noprofile --norc -eo pipefail; no shell: is bash -e.
    const args =
      what.shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', script] : ['-e', script];
    run = await runStep({ ...spec, command: 'bash', args });
  } else {
    run = await runActionStep(what.dir, what.meta, what.post ? 'post' : 'main', {
      ...spec,
      inputs: what.inputs,
      state: what.state,
    });
  }
  const errors = run.errors.map(mask);
  // The runner's own errors (a timeout, a malformed command file) come after the `::error::` ones.
  const fromCommands = run.commands.filter((c) => c.command === 'error').length;
  for (const text of errors.slice(fromCommands))
    emit({ type: 'error', job: base.job, step: base.name, text });
  if (run.outcome === 'failure' && errors.length === 0)
    errors.push(`Process completed with exit code ${run.exitCode ?? run.signal}.`);
  return {
    ...base,
    outcome: run.outcome,
    outputs: run.outputs,
    summary: mask(run.summary),
    errors,
    warnings: run.warnings.map(mask),
    ms: run.ms,
    exported: run.env,
    path: run.path,
    ...(what.kind === 'action' && !what.post ? { state: run.state } : {}),
  };
}

/** Before any job runs: every `uses:` is one the runner can run, and every `with:` key is an input of it. */
function checkActions(workflow: WorkflowModel, root: string, attest: boolean): void {
  const where = path.basename(workflow.file);
  for (const job of workflow.jobs) {
    for (const step of job.steps) {
      if (!step.uses || LOCAL_ACTIONS.test(step.uses)) continue;
      try {
        const declared =
          attest && ATTEST_ACTION.test(step.uses)
            ? Object.fromEntries(ATTEST_INPUTS.map((name) => [name, {}]))
            : readActionMetadata(resolveAction(step, root)).inputs;
        for (const [name] of step.with) {
          if (!(name in declared))
            throw new WorkflowError(
              `line ${step.line}: ${step.uses} has no input '${name}' (its inputs: ${Object.keys(declared).join(', ')})`,
            );
        }
      } catch (error) {
        throw error instanceof WorkflowError
          ? new WorkflowError(`${where}:${error.message.replace(/^line /, '')}`)
          : error;
      }
    }
  }
}

function typed(type: string | undefined, value: string): unknown {
  if (type === 'boolean') return value === 'true';
  if (type === 'number' && value !== '' && !Number.isNaN(Number(value))) return Number(value);
  return value;
}

function resolveAction(step: StepModel, root: string): string {
  const uses = step.uses ?? '';
  const match = GLIDEPATH_ACTION.exec(uses);
  if (!match)
    throw new WorkflowError(
      `line ${step.line}: uses: ${uses} is outside the local runner's subset (it runs Glidepath's own actions, ./actions/<name> or OWNER/glidepath/actions/<name>@ref, plus actions/checkout and actions/setup-node)`,
    );
  const name = match[1] ?? match[2];
  const dir = name ? path.join(root, 'actions', name) : root;
  if (!existsSync(path.join(dir, 'action.yml')))
    throw new WorkflowError(
      `line ${step.line}: uses: ${uses}: there is no action ${name ?? '(root)'} in ${root}`,
    );
  return dir;
}

/** `with:` values over action.yml's defaults (themselves `${{ }}` where they say so), like the runner. */
function stepInputs(
  meta: ActionMetadata,
  step: StepModel,
  contexts: Contexts,
): Record<string, string> {
  const given = evaluateMap(step.with, contexts); // keys checked by checkActions
  const inputs = actionInputs(meta, given, (text) => {
    const whole = /^\$\{\{\s*(.*?)\s*\}\}$/.exec(text);
    return whole ? evaluateValue({ expression: whole[1] ?? '' }, contexts) : text;
  });
  for (const [name, input] of Object.entries(meta.inputs)) {
    if (input.required && !inputs[name])
      throw new WorkflowError(`line ${step.line}: ${step.uses} needs input '${name}'`);
  }
  return inputs;
}

function evaluateMap(map: ValueMap, contexts: Contexts): Record<string, string> {
  return Object.fromEntries(map.map(([key, value]) => [key, evaluateValue(value, contexts)]));
}

function dispatchInputs(
  workflow: WorkflowModel,
  given: Record<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, input] of Object.entries(workflow.dispatchInputs)) {
    const value = given[name] ?? input.default ?? '';
    if (input.required && value === '')
      throw new WorkflowError(`workflow_dispatch input '${name}' is required`);
    if (input.options && value !== '' && !input.options.includes(value))
      throw new WorkflowError(
        `workflow_dispatch input '${name}' must be one of ${input.options.join(', ')}`,
      );
    out[name] = value;
  }
  for (const name of Object.keys(given))
    if (!(name in workflow.dispatchInputs))
      throw new WorkflowError(`workflow_dispatch has no input '${name}'`);
  return out;
}
