import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandMatrix, legName, runLegs } from '../../../tools/demo/matrix.js';
import { runWorkflow, type RunnerEvent } from '../../../tools/demo/runner.js';
import { loadWorkflow, WorkflowError } from '../../../tools/demo/workflow.js';
import { workflowFile, workflowOptions } from '../../../lab/runner.js';

/** Matrix jobs in the local runner, against GitHub's documented semantics (strategy.matrix, include, exclude, fail-fast, max-parallel). */

describe('expandMatrix', () => {
  it('multiplies the variables, the first varying slowest (the order GitHub creates the jobs in)', () => {
    expect(
      expandMatrix({ version: [10, 12, 14], os: ['ubuntu-latest', 'windows-latest'] }),
    ).toEqual([
      { version: 10, os: 'ubuntu-latest' },
      { version: 10, os: 'windows-latest' },
      { version: 12, os: 'ubuntu-latest' },
      { version: 12, os: 'windows-latest' },
      { version: 14, os: 'ubuntu-latest' },
      { version: 14, os: 'windows-latest' },
    ]);
  });

  it("applies include as GitHub's own example says: added where nothing original is overwritten, else a new combination", () => {
    // docs.github.com, "Expanding or adding matrix configurations": fruit × animal with four includes.
    expect(
      expandMatrix({
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' },
        ],
      }),
    ).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it('removes excluded combinations (a partial match is enough) before include adds any back', () => {
    expect(
      expandMatrix({
        os: ['macos', 'windows'],
        version: [12, 14, 16],
        environment: ['staging', 'production'],
        exclude: [
          { os: 'macos', version: 12, environment: 'production' },
          { os: 'windows', version: 16 },
        ],
        include: [{ os: 'windows', version: 16, environment: 'staging' }],
      }).map((c) => `${String(c.os)}-${String(c.version)}-${String(c.environment)}`),
    ).toEqual([
      'macos-12-staging',
      'macos-14-staging',
      'macos-14-production',
      'macos-16-staging',
      'macos-16-production',
      'windows-12-staging',
      'windows-12-production',
      'windows-14-staging',
      'windows-14-production',
      'windows-16-staging',
    ]);
  });

  it('takes a matrix of include only, and objects as values', () => {
    expect(expandMatrix({ include: [{ region: 'a' }, { region: 'b', wave: 2 }] })).toEqual([
      { region: 'a' },
      { region: 'b', wave: 2 },
    ]);
    const legs = expandMatrix({ site: [{ name: 'x', port: 1 }] });
    expect(legName('deploy', legs[0] ?? {})).toBe('deploy ({"name":"x","port":1})');
    expect(legName('test', { version: 10, os: 'ubuntu-latest' })).toBe('test (10, ubuntu-latest)');
  });

  it.each([
    [{ region: [] }, /matrix\.region must be a non-empty list/],
    [{ region: 'eu' }, /matrix\.region must be a non-empty list/],
    [{ region: ['a'], exclude: [{ region: 'a' }] }, /no combination/],
    [{ include: 'x' }, /include must be a list of mappings/],
    [
      { n: Array.from({ length: 17 }, (_, i) => i), m: Array.from({ length: 16 }, (_, i) => i) },
      /272 jobs/,
    ],
  ])('refuses %j', (matrix, message) => {
    expect(() => expandMatrix(matrix)).toThrow(WorkflowError);
    expect(() => expandMatrix(matrix)).toThrow(message);
  });
});

describe('runLegs', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs at most limit legs at once, in order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await runLegs(5, {
      limit: 2,
      failFast: false,
      run: async (i) => {
        started.push(i);
        most = Math.max(most, ++running);
        await sleep(10 + 5 * (i % 2));
        running--;
        return i;
      },
      failed: () => false,
      skip: () => -1,
    });
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it('with fail-fast, a failed leg cancels those in progress and skips those queued; without it, all run', async () => {
    const play = (failFast: boolean) =>
      runLegs(4, {
        limit: 2,
        failFast,
        run: async (i, control) => {
          if (i === 0) return 'failed';
          for (let t = 0; t < 10; t++) {
            if (control.cancelled()) return 'cancelled';
            await sleep(5);
          }
          return 'ok';
        },
        failed: (r) => r === 'failed',
        skip: () => 'never started',
      });
    expect(await play(true)).toEqual(['failed', 'cancelled', 'never started', 'never started']);
    expect(await play(false)).toEqual(['failed', 'ok', 'ok', 'ok']);
  });
});

describe('runWorkflow with a matrix', () => {
  async function run(yaml: string, runners?: number) {
    const file = workflowFile(yaml);
    const events: RunnerEvent[] = [];
    const result = await runWorkflow(await loadWorkflow(file), {
      ...workflowOptions(path.dirname(file)),
      runners,
      onEvent: (e) => events.push(e),
    });
    return { result, events };
  }

  it('runs one leg per combination with matrix values in expressions, names legs as GitHub does, and needs waits for every leg', async () => {
    const { result, events } = await run(`on: push
jobs:
  deploy:
    runs-on: x
    strategy:
      max-parallel: 2
      matrix:
        region: [us, eu, ap]
        include:
          - region: eu
            weight: 50
    concurrency:
      group: deploy-\${{ matrix.region }}
    outputs:
      us: \${{ steps.out.outputs.us }}
      eu: \${{ steps.out.outputs.eu }}
    steps:
      - id: out
        run: |
          sleep 0.2
          echo "$R=done $W $I/$T" >> "$GITHUB_OUTPUT"
        env:
          R: \${{ matrix.region }}
          W: \${{ matrix.weight }}
          I: \${{ strategy.job-index }}
          T: \${{ strategy.job-total }}
  named:
    name: Check \${{ matrix.n }}
    runs-on: x
    needs: deploy
    strategy:
      matrix:
        n: [1]
    steps:
      - run: test "$U" = "done  0/3" && test "$E" = "done 50 1/3" && test "$RESULT" = success
        env:
          U: \${{ needs.deploy.outputs.us }}
          E: \${{ needs.deploy.outputs.eu }}
          RESULT: \${{ needs.deploy.result }}
`);
    expect(result.result).toBe('success');
    expect(result.jobs.map((j) => [j.id, j.name, j.result])).toEqual([
      ['deploy', 'deploy (us)', 'success'],
      ['deploy', 'deploy (eu, 50)', 'success'],
      ['deploy', 'deploy (ap)', 'success'],
      ['named', 'Check 1', 'success'],
    ]);
    expect(result.jobs[1]?.matrix).toEqual({ region: 'eu', weight: 50 });
    // max-parallel 2: the third leg starts only when one of the first two has ended.
    const at = (type: string, job: string) =>
      events.find((e) => e.type === type && e.job === job)?.at ?? NaN;
    expect(at('job-start', 'deploy (ap)')).toBeGreaterThanOrEqual(
      Math.min(at('job-end', 'deploy (us)'), at('job-end', 'deploy (eu, 50)')),
    );
    expect(at('job-start', 'deploy (eu, 50)')).toBeLessThan(at('job-end', 'deploy (us)'));
  });

  const failing = (failFast: string) => `on: push
jobs:
  regions:
    runs-on: x
    strategy:
      ${failFast}
      matrix:
        region: [a, b, c, d]
    steps:
      - run: |
          if [ "$R" = b ]; then sleep 0.3; exit 1; fi
          if [ "$R" = a ]; then sleep 1.5 >/dev/null 2>&1 & wait $!; fi
          echo "finished $R"
        env:
          R: \${{ matrix.region }}
      - if: failure()
        run: echo "cleanup $R"
        env:
          R: \${{ matrix.region }}
  after:
    needs: regions
    if: always()
    runs-on: x
    steps:
      - run: echo "regions was $X"
        env:
          X: \${{ needs.regions.result }}
`;

  it('fail-fast (the default): the failed leg cancels the one in progress (its step gets SIGINT) and the queued ones', async () => {
    const started = Date.now();
    const { result, events } = await run(failing(''), 2);
    expect(result.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual([
      'regions (a): cancelled',
      'regions (b): failure',
      'regions (c): cancelled',
      'regions (d): cancelled',
      'after: success',
    ]);
    // a's 1.5-second step was stopped, not waited for; c and d never ran a step.
    expect(Date.now() - started).toBeLessThan(1200);
    expect(result.jobs[2]?.steps).toEqual([]);
    const logs = events.filter((e) => e.type === 'log').map((e) => e.text);
    expect(logs).toContain('regions was failure');
    expect(logs).toContain('cleanup b');
    expect(logs).not.toContain('finished a');
    expect(result.result).toBe('failure');
  });

  it('fail-fast: false lets every other leg finish; needs.<job>.result is failure if any leg failed', async () => {
    const { result, events } = await run(failing('fail-fast: false'), 1);
    expect(result.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual([
      'regions (a): success',
      'regions (b): failure',
      'regions (c): success',
      'regions (d): success',
      'after: success',
    ]);
    const logs = events.filter((e) => e.type === 'log').map((e) => e.text);
    expect(logs.filter((l) => l?.startsWith('finished'))).toEqual([
      'finished a',
      'finished c',
      'finished d',
    ]);
    expect(logs).toContain('regions was failure');
  });

  it('fails a job whose matrix expression does not give a matrix, naming the file and line', async () => {
    const { result, events } = await run(`on: push
jobs:
  a:
    runs-on: x
    strategy:
      matrix: \${{ fromJSON('[1, 2]') }}
    steps:
      - run: echo
`);
    expect(result.jobs.map((j) => j.result)).toEqual(['failure']);
    expect(events.find((e) => e.type === 'error')?.text).toMatch(
      /w\.yml:6: strategy\.matrix is not a mapping/,
    );
  });
});
