import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WrittenNotConfirmed } from '../../../src/core/traffic/errors.js';
import {
  CloudRunProvider,
  type CloudRunSettings,
  trafficFor,
} from '../../../src/core/traffic/cloud-run.js';
import { CloudRunStandIn } from '../../../tools/vendors/google/cloud-run.js';

// The provider through google-auth-library, from the credential file google-github-actions/auth
// writes for workload identity federation (its token exchange answered by the stand-in), against
// the Cloud Run Admin API v2 stand-in.

let run: CloudRunStandIn;
let n = 0;

beforeAll(async () => {
  run = new CloudRunStandIn();
  run.operationDelayMs = 30;
  await run.start();
  process.env.GOOGLE_APPLICATION_CREDENTIALS = run.credentialFile();
});
afterAll(() => run.stop());
afterEach(() => {
  run.faults.splice(0);
  expect(run.violations.splice(0)).toEqual([]);
});

function setup(over: Partial<CloudRunSettings> = {}) {
  const service = `projects/shop-prod/locations/europe-west1/services/web${++n}`;
  run.addService(service, ['web-00041-abc', 'web-00042-xyz']);
  const provider = new CloudRunProvider(
    {
      provider: 'cloud-run',
      service,
      stableRevision: 'web-00041-abc',
      canaryRevision: 'web-00042-xyz',
      endpoint: run.url,
      operationTimeoutMs: 2000,
      ...over,
    },
    undefined,
    20,
  );
  return { service, provider };
}

describe('cloud-run provider', () => {
  it('splits traffic between the two revisions, one update per step, waiting for its operation', async () => {
    const s = setup();
    await s.provider.check();
    for (const w of [10, 50, 100, 0]) {
      await s.provider.setWeight(w);
      expect(run.split(s.service)).toEqual({ 'web-00041-abc': 100 - w, 'web-00042-xyz': w });
      expect(run.services.get(s.service)?.reconciling).toBe(false);
    }
    await s.provider.setWeight(0);
    expect(run.log.filter((l) => l.method === 'PATCH' && l.path.endsWith(s.service))).toHaveLength(
      4,
    );
    expect(run.exchanged[0]).toMatch(/^eyJ/);
  });

  it('re-reads after a 409 on a stale etag, and rides out 429 and 503', async () => {
    const s = setup();
    run.faults.push(
      { kind: 'status', code: 429, count: 1 },
      { kind: 'status', code: 503, count: 1 },
    );
    await s.provider.setWeight(20);
    run.faults.push({ kind: 'conflict', count: 2 });
    await s.provider.setWeight(40);
    expect(run.split(s.service)).toEqual({ 'web-00041-abc': 60, 'web-00042-xyz': 40 });
    expect(run.log.filter((l) => l.status === 409)).toHaveLength(2);
  });

  it('fails as written-not-confirmed when the update operation fails', async () => {
    const s = setup();
    run.faults.push({ kind: 'fail-operation', count: 1 });
    const failed = s.provider.setWeight(30);
    await expect(failed).rejects.toBeInstanceOf(WrittenNotConfirmed);
    await expect(failed).rejects.toThrow(
      `Cloud Run service ${s.service}: the traffic update failed (9: Revision is not ready and cannot serve traffic.)`,
    );
  });

  it('names the wrong input, changing nothing', async () => {
    const s = setup({ canaryRevision: 'web-00043-new' });
    await expect(s.provider.check()).rejects.toThrow(
      `Input 'canary-server' is 'web-00043-new', but Cloud Run service ${s.service} has no such revision`,
    );
    expect(run.split(s.service)).toEqual({ 'web-00041-abc': 100 });
  });

  it('names cloud-run-service when the service does not exist', async () => {
    const s = setup({ service: 'projects/shop-prod/locations/europe-west1/services/nope' });
    await expect(s.provider.check()).rejects.toThrow(
      "Input 'cloud-run-service' is 'projects/shop-prod/locations/europe-west1/services/nope', but Cloud Run has no such service",
    );
  });

  it('says so when the API cannot be reached, naming the service', async () => {
    const s = setup();
    run.faults.push({ kind: 'down' });
    await expect(s.provider.setWeight(0)).rejects.toThrow(
      `Could not read Cloud Run service ${s.service}: `,
    );
  });

  it('keeps tagged revisions at 0 % so their URLs stay', () => {
    expect(
      trafficFor(
        [
          { revision: 'a', percent: 100 },
          { revision: 'old', tag: 'v1', percent: 0 },
        ],
        25,
        'a',
        'b',
      ),
    ).toEqual([
      { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'a', percent: 75 },
      { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'b', percent: 25 },
      { revision: 'old', tag: 'v1', percent: 0 },
    ]);
  });
});
