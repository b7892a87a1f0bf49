export const id = 541;
export const ids = [541];
export const modules = {

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_RETRIES: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.q1),
/* harmony export */   BACKOFF_UNIT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.lP),
/* harmony export */   HISTORY_DEPTH: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.rD),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.j2),
/* harmony export */   apiPacing: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Fh),
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
/* harmony export */   locationFileName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.Zr),
/* harmony export */   onApiHost: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.ed),
/* harmony export */   payloadFromRelease: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.s),
/* harmony export */   readApprovals: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.RJ),
/* harmony export */   readHistory: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Lu),
/* harmony export */   runFields: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.F),
/* harmony export */   running: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.yk),
/* harmony export */   safeSegment: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.LX),
/* harmony export */   setStatus: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Lx),
/* harmony export */   storeInDirectory: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.yA),
/* harmony export */   storeInRelease: () => (/* reexport safe */ _releases_js__WEBPACK_IMPORTED_MODULE_5__.e),
/* harmony export */   teamPartial: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.bz)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3173);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1377);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2911);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6528);
/* harmony import */ var _releases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8683);
// The public face of core/github: everything outside this folder imports from here.








/***/ }),

/***/ 8683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ storeInRelease)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4374);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9683);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2622);





/** Largest archive sent from memory (so a failed upload can be retried); bigger ones stream once. */
const BUFFERED_UPLOAD_LIMIT = 256 * 1024 * 1024;
/** The line of a release's notes that says which build it holds: how a re-run knows its own draft. */
const digestLine = (digest) => `Digest: \`${digest}\``;
/**
 * Stores archive and manifest as the GitHub Release `v<version>`, the way immutable releases
 * require: create a draft (invisible to users, still mutable), upload every asset, check them,
 * then publish. In a repository with immutable releases on, publishing locks the tag and the
 * assets for good; a failure before it leaves a draft that a re-run finds (same tag, same digest)
 * and finishes, never a published release without its assets. A release or draft of that tag
 * with other content is refused: a version never changes once built.
 */
async function storeInRelease(request, client, ctx) {
    const tag = `v${request.version}`;
    let release = await findRelease(client, ctx, tag, request);
    if (!release) {
        release = await createDraft(client, ctx, tag, request);
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Release ${tag}: draft ${release.id} created`);
    }
    else if (release.draft) {
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Release ${tag}: finishing draft ${release.id}, left by an earlier attempt of this build`);
    }
    const assets = await attachAssets(client, ctx, release, request);
    if (release.draft) {
        release = await publish(client, ctx, release, request);
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Release ${tag} published${release.immutable ? ' (immutable: tag and assets are locked)' : ''}`);
    }
    return {
        storage: 'release',
        url: assets.archive.browser_download_url,
        assetUrl: assets.archive.url,
        tag,
        releaseId: release.id,
        archive: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.archivePath),
        manifest: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.manifestPath),
        immutable: release.immutable === true,
    };
}
/**
 * The published release of `tag`, or this build's draft of it (drafts are found only by listing).
 * A draft of another build is refused with the fix.
 */
async function findRelease(client, ctx, tag, request) {
    try {
        const { data } = await client.rest.repos.getReleaseByTag({
            owner: ctx.owner,
            repo: ctx.repo,
            tag,
        });
        return data;
    }
    catch (error) {
        if (error.status !== 404)
            (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', `read release ${tag}`);
    }
    const draft = await findDraft(client, ctx, tag);
    if (draft && !(draft.body ?? '').includes(digestLine(request.digest))) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} exists as an unpublished draft of another build (its notes do not record digest ${request.digest}): delete that draft on the repository's Releases page, or give this build a new version, then re-run`);
    }
    return draft;
}
async function findDraft(client, ctx, tag) {
    const releases = await client
        .paginate(client.rest.repos.listReleases, { owner: ctx.owner, repo: ctx.repo, per_page: 100 })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', 'list releases'));
    return releases.find((r) => r.draft && r.tag_name === tag);
}
async function createDraft(client, ctx, tag, request) {
    try {
        const { data } = await client.rest.repos.createRelease({
            owner: ctx.owner,
            repo: ctx.repo,
            tag_name: tag,
            target_commitish: ctx.sha || undefined,
            name: `${request.name} ${request.version}`,
            body: `Built by Glidepath build-artifact in ${ctx.runUrl}\n\n${digestLine(request.digest)}`,
            draft: true,
            prerelease: semver__WEBPACK_IMPORTED_MODULE_2___default().prerelease(request.version) !== null,
        });
        return data;
    }
    catch (error) {
        const taken = alreadyExists(error);
        // A create whose answer was lost and whose retry met "already exists": the draft is there.
        const draft = taken ? await findDraft(client, ctx, tag) : undefined;
        if (draft)
            return draft;
        if (taken || burnedTag(error)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`The tag ${tag} is taken${burnedTag(error) ? ' for good: an immutable release used it, and GitHub never allows it again' : ''}: give this build a new version`);
        }
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: write', `create release ${tag}`);
    }
}
/** Uploads what is missing, refuses what differs, and checks that every asset is there as built. */
async function attachAssets(client, ctx, release, request) {
    const tag = release.tag_name;
    const listAssets = () => client
        .paginate(client.rest.repos.listReleaseAssets, {
        owner: ctx.owner,
        repo: ctx.repo,
        release_id: release.id,
        per_page: 100,
    })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', `list the assets of release ${tag}`));
    let assets = await listAssets();
    const wanted = [
        [request.archivePath, 'application/gzip'],
        [request.manifestPath, 'application/json'],
    ];
    for (const [file, contentType] of wanted) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
        const existing = assets.find((asset) => asset.name === name);
        if (existing) {
            // Already there (a re-run, or the retry of an upload whose answer was lost): the same bytes only.
            const same = file === request.archivePath
                ? existing.size === (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).size &&
                    (await assetDigest(client, ctx, existing.id)) === request.digest
                : true;
            if (!same) {
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} already has an asset '${name}' with other content: versions are immutable, so give this build a new version`);
            }
            continue;
        }
        if (release.immutable) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} is published and immutable but has no '${name}': GitHub locks its assets and its tag for good, so give this build a new version`);
        }
        await uploadAsset(client, release.upload_url, file, name, contentType);
    }
    // Checked as GitHub now lists them: every asset present, each the size that was built.
    assets = await listAssets();
    const found = {};
    for (const [file] of wanted) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file);
        const asset = assets.find((a) => a.name === name);
        const size = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).size;
        if (!asset || asset.size !== size) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .yo(`Release ${tag} does not hold '${name}' as built (${asset ? `${asset.size} bytes, not ${size}` : 'missing'} after the upload): re-run the job; the release stays a draft until it does`);
        }
        found[file === request.archivePath ? 'archive' : 'manifest'] = asset;
    }
    return found;
}
/** Publishes the draft (marking it latest unless a prerelease): from here on, immutable releases are locked. */
async function publish(client, ctx, release, request) {
    const { data } = await client.rest.repos
        .updateRelease({
        owner: ctx.owner,
        repo: ctx.repo,
        release_id: release.id,
        draft: false,
        make_latest: semver__WEBPACK_IMPORTED_MODULE_2___default().prerelease(request.version) === null ? 'true' : 'false',
    })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: write', `publish release ${release.tag_name}`));
    return data;
}
/** GitHub's 422 for a tag that an immutable release once used. */
function burnedTag(error) {
    const e = error;
    return (e.status === 422 &&
        (e.response?.data?.errors ?? []).some((x) => /immutable release/i.test(x.message ?? '')));
}
/** GitHub's 422 for a name (tag, asset) that is taken. */
function alreadyExists(error) {
    const e = error;
    return (e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === 'already_exists'));
}
/** Uploads one asset; undefined when GitHub says the name is taken (a retried upload whose first answer was lost). */
async function uploadAsset(client, uploadUrlTemplate, file, name, contentType) {
    const url = uploadUrlTemplate.replace(/\{[^}]*\}$/, '');
    const size = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(file)).size;
    const data = size <= BUFFERED_UPLOAD_LIMIT ? await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    try {
        const response = await client.request({
            method: 'POST',
            url: `${url}?name=${encodeURIComponent(name)}`,
            headers: { 'content-type': contentType, 'content-length': size },
            data,
            request: size <= BUFFERED_UPLOAD_LIMIT ? {} : { retries: 0 },
        });
        return response.data;
    }
    catch (error) {
        if (alreadyExists(error))
            return undefined;
        return (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: write', `upload '${name}' to the release`);
    }
}
async function assetDigest(client, ctx, assetId) {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    const response = await client
        .request('GET /repos/{owner}/{repo}/releases/assets/{asset_id}', {
        owner: ctx.owner,
        repo: ctx.repo,
        asset_id: assetId,
        headers: { accept: 'application/octet-stream' },
    })
        .catch((error) => (0,_client_js__WEBPACK_IMPORTED_MODULE_4__/* .explainPermission */ .zi)(error, 'contents: read', `download release asset ${assetId}`));
    const body = Buffer.from(response.data);
    return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}


/***/ })

};
