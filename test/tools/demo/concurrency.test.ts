import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConcurrencyGroups, QUEUE_LIMIT } from '../../../tools/demo/concurrency.js';
import { runWorkflow, type RunnerOptions, type WorkflowRun } from '../../../tools/demo/runner.js';
import { loadWorkflow } from '../../../tools/demo/workflow.js';
import { workflowFile, workflowOptions } from '../../../lab/runner.js';

/**
 * The local runner's concurrency groups, as GitHub documents them: one running and one pending per
 * group, a newer pending cancels the older, `queue: max` keeps them in order, `cancel-in-progress`
 * (also as an expression) cancels the running holder, groups are shared across workflow files,
 * at workflow and at job level. Jobs hold a group by waiting for a file the test creates.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await sleep(20);
  }
}

/** A workspace with two workflow files (w.yml and another), a gate file and a log of what ran. */
function setup(first: string, second = first) {
  const file = workflowFile(first);
  const dir = path.dirname(file);
  const other = path.join(dir, 'other.yml');
  writeFileSync(other, second);
  const log = path.join(dir, 'ran.log');
  writeFileSync(log, '');
  return {
    file,
    other,
    dir,
    gate: path.join(dir, 'gate'),
    ran: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    log,
  };
}

function start(
  file: string,
  dir: string,
  groups: ConcurrencyGroups,
  runId: number,
  extra: Partial<RunnerOptions> = {},
): Promise<WorkflowRun> {
  return loadWorkflow(file).then((workflow) =>
    runWorkflow(workflow, {
      ...workflowOptions(dir),
      runId,
      concurrency: groups,
      env: { RAN_LOG: path.join(dir, 'ran.log'), GATE: path.join(dir, 'gate') },
      ...extra,
    }),
  );
}

const holder = (level: 'workflow' | 'job', concurrency: string) => {
  const block = concurrency
    .split('\n')
    .map((l) => (level === 'job' ? `    ${l}` : l))
    .join('\n');
  return `on: [push, workflow_dispatch]
${level === 'workflow' ? block : ''}
jobs:
  deploy:
    runs-on: x
${level === 'job' ? block : ''}
    steps:
      - run: echo "start ${'$'}{{ github.run_id }}" >> "$RAN_LOG"
      - run: while [ ! -f "$GATE" ]; do sleep 0.05; done
      - run: echo "end ${'$'}{{ github.run_id }}" >> "$RAN_LOG"
      - if: cancelled()
        run: echo "cleanup ${'$'}{{ github.run_id }}" >> "$RAN_LOG"
`;
};

describe('concurrency groups in the local runner', () => {
  it('workflow level, across two files: one runs, one waits, a newer pending cancels the older', async () => {
    const yaml = holder('workflow', 'concurrency:\n  group: deploy-production');
    const w = setup(yaml);
    const groups = new ConcurrencyGroups();
    const a = start(w.file, w.dir, groups, 1);
    await until(() => w.ran().includes('start 1'));
    const b = start(w.other, w.dir, groups, 2);
    await until(() => groups.state('deploy-production').pending.length === 1);
    const c = start(w.file, w.dir, groups, 3);
    const second = await b; // cancelled at once, while the first still runs
    expect(second.result).toBe('cancelled');
    expect(second.jobs.map((j) => [j.id, j.result, j.steps.length])).toEqual([
      ['deploy', 'cancelled', 0],
    ]);
    expect(second.jobs[0]?.reason).toMatch(/pending in concurrency group deploy-production/);
    expect(w.ran()).toEqual(['start 1']);
    writeFileSync(w.gate, '');
    const [first, third] = await Promise.all([a, c]);
    expect([first.result, third.result]).toEqual(['success', 'success']);
    expect(w.ran()).toEqual(['start 1', 'end 1', 'start 3', 'end 3']);
    expect(groups.log.filter((e) => e.kind === 'cancelled-pending')).toHaveLength(1);
  }, 30_000);

  it('queue: max keeps every pending holder, in order, and none is cancelled', async () => {
    const w = setup(holder('job', 'concurrency:\n  group: deploy-production\n  queue: max'));
    const groups = new ConcurrencyGroups();
    const runs = [start(w.file, w.dir, groups, 1)];
    await until(() => w.ran().includes('start 1'));
    for (const id of [2, 3, 4]) {
      runs.push(start(id % 2 ? w.file : w.other, w.dir, groups, id));
      await until(() => groups.state('deploy-production').pending.length === id - 1);
    }
    expect(groups.state('DEPLOY-production').pending).toHaveLength(3); // names are case-insensitive
    writeFileSync(w.gate, '');
    const done = await Promise.all(runs);
    expect(done.map((r) => r.result)).toEqual(['success', 'success', 'success', 'success']);
    expect(w.ran()).toEqual([1, 2, 3, 4].flatMap((id) => [`start ${id}`, `end ${id}`]));
    expect(QUEUE_LIMIT).toBe(100);
  }, 30_000);

  it('cancel-in-progress as an expression: a dispatch cancels the running push, which runs its cancelled() step', async () => {
    const w = setup(
      holder(
        'job',
        "concurrency:\n  group: deploy-production\n  cancel-in-progress: ${{ github.event_name == 'workflow_dispatch' }}",
      ),
    );
    const groups = new ConcurrencyGroups();
    const push = start(w.file, w.dir, groups, 1);
    await until(() => w.ran().includes('start 1'));
    // Another push does not cancel the running one (the expression is false for it).
    const push2 = start(w.file, w.dir, groups, 2);
    await until(() => groups.state('deploy-production').pending.length === 1);
    expect(groups.log.some((e) => e.kind === 'cancelled-running')).toBe(false);
    const dispatch = start(w.other, w.dir, groups, 3, {
      event: { name: 'workflow_dispatch', payload: {} },
    });
    await until(() => groups.log.some((e) => e.kind === 'cancelled-running'));
    // The step in flight ends (here: when the gate opens); the steps after it do not run.
    writeFileSync(w.gate, '');
    const [first, second, third] = await Promise.all([push, push2, dispatch]);
    expect(first.result).toBe('cancelled');
    expect(first.jobs[0]?.steps.map((s) => s.outcome)).toEqual([
      'success',
      'success',
      'skipped',
      'success',
    ]);
    expect(second.result).toBe('cancelled'); // cancel-in-progress also cancels the pending one
    expect(second.jobs[0]?.steps).toHaveLength(0);
    expect(third.result).toBe('success');
    expect(w.ran()).toEqual(['start 1', 'cleanup 1', 'start 3', 'end 3']);
  }, 30_000);

  it('job level: while a job waits for a reviewer in its group, the next run gets through its other jobs', async () => {
    const yaml = `on: push
jobs:
  dev:
    runs-on: x
    steps:
      - run: echo "dev \${{ github.run_id }}" >> "$RAN_LOG"
  production:
    needs: dev
    runs-on: x
    environment: production
    concurrency:
      group: deploy-production
      queue: max
    steps:
      - run: echo "production \${{ github.run_id }}" >> "$RAN_LOG"
`;
    const w = setup(yaml);
    const groups = new ConcurrencyGroups();
    let approve: () => void = () => {};
    const approved = new Promise<void>((resolve) => (approve = resolve));
    const waiting: number[] = [];
    const review = (runId: number) => async () => {
      waiting.push(runId);
      if (runId === 1) await approved;
    };
    const a = start(w.file, w.dir, groups, 1, { beforeEnvironment: review(1) });
    await until(() => waiting.includes(1));
    const b = start(w.file, w.dir, groups, 2, { beforeEnvironment: review(2) });
    await until(() => groups.state('deploy-production').pending.length === 1);
    // Run 2's dev job ran while run 1's production job held the group, waiting for its reviewer.
    expect(w.ran()).toEqual(['dev 1', 'dev 2']);
    expect(waiting).toEqual([1]);
    approve();
    const [first, second] = await Promise.all([a, b]);
    expect([first.result, second.result]).toEqual(['success', 'success']);
    expect(w.ran()).toEqual(['dev 1', 'dev 2', 'production 1', 'production 2']);
    expect(existsSync(w.gate)).toBe(false);
  }, 30_000);
});
