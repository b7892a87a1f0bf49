import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Router } from '../../tools/router/router.js';
import type { GitHubStandIn } from '../../tools/stand-in/server.js';
import { deployed, makeBuild, payloadOf, publish } from '../../lab/artifacts.js';
import { startStandIn, tempDir, writeTree } from '../../lab/fixtures.js';
import { runAction, type RunResult, type StepResult } from '../../lab/runner.js';

/**
 * The token and every header value marked secret never appear in anything a run prints or
 * writes (log, errors, summary, outputs, state, reports: every byte is scanned, debug lines and
 * the post step included) — even when a deploy command dumps its whole environment. The token
 * is sent to the GitHub API and nowhere else: not to probe targets, not to Prometheus, not to
 * an asset URL a deployment payload names.
 */

const TOKEN = 'ghs_S3cretTokenValue0123456789abcdefABCD';
const HEADER_SECRET = 'Bearer hdr-S3CR3T-4f1c9e';
const API_KEY = 'key-0b7d5e2a9c';
const PROM_SECRET = 'Bearer prom-S3CR3T-77aa';
const SECRETS = [
  TOKEN,
  HEADER_SECRET.slice('Bearer '.length),
  API_KEY,
  PROM_SECRET.slice('Bearer '.length),
];

/** Everything outside GitHub the actions talk to: a probe target and a Prometheus, recording what they are sent. */
interface Recorder {
  url: string;
  seen: { method: string; url: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

async function recorder(): Promise<Recorder> {
  const rec = { url: '', seen: [] as Recorder['seen'], close: async () => {} };
  const server: Server = createServer((req, res) => {
    rec.seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    if ((req.url ?? '').startsWith('/api/v1/query')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          status: 'success',
          data: {
            resultType: 'vector',
            result: [{ metric: {}, value: [Date.now() / 1000, '0.001'] }],
          },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  rec.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  rec.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return rec;
}

let api: GitHubStandIn;
let outside: Recorder;
const routers: Router[] = [];

beforeAll(async () => {
  api = await startStandIn({
    tokens: { [`${TOKEN}-readonly`]: { deployments: 'read', contents: 'read', actions: 'read' } },
  });
  outside = await recorder();
});
afterAll(async () => {
  await Promise.all([outside.close(), api.stop(), ...routers.map((r) => r.stop())]);
  // The token went to the GitHub API (the stand-in) and to nothing else.
  for (const request of outside.seen) {
    expect(JSON.stringify(request), `${request.method} ${request.url}`).not.toContain(TOKEN);
  }
  expect(outside.seen.length, 'the recorder was probed').toBeGreaterThan(0);
});

/** Every byte a step printed or wrote, except the `::add-mask::` lines that register secrets with the runner. */
function everything(step: StepResult): string {
  const files = Object.values(step.outputs)
    .filter((v) => v.startsWith('/') && existsSync(v) && /\.(json|md|txt)$/.test(v))
    .map((file) => readFileSync(file, 'utf8'));
  const log = step.stdout.split(/\r?\n/).filter((line) => !line.startsWith('::add-mask::'));
  return [
    ...log,
    step.stderr,
    step.summary,
    JSON.stringify(step.outputs),
    JSON.stringify(step.state),
    JSON.stringify(step.env),
    ...files,
  ].join('\n');
}

function noLeak(result: RunResult, secrets: string[] = [TOKEN]): void {
  for (const step of [result, ...(result.post ? [result.post] : [])]) {
    const text = everything(step);
    for (const secret of secrets)
      expect(text.includes(secret), `a secret (${secret.slice(0, 6)}…) leaked`).toBe(false);
  }
}

/** Prints the command's whole environment, as a careless deploy script might. */
const DUMP = 'env; set; echo "token? $INPUT_TOKEN $GITHUB_TOKEN"';
const PACING = { GLIDEPATH_API_BACKOFF: '20ms', GLIDEPATH_DEBUG_STACK: 'true' };

describe.concurrent('the token never appears in anything printed or written', () => {
  it('build-artifact, with a build command that dumps its environment', async () => {
    const ws = tempDir();
    writeTree(ws, { 'app/index.js': 'x\n' });
    const result = await runAction('build-artifact', {
      workspace: ws,
      apiUrl: api.url,
      repository: 'octo/sec1',
      token: TOKEN,
      env: PACING,
      inputs: { path: 'app', version: '1.0.0', storage: 'release', 'build-command': DUMP },
    });
    expect(result.errors).toEqual([]);
    expect(result.masks).toContain(TOKEN);
    expect(result.stdout).toContain('GLIDEPATH_VERSION=1.0.0');
    noLeak(result);
  });

  it('promote-environment, through success, a failing deploy command and a refused permission', async () => {
    const build = await makeBuild('1.0.0');
    const ok = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/sec2',
      token: TOKEN,
      env: PACING,
      inputs: {
        pipeline: 'dev',
        environment: 'dev',
        'artifact-path': build.archivePath,
        'deploy-command': DUMP,
      },
    });
    expect(ok.errors).toEqual([]);
    const failed = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/sec2',
      token: TOKEN,
      runId: 2,
      env: PACING,
      inputs: {
        pipeline: 'dev',
        environment: 'dev',
        'artifact-path': build.archivePath,
        'allow-downgrade': 'true',
        'deploy-command': `${DUMP}; exit 3`,
      },
    });
    expect(failed.exitCode).toBe(1);
    const refused = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/sec2',
      token: `${TOKEN}-readonly`,
      runId: 3,
      env: PACING,
      inputs: { pipeline: 'dev', environment: 'dev', 'artifact-path': build.archivePath },
    });
    expect(refused.errors[0]).toContain("the token needs 'deployments: write'");
    for (const result of [ok, failed, refused]) noLeak(result);
  });

  it('rollback and canary-step, which also talk to a router', async () => {
    const repository = 'octo/sec3';
    const [owner, name] = repository.split('/') as [string, string];
    const v1 = await makeBuild('1.0.0');
    const v2 = await makeBuild('2.0.0');
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: payloadOf(v1, publish(api, repository, v1)),
      states: ['in_progress', 'success', 'inactive'],
    });
    deployed(api, repository, 'production', v2, publish(api, repository, v2), 2);
    const router = new Router({ stable: outside.url, canary: outside.url });
    await router.start();
    routers.push(router);
    const canary = await runAction('canary-step', {
      apiUrl: api.url,
      repository,
      token: TOKEN,
      env: PACING,
      inputs: {
        environment: 'production',
        'router-url': router.adminUrl,
        steps: '50@1s,100',
        url: `${router.url}/healthz`,
        headers: `Authorization: ${HEADER_SECRET}\nX-Api-Key: ${API_KEY}`,
        rate: '20',
        'min-samples': '5',
        'on-inconclusive': 'pass',
      },
    });
    expect(canary.errors).toEqual([]);
    const rollback = await runAction('rollback', {
      apiUrl: api.url,
      repository,
      token: TOKEN,
      runId: 9,
      env: PACING,
      inputs: {
        environment: 'production',
        provider: 'embedded',
        'router-url': router.adminUrl,
        'deploy-command': DUMP,
      },
    });
    expect(rollback.errors).toEqual([]);
    for (const result of [canary, rollback]) noLeak(result, SECRETS);
  });
});

describe('secret headers', () => {
  it('health-gate masks probe and Prometheus headers and keeps them out of its report, summary and outputs', async () => {
    const before = outside.seen.length;
    const checks = [
      `- name: api\n  url: ${outside.url}/healthz\n  headers:\n    Authorization: ${HEADER_SECRET}\n    X-Api-Key: ${API_KEY}\n    Accept: application/json`,
      `- name: errors\n  prometheus-url: ${outside.url}\n  prometheus-headers: "Authorization: ${PROM_SECRET}"\n  query: sum(rate(errors[1m]))\n  threshold: '< 0.01'\n  query-interval: 200ms`,
    ].join('\n');
    const result = await runAction('health-gate', {
      token: TOKEN,
      inputs: {
        checks,
        rate: '20',
        'min-samples': '10',
        duration: '5s',
        'on-inconclusive': 'pass',
      },
    });
    expect(result.errors).toEqual([]);
    for (const secret of [HEADER_SECRET, API_KEY, PROM_SECRET])
      expect(result.masks).toContain(secret);
    expect(result.masks).not.toContain('application/json');
    noLeak(result, SECRETS);
    const sent = outside.seen.slice(before);
    // The headers were really sent where they belong, and only there.
    expect(
      sent.some(
        (r) =>
          r.url === '/healthz' &&
          r.headers.authorization === HEADER_SECRET &&
          r.headers['x-api-key'] === API_KEY,
      ),
    ).toBe(true);
    expect(
      sent.some(
        (r) => r.url.startsWith('/api/v1/query') && r.headers.authorization === PROM_SECRET,
      ),
    ).toBe(true);
    expect(
      sent
        .filter((r) => r.url.startsWith('/api/v1/query'))
        .every((r) => r.headers['x-api-key'] === undefined),
    ).toBe(true);
  });
});

describe('the token goes to the GitHub API only', () => {
  it('refuses an asset URL in a deployment payload that points anywhere else, without sending a request there', async () => {
    const repository = 'octo/sec4';
    const [owner, name] = repository.split('/') as [string, string];
    const build = await makeBuild('1.0.0');
    const location = { ...publish(api, repository, build), assetUrl: `${outside.url}/steal/asset` };
    api.addDeployment(owner, name, {
      environment: 'dev',
      payload: payloadOf(build, location),
      states: ['in_progress', 'success'],
    });
    const before = outside.seen.length;
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      repository,
      token: TOKEN,
      env: PACING,
      inputs: { pipeline: 'dev,staging', environment: 'staging' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual([
      `The recorded asset URL '${outside.url}/steal/asset' is not on the GitHub API (${api.url}): the token is never sent elsewhere, so the artifact is refused`,
    ]);
    expect(outside.seen.slice(before).filter((r) => r.url.startsWith('/steal'))).toEqual([]);
    noLeak(result);
  });
});
