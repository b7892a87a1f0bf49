import { afterAll, describe, expect, it } from 'vitest';
import type { CloudRunStandIn } from '../../../tools/vendors/google/cloud-run.js';
import { RUN_SERVICE, startCloud, type CloudFixture } from '../../../lab/cloud.js';
import { runAction } from '../../../lab/runner.js';

// canary-step's bundle with provider cloud-run: google-auth-library, loaded by a dynamic import,
// from the credential file google-github-actions/auth writes for workload identity federation,
// against the Cloud Run Admin API stand-in (cloud-run-endpoint). A bad canary, a cancel, a killed
// job and a wrong service name: cloud-scenarios.test.ts.

const started: CloudFixture[] = [];
afterAll(() => Promise.all(started.map((c) => c.stop())));

async function cloud(): Promise<{ fixture: CloudFixture; run: CloudRunStandIn }> {
  const fixture = await startCloud('cloud-run');
  started.push(fixture);
  return { fixture, run: fixture.standIn as CloudRunStandIn };
}

describe.concurrent('canary-step with provider cloud-run', () => {
  it('splits a service between two revisions to 100 through a conflict and a 503, naming both', async () => {
    const { fixture, run } = await cloud();
    run.faults.push({ kind: 'status', code: 503, count: 1 }, { kind: 'conflict', count: 1 });
    const result = await runAction('canary-step', {
      env: fixture.env,
      inputs: { ...fixture.inputs, steps: '30@1s,100' },
    });
    expect(result.errors).toEqual([]);
    expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
    expect(run.writes).toEqual([
      [
        ['web-00041-abc', 70],
        ['web-00042-xyz', 30],
      ],
      [
        ['web-00041-abc', 0],
        ['web-00042-xyz', 100],
      ],
    ]);
    // The revision names are in the log and the report.
    expect(run.violations).toEqual([]);
    expect(result.stdout).toContain(
      `Traffic: 30% to the new version (Cloud Run service ${RUN_SERVICE} (revisions web-00041-abc / web-00042-xyz))`,
    );
  });

  it('refuses a revision the service does not have, naming the input, with nothing changed', async () => {
    const { fixture, run } = await cloud();
    const result = await runAction('canary-step', {
      env: fixture.env,
      inputs: { ...fixture.inputs, 'canary-server': 'web-00043-bbb', steps: '30@1s,100' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `Input 'canary-server' is 'web-00043-bbb', but Cloud Run service ${RUN_SERVICE} has no such revision: give a revision name as gcloud run revisions list shows it`,
    ]);
    expect(run.split(RUN_SERVICE)).toEqual({ 'web-00041-abc': 100 });
    expect(run.writes).toEqual([]);
  });
});
