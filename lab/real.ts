import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Real servers (HAProxy, nginx, Prometheus, Chromium) and kubectl come from Debian's packages. On a machine
 * without one, its tests skip with the reason printed; with GLIDEPATH_REQUIRE_REAL_SERVERS=1
 * (set by .ci/run after installing them) a missing server is a failure instead.
 */
export interface RealServer {
  name: string;
  path: string;
  available: boolean;
  version: string;
  reason: string;
}

const KNOWN: Record<string, { paths: string[]; versionArgs: string[]; pkg: string }> = {
  haproxy: {
    paths: ['/usr/sbin/haproxy', '/usr/bin/haproxy'],
    versionArgs: ['-v'],
    pkg: 'haproxy',
  },
  nginx: { paths: ['/usr/sbin/nginx', '/usr/bin/nginx'], versionArgs: ['-v'], pkg: 'nginx-light' },
  prometheus: { paths: ['/usr/bin/prometheus'], versionArgs: ['--version'], pkg: 'prometheus' },
  kubectl: {
    paths: ['/usr/bin/kubectl'],
    versionArgs: ['version', '--client'],
    pkg: 'kubernetes-client',
  },
  chromium: {
    paths: ['/usr/bin/chromium'],
    versionArgs: ['--headless', '--no-sandbox', '--version'],
    pkg: 'chromium',
  },
};

export const REQUIRE_REAL = process.env.GLIDEPATH_REQUIRE_REAL_SERVERS === '1';

export function realServer(name: keyof typeof KNOWN): RealServer {
  const known = KNOWN[name];
  if (!known) throw new Error(`unknown real server ${name}`);
  const path = known.paths.find((p) => existsSync(p));
  if (!path) {
    const reason = `${name} is not installed (apt-get install -y ${known.pkg}); its tests are skipped`;
    if (REQUIRE_REAL)
      throw new Error(`${reason}, but GLIDEPATH_REQUIRE_REAL_SERVERS=1 makes them mandatory`);
    console.warn(`SKIP: ${reason}`);
    return { name, path: '', available: false, version: '', reason };
  }
  const run = spawnSync(path, known.versionArgs, { encoding: 'utf8', timeout: 20_000 });
  const version = `${run.stdout}${run.stderr}`.trim().split('\n')[0] ?? '';
  return { name, path, available: true, version, reason: '' };
}
