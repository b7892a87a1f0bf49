"use strict";
exports.id = 8856;
exports.ids = [8856];
exports.modules = {

/***/ 68856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkAttestation: () => (/* reexport */ checkAttestation)
});

// UNUSED EXPORTS: ACTIONS_ISSUER, AttestationRefused, GITHUB_SIGSTORE_ORG, MAX_ATTESTATION_PAGES, MAX_BUNDLE_BYTES, SLSA_PROVENANCE_V1, bundleIssuer, githubTrustRoot, resolveBundleUrls, signedBy, trustRoot, trustedRoots, verifyAttestations

// EXTERNAL MODULE: ./src/core/github/attestations.ts
var attestations = __webpack_require__(72292);
// EXTERNAL MODULE: ./node_modules/snappyjs/index.js
var snappyjs = __webpack_require__(64528);
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
;// CONCATENATED MODULE: ./src/core/attestation/limits.ts
/** A bundle is a few kilobytes; anything over this (inline, downloaded or once decompressed) is refused. */
const MAX_BUNDLE_BYTES = 1024 * 1024;

;// CONCATENATED MODULE: ./src/core/attestation/bundle-url.ts



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
async function resolveBundleUrls(listed, options = {}) {
    const out = [...listed];
    let next = 0;
    const worker = async () => {
        while (next < out.length) {
            const i = next++;
            const entry = out[i];
            if ((entry.bundle !== undefined && entry.bundle !== null) || !entry.bundle_url)
                continue;
            try {
                out[i] = { ...entry, bundle: await download(entry.bundle_url, options) };
            }
            catch (error) {
                out[i] = { ...entry, bundle_error: error.message };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, out.length) }, worker));
    return out;
}
async function download(raw, { timeoutMs = 15_000, retryMs = 500 }) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new Error(`its bundle_url is not a URL`);
    }
    const where = `${url.protocol}//${url.host}${url.pathname}`; // the query holds the storage signature: never printed
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new Error(`its bundle_url ${where} is not an http(s) URL`);
    let body;
    let contentType = '';
    for (let attempt = 1; !body; attempt++) {
        let response;
        try {
            // No headers: the GitHub token stays with the API.
            response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
        }
        catch (error) {
            if (attempt < ATTEMPTS) {
                await (0,time/* sleep */.y)(retryMs * attempt);
                continue;
            }
            throw new Error(`downloading it from ${where} failed (${error.message})`, {
                cause: error,
            });
        }
        if (response.status >= 500 && attempt < ATTEMPTS) {
            await response.body?.cancel();
            await (0,time/* sleep */.y)(retryMs * attempt);
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
    let text;
    try {
        text = snappy
            ? Buffer.from((0,snappyjs/* uncompress */.k)(body, MAX_BUNDLE_BYTES)).toString('utf8')
            : body.toString('utf8');
    }
    catch (error) {
        throw new Error(`${where} is not a snappy-compressed bundle (${error.message})`, {
            cause: error,
        });
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new Error(`${where} does not hold a JSON bundle`);
    }
}
/** The body, refused as soon as it passes the bound (a missing or lying content-length included). */
async function readBounded(response, where) {
    const chunks = [];
    let size = 0;
    const reader = response.body?.getReader();
    if (!reader)
        return Buffer.alloc(0);
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > MAX_BUNDLE_BYTES) {
            await reader.cancel();
            throw new Error(`${where} sent over ${MAX_BUNDLE_BYTES} bytes for one bundle`);
        }
        chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
;// CONCATENATED MODULE: ./src/core/attestation/github-tuf-root.json
const github_tuf_root_namespaceObject = /*#__PURE__*/JSON.parse('{"e7":"https://tuf-repo.github.com","zr":{"signatures":[{"keyid":"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","sig":""},{"keyid":"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","sig":""},{"keyid":"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","sig":""},{"keyid":"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","sig":"3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"},{"keyid":"5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800","sig":"3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"},{"keyid":"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44","sig":"304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"},{"keyid":"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","sig":"3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"},{"keyid":"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","sig":"3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"},{"keyid":"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","sig":"30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"}],"signed":{"_type":"root","consistent_snapshot":true,"expires":"2025-04-11T14:36:57Z","keys":{"4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@ashtom"},"539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@nerdneha"},"54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@alexiswales"},"88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@gregose"},"8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@trevrosen"},"a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@kommendorkapten"},"d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@krukow"},"eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-keyowner":"@mph4"},"eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f":{"keytype":"ecdsa","keyval":{"public":"-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\\n-----END PUBLIC KEY-----\\n"},"scheme":"ecdsa-sha2-nistp256","x-tuf-on-ci-online-uri":"azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"}},"roles":{"root":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"snapshot":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":21,"x-tuf-on-ci-signing-period":7},"targets":{"keyids":["a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf","4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228","88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3","d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c","eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62","8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12","539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a","54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"],"threshold":3},"timestamp":{"keyids":["eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"],"threshold":1,"x-tuf-on-ci-expiry-period":7,"x-tuf-on-ci-signing-period":6}},"spec_version":"1.0.31","version":3,"x-tuf-on-ci-expiry-period":240,"x-tuf-on-ci-signing-period":60}}}');
;// CONCATENATED MODULE: ./src/core/attestation/public-good-root.json
const public_good_root_namespaceObject = /*#__PURE__*/JSON.parse('{"zr":{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1","tlogs":[{"baseUrl":"https://rekor.sigstore.dev","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-01-12T11:53:27.000Z"}},"logId":{"keyId":"wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0="}}],"certificateAuthorities":[{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ=="}]},"validFor":{"start":"2021-03-07T03:20:29.000Z","end":"2022-12-31T23:59:59.999Z"}},{"subject":{"organization":"sigstore.dev","commonName":"sigstore"},"uri":"https://fulcio.sigstore.dev","certChain":{"certificates":[{"rawBytes":"MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow="},{"rawBytes":"MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ"}]},"validFor":{"start":"2022-04-13T20:06:15.000Z"}}],"ctlogs":[{"baseUrl":"https://ctfe.sigstore.dev/test","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2021-03-14T00:00:00.000Z","end":"2022-10-31T23:59:59.999Z"}},"logId":{"keyId":"CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I="}},{"baseUrl":"https://ctfe.sigstore.dev/2022","hashAlgorithm":"SHA2_256","publicKey":{"rawBytes":"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==","keyDetails":"PKIX_ECDSA_P256_SHA_256","validFor":{"start":"2022-10-20T00:00:00.000Z"}},"logId":{"keyId":"3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4="}}]}}');
// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var bundle_dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/core/attestation/verify.ts






// Verifies GitHub artifact attestations (what actions/attest-build-provenance writes: a Sigstore
// bundle v0.3 holding a DSSE envelope over an in-toto statement with an SLSA provenance v1
// predicate) with sigstore-js, then checks who signed it. No X.509, DSSE or Rekor code of our own:
// @sigstore/verify checks the chain, the timestamps, the log entry and the signature; the identity
// is read from the certificate that verification returns.
/** The OIDC issuer of GitHub Actions' tokens, which Fulcio records in the certificate. */
const ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The predicate type actions/attest-build-provenance signs. */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
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
/** The organization GitHub's own Sigstore instance (private repositories) names its Fulcio CA by. */
const GITHUB_SIGSTORE_ORG = 'GitHub, Inc.';
/** A trusted_root.json (Sigstore's TrustedRoot message, as `gh attestation trusted-root` prints it). */
function trustRoot(name, json) {
    const root = dist.TrustedRoot.fromJSON(json);
    const organizations = [
        ...new Set(root.certificateAuthorities.map((ca) => ca.subject?.organization ?? '')),
    ].filter(Boolean);
    const github = organizations.includes(GITHUB_SIGSTORE_ORG);
    return {
        name,
        material: (0,verify_dist/* toTrustMaterial */.jO)(root),
        organizations,
        tlogThreshold: !github && root.tlogs.length > 0 ? 1 : 0,
        ctlogThreshold: !github && root.ctlogs.length > 0 ? 1 : 0,
        signedTimestampRequired: github,
    };
}
/** One named check failed: the message says which and what was expected. */
class AttestationRefused extends errors/* UserError */.yo {
    check;
    name = 'AttestationRefused';
    constructor(check, detail) {
        super(`Attestation check '${check}' failed: ${detail}`);
        this.check = check;
    }
}
/**
 * Verifies the listed attestations of one artifact and returns the facts of the first that
 * passes every check; when none does, throws the refusal of the one that got furthest.
 */
function verifyAttestations(listed, expected, roots) {
    if (listed.length === 0)
        throw new AttestationRefused('attestation present', `GitHub holds no attestation for ${expected.digest}: attest the archive right after build-artifact with actions/attest-build-provenance (subject-path: its archive-path output), with id-token: write and attestations: write`);
    let best;
    for (const entry of listed) {
        try {
            return verifyOne(entry, expected, roots);
        }
        catch (error) {
            if (!(error instanceof StagedRefusal))
                throw error;
            if (!best || error.stage > best.stage)
                best = { stage: error.stage, error: error.refusal };
        }
    }
    throw best.error;
}
class StagedRefusal extends Error {
    stage;
    refusal;
    constructor(stage, refusal) {
        super(refusal.message);
        this.stage = stage;
        this.refusal = refusal;
    }
}
function verifyOne(entry, expected, roots) {
    let stage = 0;
    const refuse = (check, detail) => {
        throw new StagedRefusal(stage, new AttestationRefused(check, detail));
    };
    if (entry.bundle === undefined || entry.bundle === null)
        refuse('bundle', entry.bundle_error
            ? `GitHub gave the bundle as a bundle_url, and ${entry.bundle_error}; expected the storage host to serve it`
            : entry.bundle_url
                ? 'GitHub gave the bundle as a bundle_url, which was not downloaded'
                : 'the attestation has neither a bundle nor a bundle_url');
    const size = JSON.stringify(entry.bundle).length;
    if (size > MAX_BUNDLE_BYTES)
        refuse('bundle', `it is ${size} bytes, over the ${MAX_BUNDLE_BYTES}-byte bound for one bundle`);
    let bundle;
    try {
        bundle = (0,bundle_dist/* bundleFromJSON */.vw)(entry.bundle);
    }
    catch (error) {
        return refuse('bundle', `not a valid Sigstore bundle (${error.message})`);
    }
    stage = 1;
    if (bundle.content.$case !== 'dsseEnvelope')
        refuse('bundle', 'expected a DSSE envelope (an in-toto statement), found a message signature');
    const envelope = bundle.content
        .dsseEnvelope;
    if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
        refuse('predicate type', `payload type is '${envelope.payloadType}', expected ${IN_TOTO_PAYLOAD_TYPE}`);
    let statement;
    try {
        statement = JSON.parse(envelope.payload.toString('utf8'));
    }
    catch {
        return refuse('predicate type', 'the envelope does not hold a JSON in-toto statement');
    }
    if (statement._type !== IN_TOTO_STATEMENT_V1 || statement.predicateType !== SLSA_PROVENANCE_V1)
        refuse('predicate type', `the statement is ${String(statement._type)} with predicate ${String(statement.predicateType)}, expected ${SLSA_PROVENANCE_V1}`);
    stage = 2;
    const hex = expected.digest.replace(/^sha256:/, '');
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some((s) => s?.digest?.sha256 === hex))
        refuse('subject digest', `the statement is about ${subjects.map((s) => `sha256:${s?.digest?.sha256 ?? '?'}`).join(', ') || 'no subject'}, expected ${expected.digest}`);
    stage = 3;
    const signer = verifySignature(bundle, roots, refuse);
    stage = 4;
    const identity = signer.identity ?? {};
    const issuer = identity.extensions?.issuer ?? '';
    if (issuer !== ACTIONS_ISSUER)
        refuse('issuer', `the certificate was issued for '${issuer}', expected ${ACTIONS_ISSUER}`);
    const san = identity.subjectAlternativeName ?? '';
    if (!expected.signers.some((allowed) => signedBy(san, allowed)))
        refuse('signer workflow', `signed by '${san}', expected a workflow matching ${expected.signers.join(' or ')}`);
    const ext = (oid) => {
        const found = identity.oids?.find((o) => o.oid?.id.join('.') === oid);
        return found ? core_dist.ASN1Obj.parseBuffer(Buffer.from(found.value)).value.toString('utf8') : undefined;
    };
    const repository = ext(OID.sourceRepositoryUri) ?? '';
    if (repository.toLowerCase() !== expected.repository.toLowerCase())
        refuse('source repository', `built from '${repository || 'no repository'}', expected ${expected.repository}`);
    const commit = ext(OID.sourceRepositoryDigest) ?? '';
    if (expected.commit && commit !== expected.commit)
        refuse('commit', `built from commit '${commit || 'none'}', expected ${expected.commit} (the commit the manifest records)`);
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
function verifySignature(bundle, roots, refuse) {
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle);
    }
    catch (error) {
        return refuse('bundle', `its signing material cannot be read (${error.message})`);
    }
    const issuerOrg = issuerOrganization(bundle);
    const chosen = roots.filter((root) => root.organizations.includes(issuerOrg));
    if (chosen.length === 0)
        refuse('signature', `the certificate was issued by '${issuerOrg || 'no organization'}', which no trusted Sigstore root names; expected ${[...new Set(roots.flatMap((r) => r.organizations))].join(' or ')} (Sigstore's public-good instance signs public repositories' attestations, GitHub's own instance private ones)`);
    const signed = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? [];
    const strict = chosen.find((root) => root.signedTimestampRequired);
    if (strict && signed.length === 0)
        refuse('timestamp', `the bundle was signed by GitHub's Sigstore instance (${strict.name}), which keeps no transparency log, and carries no signed timestamp; expected an RFC 3161 timestamp from GitHub's timestamp authority`);
    const logged = chosen.filter((root) => root.tlogThreshold > 0);
    if (logged.length === chosen.length && bundle.verificationMaterial.tlogEntries.length === 0)
        refuse('transparency log', `the bundle was signed by ${logged.map((r) => r.name).join(' or ')}, whose attestations are recorded in its transparency log, and carries no log entry; expected its Rekor entry`);
    const failures = [];
    for (const root of chosen) {
        try {
            return new verify_dist/* Verifier */.BL(root.material, {
                tlogThreshold: root.tlogThreshold,
                ctlogThreshold: root.ctlogThreshold,
                timestampThreshold: 1,
            }).verify(entity);
        }
        catch (error) {
            const e = error;
            const cause = e.cause?.message ? ` (${e.cause.message})` : '';
            failures.push(`${root.name}: ${e.code ? `${e.code} ` : ''}${e.message}${cause}`);
        }
    }
    return refuse('signature', `the bundle does not verify against the trusted Sigstore roots, expected a signature by a certificate of the Sigstore instance GitHub used: ${failures.join('; ')}`);
}
/** The issuer organization of a listed bundle's certificate ('' when it cannot be read): which instance signed it. */
function bundleIssuer(entry) {
    try {
        return issuerOrganization((0,bundle_dist/* bundleFromJSON */.vw)(entry.bundle));
    }
    catch {
        return '';
    }
}
/** The organization (O=) of the leaf certificate's issuer: which Sigstore instance's Fulcio signed it. */
function issuerOrganization(bundle) {
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (!der)
        return '';
    try {
        // `issuer` is the Name's content; put its SEQUENCE header back to parse it whole.
        const issuer = core_dist.X509Certificate.parse(Buffer.from(der)).issuer;
        const n = issuer.length;
        const length = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
        const name = core_dist.ASN1Obj.parseBuffer(Buffer.concat([Buffer.from([0x30, ...length]), issuer]));
        for (const rdn of name.subs)
            for (const attribute of rdn.subs)
                if (attribute.subs[0]?.toOID() === '2.5.4.10')
                    return attribute.subs[1]?.value.toString('utf8') ?? '';
    }
    catch {
        // An unreadable certificate is refused by sigstore-js with its own reason.
    }
    return '';
}
/** A SAN (`https://github.com/o/r/.github/workflows/build.yml@refs/heads/main`) against one allowed signer. */
function signedBy(san, allowed) {
    if (/\.ya?ml$/.test(allowed))
        return san.startsWith(`${allowed}@`);
    return san.startsWith(allowed.endsWith('/') ? allowed : `${allowed}/`) || san === allowed;
}

;// CONCATENATED MODULE: ./src/core/attestation/roots.ts





// Generated data, each with where it came from: Sigstore's public-good trusted root (Fulcio CAs,
// Rekor and CT log keys) and the TUF root metadata of GitHub's TUF repository, the anchor of the
// run-time fetch of GitHub's Sigstore trusted root.



/**
 * The trusted roots attestations are verified against: Sigstore's public-good root, embedded in
 * the bundle (no TUF fetch at run time), or, for tests only, the roots in the file named by
 * GLIDEPATH_TRUSTED_ROOT (one trusted_root.json, or JSON lines as `gh attestation trusted-root`
 * prints them), which then replace the embedded one.
 */
function trustedRoots(env = process.env) {
    const file = env.GLIDEPATH_TRUSTED_ROOT?.trim();
    if (!file)
        return [trustRoot('Sigstore public-good', public_good_root_namespaceObject.zr)];
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
    }
    catch (error) {
        throw new errors/* UserError */.yo(`GLIDEPATH_TRUSTED_ROOT names '${file}', which cannot be read (${error.message}): it is a test setting, leave it unset`);
    }
    const lines = text.startsWith('{') && !text.includes('\n{') ? [text] : text.split(/\r?\n/);
    return lines
        .filter((line) => line.trim())
        .map((line, i) => trustRoot(`${external_node_path_default().basename(file)}#${i + 1}`, JSON.parse(line)));
}
/**
 * GitHub's own Sigstore instance's trusted root (private repositories' attestations), fetched
 * through GitHub's TUF repository as `gh attestation verify` does, from the embedded TUF root
 * (github-tuf-root.json): GitHub rotates its Fulcio intermediates yearly, so a copy embedded at
 * build time would stop verifying new attestations. Asked only when a bundle's certificate was
 * issued by GitHub's instance; a fresh cache each run. GLIDEPATH_GITHUB_TUF_MIRROR and
 * GLIDEPATH_GITHUB_TUF_ROOT (a root.json path) point it at a test repository.
 */
async function githubTrustRoot(env = process.env) {
    const mirrorURL = env.GLIDEPATH_GITHUB_TUF_MIRROR?.trim() || github_tuf_root_namespaceObject.e7;
    const cachePath = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'glidepath-tuf-'));
    try {
        let rootPath = env.GLIDEPATH_GITHUB_TUF_ROOT?.trim();
        if (!rootPath) {
            rootPath = external_node_path_default().join(cachePath, 'anchor-root.json');
            (0,external_node_fs_.writeFileSync)(rootPath, JSON.stringify(github_tuf_root_namespaceObject.zr));
        }
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(7171), __webpack_require__.e(3357), __webpack_require__.e(3694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const root = await getTrustedRoot({
            mirrorURL,
            rootPath,
            cachePath,
            forceInit: true,
            retry: { retries: 2, minTimeout: 500 },
            timeout: 15_000,
        });
        return trustRoot("GitHub's Sigstore instance", dist.TrustedRoot.toJSON(root));
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Attestation check 'trusted root' failed: GitHub's Sigstore trusted root could not be fetched from its TUF repository ${mirrorURL} (${error.message}); expected it to answer, as gh attestation verify needs it too (nothing was written)`);
    }
    finally {
        (0,external_node_fs_.rmSync)(cachePath, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/core/attestation/check.ts




/** Pages of 100 read at most (GitHub lists every attestation of a digest, re-runs included). */
const MAX_ATTESTATION_PAGES = 3;
/**
 * Reads the attestations GitHub holds for the artifact's digest and verifies them, before any
 * write, so a refusal changes nothing. One API call when the first page (100) holds a verifiable
 * one; the next pages are read only while none has verified, up to MAX_ATTESTATION_PAGES.
 */
async function checkAttestation(client, ctx, artifact, signers) {
    const expected = {
        digest: artifact.digest,
        repository: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
        commit: artifact.commit,
        signers: signers.length
            ? signers
            : [`${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/.github/workflows/`],
    };
    const roots = trustedRoots();
    let next;
    let refused;
    for (let page = 1; page <= MAX_ATTESTATION_PAGES; page++) {
        const listed = await (0,attestations/* listAttestations */.e)(client, ctx, artifact.digest, next);
        if (page > 1 && listed.entries.length === 0)
            break;
        const entries = await resolveBundleUrls(listed.entries);
        // Private repositories' bundles come from GitHub's instance, whose root is fetched only then
        // (unless GLIDEPATH_TRUSTED_ROOT, a test setting, gave one).
        if (!roots.some((root) => root.organizations.includes(GITHUB_SIGSTORE_ORG)) &&
            entries.some((entry) => bundleIssuer(entry) === GITHUB_SIGSTORE_ORG))
            roots.push(await githubTrustRoot());
        try {
            return verifyAttestations(entries, expected, roots);
        }
        catch (error) {
            // The first page's refusal names the check; later pages only matter if one verifies.
            refused ??= error;
        }
        next = listed.next;
        if (!next)
            break;
        if (page === MAX_ATTESTATION_PAGES)
            throw new AttestationRefused('attestation present', `none of the first ${MAX_ATTESTATION_PAGES * 100} attestations GitHub lists for ${artifact.digest} verifies (it lists more; the first refusal: ${refused.message}); expected one of them to pass every check`);
    }
    throw refused;
}

;// CONCATENATED MODULE: ./src/core/attestation/index.ts
// The public face of core/attestation: verifying GitHub artifact attestations (Sigstore bundles)
// before a promotion. Loaded by dynamic import, only when require-attestation is true.







/***/ }),

/***/ 72292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ listAttestations)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24332);


/**
 * One page of the attestations GitHub holds for a subject digest (`GET
 * /repos/{o}/{r}/attestations/{digest}`, 100 a page, cursor-paginated through the Link header):
 * `next` is the URL that page's Link header gives. GitHub answers 404 when there are none. Server
 * errors are retried by the client; when they outlast the retries the step fails saying so,
 * before anything was written.
 */
async function listAttestations(client, ctx, digest, next) {
    try {
        const response = next
            ? await client.request({ method: 'GET', url: next })
            : await client.rest.repos.listAttestations({
                owner: ctx.owner,
                repo: ctx.repo,
                subject_digest: digest,
                per_page: 100,
            });
        const data = response.data;
        if (!Array.isArray(data?.attestations))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Attestation check 'attestations API' failed: GitHub's answer for ${digest} has no attestations list; expected { attestations: [...] } (nothing was written)`);
        const link = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1];
        return { entries: data.attestations, ...(link ? { next: link } : {}) };
    }
    catch (error) {
        if (error instanceof _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
            throw error;
        if (error.status === 404)
            return { entries: [] };
        try {
            return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'attestations: read', `list the attestations of ${digest}`);
        }
        catch (explained) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Attestation check 'attestations API' failed: ${explained.message}; expected GitHub to list the attestations of the artifact (nothing was written)`);
        }
    }
}


/***/ })

};
;