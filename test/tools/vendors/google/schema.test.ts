import { describe, expect, it } from 'vitest';
import { violations } from '../../../../tools/vendors/google/schema.js';
import { CloudRunStandIn } from '../../../../tools/vendors/google/cloud-run.js';

// The Cloud Run stand-in's check against Google's descriptors (@google-cloud/run's protos.json,
// proto3 JSON mapping): it finds what is wrong, and the stand-in's own service passes it.

const SERVICE = 'google.cloud.run.v2.Service';

describe('Cloud Run messages checked against @google-cloud/run descriptors', () => {
  it('names unknown fields and wrong types, down to traffic targets and Any', () => {
    expect(
      violations(SERVICE, {
        generation: 3,
        traffic: [
          { type: 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION', revision: 'r', percent: '30' },
        ],
        trafficSplit: [],
        createTime: 'yesterday',
        labels: { team: 7 },
      }),
    ).toEqual([
      `${SERVICE}.traffic[0].percent: an integer, got "30"`,
      `${SERVICE}: google.cloud.run.v2.Service has no field 'trafficSplit'`,
      `${SERVICE}.createTime: an RFC 3339 time, got "yesterday"`,
      `${SERVICE}.labels[team]: a string, got 7`,
    ]);
    expect(
      violations('google.longrunning.Operation', {
        name: 'projects/p/locations/l/operations/o',
        done: true,
        response: { '@type': `type.googleapis.com/${SERVICE}`, trafic: [] },
        metadata: { '@type': 'type.googleapis.com/nope.Nothing' },
      }),
    ).toEqual([
      `google.longrunning.Operation.response: ${SERVICE} has no field 'trafic'`,
      'google.longrunning.Operation.metadata: an Any with a known @type, got {"@type":"type.googleapis.com/nope.Nothing"}',
    ]);
    expect(violations(SERVICE, { traffic: [{ type: 'LATEST' }] })[0]).toMatch(
      /traffic\[0\]\.type: one of TRAFFIC_TARGET_ALLOCATION_TYPE_UNSPECIFIED/,
    );
  });

  it("passes the stand-in's service as it serves it", async () => {
    const run = new CloudRunStandIn();
    await run.start();
    const name = 'projects/shop-prod/locations/europe-west1/services/web';
    run.addService(name, ['web-00041-abc', 'web-00042-xyz']);
    expect(violations(SERVICE, run.services.get(name))).toEqual([]);
    await run.stop();
  });
});
