import { Agent, request } from 'node:http';

/** What a client load saw: every request that did not end in a 200 is a failure. */
export interface LoadStats {
  requests: number;
  failed: number;
  /** Failures by kind: `status 502`, `ECONNRESET`, … */
  errors: Record<string, number>;
  /** Answers by the server that gave them (`server` in the body). */
  byServer: Record<string, number>;
  /** Requests sent again because the proxy closed an idle keep-alive connection as they were sent (only with retryStale). */
  retried: number;
  seconds: number;
}

export interface ClientLoad {
  stats(): LoadStats;
  stop(): Promise<LoadStats>;
}

/**
 * Steady client traffic through a proxy: `connections` clients, each on its own keep-alive
 * connection, sending GETs one after another with `pauseMs` between them. With `retryStale`, a
 * GET that finds its reused keep-alive connection closed by the proxy (reset before any answer)
 * is sent once more on a new one, as browsers do (RFC 9112 §9.3.1) and as Node's documentation
 * advises (`request.reusedSocket`); those count in `retried`, never in `failed`.
 */
export function startLoad(
  url: string,
  options: {
    connections?: number;
    pauseMs?: number;
    timeoutMs?: number;
    retryStale?: boolean;
  } = {},
): ClientLoad {
  const stats: LoadStats = {
    requests: 0,
    failed: 0,
    errors: {},
    byServer: {},
    retried: 0,
    seconds: 0,
  };
  const started = Date.now();
  let running = true;
  const fail = (kind: string) => {
    stats.failed += 1;
    stats.errors[kind] = (stats.errors[kind] ?? 0) + 1;
  };
  const once = (agent: Agent, retry = false) =>
    new Promise<void>((resolve) => {
      if (!retry) stats.requests += 1;
      const req = request(
        url,
        { agent, headers: { 'user-agent': 'glidepath-test-load' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('error', (error) => {
            fail(error.message);
            resolve();
          });
          res.on('end', () => {
            if (res.statusCode !== 200) fail(`status ${res.statusCode}`);
            else {
              const server = (JSON.parse(body) as { server?: string }).server ?? '?';
              stats.byServer[server] = (stats.byServer[server] ?? 0) + 1;
            }
            resolve();
          });
        },
      );
      req.setTimeout(options.timeoutMs ?? 5000, () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (options.retryStale && !retry && req.reusedSocket && error.code === 'ECONNRESET') {
          stats.retried += 1;
          resolve(once(agent, true));
          return;
        }
        fail(error.code ?? error.message);
        resolve();
      });
      req.end();
    });
  const loops = Array.from({ length: options.connections ?? 4 }, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (running) {
      await once(agent);
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 10));
    }
    agent.destroy();
  });
  const snapshot = () => ({
    ...stats,
    errors: { ...stats.errors },
    byServer: { ...stats.byServer },
    seconds: (Date.now() - started) / 1000,
  });
  return {
    stats: snapshot,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return snapshot();
    },
  };
}
