import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

/**
 * An upstream that restarts the two ways real ones do, always on the same port:
 *
 * - `graceful`: a new generation of the server takes over the listening socket (as an nginx
 *   reload, `haproxy -sf` or a socket-activated service hands it on), so no connection is ever
 *   refused; the old generation closes its idle keep-alive connections at once and finishes the
 *   requests it has in flight, answering them with `Connection: close`.
 * - `abrupt`: the process dies: every connection is cut, requests in flight included, and the
 *   port refuses connections for `downMs` before the new generation listens again.
 *
 * It answers `{"server","generation","method","bytes"}` (`bytes`: request body bytes it read,
 * to the end) with a Content-Length; `?delay=ms` answers after that long (up to 10 s).
 */
export interface RestartableService {
  name: string;
  port: number;
  /** http://127.0.0.1:port */
  origin: string;
  generation: number;
  /** Requests received, by method (all generations). */
  received: Record<string, number>;
  /** Connections accepted (all generations). */
  connections: number;
  restart(mode: 'graceful' | 'abrupt', downMs?: number): Promise<void>;
  close(): Promise<void>;
}

interface Generation {
  number: number;
  server: Server;
  sockets: Set<Socket>;
  busy: Set<Socket>;
  retired: boolean;
}

export async function startRestartable(
  name: string,
  options: { port?: number } = {},
): Promise<RestartableService> {
  let current: Generation;
  const generations = new Set<Generation>();
  const service: RestartableService = {
    name,
    port: 0,
    origin: '',
    generation: 0,
    received: {},
    connections: 0,
    restart: async () => {},
    close: async () => {},
  };

  const generation = (): Generation => {
    const gen: Generation = {
      number: ++service.generation,
      server: createHttpServer(),
      sockets: new Set(),
      busy: new Set(),
      retired: false,
    };
    gen.server.keepAliveTimeout = 30_000;
    gen.server.on('connection', (socket: Socket) => {
      gen.sockets.add(socket);
      socket.once('close', () => {
        gen.sockets.delete(socket);
        gen.busy.delete(socket);
        if (gen.retired && gen.sockets.size === 0) generations.delete(gen);
      });
    });
    gen.server.on('request', (req: IncomingMessage, res) => {
      const method = req.method ?? '?';
      service.received[method] = (service.received[method] ?? 0) + 1;
      const socket = req.socket;
      gen.busy.add(socket);
      res.once('finish', () => gen.busy.delete(socket));
      let bytes = 0;
      req.on('data', (chunk: Buffer) => (bytes += chunk.length));
      req.on('end', () => {
        const delay = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('delay') ?? 0);
        const answer = () => {
          if (res.destroyed) return;
          const body = JSON.stringify({ server: name, generation: gen.number, method, bytes });
          const headers: Record<string, string | number> = {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          };
          // A retired generation finishes what it has, then lets the connection go.
          if (gen.retired) headers.connection = 'close';
          res.writeHead(200, headers);
          res.end(body);
        };
        if (delay > 0) setTimeout(answer, Math.min(delay, 10_000));
        else answer();
      });
    });
    generations.add(gen);
    return gen;
  };

  current = generation();
  const listener = createNetServer((socket) => {
    service.connections += 1;
    current.server.emit('connection', socket);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      listener.once('error', reject);
      listener.listen(port, '127.0.0.1', () => {
        listener.off('error', reject);
        resolve();
      });
    });
  await listen(options.port ?? 0);
  service.port = (listener.address() as AddressInfo).port;
  service.origin = `http://127.0.0.1:${service.port}`;

  const retire = (gen: Generation) => {
    gen.retired = true;
    for (const socket of gen.sockets) if (!gen.busy.has(socket)) socket.destroy();
    if (gen.sockets.size === 0) generations.delete(gen);
  };
  const cutAll = () => {
    for (const gen of generations) for (const socket of gen.sockets) socket.destroy();
    generations.clear();
  };

  service.restart = async (mode, downMs = 100) => {
    if (mode === 'graceful') {
      const old = current;
      current = generation();
      retire(old);
      return;
    }
    const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
    cutAll();
    await closed;
    await new Promise((resolve) => setTimeout(resolve, downMs));
    current = generation();
    await listen(service.port);
  };
  service.close = async () => {
    const closed = listener.listening
      ? new Promise<void>((resolve) => listener.close(() => resolve()))
      : Promise.resolve();
    cutAll();
    await closed;
  };
  return service;
}
