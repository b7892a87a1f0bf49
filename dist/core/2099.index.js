"use strict";
exports.id = 2099;
exports.ids = [2099];
exports.modules = {

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


/***/ }),

/***/ 92099:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_RETRIES: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.q1),
/* harmony export */   BACKOFF_UNIT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.lP),
/* harmony export */   HISTORY_DEPTH: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.rD),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.j2),
/* harmony export */   apiPacing: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Fh),
/* harmony export */   attestationText: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.an),
/* harmony export */   clip140: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.MC),
/* harmony export */   createClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.UU),
/* harmony export */   createDeployment: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Yy),
/* harmony export */   describeStore: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.Fk),
/* harmony export */   explainPermission: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.zi),
/* harmony export */   fetchArtifact: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.t2),
/* harmony export */   fetchedArchiveName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.JL),
/* harmony export */   isGlidepath: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.tO),
/* harmony export */   isGood: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Kg),
/* harmony export */   isRateLimited: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Jz),
/* harmony export */   isTransient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.dg),
/* harmony export */   lastGood: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.mC),
/* harmony export */   lazyClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.qW),
/* harmony export */   listAttestations: () => (/* reexport safe */ _attestations_js__WEBPACK_IMPORTED_MODULE_6__.e),
/* harmony export */   locationFileName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.Zr),
/* harmony export */   ofArtifact: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Sd),
/* harmony export */   onApiHost: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.ed),
/* harmony export */   payloadFromRelease: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.s8),
/* harmony export */   readApprovals: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.RJ),
/* harmony export */   readHistory: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Lu),
/* harmony export */   runFields: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.Fz),
/* harmony export */   running: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.yk),
/* harmony export */   safeSegment: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.LX),
/* harmony export */   setStatus: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Lx),
/* harmony export */   storeInDirectory: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.yA),
/* harmony export */   storeInRelease: () => (/* reexport safe */ _releases_js__WEBPACK_IMPORTED_MODULE_5__.e),
/* harmony export */   teamPartial: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.bz)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24332);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58003);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22327);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9773);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60954);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(95893);
/* harmony import */ var _attestations_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72292);
// The public face of core/github: everything outside this folder imports from here.









/***/ }),

/***/ 9773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fz: () => (/* binding */ runFields),
/* harmony export */   an: () => (/* binding */ attestationText),
/* harmony export */   s8: () => (/* binding */ payloadFromRelease)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24332);


/** One summary cell for a verified attestation (or 'not required'). */
function attestationText(a) {
    if (!a)
        return 'not required';
    const log = a.log_index === undefined ? '' : `, Rekor log index ${a.log_index}`;
    return `✅ signed by \`${a.signer_workflow}\` at commit \`${a.commit.slice(0, 12)}\` (${a.predicate_type}${log})`;
}
/** The fields every Glidepath payload carries about the run that wrote it. */
function runFields(ctx) {
    return { run_id: ctx.runId, run_attempt: ctx.runAttempt, run_url: ctx.runUrl, actor: ctx.actor };
}
/** A version's manifest from its GitHub Release (`v<version>`), as a payload to deploy it from: for a version no deployment records yet. */
async function payloadFromRelease(client, ctx, version) {
    let release;
    try {
        release = (await client.rest.repos.getReleaseByTag({
            owner: ctx.owner,
            repo: ctx.repo,
            tag: `v${version}`,
        })).data;
    }
    catch (error) {
        if (error.status === 404)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`No release v${version} exists, so ${version} cannot be found: build it with storage: release first`);
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'contents: read', `read release v${version}`);
    }
    const manifestAsset = release.assets.find((a) => a.name.endsWith('.manifest.json'));
    if (!manifestAsset)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Release v${version} has no Glidepath manifest asset`);
    const raw = await client
        .request(`GET ${manifestAsset.url}`, { headers: { accept: 'application/octet-stream' } })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPermission */ .zi)(error, 'contents: read', `download the manifest of release v${version}`));
    const manifest = JSON.parse(Buffer.from(raw.data).toString('utf8'));
    const archiveAsset = release.assets.find((a) => a.name === manifest.archive);
    if (!archiveAsset)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Release v${version} has no asset '${manifest.archive}', the archive its manifest names`);
    return {
        glidepath: 1,
        name: manifest.name,
        version: manifest.version,
        digest: manifest.digest,
        artifact: {
            storage: 'release',
            url: archiveAsset.browser_download_url,
            assetUrl: archiveAsset.url,
            tag: release.tag_name,
            releaseId: release.id,
            archive: archiveAsset.name,
            manifest: manifestAsset.name,
            immutable: release.immutable === true,
        },
        commit: manifest.commit,
        source_environment: null,
        ...runFields(ctx),
        approvers: [],
    };
}


/***/ })

};
;