import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectEntries, writeArchive } from '../src/core/artifact/index.js';
import {
  archiveFileName,
  digestOf,
  manifestFileName,
  MANIFEST_SCHEMA,
  serialiseManifest,
  type Manifest,
} from '../src/core/artifact/index.js';
import { Router } from '../tools/router/router.js';
import type { GitHubStandIn, StandInOptions } from '../tools/stand-in/server.js';
import { startStandIn, tempDir, writeTree } from './fixtures.js';

/**
 * Builds and records artifacts without running build-artifact: the fault, cancel and security
 * suites need many repositories that already hold builds and deployments, and seeding them
 * through the stand-in costs milliseconds where a bundle run costs a second.
 */
export interface Build {
  name: string;
  version: string;
  digest: string;
  archivePath: string;
  manifestPath: string;
  manifestDigest: string;
}

/** A small archive and its manifest on disk, as build-artifact writes them. */
export async function makeBuild(
  version: string,
  name = 'web',
  commit = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
): Promise<Build> {
  const src = tempDir('glidepath-src-');
  writeTree(src, {
    'app/index.js': `console.log(${JSON.stringify(version)})\n`,
    'app/VERSION': `${version}\n`,
  });
  const out = tempDir('glidepath-build-');
  const archivePath = path.join(out, archiveFileName(name, version));
  const result = await writeArchive(
    await collectEntries(src, ['app', 'app/index.js', 'app/VERSION']),
    archivePath,
    { mtime: 0 },
  );
  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    name,
    version,
    archive: path.basename(archivePath),
    digest: `sha256:${result.sha256}`,
    size: result.size,
    files: result.files,
    commit,
    ref: 'refs/heads/main',
    runUrl: 'https://github.com/octo/app/actions/runs/1',
    sourceDateEpoch: 0,
  };
  const manifestPath = path.join(out, manifestFileName(manifest.archive));
  const text = serialiseManifest(manifest);
  writeFileSync(manifestPath, text);
  return {
    name,
    version,
    digest: manifest.digest,
    archivePath,
    manifestPath,
    manifestDigest: digestOf(text),
  };
}

/** Publishes a build as the GitHub Release v<version> with both assets; returns the location payloads record. */
export function publish(
  api: GitHubStandIn,
  repository: string,
  build: Build,
): Record<string, unknown> {
  const [owner, repo] = repository.split('/') as [string, string];
  const archive = path.basename(build.archivePath);
  const manifest = path.basename(build.manifestPath);
  const seeded = api.seedRelease(owner, repo, `v${build.version}`, [
    { name: archive, data: readFileSync(build.archivePath), contentType: 'application/gzip' },
    { name: manifest, data: readFileSync(build.manifestPath), contentType: 'application/json' },
  ]);
  const asset = seeded.assets[archive] as { url: string; browserDownloadUrl: string };
  return {
    storage: 'release',
    url: asset.browserDownloadUrl,
    assetUrl: asset.url,
    tag: `v${build.version}`,
    releaseId: seeded.releaseId,
    archive,
    manifest,
  };
}

/** The payload promote-environment writes, for a build stored at `location`. */
export function payloadOf(
  build: Build,
  location: Record<string, unknown>,
  run: { runId?: number; source?: string | null } = {},
): Record<string, unknown> {
  const runId = run.runId ?? 1;
  return {
    glidepath: 1,
    name: build.name,
    version: build.version,
    digest: build.digest,
    artifact: location,
    commit: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    source_environment: run.source ?? null,
    run_id: runId,
    run_attempt: 1,
    run_url: `https://github.com/octo/app/actions/runs/${runId}`,
    actor: 'octocat',
    approvers: [],
  };
}

/** Records a finished, successful Glidepath deployment of `build` to `environment`; returns its id. */
export function deployed(
  api: GitHubStandIn,
  repository: string,
  environment: string,
  build: Build,
  location: Record<string, unknown>,
  runId = 1,
): number {
  const [owner, repo] = repository.split('/') as [string, string];
  return api.addDeployment(owner, repo, {
    environment,
    payload: payloadOf(build, location, { runId }),
    states: ['in_progress', 'success'],
    description: `Glidepath: ${build.version} to ${environment}`,
  });
}

/** What the records of one repository say, for the invariants every reliability test checks. */
export function records(api: GitHubStandIn, repository: string, environment?: string) {
  const [owner, repo] = repository.split('/') as [string, string];
  return api.deployments(owner, repo, environment).map((d) => ({
    id: d.id,
    environment: d.environment,
    version: (d.payload as { version?: string } | null)?.version,
    runId: (d.payload as { run_id?: number } | null)?.run_id,
    latest: d.statuses[0]?.state ?? null,
    states: d.statuses.map((s) => s.state).reverse(),
  }));
}

/**
 * What a reliability or security suite sets up once: a stand-in (GraphQL schema built before any
 * run with a short timeout needs it), builds 1.0.0 and 2.0.0, and routers it stops together.
 */
export class Lab {
  private readonly routers: Router[] = [];
  private counter = 0;

  private constructor(
    readonly api: GitHubStandIn,
    readonly builds: { v1: Build; v2: Build },
  ) {}

  static async start(options: StandInOptions = {}): Promise<Lab> {
    const api = await startStandIn(options);
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { authorization: 'token warm-up', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return new Lab(api, { v1: await makeBuild('1.0.0'), v2: await makeBuild('2.0.0') });
  }

  /** A fresh repository name, so concurrent tests never share a history. */
  repository(prefix: string): string {
    this.counter += 1;
    return `octo/${prefix}${this.counter}`;
  }

  /** An embedded router at `weight` whose upstreams do not matter: tests watch its weight. */
  async router(weight: number): Promise<Router> {
    const r = new Router({ stable: 'http://127.0.0.1:9', canary: 'http://127.0.0.1:9', weight });
    await r.start();
    this.routers.push(r);
    return r;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.routers.map((r) => r.stop()), this.api.stop()]);
  }
}
