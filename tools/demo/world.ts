import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { Router } from '../router/router.js';
import { GitHubStandIn } from '../stand-in/server.js';
import { makeTestSigstore, type TestSigstore } from '../sigstore/index.js';
import { loadWorkflow } from './workflow.js';
import { ConcurrencyGroups } from './concurrency.js';
import {
  runWorkflow,
  type EnvironmentScope,
  type Review,
  type RunnerEvent,
  type WorkflowRun,
} from './runner.js';

/**
 * Everything the demo's workflows run against, on loopback: the GitHub API stand-in (with dev,
 * staging and a production environment that needs a named reviewer), the embedded router in
 * front of production's stable and canary slots, and a git repository holding the sample
 * service, its deploy scripts and Glidepath's example workflows.
 */

export const OWNER = 'acme';
/** The deploy scripts' slot files: `<environment>.<slot>.json` (environments such as prod-eu-west). */
const SLOT_FILE = /^[a-z][a-z0-9-]*\.[a-z]+\.json$/;
/**
 * How long a demo client waits for an answer before counting it as a proxy failure: the router and
 * slots are on loopback, so this only has to outlast a busy machine (the test suite runs the demo
 * beside Chromium and other bundles on two cores), not a real network.
 */
const CLIENT_TIMEOUT_MS = 10_000;
export const REPO = 'price-service';
export const REVIEWER = 'mona';

export interface WorldOptions {
  /** The Glidepath checkout (actions/, dist/, examples/). */
  root: string;
  out: string;
  /** Short timings for the gates and canary steps (repository variables). */
  vars?: Record<string, string>;
  onEvent?: (event: RunnerEvent) => void;
}

export interface Sample {
  at: number;
  weight: number;
  ok: number;
  errors: number;
  /** Errors that came from the proxy path, not the service: 502/503/504 or no answer at all. */
  proxyErrors: number;
  versions: Record<string, number>;
}

/** A job held by its environment's required reviewers, as the reviewer sees it. */
export interface ReviewRequest {
  environment: string;
  job: string;
  runId: number;
  workflowFile: string;
  /** False for `environment.deployment: false`: GitHub records no deployment for the job. */
  deployment: boolean;
}

/** The reviewer's answer: approve, reject, or let the review time out (GitHub: 30 days). */
export type ReviewDecision = 'approved' | 'rejected' | 'timed-out';

export class World {
  readonly standIn: GitHubStandIn;
  router!: Router;
  apiUrl = '';
  readonly repo: string;
  readonly fleet: string;
  readonly temp: string;
  vars: Record<string, string> = {};
  readonly samples: Sample[] = [];
  readonly runs: WorkflowRun[] = [];
  readonly approvals: {
    environment: string;
    job: string;
    runId: number;
    at: number;
    decision: ReviewDecision;
    deployment: boolean;
  }[] = [];
  /** The repository's concurrency groups: every run of every workflow file shares them. */
  readonly concurrency = new ConcurrencyGroups();
  /** Environment-scoped secrets and variables (only jobs naming the environment see them). */
  environments: Record<string, EnvironmentScope> = {};
  /** How the required reviewer answers; by default mona approves after 300 ms. */
  reviewer: (request: ReviewRequest) => Promise<ReviewDecision> = async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return 'approved';
  };
  /** Checkout rate per visit of each version, as clients convert (none: clients never check out). */
  conversion?: (version: string) => number;
  /** Checkouts clients made, per version that answered the visit (`failed`: no answer or not ok). */
  readonly checkouts: Record<string, number> = {};
  /** The first proxy-path failures clients saw (502/503/504 or no answer), with when and what. */
  readonly proxyFailures: string[] = [];
  private tokenCount = 0;
  private runId = 1000;
  /** The demo's own Sigstore: attest-build-provenance steps sign with it, Glidepath trusts its root. */
  private sigstore?: TestSigstore;
  private trustedRoot = '';
  private loadTimer?: NodeJS.Timeout;
  private sampleTimer?: NodeJS.Timeout;
  private current: Sample = {
    at: 0,
    weight: 0,
    ok: 0,
    errors: 0,
    proxyErrors: 0,
    versions: {},
  };
  private readonly token = 'ghs_demoRunnerToken0000000000000000000';

  constructor(private readonly options: WorldOptions) {
    this.repo = path.join(options.out, 'repo');
    this.fleet = path.join(options.out, 'fleet');
    this.temp = path.join(options.out, 'runner');
    this.standIn = new GitHubStandIn({
      stateFile: path.join(options.out, 'github-state.json'),
      actor: 'github-actions[bot]',
    });
  }

  /** Routers in front of further environments' stable and canary slots (addRegions). */
  readonly regionRouters = new Map<string, Router>();

  /**
   * Production regions, each with stable and canary slots behind its own router, recorded in the
   * fleet and on the stand-in as environments, each with environment-scoped variables saying
   * where its router and slots are (ROUTER_ADMIN_URL, CANARY_URL, STABLE_URL).
   */
  async addRegions(regions: string[]): Promise<void> {
    const fleetFile = path.join(this.fleet, 'fleet.json');
    const fleet = JSON.parse(readFileSync(fleetFile, 'utf8')) as {
      environments: Record<string, unknown>;
    };
    const url = (port: number | undefined) => `http://127.0.0.1:${port}`;
    for (const region of regions) {
      const [stable, canary] = await freePorts(2);
      const router = new Router({ stable: url(stable), canary: url(canary), weight: 0 });
      await router.start();
      this.regionRouters.set(region, router);
      fleet.environments[region] = { slots: { stable, canary }, router: router.adminUrl };
      this.standIn.setEnvironment(OWNER, REPO, region);
      this.environments[region] = {
        ...this.environments[region],
        vars: {
          ROUTER_ADMIN_URL: router.adminUrl,
          PUBLIC_URL: router.url,
          CANARY_URL: url(canary),
          STABLE_URL: url(stable),
        },
      };
    }
    writeFileSync(fleetFile, JSON.stringify(fleet, null, 2));
  }

  async start(): Promise<void> {
    for (const dir of [this.repo, this.fleet, this.temp]) mkdirSync(dir, { recursive: true });
    this.apiUrl = await this.standIn.start();
    // As a careful team's repository today: published releases are immutable (tag and assets locked).
    this.standIn.setImmutableReleases(OWNER, REPO, true);
    // Builds are attested (actions/attest-build-provenance, emulated with a test Sigstore) and
    // production requires the attestation: the actions trust this Sigstore's root (a test setting).
    this.sigstore = await makeTestSigstore();
    this.trustedRoot = this.sigstore.writeRoot(path.join(this.options.out, 'trusted_root.json'));
    this.standIn.setEnvironment(OWNER, REPO, 'dev');
    this.standIn.setEnvironment(OWNER, REPO, 'staging');
    this.standIn.setEnvironment(OWNER, REPO, 'production', { reviewers: [REVIEWER] });
    this.standIn.setEnvironment(OWNER, REPO, 'production-rollout', { reviewers: [REVIEWER] });
    this.standIn.setEnvironment(OWNER, REPO, 'production-judgement', { reviewers: [REVIEWER] });
    const [dev, staging, stable, canary] = await freePorts(4);
    const url = (port: number | undefined) => `http://127.0.0.1:${port}`;
    this.router = new Router({ stable: url(stable), canary: url(canary), weight: 0 });
    await this.router.start();
    writeFileSync(
      path.join(this.fleet, 'fleet.json'),
      JSON.stringify(
        {
          environments: {
            dev: { slots: { live: dev } },
            staging: { slots: { live: staging } },
            production: { slots: { stable, canary }, router: this.router.adminUrl },
          },
        },
        null,
        2,
      ),
    );
    this.vars = {
      DEV_URL: url(dev),
      STAGING_URL: url(staging),
      PRODUCTION_URL: this.router.url,
      PRODUCTION_STABLE_URL: url(stable),
      PRODUCTION_CANARY_URL: url(canary),
      ROUTER_ADMIN_URL: this.router.adminUrl,
      ...(this.options.vars ?? {}),
    };
    this.createRepository();
    this.sampleTimer = setInterval(() => this.sample(), 250);
  }

  /** The service's source, deploy scripts and workflows, committed as the first release. */
  private createRepository(): void {
    const app = path.join(this.options.root, 'examples', 'demo-app');
    cpSync(app, this.repo, { recursive: true });
    const workflows = path.join(this.repo, '.github', 'workflows');
    mkdirSync(workflows, { recursive: true });
    // The examples' workflows, those of examples/regions/ among them (the regions chapter runs them).
    for (const dir of ['examples', path.join('examples', 'regions')]) {
      const from = path.join(this.options.root, dir);
      for (const file of readdirSync(from).filter((f) => f.endsWith('.yml')))
        cpSync(path.join(from, file), path.join(workflows, file));
    }
    writeFileSync(path.join(this.repo, '.gitignore'), 'dist/\nnode_modules/\n');
    this.git(['init', '-q', '-b', 'main']);
    this.commit('feat!: price service, first release');
  }

  git(args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Demo Dev',
        GIT_AUTHOR_EMAIL: 'dev@example.com',
        GIT_COMMITTER_NAME: 'Demo Dev',
        GIT_COMMITTER_EMAIL: 'dev@example.com',
      },
    }).trim();
  }

  commit(message: string, features?: string): string {
    if (features)
      writeFileSync(
        path.join(this.repo, 'src', 'features.js'),
        `export const features = ${features};\n`,
      );
    this.git(['add', '-A']);
    this.git(['commit', '-q', '-m', message]);
    return this.git(['rev-parse', 'HEAD']);
  }

  /** What actions/checkout with fetch-depth 0 would bring: the release tags build-artifact published. */
  fetchTags(): void {
    const existing = new Set(this.git(['tag', '--list']).split('\n'));
    for (const release of this.standIn.repo(OWNER, REPO).releases)
      if (!existing.has(release.tag)) this.git(['tag', release.tag, release.target]);
  }

  async run(
    workflowFile: string,
    event: { name: 'push' | 'workflow_dispatch'; inputs?: Record<string, string> },
    actor = 'demo-dev',
  ): Promise<WorkflowRun> {
    const workflow = await loadWorkflow(path.join(this.repo, '.github', 'workflows', workflowFile));
    // actions/checkout with fetch-depth 0: the tags published so far (runs may overlap).
    this.fetchTags();
    const sha = this.git(['rev-parse', 'HEAD']);
    const runId = ++this.runId;
    const payload =
      event.name === 'push'
        ? {
            ref: 'refs/heads/main',
            after: sha,
            repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' },
            head_commit: { id: sha, message: this.git(['log', '-1', '--format=%s']) },
          }
        : {
            ref: 'refs/heads/main',
            repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'main' },
          };
    const run = await runWorkflow(workflow, {
      actionsRoot: this.options.root,
      workspace: this.repo,
      temp: this.temp,
      apiUrl: this.apiUrl,
      token: this.token,
      repository: `${OWNER}/${REPO}`,
      sha,
      ref: 'refs/heads/main',
      event: { name: event.name, payload },
      inputs: event.inputs,
      vars: this.vars,
      runId,
      actor,
      env: {
        DEMO_FLEET: this.fleet,
        GLIDEPATH_TRUSTED_ROOT: this.trustedRoot,
        // Writes to the stand-in spaced 250 ms apart, not GitHub's one second (as the gates' short
        // durations, a compression of time for the demo; the product's default is GitHub's).
        GLIDEPATH_API_BACKOFF: '250ms',
      },
      signProvenance: (request) =>
        (this.sigstore as TestSigstore).bundle({
          digest: request.digest,
          repository: `${OWNER}/${REPO}`,
          commit: request.sha,
          ref: request.ref,
          workflow: request.workflow,
        }),
      concurrency: this.concurrency,
      environments: this.environments,
      // Each job's GITHUB_TOKEN carries the job's permissions (workflow's or its own), as GitHub's does.
      tokenFor: (_job, permissions) => {
        if (!permissions) return this.token;
        const token = `ghs_demoJobToken${String(++this.tokenCount).padStart(6, '0')}${runId}`;
        this.standIn.setToken(token, permissions);
        return token;
      },
      beforeEnvironment: async (environment, job, deployment): Promise<Review | void> => {
        const protection = this.standIn
          .repo(OWNER, REPO)
          .environments.find((e) => e.name === environment);
        const reviewers = protection?.reviewers.map((r) => r.login) ?? [];
        if (reviewers.length === 0) return;
        this.standIn.addPending(OWNER, REPO, runId, environment);
        this.options.onEvent?.({
          type: 'approval',
          workflow: workflow.name,
          job,
          text: `waiting for a required reviewer of ${environment} (${reviewers.join(', ')})`,
          at: Date.now(),
        });
        const decision = await this.reviewer({ environment, job, runId, workflowFile, deployment });
        this.approvals.push({ environment, job, runId, at: Date.now(), decision, deployment });
        if (decision === 'timed-out') {
          // GitHub fails the job once the review has waited 30 days.
          this.options.onEvent?.({
            type: 'approval',
            workflow: workflow.name,
            job,
            status: decision,
            text: `the review of ${environment} timed out`,
            at: Date.now(),
          });
          return { decision, text: `The review of ${environment} timed out: the job did not run` };
        }
        this.standIn.approve(
          OWNER,
          REPO,
          runId,
          environment,
          REVIEWER,
          decision === 'approved'
            ? `Approved ${workflowFile} run ${runId}: canary plan looks right`
            : `Rejected ${workflowFile} run ${runId}`,
          decision,
        );
        this.options.onEvent?.({
          type: 'approval',
          workflow: workflow.name,
          job,
          status: decision,
          text: `${REVIEWER} ${decision} ${environment}`,
          at: Date.now(),
        });
        if (decision === 'rejected')
          return {
            decision,
            text: `${REVIEWER} rejected the deployment to ${environment}: the job did not run`,
          };
      },
      onEvent: this.options.onEvent,
    });
    this.runs.push(run);
    this.fetchTags();
    return run;
  }

  /**
   * Steady client traffic on production's public address (through the router), counted per
   * sample: users (a `uid` cookie each) who visit 1 to 3 times in a row, and who, when
   * `conversion` gives the version that answered a rate, check out (POST /checkout) at that rate.
   */
  startLoad(perSecond: number): void {
    if (this.loadTimer) return;
    let user = 0;
    let left = 0;
    this.loadTimer = setInterval(() => {
      if (left-- <= 0) {
        user += 1;
        left = Math.floor(Math.random() * 3);
      }
      const headers = { cookie: `uid=u${user}` };
      void fetch(this.router.url, { headers, signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) })
        .then(async (response) => {
          const body = (await response.json().catch(() => ({}))) as { version?: string };
          if (response.ok) this.current.ok++;
          else this.current.errors++;
          if (response.status >= 502 && response.status <= 504)
            this.proxyFailure(`${response.status} ${JSON.stringify(body).slice(0, 120)}`);
          if (!body.version) return;
          this.current.versions[body.version] = (this.current.versions[body.version] ?? 0) + 1;
          const rate = this.conversion?.(body.version) ?? 0;
          if (response.ok && Math.random() < rate)
            // A checkout is not a visit: its answer stays out of the visits' ok and error counts.
            void fetch(new URL('checkout', `${this.router.url}/`), {
              method: 'POST',
              headers,
              signal: AbortSignal.timeout(5000),
            })
              .then(async (r) => {
                await r.arrayBuffer();
                const key = r.ok ? (body.version as string) : 'failed';
                this.checkouts[key] = (this.checkouts[key] ?? 0) + 1;
              })
              .catch(() => (this.checkouts.failed = (this.checkouts.failed ?? 0) + 1));
        })
        .catch((error: Error & { cause?: { code?: string } }) => {
          this.current.errors++;
          this.proxyFailure(`no answer: ${error.cause?.code ?? error.name}`);
        });
    }, 1000 / perSecond);
  }

  /** The proxy path failed a client: counted, and the first few kept with what and when. */
  private proxyFailure(what: string): void {
    this.current.proxyErrors++;
    if (this.proxyFailures.length < 20)
      this.proxyFailures.push(
        `${new Date().toISOString()} at weight ${this.router.state.weight}: ${what}`,
      );
  }

  private sample(): void {
    this.samples.push({ ...this.current, at: Date.now(), weight: this.router.state.weight });
    this.current = { at: 0, weight: 0, ok: 0, errors: 0, proxyErrors: 0, versions: {} };
  }

  /** Which version each environment's processes run (read from the deploy script's slot files). */
  live(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const file of readdirSync(this.fleet).filter((f) => SLOT_FILE.test(f))) {
      const [environment = '', slot = ''] = file.split('.');
      (out[environment] ??= {})[slot] = (
        JSON.parse(readFileSync(path.join(this.fleet, file), 'utf8')) as { version: string }
      ).version;
    }
    return out;
  }

  async stop(): Promise<void> {
    clearInterval(this.loadTimer);
    clearInterval(this.sampleTimer);
    for (const file of existsSync(this.fleet)
      ? readdirSync(this.fleet).filter((f) => SLOT_FILE.test(f))
      : []) {
      const { pid } = JSON.parse(readFileSync(path.join(this.fleet, file), 'utf8')) as {
        pid: number;
      };
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    await this.router?.stop();
    for (const router of this.regionRouters.values()) await router.stop();
    await this.standIn.stop();
  }
}

async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<import('node:net').Server>((resolve) => {
          const server = createServer();
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}
