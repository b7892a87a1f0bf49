import { postCondition, readActionMetadata, type ActionMetadata } from '../runner/index.js';
import { ATTEST_ACTION, attestBuildProvenance } from './attest.js';
import { evaluateCondition, evaluateValue, type Contexts, type JobStatus } from './expressions.js';
import type { JobRecord, JobScope, StepRecord } from './records.js';
import { execute, type Executed } from './step.js';
import { evaluateMap, LOCAL_ACTIONS, permissionMap, resolveAction, stepInputs } from './uses.js';
import type { JobModel, StepModel } from './workflow.js';

/** One job (or one leg of a matrix job): its environment's protection, its steps, then its posts. */

export async function runJob(
  job: JobModel,
  contexts: Contexts,
  scope: JobScope,
): Promise<JobRecord> {
  const { options, emit } = scope;
  // A matrix leg shows as `deploy (prod-eu-west)` in the log, as GitHub names it.
  const label = scope.leg?.name ?? job.id;
  const jobName = scope.leg?.name ?? job.name;
  const record: JobRecord = {
    id: job.id,
    name: jobName,
    ...(scope.leg ? { matrix: scope.leg.matrix } : {}),
    result: 'success',
    outputs: {},
    steps: [],
    failedUpstream: false,
  };
  const environment = job.environment ? evaluateValue(job.environment.name, contexts) : undefined;
  record.environment = environment;
  emit({
    type: 'job-start',
    job: label,
    text: environment ? `${jobName} (environment ${environment})` : jobName,
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
      emit({ type: 'error', job: label, text: review.text });
      emit({ type: 'job-end', job: label, status: 'failure', text: review.text });
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
      emit({ type: 'log', job: label, text: `cancelled: ${by}` });
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
      emit({ type: 'error', job: label, step: step.name, text: (error as Error).message });
      status = 'failure';
      continue;
    }
    if (!runIt) {
      record.steps.push(base);
      if (step.explicitId)
        steps[step.id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
      emit({ type: 'step-end', job: label, step: step.name, status: 'skipped' });
      continue;
    }
    emit({ type: 'step-start', job: label, step: step.name });
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
          job: label,
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
          job: label,
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
      emit({ type: 'error', job: label, step: step.name, text: error.message });
    }
    record.steps.push(result);
    if (step.explicitId)
      steps[step.id] = {
        outputs: result.outputs,
        outcome: result.outcome,
        conclusion: result.outcome,
      };
    // A step fail-fast stopped (SIGINT) leaves the job cancelled, not failed, as on GitHub.
    if (result.outcome === 'failure') status = scope.abort?.() ? 'cancelled' : 'failure';
    Object.assign(env, result.exported ?? {});
    paths.push(...(result.path ?? []));
    emit({
      type: 'step-end',
      job: label,
      step: step.name,
      status: result.outcome,
      text: `${(result.ms / 1000).toFixed(1)}s`,
    });
  }

  for (const post of posts) {
    if (!evaluateCondition(postCondition(post.meta), jobContexts(), status)) continue;
    const name = `Post ${post.step.name}`;
    emit({ type: 'step-start', job: label, step: name });
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
      job: label,
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
  emit({ type: 'job-end', job: label, status: record.result, text: record.environmentUrl });
  return record;
}
