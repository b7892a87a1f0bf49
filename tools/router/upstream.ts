import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

/**
 * The embedded router's HTTP/1.1 client for its upstreams: keep-alive connections pooled per
 * upstream (last in, first out), a request head written in one piece, the answer parsed as it
 * arrives and handed on chunk by chunk. It does half the work of node:http's client per request
 * (no ClientRequest, IncomingMessage or Agent), and tells the router what it needs to decide on a
 * retry: whether the connection was a reused one, and whether any byte of an answer came back.
 *
 * Answers are framed by Content-Length, chunked coding (decoded; trailers dropped) or the end of
 * the connection; HEAD, 1xx, 204 and 304 answers have no body; 1xx heads before the final answer
 * are skipped. A connection goes back to the pool only when the exchange ended cleanly, the
 * request was sent whole, and neither side asked to close.
 */
export interface UpstreamAnswer {
  status: number;
  statusMessage: string;
  /** Raw header list: name, value, name, value… */
  rawHeaders: string[];
  /** How the body is framed upstream (its Content-Length is only meaningful for `length`). */
  framing: 'length' | 'chunked' | 'close' | 'none';
}

export interface UpstreamHandlers {
  answer(answer: UpstreamAnswer): void;
  /** A body chunk; false asks for a pause until `resume()`. */
  data(chunk: Buffer): boolean;
  end(): void;
  /**
   * The exchange failed. `reused`: it went out on a pooled connection; `answerBytes`: bytes of
   * an answer that had come back (0: the upstream never began answering).
   */
  error(error: NodeJS.ErrnoException, reused: boolean, answerBytes: number): void;
}

export interface UpstreamRequest {
  method: string;
  path: string;
  /** Raw header list, without framing headers (Content-Length / Transfer-Encoding are added). */
  headers: string[];
  /** The request body, if any: sent with `contentLength`, or chunked when that is undefined. */
  body?: Readable;
  contentLength?: string;
  /** A new connection, even when the pool has an idle one. */
  fresh?: boolean;
}

const MAX_HEAD = 64 * 1024;

function failure(code: string, message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(message);
  error.code = code;
  return error;
}

export class UpstreamPool {
  private readonly idle: Connection[] = [];
  private readonly all = new Set<Connection>();

  constructor(
    readonly hostname: string,
    readonly port: number,
    private readonly connectTimeoutMs: number,
  ) {}

  request(request: UpstreamRequest, handlers: UpstreamHandlers): Exchange {
    let connection = request.fresh ? undefined : this.idle.pop();
    const reused = connection !== undefined;
    if (!connection) {
      connection = new Connection(this, connect(this.port, this.hostname), this.connectTimeoutMs);
      this.all.add(connection);
    }
    return connection.start(request, handlers, reused);
  }

  private retired = false;

  /** @internal */
  release(connection: Connection): void {
    if (this.retired) {
      this.forget(connection);
      connection.socket.destroy();
    } else this.idle.push(connection);
  }

  /** No new requests: idle connections close now, busy ones when their exchange ends. */
  retire(): void {
    this.retired = true;
    for (const connection of this.idle) {
      this.all.delete(connection);
      connection.socket.destroy();
    }
    this.idle.length = 0;
  }

  /** @internal */
  forget(connection: Connection): void {
    this.all.delete(connection);
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
  }

  /** Closes every connection, busy or idle. */
  destroy(): void {
    for (const connection of this.all) connection.socket.destroy();
    this.all.clear();
    this.idle.length = 0;
  }
}

/** One request and its answer on one connection. */
export class Exchange {
  /** @internal */
  answerBytes = 0;
  /** @internal */
  done = false;
  constructor(
    /** @internal */ readonly connection: Connection,
    /** @internal */ readonly handlers: UpstreamHandlers,
    readonly reused: boolean,
    /** @internal */ readonly method: string,
  ) {}

  /** Abandons the exchange (its connection is closed); `error`, if given, goes to the handlers. */
  destroy(error?: NodeJS.ErrnoException): void {
    if (this.done) return;
    this.connection.fail(error ?? null);
  }

  /** Resumes reading the answer after `data` asked for a pause. */
  resume(): void {
    if (!this.done) this.connection.socket.resume();
  }
}

type ParseState =
  'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'close';

/** @internal One pooled connection with its parser. */
export class Connection {
  private current?: Exchange;
  private buffer: Buffer | undefined;
  private state: ParseState = 'head';
  private remaining = 0;
  private keepAlive = true;
  private requestSent = false;
  private body?: Readable;
  private bodyListeners?: { data: (c: Buffer) => void; end: () => void; drain: () => void };
  private connectTimer?: NodeJS.Timeout;

  constructor(
    private readonly pool: UpstreamPool,
    readonly socket: Socket,
    connectTimeoutMs: number,
  ) {
    socket.setNoDelay(true);
    if (socket.connecting) {
      this.connectTimer = setTimeout(
        () =>
          this.fail(
            failure('GLIDEPATH_CONNECT_TIMEOUT', `no connection within ${connectTimeoutMs} ms`),
          ),
        connectTimeoutMs,
      );
      socket.once('connect', () => clearTimeout(this.connectTimer));
    }
    socket.on('data', (data: Buffer) => this.onData(data));
    socket.on('end', () => this.onEnd());
    socket.on('error', (error: NodeJS.ErrnoException) => this.fail(error));
    socket.on('close', () => {
      clearTimeout(this.connectTimer);
      this.pool.forget(this);
      if (this.current && !this.current.done) this.fail(failure('ECONNRESET', 'socket hang up'));
    });
  }

  start(request: UpstreamRequest, handlers: UpstreamHandlers, reused: boolean): Exchange {
    const exchange = new Exchange(this, handlers, reused, request.method);
    this.current = exchange;
    this.state = 'head';
    this.buffer = undefined;
    this.keepAlive = true;
    this.requestSent = false;
    let head = `${request.method} ${request.path} HTTP/1.1\r\n`;
    const h = request.headers;
    for (let i = 0; i < h.length; i += 2) head += `${h[i]}: ${h[i + 1]}\r\n`;
    const body = request.body;
    if (!body) {
      this.socket.write(`${head}\r\n`, 'latin1');
      this.requestSent = true;
      return exchange;
    }
    const chunked = request.contentLength === undefined;
    head += chunked
      ? 'Transfer-Encoding: chunked\r\n\r\n'
      : `Content-Length: ${request.contentLength}\r\n\r\n`;
    this.socket.write(head, 'latin1');
    this.body = body;
    const listeners = {
      data: (chunk: Buffer) => {
        let ok: boolean;
        if (chunked) {
          this.socket.cork();
          this.socket.write(`${chunk.length.toString(16)}\r\n`, 'latin1');
          this.socket.write(chunk);
          ok = this.socket.write('\r\n', 'latin1');
          this.socket.uncork();
        } else ok = this.socket.write(chunk);
        if (!ok) body.pause();
      },
      end: () => {
        if (chunked) this.socket.write('0\r\n\r\n', 'latin1');
        this.requestSent = true;
        this.detachBody();
      },
      drain: () => body.resume(),
    };
    this.bodyListeners = listeners;
    body.on('data', listeners.data);
    body.once('end', listeners.end);
    this.socket.on('drain', listeners.drain);
    if (body.readableEnded) listeners.end();
    return exchange;
  }

  private detachBody(): void {
    const { body, bodyListeners } = this;
    if (body && bodyListeners) {
      body.off('data', bodyListeners.data);
      body.off('end', bodyListeners.end);
      this.socket.off('drain', bodyListeners.drain);
    }
    this.body = undefined;
    this.bodyListeners = undefined;
  }

  /** Ends the current exchange with `error` (null: quietly) and closes the connection. */
  fail(error: NodeJS.ErrnoException | null): void {
    const exchange = this.current;
    this.current = undefined;
    this.detachBody();
    clearTimeout(this.connectTimer);
    this.pool.forget(this);
    this.socket.destroy();
    if (!exchange || exchange.done) return;
    exchange.done = true;
    if (error) exchange.handlers.error(error, exchange.reused, exchange.answerBytes);
  }

  private finish(): void {
    const exchange = this.current as Exchange;
    exchange.done = true;
    this.current = undefined;
    const reusable = this.keepAlive && this.requestSent && !this.buffer?.length;
    this.buffer = undefined;
    if (reusable) {
      this.socket.resume();
      this.pool.release(this);
    } else {
      this.detachBody();
      this.pool.forget(this);
      this.socket.destroy();
    }
    exchange.handlers.end();
  }

  private onEnd(): void {
    const exchange = this.current;
    if (exchange && !exchange.done && this.state === 'close') {
      this.keepAlive = false;
      this.finish();
      return;
    }
    this.fail(failure('ECONNRESET', 'socket hang up'));
  }

  private onData(data: Buffer): void {
    const exchange = this.current;
    if (!exchange || exchange.done) {
      // Bytes on an idle connection: nothing can be asked on it any more.
      this.pool.forget(this);
      this.socket.destroy();
      return;
    }
    exchange.answerBytes += data.length;
    const input = this.buffer?.length ? Buffer.concat([this.buffer, data]) : data;
    this.buffer = undefined;
    let offset = 0;
    while (this.current === exchange && !exchange.done) {
      if (this.state === 'head') {
        const end = input.indexOf('\r\n\r\n', offset, 'latin1');
        if (end < 0) {
          if (input.length - offset > MAX_HEAD)
            return this.fail(failure('GLIDEPATH_BAD_ANSWER', 'answer head too large'));
          this.buffer = input.subarray(offset);
          return;
        }
        const head = input.toString('latin1', offset, end);
        offset = end + 4;
        // What follows the head, so that an answer without a body sees any bytes too many.
        this.buffer = offset < input.length ? input.subarray(offset) : undefined;
        if (!this.onHead(exchange, head)) return;
        this.buffer = undefined;
        continue;
      }
      if (this.state === 'close') {
        if (offset < input.length) this.deliver(exchange, input.subarray(offset));
        return;
      }
      if (this.state === 'length') {
        const take = Math.min(this.remaining, input.length - offset);
        if (take > 0) {
          const chunk = input.subarray(offset, offset + take);
          offset += take;
          this.remaining -= take;
          this.deliver(exchange, chunk);
        }
        if (this.remaining === 0) {
          if (offset < input.length) this.keepAlive = false;
          this.buffer = undefined;
          return this.finish();
        }
        return;
      }
      if (this.state === 'chunk-size' || this.state === 'chunk-end' || this.state === 'trailers') {
        const eol = input.indexOf('\r\n', offset, 'latin1');
        if (eol < 0) {
          if (input.length - offset > 4096)
            return this.fail(failure('GLIDEPATH_BAD_ANSWER', 'bad chunk'));
          this.buffer = input.subarray(offset);
          return;
        }
        const line = input.toString('latin1', offset, eol);
        offset = eol + 2;
        if (this.state === 'chunk-end') {
          if (line !== '') return this.fail(failure('GLIDEPATH_BAD_ANSWER', 'bad chunk end'));
          this.state = 'chunk-size';
        } else if (this.state === 'trailers') {
          if (line === '') {
            if (offset < input.length) this.keepAlive = false;
            return this.finish();
          }
        } else {
          const size = parseInt(line, 16);
          if (!Number.isFinite(size) || size < 0 || !/^[0-9a-fA-F]+/.test(line))
            return this.fail(failure('GLIDEPATH_BAD_ANSWER', 'bad chunk size'));
          if (size === 0) this.state = 'trailers';
          else {
            this.state = 'chunk-data';
            this.remaining = size;
          }
        }
        continue;
      }
      // chunk-data
      const take = Math.min(this.remaining, input.length - offset);
      if (take === 0) return;
      const chunk = input.subarray(offset, offset + take);
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) this.state = 'chunk-end';
      this.deliver(exchange, chunk);
      if (offset >= input.length) return;
    }
  }

  private deliver(exchange: Exchange, chunk: Buffer): void {
    if (!exchange.handlers.data(chunk)) this.socket.pause();
  }

  /** Parses a head; false when it failed the exchange. */
  private onHead(exchange: Exchange, head: string): boolean {
    const lines = head.split('\r\n');
    const statusLine = lines[0] ?? '';
    if (!statusLine.startsWith('HTTP/1.') || statusLine.length < 12) {
      this.fail(failure('GLIDEPATH_BAD_ANSWER', 'not an HTTP/1.x answer'));
      return false;
    }
    const status = Number(statusLine.slice(9, 12));
    if (!Number.isInteger(status) || status < 100 || status > 999) {
      this.fail(failure('GLIDEPATH_BAD_ANSWER', 'bad status'));
      return false;
    }
    if (status >= 100 && status < 200) return true; // 100 Continue, 103 Early Hints…: skipped.
    const http10 = statusLine[7] === '0';
    const rawHeaders: string[] = [];
    let length: number | undefined;
    let chunked = false;
    let close = http10;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      rawHeaders.push(name, value);
      const lower =
        name.length === 14 || name.length === 17 || name.length === 10 ? name.toLowerCase() : '';
      if (lower === 'content-length') {
        const n = Number(value);
        if (!/^\d+$/.test(value) || (length !== undefined && length !== n)) {
          this.fail(failure('GLIDEPATH_BAD_ANSWER', 'bad Content-Length'));
          return false;
        }
        length = n;
      } else if (lower === 'transfer-encoding') chunked = /(^|,)\s*chunked\s*$/i.test(value);
      else if (lower === 'connection') {
        const tokens = value.toLowerCase();
        if (/(^|,)\s*close\s*(,|$)/.test(tokens)) close = true;
        else if (http10 && /(^|,)\s*keep-alive\s*(,|$)/.test(tokens)) close = false;
      }
    }
    if (close) this.keepAlive = false;
    const noBody = exchange.method === 'HEAD' || status === 204 || status === 304;
    const framing: UpstreamAnswer['framing'] = noBody
      ? 'none'
      : chunked
        ? 'chunked'
        : length !== undefined
          ? 'length'
          : 'close';
    exchange.handlers.answer({
      status,
      statusMessage: statusLine.slice(13),
      rawHeaders,
      framing,
    });
    if (this.current !== exchange || exchange.done) return false;
    if (framing === 'none' || (framing === 'length' && length === 0)) {
      this.finish();
      return false;
    }
    if (framing === 'chunked') this.state = 'chunk-size';
    else if (framing === 'length') {
      this.state = 'length';
      this.remaining = length as number;
    } else {
      this.state = 'close';
      this.keepAlive = false;
    }
    return true;
  }
}
