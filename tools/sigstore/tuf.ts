import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
// The builder and handlers only: the package's index loads nock, which would take over every
// HTTP request of the process.
import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js';
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js';

// A TUF repository stand-in for GitHub's (https://tuf-repo.github.com), which serves the trusted
// root of GitHub's Sigstore instance: tuf-js's own repository builder (@tufjs/repo-mock: root,
// timestamp, snapshot and targets metadata signed with keys made here) served over HTTP on a free
// loopback port, so the run-time TUF fetch is exercised as on a runner.

export interface TufStandIn {
  /** The mirror URL (GLIDEPATH_GITHUB_TUF_MIRROR). */
  url: string;
  /** The repository's initial root.json, written to a file (GLIDEPATH_GITHUB_TUF_ROOT). */
  rootFile: string;
  /** Paths asked, in order. */
  requests: string[];
  stop(): Promise<void>;
}

/**
 * Serves a TUF repository whose one target is `trusted_root.json` with the given content;
 * `served` replaces the bytes sent for that target after the metadata was signed (an attacker's
 * root on the mirror, which TUF must refuse).
 */
export async function serveTufRepo(
  trustedRoot: unknown,
  rootFile: string,
  served?: unknown,
): Promise<TufStandIn> {
  const repo = initializeTUFRepo([
    { name: 'trusted_root.json', content: JSON.stringify(trustedRoot) },
  ]);
  const handlers = tufHandlers(repo, { metadataPathPrefix: '', targetPathPrefix: '/targets' });
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    // Consistent snapshots name targets `<hash>.<name>`: match on the name.
    const handler =
      handlers.find((h) => h.path === path) ??
      handlers.find((h) => h.path.startsWith('/targets/') && path.endsWith(h.path.slice(9)));
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    const { statusCode, response, contentType } = handler.fn();
    const body =
      served !== undefined && handler.path.startsWith('/targets/')
        ? JSON.stringify(served)
        : response;
    res.writeHead(statusCode, contentType ? { 'content-type': contentType } : {}).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  writeFileSync(rootFile, JSON.stringify(repo.rootMeta.toJSON()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootFile,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
