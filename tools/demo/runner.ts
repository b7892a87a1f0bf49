import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConcurrencyGroups, type Lease } from './concurrency.js';
import {
  evaluateCondition,
  evaluateValue,
  ExpressionFailure,
  type Contexts,
  type JobStatus,
} from './expressions.js';
import { runJob } from './job.js';
import { legName, resolveStrategy, runLegs, type LegControl, type Strategy } from './matrix.js';
import type { JobRecord, RunnerEvent, RunnerOptions, WorkflowRun } from './records.js';
import { checkActions, evaluateMap } from './uses.js';
import { WorkflowError, type ConcurrencyModel, type WorkflowModel } from './workflow.js';

/**
 * A local runner for the subset of workflow syntax Glidepath's examples use: jobs in `needs`
 * order (one job at a time), matrix jobs (`strategy:` with include/exclude, `max-parallel` and
 * `fail-fast`, legs in parallel up to RunnerOptions.runners; tools/demo/matrix.ts), `run:` steps in bash, `uses:` of Glidepath's own actions (run from their built bundles),
 * `if:` with the status functions, and `${{ }}` over github, env, vars, secrets, inputs, steps,
 * needs, matrix and strategy. Each step runs through tools/runner, the emulation of GitHub's runner that the bundle
 * tests use too: INPUT_* variables, fresh command files read back the runner's way, the event
 * payload, an action's main then post with STATE_*.
 * `actions/checkout` and `actions/setup-node` are satisfied locally (the workspace is already a
 * checkout and Node is the runner's own); anything else stops the run with an error.
 */

export type {
  EnvironmentScope,
  JobRecord,
  Review,
  RunnerEvent,
  RunnerOptions,
  StepRecord,
  WorkflowRun,
} from './records.js';
export { permissionMap } from './uses.js';

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
  /** Each finished job's outputs (a matrix's merged from its legs). */
  const outputsOf = new Map<string, Record<string, string>>();
  /** Set when a newcomer with cancel-in-progress cancels this run (workflow level). */
  const runCancel = { requested: false, by: '' };
  const who = `${workflow.name} run ${options.runId}`;
  const runLease = workflow.concurrency
    ? await enter(
        groups,
        workflow.concurrency,
        { ...baseContexts, env: {} },
        who,
        undefined,
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
      // A matrix job's legs all carry its id: `needs.<job>` sums them up (result, outputs).
      const needed = job.needs.map((n) => jobs.filter((j) => j.id === n));
      const needs = Object.fromEntries(
        job.needs.map((n, i) => [
          n,
          { result: overall(needed[i] ?? []), outputs: outputsOf.get(n) ?? {} },
        ]),
      );
      const results = Object.values(needs).map((n) => n.result);
      const failedUpstream = needed.some((legs) => legs.some((j) => j.failedUpstream));
      const status: JobStatus = runCancel.requested
        ? 'cancelled'
        : failedUpstream
          ? 'failure'
          : results.some((r) => r === 'cancelled')
            ? 'cancelled'
            : results.some((r) => r !== 'success')
              ? 'skipped'
              : 'success';
      const contexts: Contexts = { ...baseContexts, needs, env: workflowEnv };
      const record = (result: JobRecord['result'], reason?: string): JobRecord => ({
        id: job.id,
        name: job.name,
        result,
        ...(reason ? { reason } : {}),
        outputs: {},
        steps: [],
        failedUpstream: failedUpstream || result === 'failure',
      });
      // jobs.<id>.if is decided once, before the matrix expands (no matrix context in it).
      if (!evaluateCondition(job.if, contexts, status)) {
        jobs.push(record('skipped'));
        emit({ type: 'job-skipped', job: job.id, text: `if: ${job.if}` });
        continue;
      }
      let strategy: Strategy | undefined;
      try {
        strategy = job.strategy ? resolveStrategy(job.strategy, contexts) : undefined;
      } catch (error) {
        if (!(error instanceof WorkflowError) && !(error instanceof ExpressionFailure)) throw error;
        const message = `${path.basename(workflow.file)}:${error.message.replace(/^line /, '')}`;
        jobs.push(record('failure', message));
        emit({ type: 'error', job: job.id, text: message });
        continue;
      }
      const legs = strategy?.legs;
      const runLeg = async (index: number, control: LegControl): Promise<JobRecord> => {
        const matrix = legs?.[index];
        const legContexts: Contexts = matrix
          ? {
              ...contexts,
              matrix,
              strategy: {
                'fail-fast': strategy?.failFast,
                'job-index': index,
                'job-total': legs?.length,
                'max-parallel': Math.min(strategy?.maxParallel ?? 1, legs?.length ?? 1),
              },
            }
          : contexts;
        const name = !matrix
          ? job.name
          : job.nameValue
            ? evaluateValue(job.nameValue, legContexts)
            : legName(job.name, matrix);
        const label = matrix ? name : job.id;
        const jobCancel = { requested: false, by: '' };
        const jobLease = job.concurrency
          ? await enter(
              groups,
              job.concurrency,
              legContexts,
              `${who} job ${label}`,
              label,
              (by) => {
                jobCancel.requested = true;
                jobCancel.by = by;
              },
              emit,
            )
          : undefined;
        if (jobLease && !jobLease.granted) {
          emit({ type: 'job-end', job: label, status: 'cancelled', text: jobLease.reason });
          return { ...record('cancelled', jobLease.reason), name };
        }
        try {
          const done = await runJob(job, legContexts, {
            options,
            eventPath,
            github,
            emit,
            mask,
            masks,
            workflowEnv,
            cancelled: () =>
              runCancel.requested || jobCancel.requested
                ? `${runCancel.by || jobCancel.by} entered its concurrency group`
                : control.cancelled()
                  ? 'fail-fast: another leg of the matrix failed'
                  : undefined,
            abort: matrix ? control.cancelled : undefined,
            leg: matrix ? { name, matrix } : undefined,
            permissions: job.permissions ?? workflow.permissions,
            workflowFile: path.basename(workflow.file),
          });
          // Outputs of a matrix: each leg's non-empty ones, the last leg to finish winning a clash.
          const merged = outputsOf.get(job.id) ?? {};
          for (const [key, value] of Object.entries(done.outputs))
            if (value !== '') merged[key] = value;
          outputsOf.set(job.id, merged);
          return { ...done, failedUpstream: failedUpstream || done.result === 'failure' };
        } finally {
          jobLease?.release();
        }
      };
      const done = await runLegs(legs?.length ?? 1, {
        // Runner availability (RunnerOptions.runners) bounds max-parallel, as on GitHub.
        limit: Math.min(strategy?.maxParallel ?? 1, options.runners ?? Infinity),
        failFast: strategy?.failFast ?? false,
        run: runLeg,
        failed: (r) => r.result === 'failure',
        skip: (index) => {
          const name = legName(job.name, legs?.[index] ?? {});
          const reason = 'cancelled by fail-fast: another leg of the matrix failed';
          emit({ type: 'job-end', job: name, status: 'cancelled', text: reason });
          return { ...record('cancelled', reason), name, matrix: legs?.[index] };
        },
      });
      jobs.push(...done);
    }
  } finally {
    runLease?.release();
  }
  const result =
    overall(jobs) === 'failure'
      ? 'failure'
      : overall(jobs) === 'cancelled'
        ? 'cancelled'
        : 'success';
  emit({ type: 'workflow-end', status: result });
  return { workflow: workflow.name, event, runId: options.runId, result, jobs };
}

/** Enters a concurrency group (workflow's or job's), logging pending and cancellation as GitHub shows them. */
async function enter(
  groups: ConcurrencyGroups,
  model: ConcurrencyModel,
  contexts: Contexts,
  who: string,
  job: string | undefined,
  onCancelRunning: (by: string) => void,
  emit: (e: Omit<RunnerEvent, 'at' | 'workflow'>) => void,
): Promise<Lease> {
  const group = evaluateValue(model.group, contexts);
  const cancelInProgress = evaluateValue(model.cancelInProgress, contexts) === 'true';
  const queueMax = model.queue === 'max';
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

/** A job's result from its legs': failure if any failed, else cancelled if any was, else success unless all were skipped. */
function overall(legs: JobRecord[]): JobRecord['result'] {
  if (legs.some((j) => j.result === 'failure')) return 'failure';
  if (legs.some((j) => j.result === 'cancelled')) return 'cancelled';
  if (legs.length === 0 || legs.every((j) => j.result === 'skipped')) return 'skipped';
  return 'success';
}

function typed(type: string | undefined, value: string): unknown {
  if (type === 'boolean') return value === 'true';
  if (type === 'number' && value !== '' && !Number.isNaN(Number(value))) return Number(value);
  return value;
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
