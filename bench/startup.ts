// Start-up cost of each action when its input is bad (the path a typo takes): `node dist/<name>/
// index.js` with one bad input, beside a bare `node -e 0`, measured interleaved in one run (round
// robin, so machine noise falls on every column alike). Each action must read its inputs, print
// one ::error:: and exit 1 without loading the code it would need for the work (Octokit and its
// HTTP client, the archive writer, the gate). Target: median ≤ 1.5× the bare Node start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './run.js';
import { median, round, table } from './lib.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_RATIO = 1.5;

/** One bad input per action: what a user's typo looks like, and the error it must give. */
const CASES: { action: string; inputs: Record<string, string>; error: RegExp }[] = [
  { action: 'build-artifact', inputs: { path: '/etc/passwd' }, error: /Input 'path'/ },
  {
    action: 'promote-environment',
    inputs: { environment: 'production', pipeline: 'dev,production', 'wait-timeout': '30' },
    error: /Input 'wait-timeout'/,
  },
  {
    action: 'canary-step',
    inputs: { 'router-url': 'http://127.0.0.1:1', weight: '500' },
    error: /Input 'weight'/,
  },
  { action: 'health-gate', inputs: { url: 'prom:9090' }, error: /Input 'url'/ },
  {
    action: 'rollback',
    inputs: { environment: 'production', to: 'yesterday' },
    error: /Input 'to'/,
  },
];

function timed(
  args: string[],
  env: NodeJS.ProcessEnv,
): { ms: number; stdout: string; status: number | null } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, stdout: result.stdout, status: result.status };
}

export async function main(opts: BenchOptions): Promise<Record<string, unknown>> {
  const rounds = opts.quick ? 15 : 60;
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'glidepath-startup-'));
  const files = ['output', 'state', 'env', 'summary'].map((name) => path.join(workspace, name));
  for (const file of files) writeFileSync(file, '');
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: workspace,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_OUTPUT: files[0],
    GITHUB_STATE: files[1],
    GITHUB_ENV: files[2],
    GITHUB_STEP_SUMMARY: files[3],
  };
  const envFor = (inputs: Record<string, string>) => ({
    ...base,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  });

  // Each case must fail the way a user would see it, or its time measures something else.
  for (const c of CASES) {
    const run = timed([path.join(root, 'dist', c.action, 'index.js')], envFor(c.inputs));
    if (run.status !== 1 || !c.error.test(run.stdout)) {
      throw new Error(
        `${c.action} did not fail on its bad input as expected: ${run.stdout.trim()}`,
      );
    }
  }

  const bare: number[] = [];
  const times = new Map<string, number[]>(CASES.map((c) => [c.action, []]));
  for (let i = 0; i < 3; i++) timed(['-e', '0'], base); // warm the file cache
  for (let r = 0; r < rounds; r++) {
    bare.push(timed(['-e', '0'], base).ms);
    for (const c of CASES) {
      times
        .get(c.action)
        ?.push(timed([path.join(root, 'dist', c.action, 'index.js')], envFor(c.inputs)).ms);
    }
  }
  const bareMs = median(bare);
  const figures = CASES.map((c) => {
    const ms = median(times.get(c.action) ?? []);
    return { action: c.action, ms: round(ms, 1), ratio: round(ms / bareMs, 2) };
  });
  console.log(
    `Start-up on bad input: median of ${rounds} interleaved runs each (node ${process.version}, ${os.cpus().length} cores)\n`,
  );
  console.log(
    table(
      ['what', 'median ms', '× bare node', `target ≤ ${TARGET_RATIO}×`],
      [
        ['node -e 0', round(bareMs, 1), 1, ''],
        ...figures.map((f) => [
          f.action,
          f.ms,
          f.ratio,
          f.ratio <= TARGET_RATIO ? 'met' : 'missed',
        ]),
      ],
    ),
  );
  const worst = Math.max(...figures.map((f) => f.ratio));
  return {
    bench: 'startup',
    rounds,
    bareNodeMs: round(bareMs, 1),
    actions: Object.fromEntries(figures.map((f) => [f.action, { ms: f.ms, ratio: f.ratio }])),
    worstRatio: worst,
    targets: { ratio: TARGET_RATIO },
    met: { ratio: worst <= TARGET_RATIO },
  };
}
