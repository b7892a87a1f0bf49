"use strict";
exports.id = 4750;
exports.ids = [4750];
exports.modules = {

/***/ 77752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   XU: () => (/* binding */ collectEntries),
/* harmony export */   _d: () => (/* binding */ writeArchive)
/* harmony export */ });
/* unused harmony exports DEFAULT_CHUNK_SIZE, readArchive */
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(72762);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56118);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(45649);











const gzip = (0,node_util__WEBPACK_IMPORTED_MODULE_6__.promisify)((node_zlib__WEBPACK_IMPORTED_MODULE_7___default().gzip));
const DEFAULT_CHUNK_SIZE = 1 << 20;
/**
 * Turns matched paths into archive entries: inside `root` only, symlinks that stay inside
 * `root`, no special files; sorted by name (byte order) so the archive never depends on the
 * order the file system listed them in.
 */
async function collectEntries(root, matches) {
    const realRoot = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(root);
    const byName = new Map();
    for (const match of matches) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(root, match);
        const relative = node_path__WEBPACK_IMPORTED_MODULE_4___default().relative(root, absolute);
        if (relative === '')
            continue;
        if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_4___default().isAbsolute(relative)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched '${absolute}', which is outside the working directory '${root}': only files inside it can be packaged`);
        }
        const name = relative.split((node_path__WEBPACK_IMPORTED_MODULE_4___default().sep)).join('/');
        if (byName.has(name))
            continue;
        const stat = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.lstat(absolute);
        if (stat.isSymbolicLink()) {
            const linkTarget = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readlink(absolute);
            let resolved;
            try {
                resolved = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.realpath(absolute);
            }
            catch {
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched the symlink '${name}', whose target '${linkTarget}' does not exist: remove it or exclude it with a '!' pattern`);
            }
            if (!(0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .isInside */ .FK)(realRoot, resolved)) {
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched the symlink '${name}' → '${linkTarget}', which points outside the working directory: package the target itself or exclude the link with a '!' pattern`);
            }
            byName.set(name, { name, absolute, type: 'symlink', mode: 0o777, size: 0, linkTarget });
        }
        else if (stat.isDirectory()) {
            byName.set(name, { name, absolute, type: 'directory', mode: 0o755, size: 0 });
        }
        else if (stat.isFile()) {
            byName.set(name, {
                name,
                absolute,
                type: 'file',
                mode: stat.mode & 0o111 ? 0o755 : 0o644,
                size: stat.size,
            });
        }
        else {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Input 'path' matched '${name}', which is not a regular file, directory or symlink (a socket, FIFO or device): exclude it with a '!' pattern`);
        }
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/**
 * Writes a reproducible .tar.gz: entries in the given order, every mtime the same, owner 0:0
 * with no names, normalised modes. The tar stream is cut into fixed-size chunks, each
 * compressed as its own gzip member on the thread pool (concatenated members are valid gzip,
 * as pigz and bgzip use), so packaging uses every core while memory stays bounded by
 * chunkSize × concurrency. Returns the archive's SHA-256, computed as it is written.
 */
async function writeArchive(entries, outPath, options) {
    const level = options.level ?? 6;
    const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    const concurrency = options.concurrency ?? Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_3__.availableParallelism)()) + 1;
    const mtime = new Date(options.mtime * 1000);
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_8__.pack();
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(outPath);
    let size = 0;
    let files = 0;
    const produce = (async () => {
        for (const entry of entries) {
            const header = {
                name: entry.name,
                mode: entry.mode,
                mtime,
                uid: 0,
                gid: 0,
                uname: '',
                gname: '',
            };
            if (entry.type === 'directory') {
                await addEntry(pack, { ...header, name: `${entry.name}/`, type: 'directory' });
            }
            else if (entry.type === 'symlink') {
                await addEntry(pack, { ...header, type: 'symlink', linkname: entry.linkTarget ?? '' });
            }
            else {
                files += 1;
                await addFile(pack, { ...header, type: 'file', size: entry.size }, entry.absolute);
            }
        }
        pack.finalize();
    })();
    produce.catch((error) => pack.destroy(error));
    const inFlight = [];
    const flush = async () => {
        const member = await inFlight.shift();
        hash.update(member);
        size += member.length;
        if (!out.write(member))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'drain');
    };
    const compress = (chunk) => {
        // zlib's output buffer defaults to 16 KiB: each 16 KiB of output is a round trip through the
        // main thread. One buffer as large as the chunk compresses a member in one go (same bytes).
        inFlight.push(gzip(chunk, { level, chunkSize }).then(normaliseGzipHeader));
    };
    try {
        let pending = [];
        let pendingBytes = 0;
        for await (const piece of pack) {
            pending.push(piece);
            pendingBytes += piece.length;
            while (pendingBytes >= chunkSize) {
                const joined = Buffer.concat(pending, pendingBytes);
                compress(joined.subarray(0, chunkSize));
                const rest = joined.subarray(chunkSize);
                pending = rest.length ? [rest] : [];
                pendingBytes = rest.length;
                while (inFlight.length >= concurrency)
                    await flush();
            }
        }
        if (pendingBytes > 0)
            compress(Buffer.concat(pending, pendingBytes));
        while (inFlight.length)
            await flush();
        await produce;
        out.end();
        await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(out, 'finish');
    }
    catch (error) {
        out.destroy();
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(outPath, { force: true });
        throw error;
    }
    return { sha256: hash.digest('hex'), size, files, entries: entries.length };
}
/** gzip's header carries the OS it was made on: fix it to Unix so every machine writes the same bytes. */
function normaliseGzipHeader(member) {
    member[9] = 3;
    return member;
}
function addEntry(pack, header) {
    return new Promise((resolve, reject) => {
        pack.entry(header, (error) => (error ? reject(error) : resolve()));
    });
}
/** Files up to this size are read in one call: a read stream costs ~4 thread-pool round trips and a 256 KiB buffer each. */
const WHOLE_FILE_LIMIT = 1 << 20;
async function addFile(pack, header, file) {
    const changed = (why) => new _runtime_index_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`'${header.name}' changed while it was being packaged (${why}): stop whatever writes to it, or package after the build finishes`);
    if ((header.size ?? 0) <= WHOLE_FILE_LIMIT) {
        const data = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(file);
        if (data.length !== header.size)
            throw changed(`${header.size} bytes when listed, ${data.length} now`);
        await new Promise((resolve, reject) => {
            // Errors arrive through the callback; the listener keeps a torn-down pack from crashing the process.
            pack.entry(header, data, (error) => (error ? reject(error) : resolve())).on('error', noop);
        });
        return;
    }
    let finished;
    const entry = await new Promise((resolveEntry) => {
        finished = new Promise((resolve, reject) => {
            resolveEntry(pack.entry(header, (error) => (error ? reject(error) : resolve())));
        });
    });
    // Observed below; until then a rejection (the pack torn down mid-file) must not count as unhandled.
    finished.catch(noop);
    entry.on('error', noop);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
        if (!entry.write(chunk))
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(entry, 'drain');
    }
    entry.end();
    try {
        await finished;
    }
    catch (error) {
        throw changed(error.message);
    }
}
function noop() { }
/** SHA-256 of a file, streamed. */
async function sha256File(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(file), hash);
    return hash.digest('hex');
}
/**
 * Lists or extracts an archive, refusing what could write outside `dest` (tar-slip):
 * absolute names, `..` segments, links that escape, hard links, and duplicate names.
 */
async function readArchive(archive, dest) {
    const extract = tar.extract();
    const seen = new Set();
    const listed = [];
    const root = dest ? path.resolve(dest) : undefined;
    if (root)
        await fs.mkdir(root, { recursive: true });
    const consume = (async () => {
        for await (const entry of extract) {
            const h = entry.header;
            const name = h.name.replace(/\/+$/, '');
            refuseUnsafeName(name, h.type ?? 'file', h.linkname ?? undefined, seen);
            listed.push({
                name,
                type: h.type ?? 'file',
                mode: h.mode ?? 0,
                size: h.size ?? 0,
                mtime: h.mtime ? h.mtime.getTime() / 1000 : 0,
                uid: h.uid ?? 0,
                gid: h.gid ?? 0,
                ...(h.linkname ? { linkname: h.linkname } : {}),
            });
            if (root) {
                const target = path.join(root, ...name.split('/'));
                await fs.mkdir(path.dirname(target), { recursive: true });
                // A symlink extracted earlier must not carry a later entry outside dest.
                const realRoot = await fs.realpath(root);
                const realDir = await fs.realpath(path.dirname(target));
                if (!isInside(realRoot, realDir)) {
                    throw new UserError(`The archive entry '${name}' would be written through a symlink outside the destination: the archive is refused`);
                }
                if (h.type === 'directory') {
                    await fs.mkdir(target, { recursive: true, mode: h.mode });
                }
                else if (h.type === 'symlink') {
                    // Judged where it really lands: a link that stays inside on paper can point out through an earlier one.
                    if (!isInside(realRoot, path.resolve(realDir, h.linkname ?? ''))) {
                        throw new UserError(`The archive entry '${name}' is a symlink to '${h.linkname}', which leads outside the destination through an earlier link: the archive is refused`);
                    }
                    await fs.symlink(h.linkname ?? '', target);
                }
                else {
                    await pipeline(entry, createWriteStream(target, { mode: h.mode, flags: 'wx' }));
                    continue;
                }
            }
            for await (const _ of entry) {
                // drain entries that carry no file content
            }
        }
    })();
    await Promise.all([pipeline(createReadStream(archive), zlib.createGunzip(), extract), consume]);
    return listed;
}
function refuseUnsafeName(name, type, linkname, seen) {
    const refuse = (why) => {
        throw new UserError(`The archive entry '${name}' ${why}: the archive is refused`);
    };
    if (name === '' || name.startsWith('/') || /^[A-Za-z]:/.test(name))
        refuse('has an absolute or empty name');
    if (name.split('/').includes('..'))
        refuse("has a '..' segment");
    if (type === 'link')
        refuse('is a hard link');
    if (!['file', 'directory', 'symlink'].includes(type))
        refuse(`is of type ${type}`);
    if (type === 'symlink') {
        const target = linkname ?? '';
        const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(name), target));
        if (target.startsWith('/') || resolved === '..' || resolved.startsWith('../..'))
            refuse(`is a symlink to '${target}', outside the archive`);
    }
    // `./a` and `a` are one file: compared as written they would slip past as two.
    const key = path.posix.normalize(name).replace(/\/+$/, '');
    if (seen.has(key))
        refuse('appears twice');
    seen.add(key);
}


/***/ }),

/***/ 95893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ storeInRelease)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24332);





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
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23));
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


/***/ }),

/***/ 60954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ describeStore),
/* harmony export */   JL: () => (/* binding */ fetchedArchiveName),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   Zr: () => (/* binding */ locationFileName),
/* harmony export */   ed: () => (/* binding */ onApiHost),
/* harmony export */   t2: () => (/* binding */ fetchArtifact),
/* harmony export */   yA: () => (/* binding */ storeInDirectory)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45649);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(24332);
/* harmony import */ var _artifact_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77752);






/** Copies archive and manifest into `<directory>/<name>/<version>/`, never overwriting a different build. */
async function storeInDirectory(request, directory) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(directory, safeSegment(request.name), safeSegment(request.version));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(folder, { recursive: true });
    const archive = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.archivePath);
    const manifest = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(request.manifestPath);
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, archive);
    const existing = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(target).catch(() => undefined);
    if (existing) {
        const existingDigest = `sha256:${await (0,_artifact_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(target)}`;
        if (existingDigest !== request.digest) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The directory store already holds ${request.name} ${request.version} with digest ${existingDigest}, and this build's is ${request.digest}: versions are immutable, so give this build a new version`);
        }
    }
    else {
        await copyAtomically(request.archivePath, target);
    }
    await copyAtomically(request.manifestPath, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder, manifest));
    return {
        storage: 'directory',
        url: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.pathToFileURL)(target).href,
        directory: folder,
        archive,
        manifest,
    };
}
async function copyAtomically(from, to) {
    const temp = `${to}.tmp-${process.pid}`;
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(from, temp);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(temp, to);
}
/** A path segment safe on every file system (the version's `+` becomes `_`). */
function safeSegment(value) {
    const segment = value.replace(/[^A-Za-z0-9._-]/g, '_');
    return segment === '.' || segment === '..' ? segment.replace(/\./g, '_') : segment;
}
/**
 * The file name to fetch a recorded archive into: one safe path segment, whatever a deployment
 * payload says (a payload is data anyone with deployments: write can shape, so `../..` in it must
 * not steer where the bytes land).
 */
function fetchedArchiveName(location) {
    const name = safeSegment(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.basename((location.archive ?? '').replace(/\\/g, '/'))).slice(-200);
    return /^_*$/.test(name) ? 'artifact.tar.gz' : name;
}
/** Where build-artifact records the storage location, beside the manifest, for promote to find. */
function locationFileName(manifestPath) {
    return manifestPath.replace(/\.manifest\.json$/, '') + '.location.json';
}
/** Where an artifact is kept, in words: a release says whether GitHub locks it (immutable). */
function describeStore(location) {
    if (location.storage === 'release') {
        const lock = location.immutable
            ? 'immutable: GitHub locks its tag and assets'
            : 'not immutable: its assets could be replaced; the digest check guards the bytes';
        return `release ${location.tag ?? ''} (${lock})`;
    }
    if (location.storage === 'directory')
        return `directory ${location.directory ?? ''}`;
    if (location.storage === 'image')
        return `image ${location.image ?? ''}`;
    return "this runner's path only";
}
/** Same scheme, host and port as the API, under its base path. */
function onApiHost(url, apiBase) {
    let target;
    let base;
    try {
        target = new URL(url);
        base = new URL(apiBase.endsWith('/') ? apiBase : `${apiBase}/`);
    }
    catch {
        return false;
    }
    return (target.origin === base.origin &&
        target.pathname.startsWith(base.pathname) &&
        !target.username &&
        !target.password);
}
async function fetchArtifact(location, digest, dest, client) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest), { recursive: true });
    if (location.storage === 'release') {
        if (!location.assetUrl)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The recorded release location has no asset URL: rebuild the artifact with this version of build-artifact`);
        const gh = client();
        // The token goes with the request: only ever to the GitHub API itself, whatever a payload says.
        if (!onApiHost(location.assetUrl, gh.request.endpoint.DEFAULTS.baseUrl)) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The recorded asset URL '${location.assetUrl}' is not on the GitHub API (${gh.request.endpoint.DEFAULTS.baseUrl}): the token is never sent elsewhere, so the artifact is refused`);
        }
        let response;
        try {
            response = await gh.request(`GET ${location.assetUrl}`, {
                headers: { accept: 'application/octet-stream' },
            });
        }
        catch (error) {
            return (0,_client_js__WEBPACK_IMPORTED_MODULE_5__/* .explainPermission */ .zi)(error, 'contents: read', `download ${location.archive ?? 'the archive'} from its release`);
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(dest, Buffer.from(response.data));
    }
    else if (location.storage === 'directory') {
        const source = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(location.directory ?? '', location.archive ?? '');
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(source, dest);
        }
        catch {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The archive is not in its directory store any more ('${source}'): restore it there or rebuild the version`);
        }
    }
    else if (location.path) {
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(location.path, dest);
        }
        catch {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The archive was stored nowhere durable (storage: none) and '${location.path}' is gone: build with storage: release or directory so later runs can find it`);
        }
    }
    else {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The artifact's location (${location.storage}) cannot be fetched`);
    }
    const actual = `sha256:${await (0,_artifact_index_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256File */ .Q3)(dest)}`;
    if (actual !== digest) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(dest, { force: true });
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`The archive fetched from ${location.storage} has digest ${actual}, but ${digest} was recorded: it was changed after the build, so it is refused`);
    }
    return dest;
}


/***/ })

};
;