import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  digestOf,
  isVersion,
  type Manifest,
  readManifest,
  sha256File,
} from '../../core/artifact/index.js';
import { core, type RunContext, runnerTemp, UserError } from '../../core/runtime/index.js';
import {
  type AnyLocation,
  type DeploymentPayload,
  type DeploymentView,
  fetchArtifact,
  fetchedArchiveName,
  type GitHubDeps,
  type History,
  isGlidepath,
  lastGood,
  locationFileName,
  payloadFromRelease,
  runFields,
} from '../../core/github/index.js';
import type { PromoteSettings } from './inputs.js';

// Which artifact a promotion ships, and proof that its bytes are the bytes that were built: the
// archive beside its manifest (artifact-path), or the one a deployment or release records.

/** The artifact chosen for this promotion, verified against its recorded digest. */
export interface Chosen {
  name: string;
  version: string;
  digest: string;
  commit: string;
  archivePath: string;
  location: AnyLocation;
  image?: string;
}

/** The bytes found are not the bytes that were built. */
export class DigestMismatch extends UserError {
  constructor(
    message: string,
    readonly payload: DeploymentPayload,
    readonly commit: string,
  ) {
    super(message);
  }
}

/** The artifact to promote: the one at artifact-path, the version asked for, or what is live in the source. */
export async function chooseArtifact(
  settings: PromoteSettings,
  history: History,
  source: string | null,
  deps: GitHubDeps,
): Promise<Chosen> {
  if (settings.artifactPath && settings.manifestPath) {
    if (settings.manifestDigest) {
      const actual = digestOf(await fs.readFile(settings.manifestPath));
      if (actual !== settings.manifestDigest) {
        throw new UserError(
          `The manifest beside artifact-path has digest ${actual}, but manifest-digest is ${settings.manifestDigest}: it was changed after the build, so it is refused`,
        );
      }
    }
    const manifest = await readManifest(settings.manifestPath);
    if (settings.version && !isVersion(manifest.version, settings.version)) {
      throw new UserError(
        `Input 'version' is ${settings.version}, but the artifact at artifact-path is ${manifest.version}: pass one or the other, or the matching pair`,
      );
    }
    const location = await recordedLocation(settings.manifestPath, settings.artifactPath);
    const actual = `sha256:${await sha256File(settings.artifactPath)}`;
    if (actual !== manifest.digest) {
      const message = `The archive at artifact-path has digest ${actual}, but its manifest records ${manifest.digest}: it was changed after the build, so it is refused`;
      throw new DigestMismatch(
        message,
        refusedPayload(
          manifest.name,
          manifest.version,
          manifest.digest,
          manifest.commit,
          location,
          source,
          deps.ctx,
        ),
        manifest.commit,
      );
    }
    return { ...fromManifest(manifest), archivePath: settings.artifactPath, location };
  }
  const all = Object.values(history.deployments).flat();
  let found: DeploymentView | undefined;
  if (settings.version) {
    const wanted = settings.version;
    found = all.find(
      (d) => isGlidepath(d) && isVersion(d.payload.version, wanted) && d.states.includes('success'),
    );
    if (!found && !source) {
      // The first environment takes any build: find it by its GitHub Release.
      const p = await payloadFromRelease(deps.client(), deps.ctx, wanted);
      found = {
        id: 0,
        environment: '',
        createdAt: '',
        commit: p.commit,
        payload: p,
        latestState: null,
        latestDescription: '',
        states: [],
      };
    }
    if (!found) {
      throw new UserError(
        `Version ${wanted} was never deployed successfully to ${[source, settings.environment].filter(Boolean).join(' or ')}: promote it through ${source} first, or pass artifact-path (build-artifact's archive-path output)`,
      );
    }
  } else {
    if (!source)
      throw new UserError(
        `${settings.environment} is the first environment, so there is nothing to promote from: pass artifact-path (build-artifact's archive-path output)`,
      );
    found = lastGood(history.deployments[source]);
    if (!found)
      throw new UserError(
        `${source} has no successful Glidepath deployment to promote to ${settings.environment}: deploy there first, or pass artifact-path or version`,
      );
  }
  const p = found.payload as DeploymentPayload;
  const dir = runnerTemp('glidepath-fetched', String(found.id));
  let archivePath: string;
  try {
    archivePath = await fetchArtifact(
      p.artifact as AnyLocation,
      p.digest,
      path.join(dir, fetchedArchiveName(p.artifact as AnyLocation)),
      deps.client,
    );
  } catch (error) {
    if (error instanceof UserError && /has digest .* was recorded/.test(error.message)) {
      throw new DigestMismatch(
        error.message,
        refusedPayload(
          p.name,
          p.version,
          p.digest,
          p.commit,
          p.artifact as AnyLocation,
          source,
          deps.ctx,
        ),
        p.commit,
      );
    }
    throw error;
  }
  return {
    name: p.name,
    version: p.version,
    digest: p.digest,
    commit: p.commit,
    archivePath,
    location: p.artifact as AnyLocation,
    image: (p.artifact as AnyLocation).image,
  };
}

function refusedPayload(
  name: string,
  version: string,
  digest: string,
  commit: string,
  location: AnyLocation,
  source: string | null,
  ctx: RunContext,
): DeploymentPayload {
  return {
    glidepath: 1,
    name,
    version,
    digest,
    artifact: location as DeploymentPayload['artifact'],
    commit,
    source_environment: source,
    ...runFields(ctx),
    approvers: [],
  };
}

function fromManifest(m: Manifest): Omit<Chosen, 'archivePath' | 'location'> {
  return { name: m.name, version: m.version, digest: m.digest, commit: m.commit, image: m.image };
}

async function recordedLocation(manifestPath: string, archivePath: string): Promise<AnyLocation> {
  try {
    return JSON.parse(await fs.readFile(locationFileName(manifestPath), 'utf8')) as AnyLocation;
  } catch {
    core.warning(
      "No storage location beside the manifest: the deployment records this runner's path only, so a later rollback to this version needs the same archive. Build with storage: release or directory",
    );
    return { storage: 'none', url: '', path: archivePath, archive: path.basename(archivePath) };
  }
}
