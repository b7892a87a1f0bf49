import { uncompress } from 'snappyjs';
import { sleep } from '../runtime/index.js';
import { MAX_BUNDLE_BYTES } from './limits.js';
import type { ListedAttestation } from './verify.js';

/**
 * GitHub's attestations API may answer an entry with `bundle` null or absent and a `bundle_url`:
 * a signed, short-lived URL to blob storage (`…/attestations/…/N.json.sn?…&sig=…`) that serves the
 * bundle snappy-compressed (block format, `application/x-snappy`), as its OpenAPI example shows and
 * as `gh attestation verify` and the other clients download it. The URL carries its own signature:
 * it is fetched WITHOUT the GitHub token (which must never reach a storage host), with a bound on
 * the bytes read and on the size the snappy header declares, before anything is expanded.
 */

/** Downloads at a time, and attempts per download (a storage 5xx or a reset is retried). */
const PARALLEL = 4;
const ATTEMPTS = 3;

/** Entries with their bundle inline; one whose download failed keeps the reason in `bundle_error`. */
export async function resolveBundleUrls(
  listed: ListedAttestation[],
  options: { timeoutMs?: number; retryMs?: number } = {},
): Promise<ListedAttestation[]> {
  const out = [...listed];
  let next = 0;
  const worker = async () => {
    while (next < out.length) {
      const i = next++;
      const entry = out[i] as ListedAttestation;
      if ((entry.bundle !== undefined && entry.bundle !== null) || !entry.bundle_url) continue;
      try {
        out[i] = { ...entry, bundle: await download(entry.bundle_url, options) };
      } catch (error) {
        out[i] = { ...entry, bundle_error: (error as Error).message };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, out.length) }, worker));
  return out;
}

async function download(
  raw: string,
  { timeoutMs = 15_000, retryMs = 500 }: { timeoutMs?: number; retryMs?: number },
): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`its bundle_url is not a URL`);
  }
  const where = `${url.protocol}//${url.host}${url.pathname}`; // the query holds the storage signature: never printed
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`its bundle_url ${where} is not an http(s) URL`);
  let body: Buffer | undefined;
  let contentType = '';
  for (let attempt = 1; !body; attempt++) {
    let response: Response;
    try {
      // No headers: the GitHub token stays with the API.
      response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      if (attempt < ATTEMPTS) {
        await sleep(retryMs * attempt);
        continue;
      }
      throw new Error(`downloading it from ${where} failed (${(error as Error).message})`, {
        cause: error,
      });
    }
    if (response.status >= 500 && attempt < ATTEMPTS) {
      await response.body?.cancel();
      await sleep(retryMs * attempt);
      continue;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new Error(`${where} answered ${response.status} for the bundle`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BUNDLE_BYTES) {
      await response.body?.cancel();
      throw new Error(`${where} holds ${declared} bytes, over the ${MAX_BUNDLE_BYTES}-byte bound`);
    }
    contentType = response.headers.get('content-type') ?? '';
    body = await readBounded(response, where);
  }
  const snappy = /x-snappy/i.test(contentType) || url.pathname.endsWith('.sn');
  let text: string;
  try {
    text = snappy
      ? Buffer.from(uncompress(body, MAX_BUNDLE_BYTES)).toString('utf8')
      : body.toString('utf8');
  } catch (error) {
    throw new Error(`${where} is not a snappy-compressed bundle (${(error as Error).message})`, {
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Error(`${where} does not hold a JSON bundle`);
  }
}

/** The body, refused as soon as it passes the bound (a missing or lying content-length included). */
async function readBounded(response: Response, where: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BUNDLE_BYTES) {
      await reader.cancel();
      throw new Error(`${where} sent over ${MAX_BUNDLE_BYTES} bytes for one bundle`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}
