import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Router, type RouterOptions } from '../../../tools/router/router.js';
import { closedPort, startPool } from '../../../lab/services.js';
import { startRestartable, type RestartableService } from '../../../lab/restartable.js';
import { send } from './helpers.js';

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function router(options: RouterOptions): Promise<Router> {
  const r = new Router(options);
  await r.start();
  cleanup.push(() => r.stop(500));
  return r;
}

async function restartable(name: string): Promise<RestartableService> {
  const service = await startRestartable(name);
  cleanup.push(() => service.close());
  return service;
}

const origin = async () => new URL(await closedPort()).origin;

/**
 * A port whose listener never accepts: a child process listens with a backlog of 1 and blocks
 * its event loop; once the kernel's accept queue is full, new connections hang in SYN_SENT.
 */
async function unresponsivePort(): Promise<string> {
  const child = spawn(
    process.execPath,
    [
      '-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',1,()=>{console.log(s.address().port);Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0)})",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  cleanup.push(() => void child.kill('SIGKILL'));
  const port = await new Promise<number>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))),
  );
  const fillers: Socket[] = [];
  for (let i = 0; i < 3; i++) {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    fillers.push(socket);
  }
  cleanup.push(() => fillers.forEach((s) => s.destroy()));
  await new Promise((resolve) => setTimeout(resolve, 100));
  return `http://127.0.0.1:${port}`;
}

describe('upstream timeouts', () => {
  it('answers 504 naming the side when the upstream does not answer in time', async () => {
    const stable = await restartable('stable');
    const r = await router({
      stable: stable.origin,
      canary: stable.origin,
      weight: 0,
      firstByteTimeoutMs: 300,
    });
    const started = Date.now();
    const got = await send(`${r.url}/slow?delay=3000`);
    expect(got.status).toBe(504);
    expect(got.headers['x-glidepath-upstream']).toBe('stable');
    expect(got.body).toBe('gateway timeout: stable upstream did not answer within 300 ms\n');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.state.counters.timedOut).toBe(1);
    // Not sent again: the upstream may be doing it.
    expect(stable.received.GET).toBe(1);
    expect((await send(`${r.url}/quick`)).status).toBe(200);
  });

  it('answers 504 naming the side when the upstream does not accept a connection in time', async () => {
    const hung = await unresponsivePort();
    const stable = await restartable('stable');
    const r = await router({
      stable: stable.origin,
      canary: hung,
      weight: 100,
      connectTimeoutMs: 300,
    });
    const started = Date.now();
    const got = await send(`${r.url}/`);
    expect(got.status).toBe(504);
    expect(got.headers['x-glidepath-upstream']).toBe('canary');
    expect(got.body).toBe(
      'gateway timeout: canary upstream did not accept a connection within 300 ms\n',
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.snapshot().down).toEqual(['canary']);
  });
});

describe('an upstream that refuses connections', () => {
  it('is marked down: requests go to the other side until it is tried again', async () => {
    const stable = await restartable('stable');
    const refused = await origin();
    const r = await router({ stable: stable.origin, canary: refused, weight: 50, downMs: 400 });
    const first = await Promise.all(Array.from({ length: 10 }, () => send(`${r.url}/`)));
    expect(first.map((g) => g.status)).toEqual(Array(10).fill(200));
    expect(first.every((g) => g.headers['x-glidepath-upstream'] === 'stable')).toBe(true);
    // Only the first request the split gave the canary tried it; the others went straight on.
    expect(r.state.counters.failedOver).toBe(1);
    expect(r.snapshot().down).toEqual(['canary']);
    const state = (await (await fetch(`${r.adminUrl}/state`)).json()) as { down: string[] };
    expect(state.down).toEqual(['canary']);
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(r.snapshot().down).toEqual([]);
    expect((await send(`${r.url}/`)).status).toBe(200);
    expect((await send(`${r.url}/`)).status).toBe(200);
    expect(r.state.counters.failedOver).toBe(2);
    expect(stable.received.GET).toBe(12);
  });

  it('does not move a POST, nor a request the match header pins to the canary', async () => {
    const stable = await restartable('stable');
    const refused = await origin();
    const r = await router({ stable: stable.origin, canary: refused, weight: 100, downMs: 400 });
    const post = await send(`${r.url}/orders`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(502);
    expect(post.headers['x-glidepath-upstream']).toBe('canary');
    r.setWeight(50);
    r.state.matchHeader = 'x-canary=1';
    const pinned = await send(`${r.url}/`, { headers: { 'x-canary': '1' } });
    expect(pinned.status).toBe(502);
    expect(pinned.headers['x-glidepath-upstream']).toBe('canary');
    expect(stable.received.POST).toBeUndefined();
    expect(stable.received.GET).toBeUndefined();
  });

  it('sends a request that could not connect to the other side even while that is marked down', async () => {
    const refused = await origin();
    const canary = await restartable('canary');
    const r = await router({ stable: refused, canary: canary.origin, weight: 50, downMs: 5000 });
    // The canary dies for a while: the first request (the split gives it stable) finds both
    // sides refusing, and both are marked down.
    const dying = canary.restart('abrupt', 200);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await send(`${r.url}/`)).status).toBe(502);
    await dying;
    expect(r.snapshot().down).toEqual(['stable', 'canary']);
    expect(r.state.counters.failedOver).toBe(1);
    // The canary is back, still marked down: a request the split gives stable (the split starts
    // over with stable) cannot reach it, and tries the canary.
    r.setWeight(50);
    const got = await send(`${r.url}/`);
    expect(got.status).toBe(200);
    expect(got.headers['x-glidepath-upstream']).toBe('canary');
    expect(r.state.counters.failedOver).toBe(2);
    expect(r.state.served).toEqual({ stable: 0, canary: 2 });
  });

  it('stays in use when the other side takes no share of the traffic', async () => {
    const refused = await origin();
    const canary = await restartable('canary');
    const r = await router({ stable: refused, canary: canary.origin, weight: 0 });
    const got = await Promise.all([send(`${r.url}/`), send(`${r.url}/`)]);
    expect(got.map((g) => g.status)).toEqual([502, 502]);
    expect(canary.received.GET).toBeUndefined();
  });

  it('in a pool: the next ready target answers, and the down one is passed over', async () => {
    const pool = await startPool(3, { version: '1.0.0' });
    cleanup.push(() => pool.close());
    const refused = await origin();
    const r = await router({
      pool: [
        { name: 'app1', url: `http://${pool.members[0]?.address}` },
        { name: 'gone', url: refused },
        { name: 'app3', url: `http://${pool.members[2]?.address}` },
      ],
      downMs: 5000,
    });
    const servers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const got = await send(`${r.url}/`);
      expect(got.status).toBe(200);
      servers.push((JSON.parse(got.body) as { server: string }).server);
    }
    expect(servers).toEqual(['app1', 'app3', 'app1', 'app3', 'app1', 'app3']);
    expect(r.snapshot().down).toEqual(['gone']);
    expect(r.state.pool.map((t) => t.active)).toEqual([0, 0, 0]);
  });
});

describe('graceful shutdown', () => {
  it('stops accepting, finishes what is in flight, closes idle connections', async () => {
    const stable = await restartable('stable');
    const r = await router({ stable: stable.origin, canary: stable.origin });
    // An idle keep-alive client connection (one request done)…
    const idleAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const idle = await new Promise<Socket>((resolve, reject) => {
      let socket: Socket | undefined;
      const req = request(`${r.url}/`, { agent: idleAgent }, (res) => {
        res.resume();
        res.on('end', () => resolve(socket as Socket));
      });
      req.on('socket', (s: Socket) => (socket = s));
      req.on('error', reject);
      req.end();
    });
    const idleClosed = new Promise<number>((resolve) =>
      idle.once('close', () => resolve(Date.now())),
    );
    // A connection that never sent a request…
    const silent = connect(Number(new URL(r.url).port), '127.0.0.1');
    await new Promise((resolve) => silent.once('connect', resolve));
    const silentClosed = new Promise<number>((resolve) =>
      silent.once('close', () => resolve(Date.now())),
    );
    // …and a request in flight on another.
    const agent = new Agent({ keepAlive: true });
    const inFlight = new Promise<{ status: number; connection?: string; body: string }>(
      (resolve, reject) => {
        const req = request(`${r.url}/slow?delay=600`, { agent }, (res) => {
          let body = '';
          res.on('data', (d: Buffer) => (body += d.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const stopping = Date.now();
    const stopped = r.stop(5000).then(() => Date.now());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const refused = await send(`${r.url}/`);
    expect(refused.error).toBe('ECONNREFUSED');
    expect((await idleClosed) - stopping).toBeLessThan(300);
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.body)).toMatchObject({ server: 'stable' });
    const stoppedAt = await stopped;
    expect(stoppedAt - stopping).toBeGreaterThan(350);
    expect(stoppedAt - stopping).toBeLessThan(2000);
    // …goes once nothing is in flight any more, not at the end of the grace period.
    expect((await silentClosed) - stopping).toBeLessThan(2000);
    agent.destroy();
    idleAgent.destroy();
  });

  it('cuts what is still in flight when the grace period ends', async () => {
    const stable = await restartable('stable');
    const r = await router({ stable: stable.origin, canary: stable.origin });
    const hung = send(`${r.url}/hung?delay=5000`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await r.stop(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(1500);
    expect((await hung).error).toBeDefined();
  });
});
