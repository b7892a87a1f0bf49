import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';

// Release windows and freezes at promote-environment's door: a refusal makes no request at all,
// a break-glass reason gets through and is recorded with its actor.

let api: GitHubStandIn;
beforeAll(async () => {
  api = await startStandIn();
});
afterAll(async () => api.stop());
afterEach(() => {
  expect(api.violations.splice(0)).toEqual([]);
});

const CONFIG = `environments:
  - name: dev
    time-zone: Europe/Berlin
    windows:
      - days: mon-thu
        hours: '09:00-16:00'
    freezes:
      - from: 2026-12-21
        to: 2027-01-04 09:00
        reason: year-end freeze
  - production
`;

function workspace(config = CONFIG): string {
  const ws = tempDir('glidepath-ws-');
  writeTree(ws, { '.github/glidepath.yml': config, 'app/index.js': 'v1\n' });
  return ws;
}

describe.concurrent('promote-environment, release windows and freezes', () => {
  it('refuses inside a freeze with the rule and the next opening, and makes no request', async () => {
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/frozen',
      workspace: workspace(),
      env: { GLIDEPATH_NOW: '2026-12-22T10:00:00Z' },
      inputs: { environment: 'dev', version: '1.0.0' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      expect.stringMatching(
        /^Refusing to start on dev at Tue 2026-12-22 11:00 Europe\/Berlin .*the freeze 'year-end freeze'.*the next window opens Mon 2027-01-04 09:00 Europe\/Berlin \(2027-01-04T08:00Z\)/,
      ),
    ]);
    expect(api.apiCalls('octo/frozen')).toEqual([]);
  });

  it('refuses a bare override and a bad time zone naming the input or key, with no request', async () => {
    const bare = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/bare',
      workspace: workspace(),
      env: { GLIDEPATH_NOW: '2026-12-22T10:00:00Z' },
      inputs: { environment: 'dev', version: '1.0.0', 'override-window': 'true' },
    });
    expect(bare.exitCode).toBe(1);
    expect(bare.errors).toEqual([
      expect.stringMatching(/^Input 'override-window' is 'true', not a reason/),
    ]);
    const zone = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/bare',
      workspace: workspace(CONFIG.replace('Europe/Berlin', 'Europe/Berlim')),
      inputs: { environment: 'dev', version: '1.0.0' },
    });
    expect(zone.exitCode).toBe(1);
    expect(zone.errors).toEqual([
      expect.stringMatching(
        /^Input 'config' has environments\[0\]\.time-zone 'Europe\/Berlim', not a time zone.*IANA/,
      ),
    ]);
    expect(api.apiCalls('octo/bare')).toEqual([]);
  });

  it('break glass: override-window deploys past the freeze and records reason, actor and rule', async () => {
    const ws = workspace();
    const built = await runAction('build-artifact', {
      apiUrl: api.url,
      repository: 'octo/glass',
      workspace: ws,
      env: { GLIDEPATH_API_BACKOFF: '20ms' },
      inputs: { path: 'app', version: '1.0.0', storage: 'release', name: 'web' },
    });
    expect(built.errors).toEqual([]);
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/glass',
      workspace: ws,
      actor: 'oncall-ana',
      env: { GLIDEPATH_NOW: '2026-12-22T10:00:00Z', GLIDEPATH_API_BACKOFF: '20ms' },
      inputs: {
        environment: 'dev',
        'artifact-path': built.outputs['archive-path'] as string,
        'override-window': 'hotfix for incident 4711',
      },
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings.join('\n')).toMatch(
      /override-window: oncall-ana deploys past the freeze 'year-end freeze'/,
    );
    const [deployment] = api.deployments('octo', 'glass', 'dev');
    expect(deployment?.payload).toMatchObject({
      version: '1.0.0',
      window_override: {
        by: 'oncall-ana',
        reason: 'hotfix for incident 4711',
        rule: expect.stringContaining("the freeze 'year-end freeze'"),
      },
    });
    expect(result.summary).toMatch(/Window override \| oncall-ana: “hotfix for incident 4711”/);
  });
});
