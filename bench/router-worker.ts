// Child process for bench/router.ts, so that what is measured has a process of its own: one
// instance per upstream (lab/restartable.ts, restarted on command), one for the embedded Router,
// one for the load generator. Commands arrive over IPC as {id, cmd, args}; each gets
// {id, ok, result | error}. The process ends when its parent sends `exit` or goes away.
// Run by bench/router.ts: node --import tsx bench/router-worker.ts
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Router } from '../tools/router/router.js';
import { startRestartable, type RestartableService } from '../lab/restartable.js';

export interface WorkerRequest {
  id: number;
  cmd: string;
  args?: Record<string, unknown>;
}

export type WorkerAnswer =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** What one run of the load generator saw. */
export interface LoadResult {
  /** Requests scheduled in the measured window (after the warm-up). */
  scheduled: number;
  /** Of those, answered 200. */
  ok: number;
  /** Of those, failed, by kind: `status 502`, `closed`, `timeout`, `unsent`… */
  errors: Record<string, number>;
  failed: number;
  /** Answers of 200 per second over the measured window. */
  rps: number;
  /** Latency from the scheduled send time to the end of the answer (ms): waiting for a free connection counts. */
  p50: number;
  p99: number;
  max: number;
  connections: number;
  windowS: number;
}

let service: RestartableService | undefined;
let router: Router | undefined;

/**
 * Open-loop keep-alive load on raw sockets: requests are due on a fixed schedule (`rate`/s);
 * each goes out on an idle connection (a new one while fewer than `connections` are open) or
 * waits for one; its latency runs from when it was due. Answers must carry a Content-Length.
 */
async function runLoad(args: Record<string, unknown>): Promise<LoadResult> {
  const url = new URL(String(args.url));
  const rate = Number(args.rate);
  const seconds = Number(args.seconds);
  const warmupS = Number(args.warmupS ?? 0);
  const maxConnections = Number(args.connections ?? 64);
  const timeoutMs = Number(args.timeoutMs ?? 5000);
  const port = Number(url.port);
  const wire = Buffer.from(
    `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\nUser-Agent: glidepath-bench-router\r\n\r\n`,
    'latin1',
  );
  const started = performance.now();
  const measureFrom = started + warmupS * 1000;
  const end = started + (warmupS + seconds) * 1000;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let scheduled = 0;
  let ok = 0;
  let issued = 0;
  let opened = 0;
  const queue: number[] = [];
  let queueHead = 0;

  interface Conn {
    socket: Socket;
    ready: boolean;
    due: number;
    sentAt: number;
    buffer: Buffer;
    timer?: NodeJS.Timeout;
  }
  const open = new Set<Conn>();
  const idle: Conn[] = [];

  const record = (due: number, outcome: string | null) => {
    if (due < measureFrom || due >= end) return;
    if (outcome === null) {
      ok += 1;
      latencies.push(performance.now() - due);
    } else errors[outcome] = (errors[outcome] ?? 0) + 1;
  };
  const finish = (conn: Conn, outcome: string | null) => {
    clearTimeout(conn.timer);
    const due = conn.due;
    conn.due = -1;
    record(due, outcome);
  };
  const dispatch = () => {
    while (queueHead < queue.length) {
      let conn = idle.pop();
      if (!conn) {
        if (open.size >= maxConnections) return;
        conn = openConnection();
        if (!conn) return;
      }
      const due = queue[queueHead++] as number;
      send(conn, due);
    }
    if (queueHead > 4096) {
      queue.splice(0, queueHead);
      queueHead = 0;
    }
  };
  const send = (conn: Conn, due: number) => {
    conn.due = due;
    conn.sentAt = performance.now();
    conn.timer = setTimeout(() => {
      finish(conn, 'timeout');
      conn.socket.destroy();
    }, timeoutMs);
    if (conn.ready) conn.socket.write(wire);
  };
  const openConnection = (): Conn => {
    opened += 1;
    const socket = connect(port, url.hostname);
    socket.setNoDelay(true);
    const conn: Conn = { socket, ready: false, due: -1, sentAt: 0, buffer: Buffer.alloc(0) };
    open.add(conn);
    socket.on('connect', () => {
      conn.ready = true;
      if (conn.due >= 0) socket.write(wire);
    });
    socket.on('data', (data: Buffer) => {
      conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, data]) : data;
      for (;;) {
        const headEnd = conn.buffer.indexOf('\r\n\r\n');
        if (headEnd < 0) return;
        const head = conn.buffer.subarray(0, headEnd).toString('latin1');
        const length = /\r\ncontent-length: *(\d+)/i.exec(head);
        if (!length) {
          finish(conn, 'no content-length');
          socket.destroy();
          return;
        }
        const total = headEnd + 4 + Number(length[1]);
        if (conn.buffer.length < total) return;
        conn.buffer = conn.buffer.subarray(total);
        const status = Number(head.slice(9, 12));
        const closing = /\r\nconnection: *close/i.test(head);
        if (conn.due >= 0) finish(conn, status === 200 ? null : `status ${status}`);
        if (closing) {
          socket.destroy();
          return;
        }
        idle.push(conn);
        dispatch();
        if (!conn.buffer.length) return;
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      open.delete(conn);
      const at = idle.indexOf(conn);
      if (at >= 0) idle.splice(at, 1);
      if (conn.due >= 0) finish(conn, 'closed');
      dispatch();
    });
    return conn;
  };

  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const until = Math.min(now, end);
      const due = Math.floor(((until - started) * rate) / 1000);
      while (issued < due) {
        const at = started + (issued * 1000) / rate;
        issued += 1;
        if (at >= measureFrom) scheduled += 1;
        queue.push(at);
      }
      dispatch();
      if (now >= end) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  // What is in flight gets its answer (bounded); what never went out is a failure.
  const drainUntil = performance.now() + timeoutMs;
  while ([...open].some((c) => c.due >= 0) && performance.now() < drainUntil)
    await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = queueHead; i < queue.length; i++) record(queue[i] as number, 'unsent');
  for (const conn of open) conn.socket.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies.length
      ? (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] as number)
      : 0;
  const failed = Object.values(errors).reduce((a, b) => a + b, 0);
  return {
    scheduled,
    ok,
    errors,
    failed,
    rps: ok / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.length ? (latencies[latencies.length - 1] as number) : 0,
    connections: opened,
    windowS: seconds,
  };
}

async function handle(request: WorkerRequest): Promise<unknown> {
  const args = request.args ?? {};
  switch (request.cmd) {
    case 'ping':
      return process.pid;
    case 'upstream': {
      await service?.close();
      service = await startRestartable(String(args.name));
      return { origin: service.origin, port: service.port, pid: process.pid };
    }
    case 'restart':
      if (!service) throw new Error('no upstream');
      await service.restart(
        args.mode === 'abrupt' ? 'abrupt' : 'graceful',
        Number(args.downMs ?? 100),
      );
      return service.generation;
    case 'router': {
      await router?.stop(1000);
      router = new Router({
        stable: String(args.stable),
        canary: String(args.canary),
        weight: Number(args.weight),
        retries: args.retries !== false,
      });
      await router.start();
      return { url: router.url, pid: process.pid };
    }
    case 'counters':
      return router?.state.counters ?? null;
    case 'load':
      return runLoad(args);
    case 'exit':
      await shutdown();
      return null;
    default:
      throw new Error(`unknown command ${request.cmd}`);
  }
}

async function shutdown(): Promise<void> {
  await router?.stop(1000).catch(() => undefined);
  router = undefined;
  await service?.close().catch(() => undefined);
  service = undefined;
}

process.on('message', (message: WorkerRequest) => {
  const reply = (answer: WorkerAnswer) => {
    process.send?.(answer, undefined, undefined, () => {
      if (message.cmd === 'exit' && process.connected) process.disconnect();
    });
  };
  handle(message).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) =>
      reply({
        id: message.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});

process.on('disconnect', () => void shutdown());
