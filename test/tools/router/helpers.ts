import { createHash } from 'node:crypto';
import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/** What one request through the router got: status, raw headers, body, or the error. */
export interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
  error?: string;
}

/** One request with node:http on its own connection (no agent); never throws. */
export function send(
  url: string,
  options: {
    method?: string;
    headers?: OutgoingHttpHeaders;
    body?: string | Buffer;
    timeoutMs?: number;
  } = {},
): Promise<Got> {
  return new Promise((resolve) => {
    const got: Got = { status: 0, headers: {}, rawHeaders: [], body: '' };
    const req = request(url, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: false,
    });
    req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new Error('client timeout')));
    req.on('response', (res) => {
      got.status = res.statusCode ?? 0;
      got.headers = res.headers;
      got.rawHeaders = res.rawHeaders;
      res.setEncoding('utf8');
      res.on('data', (d: string) => (got.body += d));
      res.on('end', () => resolve(got));
      res.on('error', (error) => resolve({ ...got, error: error.message }));
    });
    req.on('error', (error: NodeJS.ErrnoException) =>
      resolve({ ...got, error: error.code ?? error.message }),
    );
    req.end(options.body);
  });
}

/**
 * One request written byte for byte on a raw socket (it should say `Connection: close`); the
 * answer read to the end of the connection, its chunked body decoded.
 */
export async function rawRequest(url: string, text: string): Promise<Got> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (d: Buffer) => chunks.push(d));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => socket.write(text));
    socket.once('close', () => resolve());
    socket.once('error', reject);
    setTimeout(() => reject(new Error('raw request timed out')), 5000).unref();
  });
  const all = Buffer.concat(chunks).toString('latin1');
  const end = all.indexOf('\r\n\r\n');
  const lines = all.slice(0, end).split('\r\n');
  const rawHeaders = lines.slice(1).flatMap((line) => {
    const colon = line.indexOf(':');
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
  let body = all.slice(end + 4);
  if (/\r\ntransfer-encoding: *chunked/i.test(`\r\n${lines.slice(1).join('\r\n')}`)) {
    let decoded = '';
    for (;;) {
      const eol = body.indexOf('\r\n');
      const size = parseInt(body.slice(0, eol), 16);
      if (!size) break;
      decoded += body.slice(eol + 2, eol + 2 + size);
      body = body.slice(eol + 2 + size + 2);
    }
    body = decoded;
  }
  const headers: IncomingHttpHeaders = {};
  for (let i = 0; i < rawHeaders.length; i += 2)
    headers[(rawHeaders[i] as string).toLowerCase()] = rawHeaders[i + 1];
  return { status: Number(lines[0]?.split(' ')[1] ?? 0), headers, rawHeaders, body };
}

/**
 * A raw HTTP/1.1 upstream whose keep-alive connections go stale on cue: it answers the first
 * request on each connection with `{"n": <request number>}` and keeps the connection; what it
 * does with the second depends on `second`:
 * - `close`: closes the connection without a byte, as a server closing an idle keep-alive
 *   connection just as a request was sent on it (the race a restart causes);
 * - `partial-head`: sends the first bytes of a status line, then closes;
 * - `partial-body`: sends a whole head and part of the body, then closes.
 */
export interface StaleUpstream {
  origin: string;
  connections: number;
  /** Request lines received, in order (`GET /a`, `POST /b`…). */
  requests: string[];
  close(): Promise<void>;
}

export async function startStaleUpstream(
  second: 'close' | 'partial-head' | 'partial-body',
): Promise<StaleUpstream> {
  const sockets = new Set<Socket>();
  const upstream: StaleUpstream = {
    origin: '',
    connections: 0,
    requests: [],
    close: async () => {},
  };
  const server: Server = createServer((socket) => {
    upstream.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffered: Buffer = Buffer.alloc(0);
    let onConnection = 0;
    socket.on('data', (data: Buffer) => {
      buffered = Buffer.concat([buffered, data]);
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buffered.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        buffered = buffered.subarray(end + 4 + length);
        const line = head.split('\r\n')[0] ?? '';
        upstream.requests.push(line.split(' ').slice(0, 2).join(' '));
        onConnection += 1;
        if (onConnection >= 2) {
          if (second === 'partial-head') socket.write('HTTP/1.1 20');
          if (second === 'partial-body')
            socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{"partial":');
          socket.destroy();
          return;
        }
        const body = JSON.stringify({ n: upstream.requests.length });
        socket.write(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: keep-alive\r\n\r\n${line.startsWith('HEAD ') ? '' : body}`,
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  upstream.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  upstream.close = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return upstream;
}

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC11B85';

export function websocketAccept(key: string): string {
  return createHash('sha1').update(`${key}${WS_GUID}`).digest('base64');
}

/** A websocket text frame (RFC 6455 §5.2), masked as a client's must be; payloads under 126 bytes. */
export function textFrame(text: string, masked: boolean): Buffer {
  const payload = Buffer.from(text, 'utf8');
  if (payload.length > 125) throw new Error('short frames only');
  const head = Buffer.from([0x81, (masked ? 0x80 : 0) | payload.length]);
  if (!masked) return Buffer.concat([head, payload]);
  const mask = Buffer.from([0x12, 0x34, 0x56, 0x78]);
  const body = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] as number)));
  return Buffer.concat([head, mask, body]);
}

/** Reads short text frames out of `buffer`; returns the texts and the bytes left over. */
export function readFrames(buffer: Buffer): { texts: string[]; rest: Buffer } {
  const texts: string[] = [];
  let offset = 0;
  while (buffer.length - offset >= 2) {
    const masked = ((buffer[offset + 1] as number) & 0x80) !== 0;
    const length = (buffer[offset + 1] as number) & 0x7f;
    const start = offset + 2 + (masked ? 4 : 0);
    if (length > 125) throw new Error('short frames only');
    if (buffer.length < start + length) break;
    let payload = buffer.subarray(start, start + length);
    if (masked) {
      const mask = buffer.subarray(offset + 2, offset + 6);
      payload = Buffer.from(payload.map((byte, i) => byte ^ (mask[i % 4] as number)));
    }
    texts.push(payload.toString('utf8'));
    offset = start + length;
  }
  return { texts, rest: buffer.subarray(offset) };
}

/**
 * A websocket echo server on node:http's `upgrade` event: each text frame comes back as
 * `<name>:<text>`; it records the upgrade requests' headers.
 */
export interface EchoServer {
  origin: string;
  upgrades: IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function startEchoServer(name: string): Promise<EchoServer> {
  const { createServer: createHttpServer } = await import('node:http');
  const sockets = new Set<Socket>();
  const echo: EchoServer = { origin: '', upgrades: [], close: async () => {} };
  const server = createHttpServer((_req, res) => res.writeHead(426).end('websocket only\n'));
  server.on('upgrade', (req, socket: Socket) => {
    echo.upgrades.push(req.headers);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const key = String(req.headers['sec-websocket-key'] ?? '');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-accept: ${websocketAccept(key)}\r\n\r\n`,
    );
    let buffered: Buffer = Buffer.alloc(0);
    socket.on('data', (data: Buffer) => {
      const { texts, rest } = readFrames(Buffer.concat([buffered, data]));
      buffered = rest;
      for (const text of texts) socket.write(textFrame(`${name}:${text}`, false));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  echo.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  echo.close = async () => {
    for (const socket of sockets) socket.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return echo;
}

/** A websocket client on a raw socket: upgrade, then send texts and wait for their echoes. */
export interface WebsocketClient {
  status: string;
  headers: Record<string, string>;
  accept: string;
  expected: string;
  exchange(text: string): Promise<string>;
  close(): void;
}

export async function openWebsocket(routerUrl: string, path = '/ws'): Promise<WebsocketClient> {
  const { hostname, port } = new URL(routerUrl);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const key = Buffer.from('glidepath-router').toString('base64');
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: ws.example.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  let buffered: Buffer = Buffer.alloc(0);
  const waiters: ((text: string) => void)[] = [];
  const texts: string[] = [];
  let upgraded = false;
  let resolveHead: (head: string) => void = () => {};
  const head = new Promise<string>((resolve) => (resolveHead = resolve));
  socket.on('data', (data: Buffer) => {
    buffered = Buffer.concat([buffered, data]);
    if (!upgraded) {
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      upgraded = true;
      resolveHead(buffered.subarray(0, end).toString('latin1'));
      buffered = buffered.subarray(end + 4);
    }
    const read = readFrames(buffered);
    buffered = read.rest;
    texts.push(...read.texts);
    while (texts.length && waiters.length)
      (waiters.shift() as (t: string) => void)(texts.shift() as string);
  });
  socket.once('close', () => resolveHead(''));
  const lines = (await head).split('\r\n');
  const headers = Object.fromEntries(
    lines.slice(1).map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  return {
    status: lines[0] ?? '',
    headers,
    accept: headers['sec-websocket-accept'] ?? '',
    expected: websocketAccept(key),
    exchange: (text) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no echo of ${text}`)), 5000);
        waiters.push((echoed) => {
          clearTimeout(timer);
          resolve(echoed);
        });
        socket.write(textFrame(text, true));
      }),
    close: () => socket.destroy(),
  };
}
