import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { realServer } from '../../lab/real.js';
import {
  startHaproxySticky,
  startNginx,
  type RealHaproxy,
  type RealNginx,
} from '../../lab/proxies.js';
import { runAction } from '../../lab/runner.js';
import {
  driveUsers,
  type ExperimentService,
  startExperimentService,
  visit,
} from '../../lab/experiment-service.js';

const haproxy = realServer('haproxy');
const nginx = realServer('nginx');
const cleanup: (ExperimentService | RealHaproxy | RealNginx)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await ('stop' in c ? c.stop() : c.close());
});

async function services() {
  const stable = await startExperimentService({ version: 'v1', conversionRate: 0.1, seed: 21 });
  const canary = await startExperimentService({ version: 'v2', conversionRate: 0.25, seed: 22 });
  cleanup.push(stable, canary);
  return { stable, canary };
}

/**
 * Runs an experiment that B wins and holds at 50%, then checks stickiness and the split through
 * the proxy: one user 1,000 times, 10,000 users once each.
 */
async function experimentThrough(
  proxyUrl: string,
  s: { stable: ExperimentService; canary: ExperimentService },
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  let ended = false;
  const action = runAction('canary-step', {
    env,
    inputs: {
      ...inputs,
      strategy: 'experiment',
      sticky: 'cookie:uid',
      'metric-a-url': s.stable.countersUrl,
      'metric-b-url': s.canary.countersUrl,
      'minimum-effect': '50%',
      'min-users': '100',
      'look-interval': '300ms',
      horizon: '30s',
    },
  }).finally(() => (ended = true));
  await driveUsers(proxyUrl, {
    users: 4000,
    maxVisits: 2,
    concurrency: 16,
    prefix: 'warm',
    stop: () => ended,
  });
  const result = await action;
  expect(result.errors).toEqual([]);
  expect(result.outputs).toMatchObject({ winner: 'b', decision: 'held', 'final-weight': '50' });
  const isB = (upstream: string) => upstream === 'canary' || upstream.endsWith(`:${s.canary.port}`);
  const loyal = new Set<string>();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = 0; i < 125; i++) loyal.add((await visit(proxyUrl, 'loyal-user')).upstream);
    }),
  );
  expect(loyal.size).toBe(1);
  const crowd = await driveUsers(proxyUrl, { users: 10_000, maxVisits: 1, concurrency: 32 });
  expect(crowd.size).toBe(10_000);
  const onB = [...crowd.values()].filter((set) => [...set].some(isB)).length;
  expect(Math.abs(onB / 100 - 50)).toBeLessThanOrEqual(2);
  // A second visit of the same users lands where the first did.
  const again = await driveUsers(proxyUrl, { users: 500, maxVisits: 1, concurrency: 32 });
  for (const [uid, set] of again) expect(set).toEqual(crowd.get(uid));
}

describe.concurrent('canary-step strategy experiment through real proxies', () => {
  it.skipIf(!haproxy.available)(
    'HAProxy (consistent hash of the uid cookie, weights by runtime API): sticky, 50/50 within 2 points, B wins',
    async () => {
      const s = await services();
      const proxy = await startHaproxySticky(haproxy.path, s.stable.port, s.canary.port);
      cleanup.push(proxy);
      await experimentThrough(proxy.url, s, {
        provider: 'haproxy',
        'haproxy-socket': proxy.socket,
        'haproxy-backend': 'app',
        'stable-server': 'stable',
        'canary-server': 'canary',
      });
      expect([await proxy.weight('stable'), await proxy.weight('canary')]).toEqual([128, 128]);
    },
  );

  it.skipIf(!nginx.available)(
    'nginx (split_clients on the uid cookie, reloaded): sticky, 50/50 within 2 points, B wins',
    async () => {
      const s = await services();
      const proxy = await startNginx(nginx.path, s.stable.port, s.canary.port, 'split');
      cleanup.push(proxy);
      await experimentThrough(
        proxy.url,
        s,
        {
          provider: 'nginx',
          'nginx-conf': proxy.upstreamConf,
          'nginx-reload-command':
            '"$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -t -q && "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -s reload',
          'stable-server': `127.0.0.1:${s.stable.port}`,
          'canary-server': `127.0.0.1:${s.canary.port}`,
        },
        {
          NGINX_BIN: proxy.binary,
          NGINX_PREFIX: proxy.prefix,
          NGINX_MAIN_CONF: proxy.mainConf,
        },
      );
      expect(readFileSync(proxy.upstreamConf, 'utf8')).toContain('split_clients "$glidepath_key"');
    },
  );
});
