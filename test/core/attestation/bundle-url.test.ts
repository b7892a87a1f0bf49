import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compress } from 'snappyjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../../lab/fixtures.js';
import { storage } from '../../../tools/stand-in/attestations.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import {
  AttestationRefused,
  MAX_BUNDLE_BYTES,
  resolveBundleUrls,
  verifyAttestations,
} from '../../../src/core/attestation/index.js';

// GitHub answers the attestations list with `bundle_url`s (signed blob-storage URLs serving the
// bundle snappy-compressed) instead of inline bundles. The stand-in answers so, checked against
// GitHub's OpenAPI description; hostile storage answers come from a server made here.
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const bundle = {
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: { tlogEntries: [], certificate: { rawBytes: 'AA==' } },
  dsseEnvelope: {
    payloadType: 'application/vnd.in-toto+json',
    payload: Buffer.from(
      JSON.stringify({ subject: [{ digest: { sha256: 'ab'.repeat(32) } }] }),
    ).toString('base64'),
    signatures: [{ sig: 'AA==', keyid: '' }],
  },
};

let api: GitHubStandIn;
let hostile: Server;
let hostileUrl = '';
const served: Record<string, () => { status: number; body: Buffer; type?: string }> = {};
const hits: Record<string, number> = {};
beforeAll(async () => {
  api = await startStandIn();
  hostile = createServer((req, res) => {
    const path = req.url ?? '';
    hits[path] = (hits[path] ?? 0) + 1;
    const answer = served[path]?.() ?? { status: 404, body: Buffer.from('') };
    res.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await api.stop();
  await new Promise((resolve) => hostile.close(resolve));
});

async function listed(repository: string) {
  const response = await fetch(
    `${api.url}/repos/${repository}/attestations/${DIGEST}?per_page=100`,
    {
      headers: { authorization: 'Bearer t', accept: 'application/vnd.github+json' },
    },
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { attestations: Record<string, unknown>[] }).attestations;
}

describe('bundle_url answers', () => {
  it('the stand-in lists a signed storage URL and no bundle, as GitHub does; it is downloaded without the token', async () => {
    api.addAttestation('octo', 'urls', DIGEST, bundle);
    const entries = await listed('octo/urls');
    expect(entries).toEqual([
      {
        repository_id: expect.any(Number),
        bundle_url: expect.stringMatching(
          /\/_storage\/attestations\/\d+\/\d+\.json\.sn\?se=.*&sig=/,
        ),
        initiator: 'user',
      },
    ]);
    expect(api.violations.splice(0)).toEqual([]);
    const [resolved] = await resolveBundleUrls(entries);
    expect(resolved?.bundle).toEqual(bundle);
    expect(storage.tokenLeaks).toEqual([]);
    // The storage refuses a request that carries a token, and a URL whose signature was altered.
    const url = entries[0]?.bundle_url as string;
    expect((await fetch(url, { headers: { authorization: 'Bearer t' } })).status).toBe(400);
    expect(storage.tokenLeaks.splice(0)).toHaveLength(1);
    const [forged] = await resolveBundleUrls([{ bundle_url: url.replace(/sig=[^&]+/, 'sig=x') }]);
    expect(forged?.bundle_error).toMatch(/answered 403 for the bundle$/);
    expect(forged?.bundle_error).not.toMatch(/sig=|se=/);
    // The download is not an API call.
    expect(api.apiCalls().some((r) => r.path.startsWith('/_storage/'))).toBe(false);
  });

  it('takes bundle: null as GitHub sends it, and leaves inline bundles alone', async () => {
    served['/null.json.sn'] = () => ({
      status: 200,
      body: Buffer.from(compress(Buffer.from(JSON.stringify(bundle)))),
      type: 'application/x-snappy',
    });
    const out = await resolveBundleUrls([
      { bundle: null, bundle_url: `${hostileUrl}/null.json.sn` },
      { bundle: { inline: true }, bundle_url: `${hostileUrl}/never` },
    ]);
    expect(out.map((e) => e.bundle)).toEqual([bundle, { inline: true }]);
    const [local] = await resolveBundleUrls([{ bundle: null, bundle_url: 'file:///etc/passwd' }]);
    expect(local?.bundle_error).toBe('its bundle_url file:///etc/passwd is not an http(s) URL');
    expect(hits['/never']).toBeUndefined();
  });

  it('retries a storage 5xx, then gives up with one reason', async () => {
    let calls = 0;
    served['/flaky.json.sn'] = () =>
      ++calls < 2
        ? { status: 503, body: Buffer.from('busy') }
        : { status: 200, body: Buffer.from(compress(Buffer.from(JSON.stringify(bundle)))) };
    served['/down.json.sn'] = () => ({ status: 503, body: Buffer.from('busy') });
    const [flaky, down] = await resolveBundleUrls(
      [{ bundle_url: `${hostileUrl}/flaky.json.sn` }, { bundle_url: `${hostileUrl}/down.json.sn` }],
      { retryMs: 5 },
    );
    expect(flaky?.bundle).toEqual(bundle);
    expect(down?.bundle_error).toMatch(/down\.json\.sn answered 503 for the bundle/);
    expect(hits['/down.json.sn']).toBe(3);
  });

  it.each<[string, () => { status: number; body: Buffer; type?: string }, RegExp]>([
    [
      'a huge body',
      () => ({ status: 200, body: Buffer.alloc(MAX_BUNDLE_BYTES + 10, 1) }),
      /bytes|over the/,
    ],
    [
      'a snappy header declaring 100 MB (a compression bomb)',
      // varint 100,000,000 then a few literal bytes: refused before any expansion.
      () => ({ status: 200, body: Buffer.from([0x80, 0xc2, 0xd7, 0x2f, 0x00, 0x41]) }),
      /not a snappy-compressed bundle \(The uncompressed length of 100000000 is too big/,
    ],
    [
      'bytes that are not snappy',
      () => ({ status: 200, body: Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]) }),
      /not a snappy-compressed bundle/,
    ],
    [
      'snappy of something that is not JSON',
      () => ({ status: 200, body: Buffer.from(compress(Buffer.from('<html>'))) }),
      /does not hold a JSON bundle/,
    ],
  ])('refuses %s with one clear reason', async (_case, answer, reason) => {
    const name = `/${_case.replace(/\W+/g, '-')}.json.sn`;
    served[name] = answer;
    const [entry] = await resolveBundleUrls([{ bundle_url: `${hostileUrl}${name}` }]);
    expect(entry?.bundle).toBeUndefined();
    expect(entry?.bundle_error).toMatch(reason);
    let refusal: unknown;
    try {
      verifyAttestations(
        [entry ?? {}],
        { digest: DIGEST, repository: '', commit: '', signers: [] },
        [],
      );
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AttestationRefused);
    expect((refusal as AttestationRefused).message).toMatch(
      /^Attestation check 'bundle' failed: GitHub gave the bundle as a bundle_url, and /,
    );
  });
});
