import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../tools/router/router.js';
import type { GitHubStandIn } from '../../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from '../../lab/fixtures.js';
import { runAction } from '../../lab/runner.js';
import { startService, type SampleService } from '../../lab/services.js';

/**
 * Bad and hostile values, at least 20 per action on top of the bundle tests' own: each must end
 * in ONE `::error::` line that names the input and says what would be valid, exit code 1, not a
 * single request to GitHub (so certainly no POST/PUT/PATCH/DELETE), no probe, and no change to
 * traffic — also from the post step, which runs after a failed main.
 */

type Case = [label: string, input: string, inputs: Record<string, string>];

const HUGE = 'x'.repeat(70_000);

const build: Case[] = [
  ['version without minor and patch', 'version', { version: 'v1' }],
  ['version with four parts', 'version', { version: '1.2.3.4' }],
  ['version with a leading zero', 'version', { version: '01.2.3' }],
  ['version latest', 'version', { version: 'latest' }],
  ['version with an empty prerelease', 'version', { version: '1.0.0-' }],
  ['version carrying a command', 'version', { version: '1.0.0;touch pwned' }],
  ['path of blanks', 'path', { path: '  \n , ' }],
  ['path that only excludes', 'path', { path: '!app' }],
  ['path climbing out through ..', 'path', { path: 'app/../../etc' }],
  ['glob that matches nothing', 'path', { path: 'no-such-dir/**/*.js' }],
  ['path with backslash ..', 'path', { path: 'app\\..\\..\\secrets' }],
  ['name starting with a dash', 'name', { name: '-web' }],
  ['name of 101 characters', 'name', { name: 'a'.repeat(101) }],
  ['name with a slash', 'name', { name: 'web/../../x' }],
  ['storage in capitals', 'storage', { storage: 'Release' }],
  ['compression level 0', 'compression-level', { 'compression-level': '0' }],
  ['compression level as a word', 'compression-level', { 'compression-level': 'fast' }],
  ['image with a short digest', 'image', { image: 'ghcr.io/octo/app@sha256:abc' }],
  ['working directory elsewhere', 'working-directory', { 'working-directory': '/etc' }],
  ['oversized path', 'path', { path: HUGE }],
];

const promote: Case[] = [
  ['override-window without a reason', 'override-window', { 'override-window': 'yes' }],
  ['a window with an unknown time zone', 'config', { config: 'bad-zone.yml' }],
  ['unknown environment', 'environment', { environment: 'qa' }],
  ['pipeline naming one twice', 'pipeline', { environment: 'dev', pipeline: 'dev,,DEV' }],
  ['pipeline with a semicolon', 'pipeline', { environment: 'dev', pipeline: 'dev;staging' }],
  [
    'pipeline carrying a command',
    'pipeline',
    { environment: 'dev', pipeline: 'dev,$(touch pwned)' },
  ],
  ['version 1', 'version', { environment: 'dev', version: '1' }],
  ['version range', 'version', { environment: 'dev', version: '^1.0.0' }],
  ['deploy-timeout 5 min', 'deploy-timeout', { environment: 'dev', 'deploy-timeout': '5 min' }],
  ['deploy-timeout 0s', 'deploy-timeout', { environment: 'dev', 'deploy-timeout': '0s' }],
  ['deploy-timeout 7h', 'deploy-timeout', { environment: 'dev', 'deploy-timeout': '7h' }],
  ['wait-timeout negative', 'wait-timeout', { environment: 'dev', 'wait-timeout': '-1s' }],
  [
    'environment-url ftp',
    'environment-url',
    { environment: 'dev', 'environment-url': 'ftp://dev.example.com' },
  ],
  [
    'environment-url javascript:',
    'environment-url',
    { environment: 'dev', 'environment-url': 'javascript:alert(1)' },
  ],
  ['allow-skip yes', 'allow-skip', { environment: 'dev', 'allow-skip': 'yes' }],
  ['require-reviewers 1', 'require-reviewers', { environment: 'dev', 'require-reviewers': '1' }],
  ['malformed YAML config', 'config', { environment: 'dev', pipeline: '', config: 'broken.yml' }],
  [
    'config with an unknown key',
    'config',
    { environment: 'dev', pipeline: '', config: 'unknown-key.yml' },
  ],
  [
    'manifest-digest too short',
    'manifest-digest',
    { environment: 'dev', 'manifest-digest': 'sha256:abc' },
  ],
  [
    'manifest-digest without artifact-path',
    'manifest-digest',
    { environment: 'dev', 'manifest-digest': `sha256:${'0'.repeat(64)}` },
  ],
  [
    'artifact-path not an archive',
    'artifact-path',
    { environment: 'dev', 'artifact-path': 'broken.yml' },
  ],
  ['oversized deploy-command', 'deploy-command', { environment: 'dev', 'deploy-command': HUGE }],
];

const canary: Case[] = [
  ['override-window true', 'override-window', { 'override-window': 'true' }],
  [
    'on-inconclusive pause with rolling',
    'on-inconclusive',
    { strategy: 'rolling', 'on-inconclusive': 'pause' },
  ],
  ['steps repeating a weight', 'steps', { steps: '10@1m,10@2m,100' }],
  ['step weight 101', 'steps', { steps: '101@1m,100' }],
  ['steps missing a comma', 'steps', { steps: '5@1m 25@2m,100' }],
  ['bake time without unit', 'steps', { steps: '5@30,100' }],
  ['bake time under 100ms', 'steps', { steps: '5@50ms,100' }],
  ['step without bake time', 'steps', { steps: '5,25@1m,100' }],
  [
    '51 steps',
    'steps',
    { steps: [...Array.from({ length: 50 }, (_, i) => `${i + 1}@1s`), '100'].join(',') },
  ],
  ['weight as a word', 'steps', { steps: 'five@1m,100' }],
  ['weight negative', 'weight', { weight: '-1' }],
  ['weight in exponent form', 'weight', { weight: '1e3' }],
  ['unknown strategy', 'strategy', { strategy: 'linear' }],
  ['provider in capitals', 'provider', { provider: 'HAProxy' }],
  ['router-url without scheme', 'router-url', { 'router-url': 'localhost:8080' }],
  ['duration 1 m', 'duration', { duration: '1 m' }],
  ['probe rate too high', 'rate', { url: 'http://127.0.0.1:1/healthz', rate: '5000' }],
  ['alpha zero', 'alpha', { url: 'http://127.0.0.1:1/healthz', alpha: '0' }],
  ['environment with a slash', 'environment', { environment: 'prod/../x' }],
  ['deployment-id as a word', 'deployment-id', { 'deployment-id': 'latest' }],
  [
    'HAProxy backend carrying a command',
    'haproxy-backend',
    {
      provider: 'haproxy',
      'haproxy-socket': '/run/haproxy.sock',
      'haproxy-backend': 'app; shutdown sessions server app/stable',
      'stable-server': 'stable',
      'canary-server': 'canary',
    },
  ],
  [
    'nginx server carrying a directive',
    'stable-server',
    {
      provider: 'nginx',
      'nginx-conf': '/tmp/upstream.conf',
      'stable-server': '127.0.0.1:80; include /etc/passwd',
      'canary-server': '127.0.0.1:81',
    },
  ],
];

const rollback: Case[] = [
  ['if-digest not a digest', 'if-digest', { 'if-digest': 'sha256:xyz' }],
  ['environment with a star', 'environment', { environment: 'prod*' }],
  ['environment of 300 characters', 'environment', { environment: 'e'.repeat(300) }],
  ['to 2', 'to', { to: '2' }],
  ['to previous-1', 'to', { to: 'previous-1' }],
  ['to a range', 'to', { to: '>=1.0.0' }],
  ['reason over 1000 characters', 'reason', { reason: 'r'.repeat(1001) }],
  ['deploy-timeout under 1s', 'deploy-timeout', { 'deploy-timeout': '500ms' }],
  ['deploy-timeout without unit', 'deploy-timeout', { 'deploy-timeout': '10' }],
  ['force y', 'force', { force: 'y' }],
  ['allow-unproven no', 'allow-unproven', { 'allow-unproven': 'no' }],
  ['dry-run 0', 'dry-run', { 'dry-run': '0' }],
  ['unknown provider', 'provider', { provider: 'traefik' }],
  ['router-url ftp', 'router-url', { provider: 'embedded', 'router-url': 'ftp://router' }],
  [
    'haproxy without backend',
    'haproxy-backend',
    { provider: 'haproxy', 'haproxy-socket': '/run/haproxy.sock' },
  ],
  ['nginx without conf', 'nginx-conf', { provider: 'nginx' }],
  ['command provider without command', 'command', { provider: 'command' }],
  ['flagd without file', 'flagd-file', { provider: 'flagd' }],
  [
    'HAProxy server name with a space',
    'stable-server',
    {
      provider: 'haproxy',
      'haproxy-socket': '/run/haproxy.sock',
      'haproxy-backend': 'app',
      'stable-server': 'a b',
      'canary-server': 'c',
    },
  ],
  [
    'nginx server with a brace',
    'canary-server',
    {
      provider: 'nginx',
      'nginx-conf': '/tmp/upstream.conf',
      'stable-server': '127.0.0.1:80',
      'canary-server': '127.0.0.1:81 } server {',
    },
  ],
  ['empty token', 'token', { token: '' }],
  ['oversized environment', 'environment', { environment: HUGE }],
];

const gate: Case[] = [
  ['url with no host', 'url', { url: 'http://' }],
  ['url on the file system', 'url', { url: 'file:///etc/passwd' }],
  ['baseline-url without scheme', 'baseline-url', { 'baseline-url': 'example.com/healthz' }],
  ['duration 0s', 'duration', { duration: '0s' }],
  ['duration 7h', 'duration', { duration: '7h' }],
  ['rate negative', 'rate', { rate: '-1' }],
  ['concurrency 0', 'concurrency', { concurrency: '0' }],
  ['min-samples negative', 'min-samples', { 'min-samples': '-3' }],
  ['alpha too small', 'alpha', { alpha: '1e-12' }],
  ['max-error-rate 1', 'max-error-rate', { 'max-error-rate': '1' }],
  ['max-latency 0ms', 'max-latency', { 'max-latency': '0ms' }],
  ['expect-status range backwards', 'expect-status', { 'expect-status': '300-200' }],
  ['method TRACE', 'method', { method: 'TRACE' }],
  ['timeout 5 min', 'timeout', { timeout: '5 min' }],
  ['header name with a space', 'headers', { headers: 'Bad Header: x' }],
  ['checks not a list', 'checks', { url: '', checks: '{}' }],
  [
    'checks with a bad rate',
    'checks',
    { url: '', checks: '- url: http://127.0.0.1:1/healthz\n  rate: lots' },
  ],
  ['on-inconclusive maybe', 'on-inconclusive', { 'on-inconclusive': 'maybe' }],
  [
    'prometheus-url without scheme',
    'prometheus-url',
    { url: '', 'prometheus-url': 'prom:9090', 'error-query': 'a', 'total-query': 'b' },
  ],
  ['oversized expect-body', 'expect-body', { 'expect-body': HUGE }],
];

let api: GitHubStandIn;
let service: SampleService;
let workspace: string;
const routers: Router[] = [];
let counter = 0;

beforeAll(async () => {
  api = await startStandIn();
  service = await startService({});
  workspace = tempDir('glidepath-ws-');
  writeTree(workspace, {
    'app/index.js': 'console.log("hi")\n',
    'broken.yml': 'environments: [dev, {name: staging\n',
    'unknown-key.yml': 'environments:\n  - name: dev\n    colour: blue\n',
    'bad-zone.yml':
      'environments:\n  - name: dev\n    time-zone: Mars/Base\n    windows: [{days: mon, hours: 09:00-10:00}]\n',
  });
});
afterAll(async () => {
  await Promise.all([...routers.map((r) => r.stop()), service.close(), api.stop()]);
  expect(service.requests, 'no probe reached the service').toBe(0);
  expect(api.requests, 'no request reached GitHub').toEqual([]);
});

const ACTIONS: [string, Case[], Record<string, string>][] = [
  ['build-artifact', build, { path: 'app', version: '1.0.0', storage: 'release' }],
  ['promote-environment', promote, { pipeline: 'dev,staging,production', environment: 'dev' }],
  ['canary-step', canary, { environment: 'production' }],
  ['rollback', rollback, { environment: 'production' }],
  ['health-gate', gate, {}],
];

describe('the tables', () => {
  it.each(ACTIONS.map(([action, cases]) => [action, cases.length] as const))(
    '%s has at least 20 hostile values (%d)',
    (_action, count) => {
      expect(count).toBeGreaterThanOrEqual(20);
    },
  );
});

describe.concurrent.each(ACTIONS)('%s refuses hostile input', (action, cases, base) => {
  it.each(cases)('%s', async (_label, input, inputs) => {
    counter += 1;
    const repository = `octo/hostile${counter}`;
    const r = new Router({ stable: 'http://127.0.0.1:9', canary: 'http://127.0.0.1:9', weight: 7 });
    await r.start();
    routers.push(r);
    const probe = service.url;
    const given = Object.fromEntries(
      Object.entries({ ...base, ...inputs }).map(([k, v]) => [
        k,
        v.replace('http://127.0.0.1:1/healthz', probe),
      ]),
    );
    if (action === 'canary-step' || action === 'rollback') given['router-url'] ??= r.adminUrl;
    if (action === 'health-gate' && given.url === undefined && given.checks === undefined)
      given.url = probe;
    if (given.url === '') delete given.url;
    const result = await runAction(action, {
      apiUrl: api.url,
      repository,
      workspace,
      inputs: given,
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors, 'exactly one ::error:: line').toHaveLength(1);
    const message = result.errors[0] as string;
    expect(message, 'it names the input and says what is valid').toMatch(
      new RegExp(`^Input '${input}' [^\\n]+: [^\\n]+$`),
    );
    expect(message.length, 'the value is quoted short').toBeLessThan(400);
    expect(
      api.requests.filter((q) => q.repository === repository),
      'no request to GitHub',
    ).toEqual([]);
    expect(r.state.weight, 'traffic unchanged').toBe(7);
    if (result.post) {
      expect(result.post.exitCode).toBe(0);
      expect(result.post.warnings).toEqual([]);
    }
  });
});
