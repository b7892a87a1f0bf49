import { nextId, type RepoRoute } from './context.js';
import { notFound, validation } from './errors.js';
import type { AttestationRecord, RepoState } from './store.js';

/**
 * Artifact attestations: actions/attest-build-provenance stores a Sigstore bundle with
 * POST …/attestations, and GitHub lists the bundles by subject digest. As GitHub, the digests a
 * bundle is filed under are the subjects of its in-toto statement, and a digest with none answers
 * 404 (what `gh attestation verify` treats as "no attestations").
 */
export const attestationRoutes: RepoRoute[] = [
  {
    method: 'POST',
    pattern: '/repos/{owner}/{repo}/attestations',
    handler: ({ ctx, json, need }) => {
      need('attestations', 'write');
      const bundle = json.bundle as Record<string, unknown> | undefined;
      const digests = subjectDigests(bundle);
      if (!bundle || digests.length === 0)
        throw validation('Attestation', 'bundle', 'invalid', 'no in-toto subject with a sha256');
      return { status: 201, body: { id: storeAttestation(ctx.state, ctx.repo, digests, bundle) } };
    },
  },
  {
    method: 'GET',
    pattern: '/repos/{owner}/{repo}/attestations/{subject_digest}',
    handler: ({ ctx, need }, { subject_digest }) => {
      need('attestations', 'read');
      const found = (ctx.repo.attestations ?? []).filter((a) =>
        a.digests.includes(String(subject_digest)),
      );
      if (found.length === 0) throw notFound();
      return {
        status: 200,
        body: {
          // GitHub adds a bundle_url to blob storage; the stand-in serves the bundle inline only.
          attestations: found.map((a) => ({ bundle: a.bundle, repository_id: ctx.repo.id })),
        },
      };
    },
  },
];

/** Files a bundle under the given digests (`sha256:<hex>`); returns its id. */
export function storeAttestation(
  state: Parameters<typeof nextId>[0],
  repo: RepoState,
  digests: string[],
  bundle: unknown,
): number {
  const id = nextId(state);
  const record: AttestationRecord = { id, digests, bundle };
  repo.attestations = [...(repo.attestations ?? []), record];
  return id;
}

/** The `sha256:<hex>` subjects of a bundle's in-toto statement (none when it is not one). */
export function subjectDigests(bundle: Record<string, unknown> | undefined): string[] {
  const envelope = bundle?.dsseEnvelope as { payload?: string } | undefined;
  if (typeof envelope?.payload !== 'string') return [];
  try {
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as {
      subject?: { digest?: { sha256?: string } }[];
    };
    return (statement.subject ?? [])
      .map((s) => s.digest?.sha256)
      .filter((hex): hex is string => typeof hex === 'string')
      .map((hex) => `sha256:${hex}`);
  } catch {
    return [];
  }
}
