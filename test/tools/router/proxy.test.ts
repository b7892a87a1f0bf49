import { createServer, request, Agent, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import { openWebsocket, rawRequest, startEchoServer } from './helpers.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

async function router(stable: string, canary: string, weight = 0): Promise<Router> {
  const r = new Router({ stable, canary, weight });
  await r.start();
  cleanup.push(() => r.stop(1000));
  return r;
}

async function serve(
  handler: (req: IncomingMessage, res: import('node:http').ServerResponse) => void,
): Promise<string> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Header names in a rawHeaders list, lower case. */
const names = (raw: string[]) => raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
const values = (raw: string[], name: string) =>
  raw.filter((_, i) => i % 2 === 1 && raw[i - 1]?.toLowerCase() === name);

describe('proxy headers', () => {
  it('drops hop-by-hop headers both ways, adds X-Forwarded-*, keeps Host as the client sent it', async () => {
    let seen: string[] = [];
    const upstream = await serve((req, res) => {
      seen = req.rawHeaders;
      res.writeHead(200, [
        'Content-Type',
        'text/plain',
        'Connection',
        'X-Resp-Hop, keep-alive',
        'X-Resp-Hop',
        'upstream-only',
        'Keep-Alive',
        'timeout=99',
        'Proxy-Connection',
        'keep-alive',
        'Trailer',
        'X-Checksum',
        'Upgrade',
        'h2c',
        'TE',
        'trailers',
        'Transfer-Encoding',
        'chunked',
        'X-End-To-End',
        'kept',
        'Set-Cookie',
        'a=1',
        'Set-Cookie',
        'b=2',
      ]);
      res.write('chunk one, ');
      res.end('chunk two');
    });
    const r = await router(upstream, 'http://127.0.0.1:9');
    // Written raw: node:http refuses to send some of these (a Trailer without chunks).
    const got = await rawRequest(
      r.url,
      [
        'GET /path?q=1 HTTP/1.1',
        'Host: shop.example.test:8443',
        'Connection: X-Custom-Hop, close',
        'X-Custom-Hop: client-only',
        'Keep-Alive: timeout=77',
        'Proxy-Connection: keep-alive',
        'TE: trailers',
        'Trailer: X-Checksum',
        'Upgrade: h2c',
        'X-Forwarded-For: 203.0.113.7',
        'X-End-To-End: kept',
        '',
        '',
      ].join('\r\n'),
    );
    expect(got.status).toBe(200);
    expect(got.body).toBe('chunk one, chunk two');
    // Upstream: none of the client's hop-by-hop headers; its own connection header at most.
    const up = names(seen);
    for (const hop of [
      'keep-alive',
      'proxy-connection',
      'te',
      'trailer',
      'upgrade',
      'x-custom-hop',
      'transfer-encoding',
    ])
      expect(up, hop).not.toContain(hop);
    expect(values(seen, 'connection').join(',').toLowerCase()).not.toContain('x-custom-hop');
    expect(values(seen, 'host')).toEqual(['shop.example.test:8443']);
    expect(values(seen, 'x-forwarded-for')).toEqual(['203.0.113.7, 127.0.0.1']);
    expect(values(seen, 'x-forwarded-proto')).toEqual(['http']);
    expect(values(seen, 'x-forwarded-host')).toEqual(['shop.example.test:8443']);
    expect(values(seen, 'x-end-to-end')).toEqual(['kept']);
    expect(values(seen, 'x-glidepath-upstream')).toEqual(['stable']);
    // Downstream: none of the upstream's; the router frames the body and keeps its own
    // connection to the client as it sees fit.
    const down = names(got.rawHeaders);
    for (const hop of ['proxy-connection', 'trailer', 'upgrade', 'te', 'x-resp-hop'])
      expect(down, hop).not.toContain(hop);
    expect(values(got.rawHeaders, 'keep-alive')).not.toContain('timeout=99');
    expect(values(got.rawHeaders, 'connection').join(',').toLowerCase()).not.toContain(
      'x-resp-hop',
    );
    expect(values(got.rawHeaders, 'x-end-to-end')).toEqual(['kept']);
    expect(values(got.rawHeaders, 'set-cookie')).toEqual(['a=1', 'b=2']);
    expect(got.headers['x-glidepath-upstream']).toBe('stable');
  });

  it("keeps the client's connection open when the upstream closes its own", async () => {
    const upstream = await serve((_req, res) => {
      res.writeHead(200, { connection: 'close', 'content-length': 2 });
      res.end('ok');
    });
    const r = await router(upstream, 'http://127.0.0.1:9');
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    for (let i = 0; i < 3; i++) {
      const got = await new Promise<{ status: number; connection: string | undefined }>(
        (resolve, reject) => {
          const req = request(`${r.url}/`, { agent }, (res) => {
            sockets.add(res.socket);
            res.resume();
            res.on('end', () =>
              resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }),
            );
          });
          req.on('error', reject);
          req.end();
        },
      );
      expect(got).toEqual({ status: 200, connection: 'keep-alive' });
    }
    agent.destroy();
    expect(sockets.size).toBe(1);
  });
});

describe('streaming', () => {
  it('streams a 256 MiB upload to the upstream with memory flat', async () => {
    const total = 256 * 1024 * 1024;
    let received = 0;
    let firstByteAt = 0;
    const upstream = await serve((req, res) => {
      req.on('data', (chunk: Buffer) => {
        if (!received) firstByteAt = Date.now();
        received += chunk.length;
      });
      req.on('end', () => res.writeHead(200).end(String(received)));
    });
    const r = await router(upstream, 'http://127.0.0.1:9');
    const chunk = Buffer.alloc(64 * 1024, 7);
    let sent = 0;
    const body = new Readable({
      read() {
        if (sent >= total) return this.push(null);
        sent += chunk.length;
        this.push(chunk);
      },
    });
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = Date.now();
    let clientDoneAt = 0;
    const answer = await new Promise<string>((resolve, reject) => {
      const req = request(`${r.url}/upload`, {
        method: 'PUT',
        agent: false,
        headers: { 'content-type': 'application/octet-stream' },
      });
      req.on('finish', () => (clientDoneAt = Date.now()));
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      body.pipe(req);
    });
    clearInterval(sampler);
    expect(answer).toBe(String(total));
    expect(received).toBe(total);
    // The upstream had bytes long before the client sent its last.
    expect(firstByteAt - started).toBeLessThan(clientDoneAt - started);
    const growthMiB = (peak - baseline) / 1024 / 1024;
    console.log(
      `upload 256 MiB in ${Date.now() - started} ms, rss growth ${growthMiB.toFixed(1)} MiB`,
    );
    // Buffering it would take 256 MiB; streaming holds a few socket buffers (and garbage).
    expect(growthMiB).toBeLessThan(96);
  });

  it('streams an answer to the client as the upstream writes it', async () => {
    const upstream = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first ');
      setTimeout(() => res.end('last'), 600);
    });
    const r = await router(upstream, 'http://127.0.0.1:9');
    const started = Date.now();
    const times = await new Promise<{ first: number; end: number; text: string }>(
      (resolve, reject) => {
        const req = request(`${r.url}/`, { agent: false }, (res) => {
          let first = 0;
          let text = '';
          res.on('data', (d: Buffer) => {
            first ||= Date.now() - started;
            text += d.toString();
          });
          res.on('end', () => resolve({ first, end: Date.now() - started, text }));
        });
        req.on('error', reject);
        req.end();
      },
    );
    expect(times.text).toBe('first last');
    expect(times.first).toBeLessThan(300);
    expect(times.end).toBeGreaterThanOrEqual(590);
  });
});

describe('websockets', () => {
  it('echoes through the router and stay on their side when the weight changes', async () => {
    const stable = await startEchoServer('stable');
    const canary = await startEchoServer('canary');
    cleanup.push(
      () => stable.close(),
      () => canary.close(),
    );
    const r = await router(stable.origin, canary.origin, 0);
    const ws = await openWebsocket(r.url, '/chat');
    expect(ws.status).toBe('HTTP/1.1 101 Switching Protocols');
    expect(ws.accept).toBe(ws.expected);
    expect(ws.headers['x-glidepath-upstream']).toBe('stable');
    expect(await ws.exchange('hello')).toBe('stable:hello');
    expect(stable.upgrades[0]).toMatchObject({
      host: 'ws.example.test',
      upgrade: 'websocket',
      'x-forwarded-for': '127.0.0.1',
      'x-forwarded-proto': 'http',
      'x-forwarded-host': 'ws.example.test',
    });
    expect(r.state.counters.tunnels).toBe(1);
    const weight = await fetch(`${r.adminUrl}/weight`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ weight: 100 }),
    });
    expect(weight.status).toBe(200);
    expect(await ws.exchange('still there?')).toBe('stable:still there?');
    const second = await openWebsocket(r.url, '/chat');
    expect(await second.exchange('hello')).toBe('canary:hello');
    expect(await ws.exchange('bye')).toBe('stable:bye');
    ws.close();
    second.close();
    const deadline = Date.now() + 2000;
    while (r.state.counters.tunnels && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(r.state.counters.tunnels).toBe(0);
  });

  it('passes an upstream that declines the upgrade through as its own answer', async () => {
    const plain = await serve((_req, res) =>
      res.writeHead(426, { 'content-type': 'text/plain' }).end('no\n'),
    );
    const r = await router(plain, 'http://127.0.0.1:9');
    const ws = await openWebsocket(r.url);
    expect(ws.status).toMatch(/^HTTP\/1\.1 426 /);
    expect(ws.headers['x-glidepath-upstream']).toBe('stable');
    ws.close();
  });
});
