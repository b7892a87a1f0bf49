import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudRunStandIn } from '../../../tools/vendors/google/cloud-run.js';
import { runAction } from '../../../lab/runner.js';

// canary-step's bundle with provider cloud-run: google-auth-library, loaded by a dynamic import,
// from the credential file google-github-actions/auth writes for workload identity federation,
// against the Cloud Run Admin API stand-in (cloud-run-endpoint).

let run: CloudRunStandIn;
let credentials: string;

beforeAll(async () => {
  run = new CloudRunStandIn();
  run.operationDelayMs = 50;
  await run.start();
  credentials = run.credentialFile();
});
afterAll(() => run.stop());

const SERVICE = 'projects/shop-prod/locations/europe-west1/services/web';

describe.concurrent('canary-step with provider cloud-run', () => {
  it('splits a service between two revisions to 100 through a conflict and a 503, naming both', async () => {
    run.addService(SERVICE, ['web-00041-abc', 'web-00042-xyz']);
    run.faults.push({ kind: 'status', code: 503, count: 1 }, { kind: 'conflict', count: 1 });
    const result = await runAction('canary-step', {
      env: { GOOGLE_APPLICATION_CREDENTIALS: credentials },
      inputs: {
        provider: 'cloud-run',
        'cloud-run-service': SERVICE,
        'cloud-run-endpoint': run.url,
        'stable-server': 'web-00041-abc',
        'canary-server': 'web-00042-xyz',
        steps: '30@1s,100',
      },
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
    expect(result.stdout).toContain(
      `Traffic: 30% to the new version (Cloud Run service ${SERVICE} (revisions web-00041-abc / web-00042-xyz))`,
    );
  });

  it('refuses a revision the service does not have, naming the input, with nothing changed', async () => {
    const other = 'projects/shop-prod/locations/europe-west1/services/api';
    run.addService(other, ['api-00007-aaa']);
    const result = await runAction('canary-step', {
      env: { GOOGLE_APPLICATION_CREDENTIALS: credentials },
      inputs: {
        provider: 'cloud-run',
        'cloud-run-service': other,
        'cloud-run-endpoint': run.url,
        'stable-server': 'api-00007-aaa',
        'canary-server': 'api-00008-bbb',
        steps: '30@1s,100',
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `Input 'canary-server' is 'api-00008-bbb', but Cloud Run service ${other} has no such revision: give a revision name as gcloud run revisions list shows it`,
    ]);
    expect(run.split(other)).toEqual({ 'api-00007-aaa': 100 });
  });
});
