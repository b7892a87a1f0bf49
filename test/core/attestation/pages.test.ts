import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn } from '../../../lab/fixtures.js';
import { makeTestSigstore, type TestSigstore } from '../../../tools/sigstore/index.js';
import { storage } from '../../../tools/stand-in/attestations.js';
import type { GitHubStandIn } from '../../../tools/stand-in/server.js';
import { createClient } from '../../../src/core/github/index.js';
import { readContext, UserError } from '../../../src/core/runtime/index.js';
import {
  AttestationRefused,
  checkAttestation,
  MAX_BUNDLE_BYTES,
} from '../../../src/core/attestation/index.js';

// Hostile or merely large answers of the attestations API: many attestations (GitHub lists every
// one of a digest, 100 a page, cursor-paginated), a malformed answer, a huge bundle. Each ends in
// one refusal naming what was wrong, and only list calls are made (no writes exist on this path).
const DIGEST = `sha256:${'ab'.repeat(32)}`;
const COMMIT = 'c0ffee'.padEnd(40, '0');
const junk = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', nonsense: true };

let api: GitHubStandIn;
let sig: TestSigstore;
let odd: Server;
let oddUrl = '';
let oddAnswer = '';
const saved = process.env.GLIDEPATH_TRUSTED_ROOT;
beforeAll(async () => {
  [api, sig] = await Promise.all([startStandIn(), makeTestSigstore()]);
  const file = `${(await import('node:os')).tmpdir()}/gp-pages-root-${process.pid}.json`;
  process.env.GLIDEPATH_TRUSTED_ROOT = sig.writeRoot(file);
  odd = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(oddAnswer);
  });
  await new Promise<void>((resolve) => odd.listen(0, '127.0.0.1', resolve));
  oddUrl = `http://127.0.0.1:${(odd.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.GLIDEPATH_TRUSTED_ROOT;
  else process.env.GLIDEPATH_TRUSTED_ROOT = saved;
  await api.stop();
  await new Promise((resolve) => odd.close(resolve));
});

function check(repository: string, baseUrl = api.url) {
  const ctx = readContext({
    GITHUB_REPOSITORY: repository,
    GITHUB_SERVER_URL: 'https://github.com',
  });
  return checkAttestation(
    createClient('t', { baseUrl }),
    ctx,
    { digest: DIGEST, commit: COMMIT },
    [],
  );
}
const lists = (repository: string) =>
  api.apiCalls(repository).filter((r) => r.path.includes('/attestations/'));

async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('verified, but a refusal was expected');
}

describe('many, malformed and huge attestation answers', () => {
  it('reads the next page only while none has verified', async () => {
    const [owner, repo] = ['octo', 'many'];
    for (let i = 0; i < 100; i++) api.addAttestation(owner, repo, DIGEST, junk);
    api.addAttestation(
      owner,
      repo,
      DIGEST,
      await sig.bundle({ digest: DIGEST, repository: 'octo/many', commit: COMMIT }),
    );
    for (let i = 0; i < 5; i++) api.addAttestation(owner, repo, DIGEST, junk);
    const facts = await check('octo/many');
    expect(facts.commit).toBe(COMMIT);
    expect(lists('octo/many')).toHaveLength(2);
    expect(lists('octo/many')[1]?.query).toMatchObject({
      per_page: '100',
      after: expect.any(String),
    });
    expect(api.violations.splice(0)).toEqual([]);
  });

  it('stops after three pages with one refusal saying so', async () => {
    for (let i = 0; i < 301; i++) api.addAttestation('octo', 'flood', DIGEST, junk);
    storage.inlineBundles = true; // the pages matter here, not the downloads
    const error = await refusal(check('octo/flood')).finally(() => {
      storage.inlineBundles = false;
    });
    expect(error).toBeInstanceOf(AttestationRefused);
    expect(error.message).toMatch(
      /^Attestation check 'attestation present' failed: none of the first 300 attestations GitHub lists for sha256:abab\w+ verifies \(it lists more; the first refusal: Attestation check 'bundle' failed: not a valid Sigstore bundle/,
    );
    expect(lists('octo/flood')).toHaveLength(3);
    expect(api.writes('octo/flood')).toEqual([]);
  });

  it('refuses a huge inline bundle by its size', async () => {
    storage.inlineBundles = true;
    const huge = { ...junk, padding: 'x'.repeat(MAX_BUNDLE_BYTES) };
    api.addAttestation('octo', 'huge', DIGEST, huge);
    const error = await refusal(check('octo/huge')).finally(() => {
      storage.inlineBundles = false;
    });
    expect(error.message).toMatch(
      new RegExp(
        `^Attestation check 'bundle' failed: it is \\d+ bytes, over the ${MAX_BUNDLE_BYTES}-byte bound`,
      ),
    );
  });

  it.each([
    ['not JSON', '<html>busy</html>'],
    ['no attestations list', '{"attestations": "none"}'],
  ])('refuses an answer that is %s with one error', async (_case, body) => {
    oddAnswer = body;
    const error = await refusal(check('octo/odd', oddUrl));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /^Attestation check 'attestations API' failed: GitHub's answer for sha256:abab\w+ has no attestations list; expected \{ attestations: \[\.\.\.\] \} \(nothing was written\)$/,
    );
  });
});
