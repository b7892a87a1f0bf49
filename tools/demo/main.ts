import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { experimentChapter } from './experiment.js';
import { regionsChapters } from './regions.js';
import { writeReport } from './report.js';
import type { RunnerEvent, WorkflowRun } from './runner.js';
import { DEMO_VARS } from './vars.js';
import { OWNER, REPO, World } from './world.js';

/**
 * `npm run demo`: the example workflows, run for real on loopback. v1 goes dev → staging →
 * production; v2 is canaried to 100%; v3 (a bug that shows only in production) is caught by the
 * canary and rolled back automatically; then production is rolled back by hand from v2 to v1
 * through a workflow_dispatch event; then an A/B test in production (tools/demo/experiment.ts)
 * picks a better-converting version and promotes it; last, the service runs in three regions,
 * promoted in waves (tools/demo/regions.ts). Prints a timeline and writes an HTML report.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Chapter {
  title: string;
  run: WorkflowRun;
  startedAt: number;
  endedAt: number;
  /** One sentence the report shows under the chapter's title (an experiment's verdict). */
  highlight?: string;
  /** Which version each environment's slots run once the chapter's run has ended. */
  live: Record<string, Record<string, string>>;
}

function parseArgs(argv: string[]): { out: string; quiet: boolean } {
  let out = '';
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? '';
    else if (argv[i] === '--quiet') quiet = true;
    else
      throw new Error(`unknown argument ${argv[i]} (usage: npm run demo -- [--out DIR] [--quiet])`);
  }
  return {
    out: out ? path.resolve(out) : mkdtempSync(path.join(os.tmpdir(), 'glidepath-demo-')),
    quiet,
  };
}

/** The lines of the actions' logs worth a place in the timeline. */
const PROGRESS =
  /^(deploy:|Version:|Artifact .* verified|Deployment \d+:|Traffic:|Traffic restored|Result:|Rolled back|[AB] wins:|No winner)/;

const ICON: Record<string, string> = { success: '✔', failure: '✖', skipped: '↷', approved: '✔' };

async function main(): Promise<void> {
  const { out, quiet } = parseArgs(process.argv.slice(2));
  mkdirSync(out, { recursive: true });
  const started = Date.now();
  const events: RunnerEvent[] = [];
  const clock = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
  const print = (line: string) => process.stdout.write(`${clock()}  ${line}\n`);
  const onEvent = (event: RunnerEvent) => {
    events.push(event);
    switch (event.type) {
      case 'job-start':
        print(`  ▶ job ${event.text}`);
        break;
      case 'job-skipped':
        print(`  ↷ job ${event.job} skipped`);
        break;
      case 'job-end':
        print(
          `  ${ICON[event.status ?? ''] ?? '•'} job ${event.job} ${event.status}${event.text ? ` → ${event.text}` : ''}`,
        );
        break;
      case 'approval':
        print(`    ${event.status === 'approved' ? '✔' : '⏸'} ${event.text}`);
        break;
      case 'step-end':
        if (event.status !== 'skipped')
          print(`    ${ICON[event.status ?? ''] ?? '•'} ${event.step} (${event.text})`);
        break;
      case 'error':
        print(`      ::error:: ${event.text}`);
        break;
      case 'log':
        if (!quiet && PROGRESS.test(event.text ?? '')) print(`      ${event.text}`);
        break;
      default:
        break;
    }
  };

  const world = new World({ root: ROOT, out, vars: DEMO_VARS, onEvent });
  // Ctrl-C: stop the sample services, router and stand-in rather than leave them running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      print(`${signal}: stopping the demo's services`);
      void world.stop().finally(() => {
        process.exitCode = 130;
        process.kill(process.pid, signal);
      });
    });
  }
  const chapters: Chapter[] = [];
  const chapter = async (
    title: string,
    work: () => Promise<WorkflowRun>,
    highlight?: (run: WorkflowRun) => string | undefined,
  ) => {
    print(`■ ${title}`);
    const at = Date.now();
    const run = await work();
    chapters.push({
      title,
      run,
      startedAt: at,
      endedAt: Date.now(),
      highlight: highlight?.(run),
      live: world.live(),
    });
    print(
      `  ${run.result === 'success' ? '✔' : '✖'} ${run.workflow} (run ${run.runId}) ${run.result}`,
    );
    return run;
  };

  print(
    `Glidepath demo: GitHub API stand-in, embedded router and a sample service, all on loopback`,
  );
  try {
    await world.start();
    print(
      `  repository ${OWNER}/${REPO} at ${world.repo}; production behind the router at ${world.router.url}`,
    );
    await chapter(
      'v1: first release through dev → staging → production (canary, approved by a reviewer)',
      () => world.run('pipeline.yml', { name: 'push' }),
    );
    world.startLoad(40);
    world.commit('feat: friendlier greeting', "{ greeting: 'hello, world', newPriceCache: false }");
    await chapter('v2: a good release, canaried to 100% under live traffic', () =>
      world.run('pipeline.yml', { name: 'push' }),
    );
    world.commit(
      'feat: cache prices per tenant',
      "{ greeting: 'hello, world', newPriceCache: true }",
    );
    await chapter(
      'v3: a bad release (errors only in production): caught by the canary, rolled back automatically',
      () => world.run('pipeline.yml', { name: 'push' }),
    );
    await chapter('Manual rollback of production (v2 → v1) from the workflow_dispatch form', () =>
      world.run(
        'rollback.yml',
        {
          name: 'workflow_dispatch',
          inputs: {
            environment: 'production',
            to: 'previous',
            reason: 'on-call: v2 greeting confuses customers',
          },
        },
        'on-call-engineer',
      ),
    );
    await experimentChapter(world, chapter);
    await regionsChapters(world, chapter);
    await new Promise((resolve) => setTimeout(resolve, 600));
  } finally {
    try {
      finish();
    } finally {
      await world.stop();
    }
  }

  function finish(): void {
    const result = {
      seconds: (Date.now() - started) / 1000,
      chapters: chapters.map((c) => ({
        title: c.title,
        workflow: c.run.workflow,
        result: c.run.result,
        runId: c.run.runId,
        highlight: c.highlight,
        live: c.live,
        jobs: c.run.jobs.map((j) => ({
          id: j.id,
          name: j.name,
          result: j.result,
          outputs: j.outputs,
          environment: j.environment,
          environmentUrl: j.environmentUrl,
        })),
      })),
      live: world.live(),
      router: { ...world.router?.state },
      regionWeights: Object.fromEntries(
        [...world.regionRouters].map(([region, router]) => [region, router.state.weight]),
      ),
      approvals: world.approvals,
      checkouts: world.checkouts,
      traffic: world.samples.reduce(
        (t, s) => ({
          ok: t.ok + s.ok,
          errors: t.errors + s.errors,
          proxyErrors: t.proxyErrors + s.proxyErrors,
        }),
        { ok: 0, errors: 0, proxyErrors: 0 },
      ),
    };
    const written = {
      ...result,
      traffic: { ...result.traffic, proxyFailures: world.proxyFailures },
    };
    writeFileSync(path.join(out, 'result.json'), JSON.stringify(written, null, 2));
    const report = writeReport(out, {
      chapters,
      events,
      samples: world.samples,
      startedAt: started,
      live: result.live,
      deployments: world.standIn.deployments(OWNER, REPO),
    });
    print(
      `Live now: ${Object.entries(result.live)
        .map(
          ([env, slots]) =>
            `${env} ${Object.entries(slots)
              .map(([slot, v]) => (Object.keys(slots).length > 1 ? `${slot}=${v}` : v))
              .join(' ')}`,
        )
        .join(' · ')}`,
    );
    print(
      `Client traffic on production: ${result.traffic.ok} ok, ${result.traffic.errors} errors (${result.traffic.proxyErrors} from the proxy path: 502/503/504 or no answer)`,
    );
    print(`Report: ${report}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
