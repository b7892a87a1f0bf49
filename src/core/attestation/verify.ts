import { bundleFromJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import { ASN1Obj, X509Certificate } from '@sigstore/core';
import {
  type Signer,
  type TrustMaterial,
  toSignedEntity,
  toTrustMaterial,
  Verifier,
} from '@sigstore/verify';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { UserError } from '../runtime/index.js';
import { MAX_BUNDLE_BYTES } from './limits.js';
import type { AttestationRecord } from '../github/index.js';

// Verifies GitHub artifact attestations (what actions/attest-build-provenance writes: a Sigstore
// bundle v0.3 holding a DSSE envelope over an in-toto statement with an SLSA provenance v1
// predicate) with sigstore-js, then checks who signed it. No X.509, DSSE or Rekor code of our own:
// @sigstore/verify checks the chain, the timestamps, the log entry and the signature; the identity
// is read from the certificate that verification returns.

/** The OIDC issuer of GitHub Actions' tokens, which Fulcio records in the certificate. */
export const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The predicate type actions/attest-build-provenance signs. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** Fulcio's certificate extensions (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const OID = {
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
};

/** What the promoted artifact must have been signed as. */
export interface Expected {
  /** `sha256:<hex>` of the archive. */
  digest: string;
  /** `https://github.com/<owner>/<repo>`: the repository the build ran in. */
  repository: string;
  /** The commit the manifest records (40 hex digits); empty when unknown. */
  commit: string;
  /** Allowed signing workflows: SAN prefixes (`…/.github/workflows/`) or whole workflow paths. */
  signers: string[];
}

/** What a verified attestation proves; recorded in the deployment payload and the summary. */
export type AttestationFacts = AttestationRecord;

/** The organization GitHub's own Sigstore instance (private repositories) names its Fulcio CA by. */
export const GITHUB_SIGSTORE_ORG = 'GitHub, Inc.';

/** One trusted root, named, with the verification policy its contents call for. */
export interface TrustRoot {
  name: string;
  material: TrustMaterial;
  /** The organizations its Fulcio CAs name: a bundle is verified against the root whose CA issued its certificate. */
  organizations: string[];
  /** Every kind of authority the root lists is required: a log entry when it lists logs, an SCT when it lists CT logs. */
  tlogThreshold: number;
  ctlogThreshold: number;
  /**
   * GitHub's instance records no transparency-log entry: its bundles must carry an RFC 3161
   * timestamp from GitHub's timestamp authority, the only proof of when the short-lived
   * certificate signed (what `gh attestation verify` requires of it: signed timestamps, no tlog).
   */
  signedTimestampRequired: boolean;
}

/** A trusted_root.json (Sigstore's TrustedRoot message, as `gh attestation trusted-root` prints it). */
export function trustRoot(name: string, json: unknown): TrustRoot {
  const root = TrustedRoot.fromJSON(json);
  const organizations = [
    ...new Set(root.certificateAuthorities.map((ca) => ca.subject?.organization ?? '')),
  ].filter(Boolean);
  const github = organizations.includes(GITHUB_SIGSTORE_ORG);
  return {
    name,
    material: toTrustMaterial(root),
    organizations,
    tlogThreshold: !github && root.tlogs.length > 0 ? 1 : 0,
    ctlogThreshold: !github && root.ctlogs.length > 0 ? 1 : 0,
    signedTimestampRequired: github,
  };
}

/** One named check failed: the message says which and what was expected. */
export class AttestationRefused extends UserError {
  override name = 'AttestationRefused';
  constructor(
    readonly check: string,
    detail: string,
  ) {
    super(`Attestation check '${check}' failed: ${detail}`);
  }
}

/** The attestations answer's entries: a bundle inline, or only a URL to it (downloaded by bundle-url.ts). */
export interface ListedAttestation {
  bundle?: unknown;
  bundle_url?: string;
  /** Why downloading the bundle from bundle_url failed. */
  bundle_error?: string;
}

/**
 * Verifies the listed attestations of one artifact and returns the facts of the first that
 * passes every check; when none does, throws the refusal of the one that got furthest.
 */
export function verifyAttestations(
  listed: ListedAttestation[],
  expected: Expected,
  roots: TrustRoot[],
): AttestationFacts {
  if (listed.length === 0)
    throw new AttestationRefused(
      'attestation present',
      `GitHub holds no attestation for ${expected.digest}: attest the archive right after build-artifact with actions/attest-build-provenance (subject-path: its archive-path output), with id-token: write and attestations: write`,
    );
  let best: { stage: number; error: AttestationRefused } | undefined;
  for (const entry of listed) {
    try {
      return verifyOne(entry, expected, roots);
    } catch (error) {
      if (!(error instanceof StagedRefusal)) throw error;
      if (!best || error.stage > best.stage) best = { stage: error.stage, error: error.refusal };
    }
  }
  throw (best as { error: AttestationRefused }).error;
}

class StagedRefusal extends Error {
  constructor(
    readonly stage: number,
    readonly refusal: AttestationRefused,
  ) {
    super(refusal.message);
  }
}

function verifyOne(
  entry: ListedAttestation,
  expected: Expected,
  roots: TrustRoot[],
): AttestationFacts {
  let stage = 0;
  const refuse = (check: string, detail: string): never => {
    throw new StagedRefusal(stage, new AttestationRefused(check, detail));
  };
  if (entry.bundle === undefined || entry.bundle === null)
    refuse(
      'bundle',
      entry.bundle_error
        ? `GitHub gave the bundle as a bundle_url, and ${entry.bundle_error}; expected the storage host to serve it`
        : entry.bundle_url
          ? 'GitHub gave the bundle as a bundle_url, which was not downloaded'
          : 'the attestation has neither a bundle nor a bundle_url',
    );
  const size = JSON.stringify(entry.bundle).length;
  if (size > MAX_BUNDLE_BYTES)
    refuse('bundle', `it is ${size} bytes, over the ${MAX_BUNDLE_BYTES}-byte bound for one bundle`);
  let bundle: Bundle;
  try {
    bundle = bundleFromJSON(entry.bundle as SerializedBundle);
  } catch (error) {
    return refuse('bundle', `not a valid Sigstore bundle (${(error as Error).message})`);
  }
  stage = 1;
  if (bundle.content.$case !== 'dsseEnvelope')
    refuse('bundle', 'expected a DSSE envelope (an in-toto statement), found a message signature');
  const envelope = (bundle.content as { dsseEnvelope: { payloadType: string; payload: Buffer } })
    .dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    refuse(
      'predicate type',
      `payload type is '${envelope.payloadType}', expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  let statement: {
    _type?: unknown;
    predicateType?: unknown;
    subject?: { name?: string; digest?: Record<string, string> }[];
  };
  try {
    statement = JSON.parse(envelope.payload.toString('utf8'));
  } catch {
    return refuse('predicate type', 'the envelope does not hold a JSON in-toto statement');
  }
  if (statement._type !== IN_TOTO_STATEMENT_V1 || statement.predicateType !== SLSA_PROVENANCE_V1)
    refuse(
      'predicate type',
      `the statement is ${String(statement._type)} with predicate ${String(statement.predicateType)}, expected ${SLSA_PROVENANCE_V1}`,
    );
  stage = 2;
  const hex = expected.digest.replace(/^sha256:/, '');
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (!subjects.some((s) => s?.digest?.sha256 === hex))
    refuse(
      'subject digest',
      `the statement is about ${subjects.map((s) => `sha256:${s?.digest?.sha256 ?? '?'}`).join(', ') || 'no subject'}, expected ${expected.digest}`,
    );
  stage = 3;
  const signer = verifySignature(bundle, roots, refuse);
  stage = 4;
  const identity = signer.identity ?? {};
  const issuer = identity.extensions?.issuer ?? '';
  if (issuer !== ACTIONS_ISSUER)
    refuse('issuer', `the certificate was issued for '${issuer}', expected ${ACTIONS_ISSUER}`);
  const san = identity.subjectAlternativeName ?? '';
  if (!expected.signers.some((allowed) => signedBy(san, allowed)))
    refuse(
      'signer workflow',
      `signed by '${san}', expected a workflow matching ${expected.signers.join(' or ')}`,
    );
  const ext = (oid: string): string | undefined => {
    const found = identity.oids?.find((o) => o.oid?.id.join('.') === oid);
    return found ? ASN1Obj.parseBuffer(Buffer.from(found.value)).value.toString('utf8') : undefined;
  };
  const repository = ext(OID.sourceRepositoryUri) ?? '';
  if (repository.toLowerCase() !== expected.repository.toLowerCase())
    refuse(
      'source repository',
      `built from '${repository || 'no repository'}', expected ${expected.repository}`,
    );
  const commit = ext(OID.sourceRepositoryDigest) ?? '';
  if (expected.commit && commit !== expected.commit)
    refuse(
      'commit',
      `built from commit '${commit || 'none'}', expected ${expected.commit} (the commit the manifest records)`,
    );
  const tlog = bundle.verificationMaterial.tlogEntries[0];
  return {
    signer_workflow: ext(OID.buildSignerUri) ?? san,
    commit,
    repository,
    predicate_type: SLSA_PROVENANCE_V1,
    issuer,
    ref: ext(OID.sourceRepositoryRef),
    run_invocation: ext(OID.runInvocationUri),
    ...(tlog ? { log_index: Number(tlog.logIndex) } : {}),
  };
}

/** sigstore-js against each trusted root in turn; the first that verifies the bundle wins. */
function verifySignature(
  bundle: Bundle,
  roots: TrustRoot[],
  refuse: (check: string, detail: string) => never,
): Signer {
  let entity: ReturnType<typeof toSignedEntity>;
  try {
    entity = toSignedEntity(bundle);
  } catch (error) {
    return refuse('bundle', `its signing material cannot be read (${(error as Error).message})`);
  }
  const issuerOrg = issuerOrganization(bundle);
  const chosen = roots.filter((root) => root.organizations.includes(issuerOrg));
  if (chosen.length === 0)
    refuse(
      'signature',
      `the certificate was issued by '${issuerOrg || 'no organization'}', which no trusted Sigstore root names; expected ${[...new Set(roots.flatMap((r) => r.organizations))].join(' or ')} (Sigstore's public-good instance signs public repositories' attestations, GitHub's own instance private ones)`,
    );
  const signed = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
  const strict = chosen.find((root) => root.signedTimestampRequired);
  if (strict && signed.length === 0)
    refuse(
      'timestamp',
      `the bundle was signed by GitHub's Sigstore instance (${strict.name}), which keeps no transparency log, and carries no signed timestamp; expected an RFC 3161 timestamp from GitHub's timestamp authority`,
    );
  const logged = chosen.filter((root) => root.tlogThreshold > 0);
  if (logged.length === chosen.length && bundle.verificationMaterial.tlogEntries.length === 0)
    refuse(
      'transparency log',
      `the bundle was signed by ${logged.map((r) => r.name).join(' or ')}, whose attestations are recorded in its transparency log, and carries no log entry; expected its Rekor entry`,
    );
  const failures: string[] = [];
  for (const root of chosen) {
    try {
      return new Verifier(root.material, {
        tlogThreshold: root.tlogThreshold,
        ctlogThreshold: root.ctlogThreshold,
        timestampThreshold: 1,
      }).verify(entity);
    } catch (error) {
      const e = error as Error & { code?: string; cause?: Error };
      const cause = e.cause?.message ? ` (${e.cause.message})` : '';
      failures.push(`${root.name}: ${e.code ? `${e.code} ` : ''}${e.message}${cause}`);
    }
  }
  return refuse(
    'signature',
    `the bundle does not verify against the trusted Sigstore roots, expected a signature by a certificate of the Sigstore instance GitHub used: ${failures.join('; ')}`,
  );
}

/** The issuer organization of a listed bundle's certificate ('' when it cannot be read): which instance signed it. */
export function bundleIssuer(entry: ListedAttestation): string {
  try {
    return issuerOrganization(bundleFromJSON(entry.bundle as SerializedBundle));
  } catch {
    return '';
  }
}

/** The organization (O=) of the leaf certificate's issuer: which Sigstore instance's Fulcio signed it. */
function issuerOrganization(bundle: Bundle): string {
  const material = bundle.verificationMaterial.content;
  const der =
    material.$case === 'certificate'
      ? material.certificate.rawBytes
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates[0]?.rawBytes
        : undefined;
  if (!der) return '';
  try {
    // `issuer` is the Name's content; put its SEQUENCE header back to parse it whole.
    const issuer = X509Certificate.parse(Buffer.from(der)).issuer;
    const n = issuer.length;
    const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
    const name = ASN1Obj.parseBuffer(Buffer.concat([Buffer.from([0x30, ...length]), issuer]));
    for (const rdn of name.subs)
      for (const attribute of rdn.subs)
        if (attribute.subs[0]?.toOID() === '2.5.4.10')
          return attribute.subs[1]?.value.toString('utf8') ?? '';
  } catch {
    // An unreadable certificate is refused by sigstore-js with its own reason.
  }
  return '';
}

/** A SAN (`https://github.com/o/r/.github/workflows/build.yml@refs/heads/main`) against one allowed signer. */
export function signedBy(san: string, allowed: string): boolean {
  if (/\.ya?ml$/.test(allowed)) return san.startsWith(`${allowed}@`);
  return san.startsWith(allowed.endsWith('/') ? allowed : `${allowed}/`) || san === allowed;
}
