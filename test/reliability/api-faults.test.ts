import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../tools/router/router.js';
import type { Fault, GitHubStandIn } from '../../tools/stand-in/server.js';
import { deployed, Lab, payloadOf, publish, records } from '../../lab/artifacts.js';
import { tempDir, writeTree } from '../../lab/fixtures.js';
import { runAction, type RunResult } from '../../lab/runner.js';

/**
 * Every action against every fault GitHub's API can throw at it, through the stand-in's fault
 * injection: each API call failing once (the retry must succeed), and one call failing through
 * its whole retry budget (the step must fail with a clear message). Whatever happens, no
 * deployment stays in_progress, one run makes at most one deployment, and traffic is never left
 * on a canary that did not pass. The run prints the action × fault matrix and writes it as JSON.
 */

/** Short timeouts and waits (production: 30s and 1s) so hangs and retry budgets take seconds. */
const PACING = { GLIDEPATH_API_TIMEOUT: '1500ms', GLIDEPATH_API_BACKOFF: '20ms' };

const FAULTS = {
  '500': { status: 500 },
  '502': { status: 502 },
  '503': { status: 503 },
  '403 secondary': { status: 403, rateLimit: 'secondary', retryAfter: 1 },
  '429': { status: 429, retryAfter: 1 },
  reset: { reset: true },
  hang: { hang: true },
  'lost answer': { status: 502, afterHandling: true },
} satisfies Record<string, Fault>;
type FaultName = keyof typeof FAULTS;

/** One API call an action makes, as the stand-in sees it. */
interface Call {
  label: string;
  method: string;
  path: RegExp;
  body?: RegExp;
  /** Its body is binary (not in the request log): an archive upload. */
  binary?: boolean;
  write?: boolean;
  /** A read whose exhaustion ends the run exactly as an earlier read's does: left out of the 503 sweep. */
  sameAsEarlierRead?: boolean;
  /** false: a status write whose lost answers end the run as the ones tried (promote's success, canary's in_progress) do. */
  lostAnswer?: false;
}

interface Prepared {
  repository: string;
  router?: Router;
  run(): Promise<RunResult>;
}

interface ActionCase {
  action: string;
  /** Every API call a clean run makes, in order (checked against a clean run's request log). */
  calls: Call[];
  /** The call whose exhaustion is tried with every kind of fault. */
  key: string;
  prepare(): Promise<Prepared>;
  /** Holds after every run, passed or failed. */
  always(p: Prepared, result: RunResult): void;
  /** Holds after a run that passed. */
  done(p: Prepared, result: RunResult): void;
}

interface Row {
  action: string;
  mode: 'every call once' | 'exhausted';
  call: string;
  fault: FaultName;
  outcome: 'recovered' | 'failed cleanly';
  faulted: number;
  seconds: number;
  error: string;
}

let lab: Lab;
let api: GitHubStandIn;
let builds: Lab['builds'];
const rows: Row[] = [];

beforeAll(async () => {
  lab = await Lab.start();
  ({ api, builds } = lab);
});

afterAll(async () => {
  await lab.stop();
  expect(api.violations, "every request and response matched GitHub's description").toEqual([]);
  printMatrix(rows);
});

const nextRepository = (prefix: string) => lab.repository(prefix);
const router = (weight: number) => lab.router(weight);

const STATUS = (state: string): RegExp => new RegExp(`"state":"${state}"`);
const HISTORY: Call = { label: 'history (GraphQL)', method: 'POST', path: /^\/graphql$/ };
const ASSET: Call = { label: 'release asset', method: 'GET', path: /\/releases\/assets\/\d+$/ };
const DOWNLOAD: Call = { label: 'asset download', method: 'GET', path: /^\/download\// };
/** An upload whose body starts with gzip's magic bytes (1f 8b): the archive. */
const GZIP = new RegExp(`^${String.fromCharCode(0x1f)}`);
const CREATE: Call = {
  label: 'create deployment',
  method: 'POST',
  path: /\/deployments$/,
  write: true,
};
const statusCall = (state: string): Call => ({
  label: `status ${state}`,
  method: 'POST',
  path: /\/statuses$/,
  body: STATUS(state),
  write: true,
  lostAnswer: false,
});

/** No deployment is left in_progress (or without any status), and this run made at most one. */
function recordsAreClosed(repository: string, environment: string, before: number): void {
  const list = records(api, repository, environment);
  for (const d of list)
    expect(
      d.latest,
      `deployment ${d.id} (${d.version}) is closed: ${d.states.join(' → ')}`,
    ).not.toMatch(/^(in_progress|queued|pending)$/);
  expect(
    list.filter((d) => d.latest === null),
    'no deployment without a status',
  ).toEqual([]);
  expect(list.length - before, 'one run makes at most one deployment').toBeLessThanOrEqual(1);
}

const promoteCase: ActionCase = {
  action: 'promote-environment',
  calls: [
    HISTORY,
    { ...ASSET, sameAsEarlierRead: true },
    { ...DOWNLOAD, sameAsEarlierRead: true },
    CREATE,
    statusCall('in_progress'),
    { ...statusCall('success'), lostAnswer: undefined },
  ],
  key: CREATE.label,
  async prepare() {
    const repository = nextRepository('fp');
    deployed(api, repository, 'dev', builds.v1, publish(api, repository, builds.v1));
    return {
      repository,
      run: () =>
        runAction('promote-environment', {
          apiUrl: api.url,
          repository,
          runId: 50,
          env: PACING,
          inputs: {
            pipeline: 'dev,staging,production',
            environment: 'staging',
            'deploy-command': 'test -s "$GLIDEPATH_ARTIFACT_PATH"',
          },
        }),
    };
  },
  always: (p) => recordsAreClosed(p.repository, 'staging', 0),
  done(p, result) {
    const [d] = records(api, p.repository, 'staging');
    expect(d).toMatchObject({ version: '1.0.0', latest: 'success' });
    expect(d?.states).toContain('in_progress');
    expect(result.outputs['deployment-id']).toBe(String(d?.id));
  },
};

const rollbackCase: ActionCase = {
  action: 'rollback',
  calls: [
    HISTORY,
    { ...ASSET, sameAsEarlierRead: true },
    DOWNLOAD,
    CREATE,
    statusCall('in_progress'),
    statusCall('success'),
    { ...statusCall('failure'), label: 'status failure (the bad one)' },
  ],
  key: CREATE.label,
  async prepare() {
    const repository = nextRepository('fr');
    const [owner, name] = repository.split('/') as [string, string];
    const l1 = publish(api, repository, builds.v1);
    const l2 = publish(api, repository, builds.v2);
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: payloadOf(builds.v1, l1),
      states: ['in_progress', 'success', 'inactive'],
    });
    deployed(api, repository, 'production', builds.v2, l2, 2);
    const r = await router(30);
    return {
      repository,
      router: r,
      run: () =>
        runAction('rollback', {
          apiUrl: api.url,
          repository,
          runId: 70,
          env: PACING,
          inputs: {
            environment: 'production',
            reason: 'fault drill',
            provider: 'embedded',
            'router-url': r.adminUrl,
          },
        }),
    };
  },
  always(p) {
    expect(p.router?.state.weight, 'traffic is back on stable whatever GitHub did').toBe(0);
    recordsAreClosed(p.repository, 'production', 2);
  },
  done(p, result) {
    const [rb, bad] = records(api, p.repository, 'production');
    expect(rb).toMatchObject({ version: '1.0.0', latest: 'success', runId: 70 });
    expect(bad).toMatchObject({ version: '2.0.0', latest: 'failure' });
    expect(result.outputs['rolled-back-to']).toBe('1.0.0');
  },
};

const canaryCase: ActionCase = {
  action: 'canary-step',
  calls: [HISTORY, { ...statusCall('in_progress'), lostAnswer: undefined }, statusCall('success')],
  key: 'status in_progress',
  async prepare() {
    const repository = nextRepository('fc');
    deployed(api, repository, 'production', builds.v2, publish(api, repository, builds.v2), 2);
    const r = await router(0);
    return {
      repository,
      router: r,
      run: () =>
        runAction('canary-step', {
          apiUrl: api.url,
          repository,
          env: PACING,
          inputs: { environment: 'production', 'router-url': r.adminUrl, steps: '50@300ms,100' },
        }),
    };
  },
  always(p, result) {
    const [d] = records(api, p.repository, 'production');
    if (result.exitCode === 0) {
      expect(p.router?.state.weight).toBe(100);
    } else {
      expect(p.router?.state.weight, 'a canary that did not pass takes no traffic').toBe(0);
      // Once it started (recorded a step), the deployment says it failed; before that it is untouched.
      if ((d?.states.length ?? 0) > 2)
        expect(d?.latest, `the deployment says the canary failed: ${d?.states.join(' → ')}`).toBe(
          'failure',
        );
    }
    recordsAreClosed(p.repository, 'production', 1);
  },
  done(p, result) {
    expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(records(api, p.repository, 'production')[0]?.latest).toBe('success');
  },
};

const buildCase: ActionCase = {
  action: 'build-artifact',
  calls: [
    { label: 'release by tag', method: 'GET', path: /\/releases\/tags\// },
    // Drafts are found only by listing: a re-run looks for its own before creating one.
    { label: 'list releases', method: 'GET', path: /\/releases$/ },
    { label: 'create draft', method: 'POST', path: /\/releases$/, write: true },
    {
      label: 'list assets',
      method: 'GET',
      path: /\/releases\/\d+\/assets$/,
      sameAsEarlierRead: true,
    },
    {
      label: 'upload archive',
      method: 'POST',
      path: /\/releases\/\d+\/assets$/,
      body: GZIP,
      binary: true,
      write: true,
    },
    {
      label: 'upload manifest',
      method: 'POST',
      path: /\/releases\/\d+\/assets$/,
      body: /glidepath\.manifest/,
      write: true,
    },
    { label: 'publish', method: 'PATCH', path: /\/releases\/\d+$/, write: true },
  ],
  key: 'create draft',
  async prepare() {
    const repository = nextRepository('fb');
    const ws = tempDir('glidepath-ws-');
    writeTree(ws, { 'app/index.js': 'console.log("faults")\n' });
    return {
      repository,
      run: () =>
        runAction('build-artifact', {
          apiUrl: api.url,
          repository,
          workspace: ws,
          env: { ...PACING, SOURCE_DATE_EPOCH: '1' },
          inputs: { path: 'app', version: '1.0.0', storage: 'release', name: 'web' },
        }),
    };
  },
  always(p) {
    const [owner, name] = p.repository.split('/') as [string, string];
    const state = api.repo(owner, name);
    expect(state.releases.length, 'never two releases for one version').toBeLessThanOrEqual(1);
    // Published only whole: a release users can see always holds both assets.
    for (const rel of state.releases.filter((r) => !r.draft))
      expect(
        state.assets.filter((a) => a.releaseId === rel.id),
        'published with its assets',
      ).toHaveLength(2);
    expect(new Set(state.assets.map((a) => a.name)).size, 'never an asset twice').toBe(
      state.assets.length,
    );
  },
  done(p, result) {
    const [owner, name] = p.repository.split('/') as [string, string];
    expect(
      api
        .repo(owner, name)
        .assets.map((a) => a.name)
        .sort(),
    ).toEqual(['web-1.0.0.manifest.json', 'web-1.0.0.tar.gz']);
    expect(api.repo(owner, name).releases[0]?.draft).toBe(false);
    expect(result.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  },
};

const CASES = [promoteCase, rollbackCase, canaryCase, buildCase];

/** One ::error:: line that says what GitHub's API would not do (never a wrong diagnosis such as a missing permission). */
const CLEAR =
  /^(GitHub's API could not .+, even after retrying: (no answer \(.+\)|it answered \d{3} \(.+\))|GitHub's API rate limit stopped every attempt to .+)$/;

/**
 * Runs one action under faults. With a call: that call fails every time (its whole retry
 * budget). Without: every distinct request meets each fault of the list once, in turn (three
 * faults in a row still leave the last of a call's four attempts to succeed).
 */
async function drill(
  c: ActionCase,
  mode: Row['mode'],
  faultNames: FaultName[],
  call?: Call,
): Promise<void> {
  const p = await c.prepare();
  for (const faultName of faultNames) {
    // Asset downloads (another host on github.com) ride on the API request that redirects to them: faulted on their own only.
    api.fault(
      call
        ? {
            ...FAULTS[faultName],
            repository: p.repository,
            method: call.method,
            path: call.path,
            body: call.body,
            times: 1000,
          }
        : {
            ...FAULTS[faultName],
            repository: p.repository,
            path: /^(?!\/download\/)/,
            firstAttempt: true,
          },
    );
  }
  const started = Date.now();
  let result: RunResult;
  try {
    result = await p.run();
  } finally {
    api.clearFaultsOf(p.repository);
  }
  const faulted = api.requests.filter((r) => r.repository === p.repository && r.fault).length;
  for (const fault of faultNames)
    rows.push({
      action: c.action,
      mode,
      call: call?.label ?? 'every call',
      fault,
      outcome: result.exitCode === 0 ? 'recovered' : 'failed cleanly',
      faulted,
      seconds: (Date.now() - started) / 1000,
      error: result.errors.join(' | '),
    });
  expect(faulted, 'the fault was met').toBeGreaterThan(0);
  c.always(p, result);
  if (mode === 'every call once') {
    expect(result.errors, "failures within a call's retry budget are retried away").toEqual([]);
    expect(result.exitCode).toBe(0);
  } else if (!faultNames.includes('lost answer')) {
    expect(result.exitCode, 'a fault that outlasts the retries fails the step').toBe(1);
  }
  if (result.exitCode === 0) {
    c.done(p, result);
  } else {
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(CLEAR);
  }
}

describe.concurrent('clean runs make exactly the calls the matrix faults', () => {
  it.each(CASES.map((c) => [c.action, c] as const))('%s', async (_name, c) => {
    const p = await c.prepare();
    const before = api.requests.length;
    const result = await p.run();
    expect(result.errors).toEqual([]);
    c.always(p, result);
    c.done(p, result);
    const made = api.requests.slice(before).filter((r) => r.repository === p.repository);
    const matched = new Set<string>();
    for (const r of made) {
      const call = c.calls.find(
        (k) =>
          k.method === r.method &&
          k.path.test(r.path) &&
          (!k.body ||
            (k.binary ? r.body === undefined : r.body !== undefined && k.body.test(r.body))),
      );
      expect(
        call,
        `${r.method} ${r.path} ${r.body?.slice(0, 60) ?? ''} is among the calls of ${c.action}`,
      ).toBeDefined();
      matched.add(call?.label as string);
    }
    expect(
      c.calls.map((k) => k.label).filter((label) => !matched.has(label)),
      'every declared call is made',
    ).toEqual([]);
  });
});

/**
 * Faults every call meets in turn, two to a run: a call has four attempts, so one is left for a
 * request that is merely slow on a busy machine. Each pair mixes the retry plugin's faults with
 * the throttling plugin's or with a lost answer.
 */
const ONCE: FaultName[][] = [
  ['500', '429'],
  ['502', '403 secondary'],
  ['503', 'reset'],
  ['hang', 'lost answer'],
];
/** The matrix's columns. */
const COLUMNS: FaultName[] = [
  '500',
  '502',
  '503',
  '403 secondary',
  '429',
  'reset',
  'hang',
  'lost answer',
];

describe.concurrent('every API call meets each fault once', () => {
  const cases = CASES.flatMap((c) =>
    ONCE.map((faults) => [c.action, faults.join(', then '), faults, c] as const),
  );
  it.each(cases)('%s: %s', async (_action, _label, faults, c) =>
    drill(c, 'every call once', faults),
  );
});

describe.concurrent('one call fails through its whole retry budget', () => {
  const cases = CASES.flatMap((c) =>
    [
      ...c.calls.filter((call) => !call.sameAsEarlierRead).map((call) => ['503', call] as const),
      ...(['403 secondary', '429', 'reset', 'hang'] as const).map(
        (f) => [f, c.calls.find((k) => k.label === c.key) as Call] as const,
      ),
      ...c.calls
        .filter((call) => call.write && call.lostAnswer !== false)
        .map((call) => ['lost answer', call] as const),
    ].map(([fault, call]) => [c.action, fault, call.label, c, call] as const),
  );
  it.each(cases)('%s: %s at %s', async (_action, fault, _label, c, call) =>
    drill(c, 'exhausted', [fault], call),
  );
});

/** Prints action × fault → outcome and writes every row as JSON (GLIDEPATH_FAULT_MATRIX names the file). */
function printMatrix(all: Row[]): void {
  if (all.length === 0) return;
  const faults = COLUMNS;
  const mark = (list: Row[]) =>
    list.length === 0
      ? '—'
      : list.every((r) => r.outcome === 'recovered')
        ? '✓ recovered'
        : list.every((r) => r.outcome === 'failed cleanly')
          ? '✗ failed cleanly'
          : `${list.filter((r) => r.outcome === 'recovered').length} recovered, ${list.filter((r) => r.outcome !== 'recovered').length} failed cleanly`;
  const lines = [
    `| action | mode | ${faults.join(' | ')} |`,
    `|---|---|${faults.map(() => '---').join('|')}|`,
  ];
  for (const c of CASES) {
    for (const mode of ['every call once', 'exhausted'] as const) {
      const mine = all.filter((r) => r.action === c.action && r.mode === mode);
      if (mine.length)
        lines.push(
          `| ${c.action} | ${mode === 'exhausted' ? 'one call exhausted' : mode} | ${faults.map((f) => mark(mine.filter((r) => r.fault === f))).join(' | ')} |`,
        );
    }
  }
  const file =
    process.env.GLIDEPATH_FAULT_MATRIX ??
    path.join(tempDir('glidepath-fault-matrix-'), 'fault-matrix.json');
  writeFileSync(
    file,
    `${JSON.stringify(
      all.sort((a, b) =>
        `${a.action}${a.mode}${a.call}${a.fault}`.localeCompare(
          `${b.action}${b.mode}${b.call}${b.fault}`,
        ),
      ),
      null,
      2,
    )}\n`,
  );
  console.log(
    `\nFault matrix: action × fault → outcome (${new Set(all.map((r) => `${r.action} ${r.mode} ${r.call} ${r.seconds}`)).size} runs; invariants held in every one)\n${lines.join('\n')}\n\nEvery row: ${file}\n`,
  );
}
