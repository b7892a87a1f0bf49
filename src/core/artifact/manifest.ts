import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { UserError } from '../runtime/index.js';

export const MANIFEST_SCHEMA = 'glidepath.manifest/v1';

/** What build-artifact records about one build; promote and rollback trust nothing else. */
export interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  name: string;
  version: string;
  /** File name of the archive, beside the manifest. */
  archive: string;
  /** `sha256:<hex>` of the archive. */
  digest: string;
  size: number;
  files: number;
  commit: string;
  ref: string;
  runUrl: string;
  /** Seconds since the epoch written as every entry's mtime. */
  sourceDateEpoch: number;
  /** An OCI image reference with digest, when the build is a container image. */
  image?: string;
}

/** Canonical JSON (sorted keys, two-space indent, trailing newline), so equal manifests hash equal. */
export function serialiseManifest(manifest: Manifest): string {
  const sorted = Object.fromEntries(
    Object.entries(manifest)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function digestOf(text: string | Buffer): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

export async function readManifest(file: string): Promise<Manifest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(
      `The manifest '${file}' could not be read as JSON: ${(error as Error).message}`,
    );
  }
  const m = (parsed !== null && typeof parsed === 'object' ? parsed : {}) as Partial<Manifest>;
  if (
    m.schema !== MANIFEST_SCHEMA ||
    typeof m.version !== 'string' ||
    typeof m.digest !== 'string' ||
    !/^sha256:[0-9a-f]{64}$/.test(m.digest) ||
    typeof m.archive !== 'string'
  ) {
    throw new UserError(
      `The manifest '${file}' is not a Glidepath manifest (${MANIFEST_SCHEMA} with version, digest and archive): it was not written by build-artifact`,
    );
  }
  return m as Manifest;
}
