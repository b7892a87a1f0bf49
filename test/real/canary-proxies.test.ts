import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { realServer } from '../../lab/real.js';
import { startHaproxy, startNginx, type RealProxy } from '../../lab/proxies.js';
import { runAction } from '../../lab/runner.js';
import { startService, type SampleService } from '../../lab/services.js';

const haproxy = realServer('haproxy');
const nginx = realServer('nginx');
const cleanup: (SampleService | RealProxy)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await ('stop' in c ? c.stop() : c.close());
});

async function services(canaryBehaviour: Parameters<typeof startService>[0] = {}) {
  const stable = await startService({});
  const canary = await startService(canaryBehaviour);
  cleanup.push(stable, canary);
  return { stable, canary };
}

/** Share of requests through the proxy that reached the canary. */
async function canaryShare(url: string, canaryPort: number, requests = 400): Promise<number> {
  let canary = 0;
  for (let i = 0; i < requests; i += 20) {
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/healthz`)));
    for (const a of answers) {
      await a.arrayBuffer();
      const upstream = a.headers.get('x-glidepath-upstream') ?? '';
      if (upstream === 'canary' || upstream.endsWith(`:${canaryPort}`)) canary += 1;
    }
  }
  return canary / requests;
}

const gate = (s: { stable: SampleService; canary: SampleService }) => ({
  url: s.canary.url,
  'baseline-url': s.stable.url,
  rate: '200',
  'min-samples': '60',
  concurrency: '20',
});

describe.skipIf(!haproxy.available)(
  'canary-step through a real HAProxy (runtime API, no reload)',
  () => {
    it('sets server weights step by step and promotes a good canary', async () => {
      const s = await services();
      const proxy = await startHaproxy(haproxy.path, s.stable.port, s.canary.port);
      cleanup.push(proxy);
      const inputs = {
        provider: 'haproxy',
        'haproxy-socket': proxy.socket,
        'haproxy-backend': 'app',
        'stable-server': 'stable',
        'canary-server': 'canary',
      };
      const single = await runAction('canary-step', {
        inputs: { ...inputs, weight: '25', duration: '3s', ...gate(s) },
      });
      expect(single.errors).toEqual([]);
      expect([await proxy.weight('stable'), await proxy.weight('canary')]).toEqual([75, 25]);
      expect(Math.abs((await canaryShare(proxy.url, s.canary.port)) - 0.25)).toBeLessThanOrEqual(
        0.03,
      );
      const all = await runAction('canary-step', {
        inputs: { ...inputs, steps: '50@3s,100', ...gate(s) },
      });
      expect(all.outputs.decision).toBe('promoted');
      expect([await proxy.weight('stable'), await proxy.weight('canary')]).toEqual([0, 100]);
    });

    it('aborts a bad canary and sends everything back to stable', async () => {
      const s = await services({ errorRate: 0.4 });
      const proxy = await startHaproxy(haproxy.path, s.stable.port, s.canary.port);
      cleanup.push(proxy);
      const result = await runAction('canary-step', {
        inputs: {
          provider: 'haproxy',
          'haproxy-socket': proxy.socket,
          'haproxy-backend': 'app',
          'stable-server': 'stable',
          'canary-server': 'canary',
          steps: '20@30s,100',
          ...gate(s),
        },
      });
      expect(result.outputs.decision).toBe('aborted');
      expect([await proxy.weight('stable'), await proxy.weight('canary')]).toEqual([100, 0]);
      expect(await canaryShare(proxy.url, s.canary.port, 100)).toBe(0);
    });
  },
);

describe.skipIf(!nginx.available)(
  'canary-step through a real nginx (include file, nginx -t, reload)',
  () => {
    it('writes weights, reloads, promotes a good canary and aborts a bad one', async () => {
      const s = await services();
      const proxy = await startNginx(nginx.path, s.stable.port, s.canary.port);
      cleanup.push(proxy);
      const env = {
        NGINX_BIN: proxy.binary,
        NGINX_PREFIX: proxy.prefix,
        NGINX_MAIN_CONF: proxy.mainConf,
      };
      const inputs = {
        provider: 'nginx',
        'nginx-conf': proxy.upstreamConf,
        'nginx-reload-command':
          '"$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -t -q && "$NGINX_BIN" -p "$NGINX_PREFIX" -c "$NGINX_MAIN_CONF" -s reload',
        'stable-server': `127.0.0.1:${s.stable.port}`,
        'canary-server': `127.0.0.1:${s.canary.port}`,
      };
      const single = await runAction('canary-step', {
        env,
        inputs: { ...inputs, weight: '25', duration: '3s', ...gate(s) },
      });
      expect(single.errors).toEqual([]);
      expect(readFileSync(proxy.upstreamConf, 'utf8')).toContain(
        `server 127.0.0.1:${s.canary.port} weight=25;`,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(Math.abs((await canaryShare(proxy.url, s.canary.port)) - 0.25)).toBeLessThanOrEqual(
        0.03,
      );

      s.canary.behaviour.errorRate = 0.5;
      const bad = await runAction('canary-step', {
        env,
        inputs: { ...inputs, steps: '50@30s,100', ...gate(s) },
      });
      expect(bad.outputs.decision).toBe('aborted');
      expect(readFileSync(proxy.upstreamConf, 'utf8')).toContain(
        `server 127.0.0.1:${s.canary.port} down;`,
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await canaryShare(proxy.url, s.canary.port, 100)).toBe(0);
    });

    it('keeps the last good include file when nginx rejects the reload', async () => {
      const s = await services();
      const proxy = await startNginx(nginx.path, s.stable.port, s.canary.port);
      cleanup.push(proxy);
      const before = readFileSync(proxy.upstreamConf, 'utf8');
      const result = await runAction('canary-step', {
        inputs: {
          provider: 'nginx',
          'nginx-conf': proxy.upstreamConf,
          'nginx-reload-command': 'exit 1',
          'stable-server': 'a:1',
          'canary-server': 'b:2',
          weight: '10',
          duration: '1s',
        },
      });
      expect(result.exitCode).toBe(1);
      expect(result.errors[0]).toContain("'nginx-reload-command' failed");
      expect(readFileSync(proxy.upstreamConf, 'utf8')).toBe(before);
    });
  },
);
