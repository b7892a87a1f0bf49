import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../lab/runner.js';
import { tempDir } from '../../../lab/fixtures.js';
import { realServer } from '../../../lab/real.js';

/**
 * `npm run demo`, run as a newcomer would, then judged from the records it leaves: the stand-in's
 * deployments and statuses (its state file), the deploy scripts' slot files (which version each
 * environment runs), the router's final state, and the HTML report opened in headless Chromium.
 */

interface DemoResult {
  seconds: number;
  chapters: {
    title: string;
    workflow: string;
    result: string;
    highlight?: string;
    jobs: { id: string; name: string; result: string; outputs: Record<string, string> }[];
    /** What each environment's slots ran once the chapter's run had ended. */
    live: Record<string, Record<string, string>>;
  }[];
  live: Record<string, Record<string, string>>;
  router: { weight: number };
  /** Each region's router: the share of traffic on its canary slot at the end. */
  regionWeights: Record<string, number>;
  approvals: { environment: string }[];
  traffic: { ok: number; errors: number; proxyErrors: number; proxyFailures: string[] };
  checkouts: Record<string, number>;
}

interface StoredState {
  repos: Record<
    string,
    {
      deployments: {
        id: number;
        environment: string;
        payload: {
          version?: string;
          commit?: string;
          rollback_of?: number;
          approvers?: { user: string }[];
          attestation?: { signer_workflow: string; commit: string; predicate_type: string };
        };
      }[];
      attestations?: { digests: string[] }[];
      statuses: { id: number; deploymentId: number; state: string; description: string }[];
      releases: { id: number; tag: string; draft: boolean; immutable?: boolean }[];
      assets: { releaseId: number; name: string }[];
    }
  >;
}

const out = tempDir('demo-');
let stdout = '';
let exitCode: number | null = null;
let result: DemoResult;
let state: StoredState['repos'][string];
let demo: ReturnType<typeof spawn> | undefined;

// If the demo outlives its time, stop its whole process group (npm, tsx, the demo): it stops its services.
afterAll(() => {
  if (demo?.pid && demo.exitCode === null) process.kill(-demo.pid, 'SIGTERM');
});

beforeAll(async () => {
  const child = spawn('npm', ['run', 'demo', '--', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    detached: true,
  });
  demo = child;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  result = JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8')) as DemoResult;
  const stored = JSON.parse(
    readFileSync(path.join(out, 'github-state.json'), 'utf8'),
  ) as StoredState;
  state = Object.values(stored.repos)[0] as StoredState['repos'][string];
}, 360_000);

const versionOf = (chapter: number) =>
  result.chapters[chapter]?.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
const latest = (id: number) =>
  state.statuses.filter((s) => s.deploymentId === id).sort((a, b) => b.id - a.id)[0]?.state;
const statesOf = (id: number) =>
  state.statuses
    .filter((s) => s.deploymentId === id)
    .sort((a, b) => a.id - b.id)
    .map((s) => s.state);
const deploymentsOf = (environment: string) =>
  state.deployments.filter((d) => d.environment === environment).sort((a, b) => a.id - b.id);

describe('npm run demo', () => {
  it('plays the whole story and says where the report is', () => {
    expect(exitCode, stdout).toBe(0);
    expect(result.chapters.map((c) => c.result)).toEqual([
      'success',
      'success',
      'failure',
      'success',
      'success', // the A/B test
      // The regions: the production version everywhere, v4's waves (failed in prod-eu-west),
      // the wave rollback.
      'success',
      'failure',
      'success',
    ]);
    expect(stdout).toMatch(/Report: .*report\.html/);
    expect(stdout).toMatch(/canary-step aborted at 10@/);
  });

  it('ships v1 to every environment, v2 to production at 100%, and stops v3 at production', () => {
    const [v1, v2, v3] = [versionOf(0), versionOf(1), versionOf(2)];
    const v4 =
      result.chapters.find((c) => c.workflow === 'waves')?.jobs.find((j) => j.id === 'build')
        ?.outputs.version ?? '';
    expect([v1, v2, v3, versionOf(4), v4].map((v) => v.split('+')[0])).toEqual([
      '1.0.0',
      '1.1.0',
      '1.2.0',
      '1.3.0',
      '1.4.0',
    ]);
    expect(deploymentsOf('dev').map((d) => d.payload.version)).toEqual([v1, v2, v3]);
    expect(deploymentsOf('staging').map((d) => d.payload.version)).toEqual([v1, v2, v3]);
    const production = deploymentsOf('production');
    // v1, v2, v3 (failed canary), v2 again (automatic rollback), v1 (manual rollback), then the
    // A/B test's B (its own test below), which replaced v1.
    expect(production.map((d) => d.payload.version)).toEqual([v1, v2, v3, v2, v1, versionOf(4)]);
    expect(latest(production[2]?.id ?? 0)).toBe('failure');
    expect(production[3]?.payload.rollback_of).toBe(production[2]?.id);
    expect(statesOf(production[4]?.id ?? 0)).toContain('success');
    // The repository has immutable releases on: each build is one published, locked release
    // holding both its assets (draft, upload, check, publish), and never a draft left behind.
    expect(state.releases.map((r) => r.tag)).toEqual(
      [v1, v2, v3, versionOf(4), v4].map((v) => `v${v}`),
    );
    for (const release of state.releases) {
      expect(release).toMatchObject({ draft: false, immutable: true });
      expect(state.assets.filter((a) => a.releaseId === release.id)).toHaveLength(2);
    }
    // Every build is attested (emulated attest-build-provenance, the demo's test Sigstore), and
    // production requires it: the promotions and the automatic rollback record what was verified;
    // the manual rollback (rollback.yml) does not require it.
    expect(state.attestations).toHaveLength(4);
    // (the A/B test's B, built and promoted by experiment.yml, too).
    for (const [i, d] of production.entries())
      if (i !== 4)
        expect(d.payload.attestation).toMatchObject({
          signer_workflow: `https://github.com/acme/price-service/.github/workflows/${i === 5 ? 'experiment' : 'pipeline'}.yml@refs/heads/main`,
          commit: d.payload.commit,
          predicate_type: 'https://slsa.dev/provenance/v1',
        });
    expect(production[4]?.payload.attestation).toBeUndefined();
    // Nothing left half-done: no deployment stays queued, pending or in progress.
    for (const d of state.deployments)
      expect(['success', 'failure', 'inactive', 'error']).toContain(latest(d.id));
  });

  it('records the named reviewer for every production run and leaves production on B with all traffic on stable', () => {
    expect(result.approvals.map((a) => a.environment)).toEqual(Array(5).fill('production'));
    const promoted = deploymentsOf('production')[0];
    expect(promoted?.payload.approvers?.map((a) => a.user)).toContain('mona');
    expect(result.live.production?.stable).toBe(versionOf(4));
    expect(result.live.dev?.live).toBe(versionOf(2));
    expect(result.live.staging?.live).toBe(versionOf(2));
    expect(result.router.weight).toBe(0);
    // v3's canary took 10% for a few seconds at a 30% error rate: a handful of client errors, not hundreds.
    expect(result.traffic.ok).toBeGreaterThan(1000);
    expect(result.traffic.errors).toBeLessThan(0.01 * result.traffic.ok);
    // Slots restart in every chapter (deploys, the automatic and the manual rollback): the
    // router retries an idempotent request whose pooled connection the restart closed, so no
    // client ever sees a 502; the only errors are the bad v3's own 500s while it had traffic.
    expect(result.traffic.proxyErrors, result.traffic.proxyFailures.join('\n')).toBe(0);
  });

  it('A/B chapter: under the clients that convert better on B, the experiment names B and promotes it, recorded as a deployment', () => {
    const chapter = result.chapters[4];
    const [v1, b] = [versionOf(0), versionOf(4)];
    expect(b.split('+')[0]).toBe('1.3.0');
    const production = chapter?.jobs.find((j) => j.id === 'production');
    expect(production?.outputs).toMatchObject({ winner: 'b', decision: 'promoted', version: b });
    expect(Number(production?.outputs.lift)).toBeGreaterThan(0);
    // The verdict sentence, shown under the chapter's title in the report.
    expect(chapter?.highlight).toMatch(
      /^B wins: B converts [\d.]+% better, 95% interval [\d.]+% to [\d.]+%; decided after [\d,]+ users per variant\.$/,
    );
    expect(readFileSync(path.join(out, 'report.html'), 'utf8')).toContain(
      `<p class="highlight">${chapter?.highlight ?? '?'}</p>`,
    );
    expect(stdout).toContain(chapter?.highlight);
    // Clients checked out on both versions (A is v1, back in production since the manual rollback).
    expect(result.checkouts[v1]).toBeGreaterThan(0);
    expect(result.checkouts[b]).toBeGreaterThan(0);
    // B's deployment: split 50/50, then promoted (B at 100% by the router, then made the stable
    // slot's version), and v1's rollback deployment it replaced is inactive.
    const [replaced, record] = deploymentsOf('production').slice(-2);
    expect(record?.payload.version).toBe(b);
    expect(
      state.statuses
        .filter((s) => s.deploymentId === record?.id)
        .sort((x, y) => x.id - y.id)
        .slice(-2)
        .map((s) => [s.state, s.description]),
    ).toEqual([
      ['in_progress', 'experiment: 50% of users on B'],
      ['success', 'experiment: B won and was promoted to 100%'],
    ]);
    expect(replaced?.payload.version).toBe(v1);
    expect(latest(replaced?.id ?? 0)).toBe('inactive');
    expect(stdout).toMatch(/Traffic: 100% of users to B/);
    expect(result.live.production).toEqual({ stable: b, canary: b });
    expect(result.router.weight).toBe(0);
  });

  it('runs the service in three regions in waves: the canary region keeps v4, prod-eu-west rolls itself back, prod-ap-south is never touched, the wave rollback returns prod-us-east', () => {
    // Found by workflow, not position: other chapters may come before or after them.
    const [seed, waves, waveRollback] = ['promote-version', 'waves', 'wave-rollback'].map((w) =>
      result.chapters.find((c) => c.workflow === w),
    );
    // The regions start from what production runs (the A/B test's winner when it comes first).
    const before = seed ? result.chapters[result.chapters.indexOf(seed) - 1] : undefined;
    const v1 = before?.live.production?.stable ?? '?';
    const v4 = waves?.jobs.find((j) => j.id === 'build')?.outputs.version ?? '';
    const stable = (live: DemoResult['live'] | undefined) =>
      ['prod-us-east', 'prod-eu-west', 'prod-ap-south'].map((r) => live?.[r]?.stable);
    // After each run, the version each region's stable slot runs.
    expect(stable(seed?.live)).toEqual([v1, v1, v1]);
    expect(stable(waves?.live)).toEqual([v4, v1, v1]);
    expect(stable(waveRollback?.live)).toEqual([v1, v1, v1]);
    // prod-ap-south's slots were never touched: both still run v1, as after the first run.
    expect(waves?.live['prod-ap-south']).toEqual(seed?.live['prod-ap-south']);
    expect(Object.values(waves?.live['prod-ap-south'] ?? {})).toEqual([v1, v1]);
    // The matrix legs, named as GitHub names them.
    expect(waves?.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual([
      'build: success',
      'canary-region: success',
      'rest (prod-eu-west): failure',
      'rest (prod-ap-south): failure',
    ]);
    expect(waveRollback?.jobs.map((j) => `${j.name}: ${j.result}`)).toEqual([
      'rollback (prod-us-east): success',
      'rollback (prod-eu-west): success',
      'rollback (prod-ap-south): success',
    ]);
    // GitHub's records: prod-ap-south holds v1 alone (order refused v4, nothing written);
    // prod-eu-west's v4 failed and was rolled back by its own job; prod-us-east's v4 succeeded and
    // the wave rollback took it back (prod-eu-west's newest was no longer v4: left alone).
    expect(deploymentsOf('prod-ap-south').map((d) => d.payload.version)).toEqual([v1]);
    const eu = deploymentsOf('prod-eu-west');
    expect(eu.map((d) => d.payload.version)).toEqual([v1, v4, v1]);
    expect(latest(eu[1]?.id ?? 0)).toBe('failure');
    expect(eu[2]?.payload.rollback_of).toBe(eu[1]?.id);
    const us = deploymentsOf('prod-us-east');
    expect(us.map((d) => d.payload.version)).toEqual([v1, v4, v1]);
    expect(us[2]?.payload.rollback_of).toBe(us[1]?.id);
    expect(latest(us[2]?.id ?? 0)).toBe('success');
    // No region's traffic stays on a canary slot: all of it on stable.
    expect(result.regionWeights).toEqual({
      'prod-us-east': 0,
      'prod-eu-west': 0,
      'prod-ap-south': 0,
    });
    expect(stdout).toMatch(
      /Refusing to promote: .* is not live in prod-eu-west, the environment before prod-ap-south/,
    );
  });

  it("draws the report's charts in headless Chromium", async (ctx) => {
    const chromium = realServer('chromium');
    if (!chromium.available) return ctx.skip(chromium.reason);
    const { chromium: playwright } = await import('playwright-core');
    const browser = await playwright.launch({
      executablePath: chromium.path,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`file://${path.join(out, 'report.html')}`);
      for (const series of ['weight', 'errorRate']) {
        const svg = page.locator(`svg[data-series="${series}"]`);
        expect(Number(await svg.getAttribute('data-drawn'))).toBeGreaterThan(50);
        const box = await svg.locator('path.series').boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(300);
        expect(box?.height ?? 0).toBeGreaterThan(20);
      }
      // The weight line reaches 100% (v2 promoted) and the error line rises above zero (v3's canary).
      const data = JSON.parse((await page.locator('#data').textContent()) ?? '{}') as {
        series: { weight: number; errorRate: number | null }[];
      };
      const maxima = {
        weight: Math.max(...data.series.map((s) => s.weight)),
        errors: Math.max(...data.series.map((s) => s.errorRate ?? 0)),
      };
      expect(maxima.weight).toBe(100);
      expect(maxima.errors).toBeGreaterThan(0);
      expect(await page.locator('section.chapter').count()).toBe(result.chapters.length);
      expect(
        await page.locator('section.chapter').nth(4).locator('p.highlight').textContent(),
      ).toBe(result.chapters[4]?.highlight);
      expect(await page.locator('details.summary').count()).toBeGreaterThan(10);
      await page.screenshot({ path: path.join(out, 'report.png'), fullPage: false });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
