import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { compress } from 'snappyjs';
import { nextId, type RepoRoute } from './context.js';
import { notFound, validation, type Reply } from './errors.js';
import type { AttestationRecord, RepoState, StandInState } from './store.js';

/**
 * Artifact attestations: actions/attest-build-provenance stores a Sigstore bundle with
 * POST …/attestations, and GitHub lists the bundles by subject digest. As GitHub, the digests a
 * bundle is filed under are the subjects of its in-toto statement, and a digest with none answers
 * 404 (what `gh attestation verify` treats as "no attestations").
 *
 * As GitHub answers today (and as its OpenAPI example shows), a listed entry has no `bundle`, only
 * a `bundle_url`: a signed, expiring URL to blob storage (`…/attestations/<repo id>/<id>.json.sn
 * ?se=…&sig=…`) serving the bundle snappy-compressed as `application/x-snappy`. The stand-in
 * serves that storage under /_storage/ (another host in real life; not an API call): a wrong or
 * expired signature answers 403, and a request carrying an Authorization header answers 400 and is
 * recorded in `tokenLeaks` (the GitHub token must never reach the storage host).
 * `inlineBundles` switches to the older answer with the bundle inline.
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
    handler: ({ ctx, need, query, path }, { subject_digest }) => {
      need('attestations', 'read');
      const all = (ctx.repo.attestations ?? []).filter((a) =>
        a.digests.includes(String(subject_digest)),
      );
      if (all.length === 0) throw notFound();
      // Cursor pagination as GitHub's: `after` from the Link header's rel="next", never a page number.
      const perPage = Math.min(100, Math.max(1, Number(query.per_page ?? 30) || 30));
      const offset = query.after
        ? Number(/^o(\d+)$/.exec(Buffer.from(query.after, 'base64url').toString())?.[1] ?? NaN)
        : 0;
      if (!Number.isInteger(offset))
        throw validation('Attestation', 'after', 'invalid', 'bad cursor');
      const found = all.slice(offset, offset + perPage);
      const more = offset + perPage < all.length;
      const after = Buffer.from(`o${offset + perPage}`).toString('base64url');
      return {
        status: 200,
        headers: (more
          ? { link: `<${ctx.origin}${path}?per_page=${perPage}&after=${after}>; rel="next"` }
          : {}) as Record<string, string>,
        body: {
          attestations: found.map((a) =>
            storage.inlineBundles
              ? { bundle: a.bundle, repository_id: ctx.repo.id }
              : {
                  repository_id: ctx.repo.id,
                  bundle_url: storage.url(ctx.origin, ctx.repo.id, a.id),
                  initiator: 'user',
                },
          ),
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

/** The stand-in's blob storage for attestation bundles (one per process: its signing key is here). */
export const storage = {
  /** Answer with the bundle inline (GitHub before it moved bundles to storage). */
  inlineBundles: false,
  /** How long a bundle_url stays valid. */
  ttlSeconds: 3600,
  /** Requests that reached the storage with an Authorization header. */
  tokenLeaks: [] as string[],
  key: randomBytes(32),
  url(origin: string, repoId: number, id: number): string {
    const path = `/_storage/attestations/${repoId}/${id}.json.sn`;
    const se = new Date(Date.now() + this.ttlSeconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const query = new URLSearchParams({ se, sp: 'r', sr: 'b', sv: '2024-08-04' });
    query.set('sig', this.sign(path, se));
    return `${origin}${path}?${query}`;
  },
  sign(path: string, se: string): string {
    return createHmac('sha256', this.key).update(`${path}\n${se}`).digest('base64');
  },
  /** GET /_storage/attestations/{repo id}/{id}.json.sn: the bundle, snappy-compressed. */
  serve(
    state: StandInState,
    path: string,
    query: Record<string, string>,
    authorization: string | undefined,
  ): Reply {
    const text = (status: number, message: string): Reply => ({
      status,
      raw: Buffer.from(message),
      headers: { 'content-type': 'application/xml' },
    });
    if (authorization) {
      this.tokenLeaks.push(path);
      return text(400, 'InvalidAuthenticationInfo: Authorization header given with a SAS');
    }
    const expected = Buffer.from(this.sign(path, query.se ?? ''));
    const given = Buffer.from(query.sig ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return text(403, 'AuthenticationFailed: Signature did not match');
    if (!(Date.parse(query.se ?? '') > Date.now()))
      return text(403, 'AuthenticationFailed: Signed expiry time has passed');
    const [, repoId, id] = /^\/_storage\/attestations\/(\d+)\/(\d+)\.json\.sn$/.exec(path) ?? [];
    const record = Object.values(state.repos)
      .filter((r) => String(r.id) === repoId)
      .flatMap((r) => r.attestations ?? [])
      .find((a) => String(a.id) === id);
    if (!record) return text(404, 'BlobNotFound');
    return {
      status: 200,
      raw: Buffer.from(compress(Buffer.from(JSON.stringify(record.bundle)))),
      headers: { 'content-type': 'application/x-snappy' },
    };
  },
};
