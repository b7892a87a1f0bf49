// canary-step with a metric provider's check: a refused Datadog key stops the rollout before it
// starts (the checks' queries are asked once before any write), with one error naming the input.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { Router } from '../../../tools/router/router.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startDatadog } from '../../../tools/vendors/datadog/server.js';
import type { VendorStandIn } from '../../../tools/vendors/http.js';
import { startStandIn } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';
import { startService, type SampleService } from '../../../lab/services.js';

let api: GitHubStandIn;
let datadog: VendorStandIn;
const services: SampleService[] = [];
let router: Router;

beforeAll(async () => {
  api = await startStandIn();
  datadog = await startDatadog({
    apiKey: 'dd0right0api0key00000000000000000',
    appKey: 'dd0right0app0key0000000000000000000000000',
    model: { rps: 100, canaryShare: 0.1, baselineErrorRate: 0.01, canaryErrorRate: 0.01, seed: 1 },
    metrics: { 'trace.http.request.errors': 'errors', 'trace.http.request.hits': 'requests' },
  });
  const stable = await startService({ body: '{"version":"v1"}' });
  const canary = await startService({ body: '{"version":"v2"}' });
  services.push(stable, canary);
  router = new Router({
    stable: `http://127.0.0.1:${stable.port}`,
    canary: `http://127.0.0.1:${canary.port}`,
  });
  await router.start();
});
afterAll(async () => {
  await Promise.all([
    ...services.map((s) => s.close()),
    router.stop(),
    api.stop(),
    datadog.close(),
  ]);
});

it('a wrong Datadog key: one error naming the input, exit 1, before any record or traffic change', async () => {
  api.seedDeployments('octo', 'dd', 'production', 1);
  const statuses = () =>
    api.deployments('octo', 'dd', 'production').reduce((n, d) => n + d.statuses.length, 0);
  const before = statuses();
  const q = (m: string) => `sum:trace.http.request.${m}{service:api,version:canary}.as_count()`;
  const result = await runAction('canary-step', {
    apiUrl: api.url,
    repository: 'octo/dd',
    env: {
      GLIDEPATH_DATADOG_URL: datadog.url,
      DD_APP_KEY: 'dd0right0app0key0000000000000000000000000',
    },
    inputs: {
      'router-url': router.adminUrl,
      environment: 'production',
      steps: '20@30s,100',
      'datadog-api-key': 'dd0wrong0api0key00000000000000000',
      checks: stringify([
        {
          name: 'api',
          kind: 'datadog',
          'error-query': q('errors'),
          'total-query': q('hits'),
          bucket: '1s',
          settle: '1s',
          'query-interval': '500ms',
        },
      ]),
    },
  });
  expect(result.exitCode).toBe(1);
  expect(result.errors).toEqual([
    expect.stringMatching(
      /^api: Datadog answered 403 \(Forbidden\): the API or application key was refused; check datadog-api-key and DD_APP_KEY/,
    ),
  ]);
  expect(router.state.weight).toBe(0);
  expect(statuses()).toBe(before);
  expect(result.stdout).not.toContain('Traffic: 20%');
  expect(datadog.log.length).toBeGreaterThan(0);
  expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('dd0wrong0api0key');
  expect(api.violations).toEqual([]);
});
