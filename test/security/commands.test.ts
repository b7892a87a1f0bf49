import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubStandIn } from '../../tools/stand-in/server.js';
import { makeBuild, payloadOf, publish } from '../../lab/artifacts.js';
import { startStandIn, tempDir, writeTree } from '../../lab/fixtures.js';
import { runAction } from '../../lab/runner.js';

/**
 * Every input (and every value read back from GitHub) that reaches a user's command arrives as an
 * environment variable, never in the command's text: shell metacharacters in it are data. Each
 * hostile value below would create a file in the trap folder if any shell ever evaluated it.
 */

let api: GitHubStandIn;
let trap: string;
const PACING = { GLIDEPATH_API_BACKOFF: '20ms' };

beforeAll(async () => {
  api = await startStandIn();
  trap = tempDir('glidepath-trap-');
});
afterAll(async () => {
  await api.stop();
  expect(readdirSync(trap), 'no injected command ever ran').toEqual([]);
});

/** A value that runs `touch trap/<tag>` in every way a shell could be tricked into running it. */
function hostile(tag: string): string {
  const t = path.join(trap, tag);
  return `x $(touch ${t}-1) \`touch ${t}-2\`; touch ${t}-3 | touch ${t}-4 && touch ${t}-5 '"' \\ $HOME *`;
}

/** A command that records each named variable verbatim, one per line. */
const record = (file: string, ...names: string[]) =>
  `printf '%s\\n' ${names.map((n) => `"$${n}"`).join(' ')} >> ${JSON.stringify(file)}`;

describe.concurrent('shell metacharacters reach commands as data', () => {
  it('promote-environment: an artifact path full of them', async () => {
    const build = await makeBuild('1.0.0');
    const dir = path.join(tempDir(), hostile('artifact-path'));
    mkdirSync(dir, { recursive: true });
    const archive = path.join(dir, path.basename(build.archivePath));
    copyFileSync(build.archivePath, archive);
    copyFileSync(build.manifestPath, path.join(dir, path.basename(build.manifestPath)));
    const out = path.join(tempDir(), 'seen');
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      repository: 'octo/meta1',
      env: PACING,
      inputs: {
        pipeline: 'dev',
        environment: 'dev',
        'artifact-path': archive,
        'deploy-command': record(out, 'GLIDEPATH_ARTIFACT_PATH', 'GLIDEPATH_VERSION'),
      },
    });
    expect(result.errors).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(`${archive}\n1.0.0\n`);
  });

  it('build-artifact: a working directory full of them', async () => {
    const ws = tempDir();
    const sub = hostile('working-directory');
    writeTree(ws, { [`${sub}/app/index.js`]: 'x\n' });
    const out = path.join(tempDir(), 'seen');
    const result = await runAction('build-artifact', {
      workspace: ws,
      inputs: {
        path: 'app',
        version: '1.0.0',
        storage: 'none',
        'working-directory': sub,
        'build-command': `pwd >> ${JSON.stringify(out)}`,
      },
    });
    expect(result.errors).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(`${path.join(ws, sub)}\n`);
  });

  it('canary-step: the command provider gets servers and match header verbatim', async () => {
    const out = path.join(tempDir(), 'seen');
    const stable = hostile('stable-server');
    const canary = hostile('canary-server');
    const header = `x-canary=$(touch\${IFS}${path.join(trap, 'match-header')})`;
    const result = await runAction('canary-step', {
      inputs: {
        provider: 'command',
        command: record(
          out,
          'GLIDEPATH_WEIGHT',
          'GLIDEPATH_STABLE',
          'GLIDEPATH_CANARY',
          'GLIDEPATH_MATCH_HEADER',
        ),
        'stable-server': stable,
        'canary-server': canary,
        'match-header': header,
        weight: '10',
        duration: '1s',
      },
    });
    expect(result.errors).toEqual([]);
    expect(readFileSync(out, 'utf8').split('\n').slice(0, 4)).toEqual([
      '10',
      stable,
      canary,
      header,
    ]);
  });

  it('canary-step: the nginx reload command gets a conf path full of them', async () => {
    const dir = path.join(tempDir(), hostile('nginx-conf'));
    mkdirSync(dir, { recursive: true });
    const conf = path.join(dir, 'upstream.conf');
    const out = path.join(tempDir(), 'seen');
    const result = await runAction('canary-step', {
      inputs: {
        provider: 'nginx',
        'nginx-conf': conf,
        'nginx-reload-command': record(out, 'GLIDEPATH_NGINX_CONF', 'GLIDEPATH_WEIGHT'),
        'stable-server': '127.0.0.1:8081',
        'canary-server': '127.0.0.1:8082',
        weight: '20',
        duration: '1s',
      },
    });
    expect(result.errors).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(`${conf}\n20\n`);
    expect(readFileSync(conf, 'utf8')).toContain('server 127.0.0.1:8082 weight=20;');
  });

  it('rollback: values read back from deployment records (version, backup) and the reason', async () => {
    const repository = 'octo/meta2';
    const [owner, name] = repository.split('/') as [string, string];
    const good = await makeBuild('1.0.0');
    const bad = await makeBuild('2.0.0');
    // A payload is data anyone with deployments: write can shape: it must never become code.
    const forged = {
      ...payloadOf(good, publish(api, repository, good)),
      version: `1.0.0${hostile('payload-version')}`,
      backup: hostile('payload-backup'),
    };
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: forged,
      states: ['in_progress', 'success', 'inactive'],
    });
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: payloadOf(bad, publish(api, repository, bad), { runId: 2 }),
      states: ['in_progress', 'success'],
    });
    const out = path.join(tempDir(), 'seen');
    const runnerTemp = tempDir('glidepath-runner-');
    const result = await runAction('rollback', {
      apiUrl: api.url,
      repository,
      runnerTemp,
      env: PACING,
      inputs: {
        environment: 'production',
        reason: hostile('reason'),
        'deploy-command': record(out, 'GLIDEPATH_VERSION', 'GLIDEPATH_BACKUP'),
      },
    });
    expect(result.errors).toEqual([]);
    expect(readFileSync(out, 'utf8')).toBe(`${forged.version}\n${forged.backup}\n`);
    expect(api.deployments(owner, name, 'production')[0]?.payload).toMatchObject({
      reason: hostile('reason'),
    });
    // The forged version names a folder under RUNNER_TEMP as one safe segment, nowhere else.
    expect(
      readdirSync(path.join(runnerTemp, 'glidepath-rollback')).every((entry) =>
        /^[A-Za-z0-9._-]+$/.test(entry),
      ),
    ).toBe(true);
  });
});

describe('a payload cannot steer where a fetched archive is written', () => {
  it('an archive name with ../ lands inside the temp folder, and the run goes on', async () => {
    const repository = 'octo/meta3';
    const [owner, name] = repository.split('/') as [string, string];
    const good = await makeBuild('1.0.0');
    const bad = await makeBuild('2.0.0');
    const location = { ...publish(api, repository, good), archive: '../../../escaped.tar.gz' };
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: payloadOf(good, location),
      states: ['in_progress', 'success', 'inactive'],
    });
    api.addDeployment(owner, name, {
      environment: 'production',
      payload: payloadOf(bad, publish(api, repository, bad), { runId: 2 }),
      states: ['in_progress', 'success'],
    });
    const root = tempDir('glidepath-root-');
    const runnerTemp = path.join(root, 'a', 'b', 'temp');
    mkdirSync(runnerTemp, { recursive: true });
    const out = path.join(tempDir(), 'seen');
    const result = await runAction('rollback', {
      apiUrl: api.url,
      repository,
      runnerTemp,
      env: PACING,
      inputs: {
        environment: 'production',
        'deploy-command': record(out, 'GLIDEPATH_ARTIFACT_PATH'),
      },
    });
    expect(result.errors).toEqual([]);
    const fetched = readFileSync(out, 'utf8').trim();
    expect(fetched.startsWith(`${runnerTemp}${path.sep}`)).toBe(true);
    expect(path.basename(fetched)).toBe('escaped.tar.gz');
    for (const outside of [
      path.join(root, 'escaped.tar.gz'),
      path.join(root, 'a', 'escaped.tar.gz'),
      path.join(runnerTemp, '..', 'escaped.tar.gz'),
    ])
      expect(existsSync(outside)).toBe(false);
  });
});
