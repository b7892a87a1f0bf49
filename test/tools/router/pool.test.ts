import { afterAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import { startPool, type SamplePool } from '../../../lab/services.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup) await c();
});

async function poolRouter(): Promise<{ pool: SamplePool; router: Router }> {
  const pool = await startPool(3, { version: '1.0.0' });
  const router = new Router({
    pool: pool.members.map((m) => ({ name: m.name, url: `http://${m.address}` })),
  });
  await router.start();
  cleanup.push(
    () => router.stop(),
    () => pool.close(),
  );
  return { pool, router };
}

const admin = (router: Router, method: string, path: string, body?: unknown) =>
  fetch(`${router.adminUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function servedBy(router: Router, requests: number, path = '/'): Promise<string[]> {
  const names: string[] = [];
  for (let i = 0; i < requests; i++) {
    const answer = await fetch(`${router.url}${path}`);
    names.push(
      answer.status === 200
        ? ((await answer.json()) as { server: string }).server
        : `status ${answer.status}`,
    );
  }
  return names;
}

describe('embedded router pool', () => {
  it('takes turns over the ready targets and skips a drained one until it is ready again', async () => {
    const { router } = await poolRouter();
    expect(await servedBy(router, 6)).toEqual(['app1', 'app2', 'app3', 'app1', 'app2', 'app3']);
    expect((await admin(router, 'PUT', '/pool/app2', { state: 'drain' })).status).toBe(200);
    expect(await servedBy(router, 4)).toEqual(['app1', 'app3', 'app1', 'app3']);
    await admin(router, 'PUT', '/pool/app2', { state: 'ready' });
    expect(new Set(await servedBy(router, 3))).toEqual(new Set(['app1', 'app2', 'app3']));
    // The stable/canary state stays as it was: a pool router serves only its pool.
    expect(router.state.served).toEqual({ stable: 0, canary: 0 });
  });

  it('counts requests in flight per target and answers 503 when no target is ready', async () => {
    const { router } = await poolRouter();
    const slow = Array.from({ length: 3 }, () =>
      fetch(`${router.url}/?delay=400`).then((r) => r.text()),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const during = (
      (await (await admin(router, 'GET', '/pool')).json()) as {
        servers: { name: string; active: number }[];
      }
    ).servers;
    expect(during.map((t) => t.active)).toEqual([1, 1, 1]);
    await Promise.all(slow);
    expect(router.state.pool.map((t) => t.active)).toEqual([0, 0, 0]);
    for (const name of ['app1', 'app2', 'app3']) router.setTargetState(name, 'drain');
    expect(await servedBy(router, 1)).toEqual(['status 503']);
  });

  it('refuses bad admin requests', async () => {
    const { router } = await poolRouter();
    expect((await admin(router, 'PUT', '/pool/app9', { state: 'drain' })).status).toBe(404);
    expect((await admin(router, 'PUT', '/pool/app1', { state: 'maint' })).status).toBe(400);
    expect((await admin(router, 'PUT', '/pool', { servers: [{ name: 'a' }] })).status).toBe(400);
    expect(
      (
        await admin(router, 'PUT', '/pool', {
          servers: [
            { name: 'a', url: 'http://127.0.0.1:1' },
            { name: 'a', url: 'http://127.0.0.1:2' },
          ],
        })
      ).status,
    ).toBe(400);
    expect(router.state.pool.map((t) => `${t.name} ${t.state}`)).toEqual([
      'app1 ready',
      'app2 ready',
      'app3 ready',
    ]);
    expect(() => new Router({})).toThrow('Router needs stable and canary upstreams, or a pool');
  });
});
