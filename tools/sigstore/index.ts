import { createHash, generateKeyPairSync, KeyObject, sign, webcrypto } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import * as x509 from '@peculiar/x509';
import { dsse, json } from '@sigstore/core';
import { initializeTSA } from '@sigstore/mock';

// A Sigstore stand-in for tests and the demo, made at run time (no keys committed): a Fulcio-like CA, a
// Rekor-like log key and the trusted root naming them, and bundles in the shape
// actions/attest-build-provenance writes (bundle v0.3, a DSSE envelope over an in-toto statement
// with an SLSA provenance v1 predicate, the leaf certificate with GitHub's OIDC extensions, and a
// transparency-log entry with both an inclusion promise and an inclusion proof that
// @sigstore/verify checks against the log key).
//
// `instance: 'github'` stands in for GitHub's own Sigstore instance, which signs the attestations
// of private repositories: a CA named as GitHub's Fulcio is (O=GitHub, Inc.), an RFC 3161
// timestamp authority (@sigstore/mock's, the one sigstore-js tests with) and no transparency log,
// so its bundles carry a signed timestamp and no log entry, as actions/attest writes them there.

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const LOG_URL = 'https://rekor.glidepath.test';
const LOG_ORIGIN = 'rekor.glidepath.test';
export const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** What a bundle's certificate and statement say; every field has a valid default. */
export interface BundleOptions {
  /** `sha256:<hex>` of the attested archive. */
  digest: string;
  /** `owner/repo` the build ran in. */
  repository: string;
  commit: string;
  /** The signing workflow's path in the repository. */
  workflow?: string;
  ref?: string;
  issuer?: string;
  predicateType?: string;
  /** The certificate's validity; by default ten minutes around the log time. */
  notBefore?: Date;
  notAfter?: Date;
  /** When the log recorded the entry (the time the certificate must be valid at). */
  integratedTime?: Date;
  /** Flip one bit of the DSSE signature after everything was signed. */
  tamper?: boolean;
  serverUrl?: string;
  /** Leave out the transparency-log entry (public-good instance; default: there is one). */
  noTlog?: boolean;
  /** Leave out the RFC 3161 timestamp (GitHub instance; default: there is one). */
  noTimestamp?: boolean;
}

/** Which Sigstore instance the stand-in plays: Sigstore's public-good one, or GitHub's. */
export type TestInstance = 'public-good' | 'github';

/** GitHub's Fulcio names itself so (gh picks GitHub's trusted root by this organization). */
export const GITHUB_ORG = 'GitHub, Inc.';

export interface TestSigstore {
  /** The trusted_root.json naming the CA and the log key. */
  trustedRoot: Record<string, unknown>;
  /** Writes the trusted root to a file (for GLIDEPATH_TRUSTED_ROOT) and returns its path. */
  writeRoot(file: string): string;
  /** A serialized bundle (as the attestations API returns it). */
  bundle(options: BundleOptions): Promise<Record<string, unknown>>;
}

const b64 = (bytes: ArrayBuffer | Buffer) => Buffer.from(bytes as ArrayBuffer).toString('base64');
const bytes = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);

/** DER of a UTF8String: how Fulcio writes its v2 extensions (1.3.6.1.4.1.57264.1.8 and up). */
function utf8String(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > 127) {
    const len = Buffer.from([0x81, bytes.length]);
    if (bytes.length > 255) throw new Error('extension value too long for this fixture');
    return new Uint8Array(Buffer.concat([Buffer.from([0x0c]), len, bytes])).buffer;
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0x0c, bytes.length]), bytes])).buffer;
}

export async function makeTestSigstore(
  instance: TestInstance = 'public-good',
): Promise<TestSigstore> {
  const github = instance === 'github';
  const caName = github
    ? { organization: GITHUB_ORG, commonName: 'glidepath test fulcio intermediate' }
    : { organization: 'glidepath.test', commonName: 'glidepath test fulcio' };
  const caKeys = (await webcrypto.subtle.generateKey(EC, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const start = new Date(Date.now() - 365 * 86_400_000);
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: `CN=${caName.commonName}, O=${caName.organization.replace(',', '\\,')}`,
    notBefore: start,
    notAfter: new Date(Date.now() + 365 * 86_400_000),
    signingAlgorithm: EC,
    keys: caKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const logKeys = (await webcrypto.subtle.generateKey(EC, true, [
    'sign',
    'verify',
  ])) as webcrypto.CryptoKeyPair;
  const logSpki = Buffer.from(await webcrypto.subtle.exportKey('spki', logKeys.publicKey));
  const logId = createHash('sha256').update(logSpki).digest();
  const logPrivate = KeyObject.from(logKeys.privateKey);
  const tsa = github
    ? await initializeTSA(generateKeyPairSync('ec', { namedCurve: 'P-256' }))
    : undefined;
  // The mock stamps `new Date()`; pkijs can write its milliseconds in a form @sigstore/core's
  // time parser refuses ('invalid time'), so each timestamp is stamped at a whole second.
  let stampAt = new Date();
  if (tsa)
    (tsa as unknown as { getCurrentTime: () => Date }).getCurrentTime = () =>
      new Date(Math.floor(stampAt.getTime() / 1000) * 1000);

  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: github
      ? []
      : [
          {
            baseUrl: LOG_URL,
            hashAlgorithm: 'SHA2_256',
            publicKey: {
              rawBytes: b64(logSpki),
              keyDetails: 'PKIX_ECDSA_P256_SHA_256',
              validFor: { start: start.toISOString() },
            },
            logId: { keyId: b64(logId) },
          },
        ],
    certificateAuthorities: [
      {
        subject: caName,
        uri: github ? 'https://fulcio.githubapp.glidepath.test' : 'https://fulcio.glidepath.test',
        certChain: { certificates: [{ rawBytes: b64(ca.rawData) }] },
        validFor: { start: start.toISOString() },
      },
    ],
    ctlogs: [],
    timestampAuthorities: tsa
      ? [
          {
            subject: { organization: GITHUB_ORG, commonName: 'glidepath test tsa' },
            uri: 'https://timestamp.githubapp.glidepath.test',
            certChain: {
              certificates: [
                { rawBytes: b64(bytes(tsa.intCertificate)) },
                { rawBytes: b64(bytes(tsa.rootCertificate)) },
              ],
            },
            validFor: { start: start.toISOString() },
          },
        ]
      : [],
  };

  let logIndex = 1000;
  return {
    trustedRoot,
    writeRoot(file) {
      writeFileSync(file, JSON.stringify(trustedRoot));
      return file;
    },
    async bundle(o) {
      const server = o.serverUrl ?? 'https://github.com';
      const workflow = o.workflow ?? '.github/workflows/build.yml';
      const ref = o.ref ?? 'refs/heads/main';
      const integrated = o.integratedTime ?? new Date();
      const signerUri = `${server}/${o.repository}/${workflow}@${ref}`;
      const leafKeys = (await webcrypto.subtle.generateKey(EC, true, [
        'sign',
        'verify',
      ])) as webcrypto.CryptoKeyPair;
      const ext = (oid: string, value: string) =>
        new x509.Extension(`1.3.6.1.4.1.57264.1.${oid}`, false, utf8String(value));
      const leaf = await x509.X509CertificateGenerator.create({
        serialNumber: (++logIndex).toString(16).padStart(4, '0'),
        subject: '',
        issuer: ca.subject,
        notBefore: o.notBefore ?? new Date(integrated.getTime() - 60_000),
        notAfter: o.notAfter ?? new Date(integrated.getTime() + 10 * 60_000),
        signingAlgorithm: EC,
        publicKey: leafKeys.publicKey,
        signingKey: caKeys.privateKey,
        extensions: [
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
          new x509.ExtendedKeyUsageExtension(['1.3.6.1.5.5.7.3.3']),
          await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
          new x509.SubjectAlternativeNameExtension([{ type: 'url', value: signerUri }], true),
          new x509.Extension(
            '1.3.6.1.4.1.57264.1.1',
            false,
            new Uint8Array(Buffer.from(o.issuer ?? ACTIONS_ISSUER)).buffer,
          ),
          ext('8', o.issuer ?? ACTIONS_ISSUER),
          ext('9', signerUri),
          ext('10', o.commit),
          ext('11', 'github-hosted'),
          ext('12', `${server}/${o.repository}`),
          ext('13', o.commit),
          ext('14', ref),
          ext('21', `${server}/${o.repository}/actions/runs/1/attempts/1`),
        ],
      });
      const statement = {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [{ name: 'app.tar.gz', digest: { sha256: o.digest.replace(/^sha256:/, '') } }],
        predicateType: o.predicateType ?? 'https://slsa.dev/provenance/v1',
        predicate: {
          buildDefinition: {
            buildType: 'https://actions.github.io/buildtypes/workflow/v1',
            externalParameters: {
              workflow: { ref, repository: `${server}/${o.repository}`, path: workflow },
            },
            resolvedDependencies: [
              { uri: `git+${server}/${o.repository}@${ref}`, digest: { gitCommit: o.commit } },
            ],
          },
          runDetails: {
            builder: { id: 'https://github.com/actions/runner/github-hosted' },
            metadata: { invocationId: `${server}/${o.repository}/actions/runs/1/attempts/1` },
          },
        },
      };
      const payloadType = 'application/vnd.in-toto+json';
      const payload = Buffer.from(JSON.stringify(statement));
      const signature = sign(
        'sha256',
        dsse.preAuthEncoding(payloadType, payload),
        KeyObject.from(leafKeys.privateKey),
      );
      // Tampered before the log entry is made: the log is consistent, only the signature is wrong.
      const sigBytes = Buffer.from(signature);
      if (o.tamper) sigBytes[sigBytes.length - 5] = (sigBytes[sigBytes.length - 5] as number) ^ 1;
      const certPem = leaf.toString('pem');
      const body = {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: {
            algorithm: 'sha256',
            value: createHash('sha256')
              .update(JSON.stringify({ payloadType, payload: b64(payload) }))
              .digest('hex'),
          },
          payloadHash: {
            algorithm: 'sha256',
            value: createHash('sha256').update(payload).digest('hex'),
          },
          signatures: [{ signature: b64(sigBytes), verifier: b64(Buffer.from(certPem)) }],
        },
      };
      const canonicalBody = Buffer.from(json.canonicalize(body));
      const index = logIndex;
      const seconds = Math.floor(integrated.getTime() / 1000);
      const set = sign(
        'sha256',
        Buffer.from(
          json.canonicalize({
            body: b64(canonicalBody),
            integratedTime: seconds,
            logIndex: index,
            logID: logId.toString('hex'),
          }),
        ),
        logPrivate,
      );
      // A tree of one leaf: its root is the leaf hash, and the proof has no hashes.
      const root = createHash('sha256')
        .update(Buffer.concat([Buffer.from([0]), canonicalBody]))
        .digest();
      const note = `${LOG_ORIGIN}\n1\n${b64(root)}\n`;
      const noteSig = sign('sha256', Buffer.from(note), logPrivate);
      const checkpoint = `${note}\n\u2014 ${LOG_ORIGIN} ${b64(Buffer.concat([logId.subarray(0, 4), noteSig]))}\n`;
      const tlogEntry = {
        logIndex: String(index),
        logId: { keyId: b64(logId) },
        kindVersion: { kind: 'dsse', version: '0.0.1' },
        integratedTime: String(seconds),
        inclusionPromise: { signedEntryTimestamp: b64(set) },
        inclusionProof: {
          logIndex: '0',
          rootHash: b64(root),
          treeSize: '1',
          hashes: [],
          checkpoint: { envelope: checkpoint },
        },
        canonicalizedBody: b64(canonicalBody),
      };
      // GitHub's instance: a signed timestamp over the signature from its TSA, and no log entry.
      stampAt = integrated;
      const signedTimestamp =
        tsa && !o.noTimestamp
          ? await tsa.timestamp({
              artifactHash: createHash('sha256').update(sigBytes).digest(),
              hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
              nonce: logIndex,
              policyOID: '1.3.6.1.4.1.57264.2',
            })
          : undefined;
      return {
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {
          tlogEntries: github || o.noTlog ? [] : [tlogEntry],
          timestampVerificationData: signedTimestamp
            ? { rfc3161Timestamps: [{ signedTimestamp: b64(bytes(signedTimestamp)) }] }
            : {},
          certificate: { rawBytes: b64(leaf.rawData) },
        },
        dsseEnvelope: {
          payload: b64(payload),
          payloadType,
          signatures: [{ sig: b64(sigBytes), keyid: '' }],
        },
      };
    },
  };
}
