import { Agent, request } from 'node:http';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { Router } from '../../../tools/router/router.js';
import { send } from './helpers.js';

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanup.reverse()) await c();
});

/**
 * A raw upstream whose answer to `GET /<name>` is ANSWERS[name], byte for byte; it records each
 * request (head and body) and the connection it came on.
 */
const ANSWERS: Record<string, string[]> = {
  length: ['HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello'],
  chunked: [
    'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel',
    'lo\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n',
  ],
  close: ['HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end', 'CLOSE'],
  http10: ['HTTP/1.0 200 OK\r\nContent-Length: 4\r\n\r\nold!'],
  'no-content': ['HTTP/1.1 204 No Content\r\n\r\n'],
  'not-modified': ['HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n'],
  hints: [
    'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n',
    'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  ],
  garbage: ['SMTP ready\r\n\r\n'],
  'both-lengths': ['HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'],
  'bad-header': ['HTTP/1.1 200 OK\r\nX-Bad: a\x01b\r\nContent-Length: 2\r\n\r\nok'],
};

interface Seen {
  head: string;
  body: string;
  connection: number;
}

async function rawUpstream(): Promise<{
  origin: string;
  seen: Seen[];
  connections: number;
  open: () => number;
}> {
  const sockets = new Set<Socket>();
  const state = { origin: '', seen: [] as Seen[], connections: 0, open: () => sockets.size };
  const server = createServer((socket) => {
    const id = ++state.connections;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered = '';
    socket.on('data', (data: Buffer) => {
      buffered += data.toString('latin1');
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.slice(0, end);
        let rest = buffered.slice(end + 4);
        let body = '';
        const length = /\r\ncontent-length: *(\d+)/i.exec(head);
        if (length) {
          if (rest.length < Number(length[1])) return;
          body = rest.slice(0, Number(length[1]));
          rest = rest.slice(Number(length[1]));
        } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
          const done = rest.indexOf('0\r\n\r\n');
          if (done < 0) return;
          let chunks = rest.slice(0, done);
          rest = rest.slice(done + 5);
          while (chunks.length) {
            const eol = chunks.indexOf('\r\n');
            const size = parseInt(chunks.slice(0, eol), 16);
            body += chunks.slice(eol + 2, eol + 2 + size);
            chunks = chunks.slice(eol + 2 + size + 2);
          }
        }
        buffered = rest;
        state.seen.push({ head, body, connection: id });
        const name = (head.split(' ')[1] ?? '/').slice(1).split('?')[0] ?? '';
        const parts = ANSWERS[name] ?? ['HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'];
        void (async () => {
          for (const part of parts) {
            if (part === 'CLOSE') socket.end();
            else if (head.startsWith('HEAD '))
              socket.write(part.slice(0, part.indexOf('\r\n\r\n') + 4));
            else socket.write(part);
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
        })();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanup.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return state;
}

async function routerTo(origin: string): Promise<Router> {
  const r = new Router({ stable: origin, canary: origin });
  await r.start();
  cleanup.push(() => r.stop(500));
  return r;
}

describe("the router's upstream client", () => {
  it('relays each framing of an answer whole, and reuses the connection when it may', async () => {
    const upstream = await rawUpstream();
    const r = await routerTo(upstream.origin);
    const got = async (name: string, method = 'GET') => {
      const g = await send(`${r.url}/${name}`, { method });
      return `${g.status} ${g.body}${g.error ? ` (${g.error})` : ''}`;
    };
    expect(await got('length')).toBe('200 hello');
    expect(await got('chunked')).toBe('200 hello world');
    expect(await got('hints')).toBe('200 ok');
    expect(await got('no-content')).toBe('204 ');
    expect(await got('not-modified')).toBe('304 ');
    expect(await got('length', 'HEAD')).toBe('200 ');
    // All of those on one connection: each ended cleanly with keep-alive.
    expect(new Set(upstream.seen.map((s) => s.connection))).toEqual(new Set([1]));
    // An answer that ends with its connection, and an HTTP/1.0 one: the connection is not kept.
    expect(await got('close')).toBe('200 until the end');
    expect(await got('http10')).toBe('200 old!');
    expect(await got('length')).toBe('200 hello');
    expect(upstream.seen.slice(-3).map((s) => s.connection)).toEqual([1, 2, 3]);
    expect(r.state.counters.failed).toBe(0);
  });

  it('answers 502 for an answer that is not HTTP, has two lengths or a bad header, and does not reuse it', async () => {
    const upstream = await rawUpstream();
    const r = await routerTo(upstream.origin);
    for (const name of ['garbage', 'both-lengths']) {
      const g = await send(`${r.url}/${name}`);
      expect(g.status, name).toBe(502);
      expect(g.body).toContain('GLIDEPATH_BAD_ANSWER');
    }
    // A head node:http will not send on (a control character in a value): 502, router alive.
    const bad = await send(`${r.url}/bad-header`);
    expect(bad.status).toBe(502);
    expect(bad.body).toBe(
      'bad gateway: stable upstream sent an invalid answer (ERR_INVALID_CHAR)\n',
    );
    expect((await send(`${r.url}/length`)).body).toBe('hello');
    expect(upstream.seen.map((s) => s.connection)).toEqual([1, 2, 3, 4]);
  });

  it('sends request bodies with their length, or chunked, and an empty POST with Content-Length: 0', async () => {
    const upstream = await rawUpstream();
    const r = await routerTo(upstream.origin);
    expect((await send(`${r.url}/a`, { method: 'POST', body: 'x'.repeat(10) })).status).toBe(200);
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = request(`${r.url}/b`, { method: 'PUT', agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.write('part one, ');
      setTimeout(() => req.end('part two'), 50);
    });
    agent.destroy();
    expect(
      (await send(`${r.url}/c`, { method: 'POST', headers: { 'content-length': '0' } })).status,
    ).toBe(200);
    const [a, b, c] = upstream.seen;
    expect(a?.head).toMatch(/\r\nContent-Length: 10(\r\n|$)/);
    expect(a?.body).toBe('xxxxxxxxxx');
    expect(b?.head).toMatch(/\r\nTransfer-Encoding: chunked(\r\n|$)/);
    expect(b?.body).toBe('part one, part two');
    expect(c?.head).toMatch(/\r\nContent-Length: 0(\r\n|$)/);
    expect(c?.head).not.toMatch(/transfer-encoding/i);
  });

  it('closes its idle connections to an upstream the router no longer uses', async () => {
    const before = await rawUpstream();
    const after = await rawUpstream();
    const r = await routerTo(before.origin);
    expect((await send(`${r.url}/length`)).body).toBe('hello');
    expect(before.open()).toBe(1);
    const put = await fetch(`${r.adminUrl}/upstreams`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stable: after.origin, canary: after.origin }),
    });
    expect(put.status).toBe(200);
    const deadline = Date.now() + 2000;
    while (before.open() > 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(before.open()).toBe(0);
    expect((await send(`${r.url}/length`)).body).toBe('hello');
    expect(after.seen).toHaveLength(1);
  });
});
