import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startLoad, type LoadStats } from '../../lab/load.js';
import {
  startHaproxyPool,
  startNginxPool,
  type RealHaproxy,
  type RealNginx,
} from '../../lab/proxies.js';
import { realServer } from '../../lab/real.js';
import { runAction, type RunOptions, type RunResult } from '../../lab/runner.js';
import { startPool, type SamplePool } from '../../lab/services.js';

const haproxy = realServer('haproxy');
const nginx = realServer('nginx');
const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

/** Each server probed directly at {address}; fast probes and short waits keep the suite quick. */
const gate = {
  url: 'http://{address}/healthz',
  'expect-body': 'json:status=ok',
  rate: '200',
  'min-samples': '20',
  'max-error-rate': '0.2',
  concurrency: '10',
  duration: '5s',
};

const versions = (pool: SamplePool) => pool.members.map((m) => m.version);
const deployed = (pool: SamplePool) =>
  pool.members.map((m) => m.deploys.map((d) => d.version).join(' → ') || '—');

/**
 * Runs the action while clients send steady traffic through the proxy: quick requests, and slow
 * ones (300 ms) that a drain has to wait for. `retryStale`: see startLoad (nginx's reloads close
 * idle keep-alive client connections).
 */
async function underLoad(
  url: string,
  run: () => Promise<RunResult>,
  retryStale = false,
): Promise<{ result: RunResult; quick: LoadStats; slow: LoadStats }> {
  const quick = startLoad(`${url}/`, { connections: 4, pauseMs: 5, retryStale });
  const slow = startLoad(`${url}/?delay=300`, { connections: 2, pauseMs: 5, retryStale });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const result = await run();
  return { result, quick: await quick.stop(), slow: await slow.stop() };
}

describe.skipIf(!haproxy.available)(
  'rolling through a real HAProxy (runtime API: set server state drain, sessions from show stat)',
  () => {
    async function setup() {
      const pool = await startPool(4, { version: '1.0.0' });
      const proxy = await startHaproxyPool(
        haproxy.path,
        pool.members.map((m) => ({ name: m.name, port: m.port })),
      );
      cleanup.push(
        () => pool.close(),
        () => proxy.stop(),
      );
      const options = (
        inputs: Record<string, string>,
        extra: Partial<RunOptions> = {},
      ): RunOptions => ({
        env: { POOL_CONTROL: pool.controlUrl },
        inputs: {
          strategy: 'rolling',
          provider: 'haproxy',
          'haproxy-socket': proxy.socket,
          'haproxy-backend': 'app',
          'deploy-command': pool.deployCommand,
          'drain-timeout': '3s',
          ...gate,
          ...inputs,
        },
        ...extra,
      });
      return { pool, proxy, options };
    }
    const ready = async (proxy: RealHaproxy) => Object.values(await proxy.adminStates());

    it('rolls a pool of 4 one at a time under steady load with zero failed client requests', async () => {
      const { pool, proxy, options } = await setup();
      const { result, quick, slow } = await underLoad(proxy.url, () =>
        runAction('canary-step', options({ version: '2.0.0' })),
      );
      expect(result.errors).toEqual([]);
      expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
      expect(versions(pool)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
      expect(await ready(proxy)).toEqual([0, 0, 0, 0]);
      expect({
        quick: quick.failed,
        slow: slow.failed,
        errors: { ...quick.errors, ...slow.errors },
      }).toEqual({ quick: 0, slow: 0, errors: {} });
      expect(quick.retried + slow.retried).toBe(0);
      expect(quick.requests).toBeGreaterThan(200);
      expect(slow.requests).toBeGreaterThan(10);
      for (const m of pool.members) expect(quick.byServer[m.name]).toBeGreaterThan(0);
    });

    it('stops at a bad version on server 2 and leaves all 4 on the old version', async () => {
      const { pool, proxy, options } = await setup();
      pool.failOn('app2', '2.0.0');
      const { result, quick, slow } = await underLoad(proxy.url, () =>
        runAction('canary-step', options({ version: '2.0.0', 'previous-version': '1.0.0' })),
      );
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({
        decision: 'aborted',
        'failed-step': 'app2',
        'final-weight': '0',
      });
      expect(result.errors.at(-1)).toMatch(
        /^canary-step rolling stopped: app2 failed: health fail: .*; app2, app1 back on 1\.0\.0$/,
      );
      expect(versions(pool)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
      expect(deployed(pool)).toEqual(['2.0.0 → 1.0.0', '2.0.0 → 1.0.0', '—', '—']);
      expect(await ready(proxy)).toEqual([0, 0, 0, 0]);
      // The bad build never took client traffic: app2 was drained from before its deploy until after its revert.
      expect(quick.failed + slow.failed).toBe(0);
    });

    it('leaves no server drained when cancelled with SIGTERM mid-roll', async () => {
      const { pool, proxy, options } = await setup();
      let drainedSeen = 0;
      const watch = setInterval(
        () =>
          void ready(proxy).then(
            (states) =>
              (drainedSeen = Math.max(drainedSeen, states.filter((s) => s & 0x08).length)),
          ),
        20,
      );
      const result = await runAction(
        'canary-step',
        options(
          { version: '2.0.0', 'min-samples': '1000000', duration: '60s' },
          { signalAfter: { ms: 2500, signal: 'SIGTERM' } },
        ),
      );
      clearInterval(watch);
      expect(result.exitCode).toBe(1);
      expect(result.errors.at(-1)).toMatch(/^canary-step was cancelled: no server is left drained/);
      expect(drainedSeen).toBe(1);
      expect(await ready(proxy)).toEqual([0, 0, 0, 0]);
      expect(versions(pool).filter((v) => v === '2.0.0')).toEqual(['2.0.0']);
      expect(result.post?.stdout).toContain('nothing to restore');
    });
  },
);

describe.skipIf(!nginx.available)(
  'rolling through a real nginx (server marked down in the include file, reload)',
  () => {
    async function setup() {
      const pool = await startPool(4, { version: '1.0.0' });
      const proxy = await startNginxPool(
        nginx.path,
        pool.members.map((m) => m.port),
      );
      cleanup.push(
        () => pool.close(),
        () => proxy.stop(),
      );
      const options = (
        inputs: Record<string, string>,
        extra: Partial<RunOptions> = {},
      ): RunOptions => ({
        env: {
          POOL_CONTROL: pool.controlUrl,
          NGINX_BIN: proxy.binary,
          NGINX_PREFIX: proxy.prefix,
          NGINX_MAIN_CONF: proxy.mainConf,
        },
        inputs: {
          strategy: 'rolling',
          provider: 'nginx',
          'nginx-conf': proxy.upstreamConf,
          'nginx-reload-command':
            '"$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -t -q && "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -s reload',
          'deploy-command': pool.deployCommand,
          // nginx cannot report sessions: each drain waits all of drain-timeout, longer than the slow requests.
          'drain-timeout': '700ms',
          ...gate,
          ...inputs,
        },
        ...extra,
      });
      return { pool, proxy, options };
    }
    const downLines = (proxy: RealNginx) =>
      readFileSync(proxy.upstreamConf, 'utf8')
        .split('\n')
        .filter((line) => /\sdown;/.test(line));

    it('rolls a pool of 4 one at a time under steady load with zero failed client requests', async () => {
      const { pool, proxy, options } = await setup();
      const original = readFileSync(proxy.upstreamConf, 'utf8');
      const { result, quick, slow } = await underLoad(
        proxy.url,
        () => runAction('canary-step', options({ version: '2.0.0' })),
        true,
      );
      console.log(
        `nginx rolling: ${quick.requests + slow.requests} requests, ${quick.retried + slow.retried} sent again after a reload closed their idle keep-alive connection`,
      );
      expect(result.errors).toEqual([]);
      expect(result.outputs).toMatchObject({ decision: 'promoted', 'final-weight': '100' });
      expect(versions(pool)).toEqual(['2.0.0', '2.0.0', '2.0.0', '2.0.0']);
      // Every server line is back as it was (comments and parameters kept), none down.
      expect(readFileSync(proxy.upstreamConf, 'utf8')).toBe(original);
      expect({
        quick: quick.failed,
        slow: slow.failed,
        errors: { ...quick.errors, ...slow.errors },
      }).toEqual({ quick: 0, slow: 0, errors: {} });
      expect(quick.requests).toBeGreaterThan(200);
      for (const m of pool.members) expect(quick.byServer[m.name]).toBeGreaterThan(0);
      // GLIDEPATH_SERVER with nginx is the server's address, as written in the include file.
      expect(pool.members.map((m) => m.deploys[0]?.server)).toEqual(
        pool.members.map((m) => m.address),
      );
    });

    it('stops at a bad version on server 2 and leaves all 4 on the old version, none down', async () => {
      const { pool, proxy, options } = await setup();
      pool.failOn('app2', '2.0.0');
      const { result, quick, slow } = await underLoad(
        proxy.url,
        () => runAction('canary-step', options({ version: '2.0.0', 'previous-version': '1.0.0' })),
        true,
      );
      expect(result.exitCode).toBe(1);
      expect(result.outputs).toMatchObject({
        decision: 'aborted',
        'failed-step': pool.members[1]?.address,
        'final-weight': '0',
      });
      expect(versions(pool)).toEqual(['1.0.0', '1.0.0', '1.0.0', '1.0.0']);
      expect(deployed(pool)).toEqual(['2.0.0 → 1.0.0', '2.0.0 → 1.0.0', '—', '—']);
      expect(downLines(proxy)).toEqual([]);
      expect(quick.failed + slow.failed).toBe(0);
    });

    it('leaves no server down when cancelled with SIGTERM mid-roll', async () => {
      const { proxy, options } = await setup();
      let downSeen = 0;
      const watch = setInterval(() => (downSeen = Math.max(downSeen, downLines(proxy).length)), 20);
      const result = await runAction(
        'canary-step',
        options(
          { version: '2.0.0', 'min-samples': '1000000', duration: '60s' },
          { signalAfter: { ms: 3000, signal: 'SIGTERM' } },
        ),
      );
      clearInterval(watch);
      expect(result.exitCode).toBe(1);
      expect(result.errors.at(-1)).toMatch(/^canary-step was cancelled: no server is left drained/);
      expect(downSeen).toBe(1);
      expect(downLines(proxy)).toEqual([]);
    });
  },
);
