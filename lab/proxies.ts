import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { haproxyCommand } from '../src/core/traffic/haproxy.js';
import { tempDir } from './fixtures.js';

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const address = s.address();
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not start: ${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface RealProxy {
  url: string;
  stop(): Promise<void>;
}

export interface RealHaproxy extends RealProxy {
  socket: string;
  weight(server: string): Promise<number>;
  /** srv_admin_state of each server of backend `app`, read raw from `show servers state` (0 ready, 0x08 drain, 0x01 maint). */
  adminStates(): Promise<Record<string, number>>;
}

/** Debian's HAProxy on loopback: backend `app` with servers `stable` and `canary`, runtime API at level admin, Prometheus exporter on /metrics. */
export function startHaproxy(
  binary: string,
  stablePort: number,
  canaryPort: number,
): Promise<RealHaproxy> {
  return startHaproxyWith(binary, [
    { name: 'stable', port: stablePort, weight: 100 },
    { name: 'canary', port: canaryPort, weight: 0 },
  ]);
}

/**
 * Debian's HAProxy on loopback for experiments: backend `app` hashes the `uid` cookie (the
 * client address when there is none) on a consistent-hash ring, so the servers' weights set the
 * sticky split (the lines docs/actions/canary-step.md gives).
 */
export function startHaproxySticky(
  binary: string,
  stablePort: number,
  canaryPort: number,
): Promise<RealHaproxy> {
  return startHaproxyWith(
    binary,
    [
      { name: 'stable', port: stablePort, weight: 100 },
      { name: 'canary', port: canaryPort, weight: 0 },
    ],
    [
      '  http-request set-var(txn.key) req.cook(uid)',
      '  http-request set-var(txn.key) src if !{ req.cook(uid) -m found }',
      '  balance hash var(txn.key)',
      '  hash-type consistent sdbm avalanche',
    ],
  );
}

/**
 * Debian's HAProxy on loopback with backend `app` holding these servers (a pool for rolling
 * deploys), with `retries 0` so a request sent to a server that is down fails for the client
 * instead of being retried out of sight.
 */
export function startHaproxyPool(
  binary: string,
  servers: { name: string; port: number }[],
): Promise<RealHaproxy> {
  return startHaproxyWith(binary, servers, ['  retries 0']);
}

/**
 * Debian's HAProxy on loopback with backend `app` holding these servers, keeping the promise
 * Glidepath's embedded router is held to (bench/router.ts): a request whose connection failed,
 * or whose server closed the connection before any answer (a keep-alive connection closed as the
 * request went out), is sent again, up to 3 times, the last one to another server.
 */
export function startHaproxyRetrying(
  binary: string,
  servers: { name: string; port: number; weight?: number }[],
): Promise<RealHaproxy> {
  return startHaproxyWith(binary, servers, [
    '  retries 3',
    '  retry-on conn-failure empty-response',
    '  option redispatch',
  ]);
}

async function startHaproxyWith(
  binary: string,
  servers: { name: string; port: number; weight?: number }[],
  backend: string[] = [],
): Promise<RealHaproxy> {
  const dir = tempDir('glidepath-haproxy-');
  const port = await freePort();
  const socket = path.join(dir, 'admin.sock');
  const config = path.join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    [
      'global',
      `  stats socket ${socket} mode 600 level admin`,
      '  maxconn 2000',
      'defaults',
      '  mode http',
      '  timeout connect 2s',
      '  timeout client 30s',
      '  timeout server 30s',
      'frontend web',
      `  bind 127.0.0.1:${port}`,
      '  http-request use-service prometheus-exporter if { path /metrics }',
      '  default_backend app',
      'backend app',
      '  balance roundrobin',
      '  http-response set-header x-glidepath-upstream %s',
      ...backend,
      ...servers.map(
        (server) => `  server ${server.name} 127.0.0.1:${server.port} weight ${server.weight ?? 1}`,
      ),
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(binary, ['-f', config, '-db'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await waitFor(
    async () => (await haproxyCommand(socket, 'show info')).includes('Name: HAProxy'),
    'haproxy',
    () => log,
  );
  return {
    url: `http://127.0.0.1:${port}`,
    socket,
    weight: async (server) =>
      Number((await haproxyCommand(socket, `get weight app/${server}`)).split(' ')[0]),
    adminStates: async () => {
      const lines = (await haproxyCommand(socket, 'show servers state app'))
        .split('\n')
        .filter((line) => /^\d+ app /.test(line));
      return Object.fromEntries(
        lines.map((line) => line.split(' ')).map((f) => [f[3] as string, Number(f[6])]),
      );
    },
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

export interface RealNginx extends RealProxy {
  prefix: string;
  mainConf: string;
  upstreamConf: string;
  binary: string;
}

/**
 * Debian's nginx on loopback: upstream `app` whose servers are the include file Glidepath writes
 * (weights, everything on stable at first); with `split`, for experiments, an http-level include
 * (`upstreamConf`) that Glidepath rewrites with a `split_clients` setting `$glidepath_upstream`,
 * and `proxy_pass http://$glidepath_upstream`, everyone on stable at first.
 */
export function startNginx(
  binary: string,
  stablePort: number,
  canaryPort: number,
  mode: 'weights' | 'split' = 'weights',
): Promise<RealNginx> {
  const [stable, canary] = [`127.0.0.1:${stablePort}`, `127.0.0.1:${canaryPort}`];
  if (mode === 'weights')
    return startNginxWith(binary, `server ${stable} weight=100;\nserver ${canary} down;\n`);
  return startNginxWith(binary, `server ${stable};\nserver ${canary};\n`, [], {
    http: 'split.conf',
    initial: `split_clients "$remote_addr" $glidepath_upstream { * ${stable}; }\n`,
  });
}

/**
 * Debian's nginx on loopback whose upstream `app` is a pool of these ports (one `server` line
 * each), with `proxy_next_upstream off` so a request sent to a server that is down fails for the
 * client instead of being retried on another server out of sight.
 */
export function startNginxPool(binary: string, ports: number[]): Promise<RealNginx> {
  return startNginxWith(
    binary,
    `# the pool\n${ports.map((port) => `server 127.0.0.1:${port} max_fails=0;`).join('\n')}\n`,
    ['      proxy_next_upstream off;'],
  );
}

async function startNginxWith(
  binary: string,
  upstream: string,
  location: string[] = [],
  split?: { http: string; initial: string },
): Promise<RealNginx> {
  const prefix = tempDir('glidepath-nginx-');
  for (const d of ['logs', 'tmp']) mkdirSync(path.join(prefix, d), { recursive: true });
  const port = await freePort();
  const upstreamConf = path.join(prefix, split ? split.http : 'upstream.conf');
  const mainConf = path.join(prefix, 'nginx.conf');
  writeFileSync(upstreamConf, split ? split.initial : upstream);
  const upstreamsFile = path.join(prefix, 'upstream-app.conf');
  if (split) writeFileSync(upstreamsFile, upstream);
  writeFileSync(
    mainConf,
    [
      'worker_processes 1;',
      'daemon off;',
      'user root;',
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log warn;`,
      'events { worker_connections 512; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${prefix}/tmp/body;`,
      `  proxy_temp_path ${prefix}/tmp/proxy;`,
      `  fastcgi_temp_path ${prefix}/tmp/fastcgi;`,
      `  uwsgi_temp_path ${prefix}/tmp/uwsgi;`,
      `  scgi_temp_path ${prefix}/tmp/scgi;`,
      ...(split ? [`  include ${upstreamConf};`] : []),
      '  upstream app {',
      `    include ${split ? upstreamsFile : upstreamConf};`,
      '    keepalive 16;',
      '  }',
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    location / {',
      '      proxy_http_version 1.1;',
      '      proxy_set_header Connection "";',
      `      proxy_pass http://${split ? '$glidepath_upstream' : 'app'};`,
      ...location,
      '      add_header x-glidepath-upstream $upstream_addr always;',
      '    }',
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  const test = spawnSync(binary, ['-p', prefix, '-c', mainConf, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed: ${test.stderr}`);
  const child = spawn(binary, ['-p', prefix, '-c', mainConf], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/healthz`)).status < 600,
    'nginx',
    () => log,
  );
  return {
    url,
    prefix,
    mainConf,
    upstreamConf,
    binary,
    stop: async () => {
      child.kill('SIGQUIT');
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
