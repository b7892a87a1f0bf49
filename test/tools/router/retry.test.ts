import { afterAll, describe, expect, it } from 'vitest';
import { Router, type RouterOptions } from '../../../tools/router/router.js';
import { startLoad } from '../../../lab/load.js';
import { startRestartable, type RestartableService } from '../../../lab/restartable.js';
import { send, startStaleUpstream, type StaleUpstream } from './helpers.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function router(options: RouterOptions): Promise<Router> {
  const r = new Router(options);
  await r.start();
  cleanup.push(() => r.stop(1000));
  return r;
}

async function stale(mode: Parameters<typeof startStaleUpstream>[0]): Promise<StaleUpstream> {
  const upstream = await startStaleUpstream(mode);
  cleanup.push(() => upstream.close());
  return upstream;
}

async function restartable(name: string): Promise<RestartableService> {
  const service = await startRestartable(name);
  cleanup.push(() => service.close());
  return service;
}

/** A router whose stable side is `upstream` and takes every request (weight 0). */
const stableOnly = (origin: string, options: Partial<RouterOptions> = {}) =>
  router({ stable: origin, canary: 'http://127.0.0.1:9', weight: 0, ...options });

describe('a request on a reused upstream connection the upstream just closed', () => {
  it('is sent once more on a fresh connection when it is a GET, and the client gets the answer', async () => {
    const upstream = await stale('close');
    const r = await stableOnly(upstream.origin);
    expect((await send(`${r.url}/first`)).status).toBe(200);
    // The router's pooled connection to the upstream goes stale: the GET fails on it, unseen.
    const second = await send(`${r.url}/second`);
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body)).toEqual({ n: 3 });
    expect(upstream.requests).toEqual(['GET /first', 'GET /second', 'GET /second']);
    expect(upstream.connections).toBe(2);
    expect(r.state.counters.retried).toBe(1);
  });

  it.each(['HEAD', 'OPTIONS', 'DELETE', 'PUT'])(
    'is sent once more when it is a %s',
    async (method) => {
      const upstream = await stale('close');
      const r = await stableOnly(upstream.origin);
      await send(`${r.url}/warm`);
      const got = await send(`${r.url}/again`, { method });
      expect(got.status).toBe(200);
      expect(upstream.requests.slice(1)).toEqual([`${method} /again`, `${method} /again`]);
    },
  );

  it.each(['POST', 'PATCH'])(
    'is never sent again when it is a %s: the client gets 502',
    async (method) => {
      const upstream = await stale('close');
      const r = await stableOnly(upstream.origin);
      await send(`${r.url}/warm`);
      const got = await send(`${r.url}/order`, {
        method,
        body: '{"qty":1}',
        headers: { 'content-type': 'application/json' },
      });
      expect(got.status).toBe(502);
      expect(got.headers['x-glidepath-upstream']).toBe('stable');
      expect(got.body).toContain('stable upstream');
      expect(upstream.requests).toEqual(['GET /warm', `${method} /order`]);
      expect(upstream.connections).toBe(1);
      expect(r.state.counters.retried).toBe(0);
    },
  );

  it('is not sent again when a PUT body was already read from the client', async () => {
    const upstream = await stale('close');
    const r = await stableOnly(upstream.origin);
    await send(`${r.url}/warm`);
    const got = await send(`${r.url}/put`, { method: 'PUT', body: 'x'.repeat(1000) });
    expect(got.status).toBe(502);
    expect(upstream.requests).toEqual(['GET /warm', 'PUT /put']);
  });

  it('is not sent again once the upstream began answering, not even a byte of its head', async () => {
    for (const mode of ['partial-head', 'partial-body'] as const) {
      const upstream = await stale(mode);
      const r = await stableOnly(upstream.origin);
      await send(`${r.url}/warm`);
      const got = await send(`${r.url}/cut`);
      if (mode === 'partial-head') expect(got.status).toBe(502);
      // The head went to the client already: its answer is cut short, never completed.
      else expect(got.error ?? `status ${got.status} body ${got.body}`).toBe('aborted');
      expect(upstream.requests, mode).toEqual(['GET /warm', 'GET /cut']);
      expect(r.state.counters.retried).toBe(0);
    }
  });

  it('answers 502 with retries turned off (what nginx and HAProxy retry away)', async () => {
    const upstream = await stale('close');
    const r = await stableOnly(upstream.origin, { retries: false });
    await send(`${r.url}/warm`);
    expect((await send(`${r.url}/second`)).status).toBe(502);
    expect(upstream.requests).toEqual(['GET /warm', 'GET /second']);
  });
});

describe('restarts of each upstream under keep-alive load', () => {
  it('graceful restarts of stable and canary: no client error in hundreds of GETs', async () => {
    const stable = await restartable('stable');
    const canary = await restartable('canary');
    const r = await router({ stable: stable.origin, canary: canary.origin, weight: 50 });
    const load = startLoad(`${r.url}/`, { connections: 4, pauseMs: 1, timeoutMs: 5000 });
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await (i % 2 ? canary : stable).restart('graceful');
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    const stats = await load.stop();
    expect(stable.generation).toBe(6);
    expect(canary.generation).toBe(6);
    expect(stats.requests).toBeGreaterThan(300);
    expect(stats.errors).toEqual({});
    expect(stats.failed).toBe(0);
    expect(stats.byServer.stable).toBeGreaterThan(100);
    expect(stats.byServer.canary).toBeGreaterThan(100);
    // Requests did meet connections the restarts closed under them: the router sent them again.
    console.log(`graceful restarts: ${stats.requests} GETs, ${r.state.counters.retried} retried`);
  });

  it('abrupt restarts: GETs fail only with 502, and both sides serve again afterwards', async () => {
    const stable = await restartable('stable');
    const canary = await restartable('canary');
    const r = await router({
      stable: stable.origin,
      canary: canary.origin,
      weight: 50,
      downMs: 300,
    });
    const load = startLoad(`${r.url}/`, { connections: 4, pauseMs: 1, timeoutMs: 5000 });
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await (i % 2 ? canary : stable).restart('abrupt', 150);
    }
    const stats = await load.stop();
    expect(stats.requests).toBeGreaterThan(200);
    expect(Object.keys(stats.errors).filter((kind) => kind !== 'status 502')).toEqual([]);
    // While a side is down, the other takes its requests: failures stay a small share.
    expect(stats.failed).toBeLessThan(stats.requests * 0.05);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const after = await Promise.all(Array.from({ length: 20 }, () => send(`${r.url}/`)));
    expect(after.map((g) => g.status)).toEqual(Array(20).fill(200));
    expect(new Set(after.map((g) => (JSON.parse(g.body) as { server: string }).server))).toEqual(
      new Set(['stable', 'canary']),
    );
  });

  it('a POST in flight when its upstream dies fails with 502 and is not sent again', async () => {
    const stable = await restartable('stable');
    const canary = await restartable('canary');
    const r = await router({ stable: stable.origin, canary: canary.origin, weight: 0 });
    expect((await send(`${r.url}/warm`)).status).toBe(200);
    const post = send(`${r.url}/orders?delay=600`, { method: 'POST', body: '{"qty":1}' });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(stable.received.POST).toBe(1);
    await stable.restart('abrupt', 100);
    const got = await post;
    expect(got.status).toBe(502);
    expect(got.headers['x-glidepath-upstream']).toBe('stable');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(stable.received.POST).toBe(1);
    expect(canary.received.POST).toBeUndefined();
    expect(r.state.counters).toMatchObject({ retried: 0, failedOver: 0 });
    expect((await send(`${r.url}/after`)).status).toBe(200);
  });

  it('a GET in flight when its upstream dies is sent once more and answered by the other side', async () => {
    const stable = await restartable('stable');
    const canary = await restartable('canary');
    const r = await router({ stable: stable.origin, canary: canary.origin, weight: 50 });
    // Warm the router's connections (stable, then canary: the split at 50 takes turns), so the
    // next GET goes to stable on a reused connection.
    await send(`${r.url}/warm`);
    await send(`${r.url}/warm`);
    const get = send(`${r.url}/report?delay=600`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(stable.received.GET).toBe(2);
    expect(canary.received.GET).toBe(1);
    await stable.restart('abrupt', 500);
    const got = await get;
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toMatchObject({ server: 'canary' });
    expect(got.headers['x-glidepath-upstream']).toBe('canary');
    expect(r.state.counters).toMatchObject({ retried: 1, failedOver: 1 });
  });
});
