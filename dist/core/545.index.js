export const id = 545;
export const ids = [545];
export const modules = {

/***/ 4487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KB: () => (/* reexport */ MANIFEST_SCHEMA),
  Gm: () => (/* reexport */ archiveFileName),
  uV: () => (/* reexport */ autoVersion),
  XU: () => (/* reexport */ collectEntries),
  ol: () => (/* reexport */ digestOf),
  $Y: () => (/* reexport */ git),
  FK: () => (/* reexport */ isInside),
  lF: () => (/* reexport */ isVersion),
  V6: () => (/* reexport */ manifestFileName),
  Dl: () => (/* reexport */ readManifest),
  Tz: () => (/* reexport */ serialiseManifest),
  Q3: () => (/* reexport */ sha256File),
  _d: () => (/* reexport */ writeArchive)
});

// UNUSED EXPORTS: DEFAULT_CHUNK_SIZE, bumpFor, computeAutoVersion, latestReleaseTag, readArchive

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(9787);
;// CONCATENATED MODULE: ./src/core/artifact/archive.ts










const gzip = (0,external_node_util_.promisify)((external_node_zlib_default()).gzip);
const DEFAULT_CHUNK_SIZE = 1 << 20;
/**
 * Turns matched paths into archive entries: inside `root` only, symlinks that stay inside
 * `root`, no special files; sorted by name (byte order) so the archive never depends on the
 * order the file system listed them in.
 */
async function collectEntries(root, matches) {
    const realRoot = await external_node_fs_.promises.realpath(root);
    const byName = new Map();
    for (const match of matches) {
        const absolute = external_node_path_default().resolve(root, match);
        const relative = external_node_path_default().relative(root, absolute);
        if (relative === '')
            continue;
        if (relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            throw new runtime/* UserError */.yo(`Input 'path' matched '${absolute}', which is outside the working directory '${root}': only files inside it can be packaged`);
        }
        const name = relative.split((external_node_path_default()).sep).join('/');
        if (byName.has(name))
            continue;
        const stat = await external_node_fs_.promises.lstat(absolute);
        if (stat.isSymbolicLink()) {
            const linkTarget = await external_node_fs_.promises.readlink(absolute);
            let resolved;
            try {
                resolved = await external_node_fs_.promises.realpath(absolute);
            }
            catch {
                throw new runtime/* UserError */.yo(`Input 'path' matched the symlink '${name}', whose target '${linkTarget}' does not exist: remove it or exclude it with a '!' pattern`);
            }
            if (!isInside(realRoot, resolved)) {
                throw new runtime/* UserError */.yo(`Input 'path' matched the symlink '${name}' → '${linkTarget}', which points outside the working directory: package the target itself or exclude the link with a '!' pattern`);
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
            throw new runtime/* UserError */.yo(`Input 'path' matched '${name}', which is not a regular file, directory or symlink (a socket, FIFO or device): exclude it with a '!' pattern`);
        }
    }
    return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function isInside(root, candidate) {
    const relative = external_node_path_default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
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
    const concurrency = options.concurrency ?? Math.max(2, (0,external_node_os_.availableParallelism)()) + 1;
    const mtime = new Date(options.mtime * 1000);
    const pack = tar_stream.pack();
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const out = (0,external_node_fs_.createWriteStream)(outPath);
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
            await (0,external_node_events_.once)(out, 'drain');
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
        await (0,external_node_events_.once)(out, 'finish');
    }
    catch (error) {
        out.destroy();
        await external_node_fs_.promises.rm(outPath, { force: true });
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
    const changed = (why) => new runtime/* UserError */.yo(`'${header.name}' changed while it was being packaged (${why}): stop whatever writes to it, or package after the build finishes`);
    if ((header.size ?? 0) <= WHOLE_FILE_LIMIT) {
        const data = (0,external_node_fs_.readFileSync)(file);
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
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 256 * 1024 })) {
        if (!entry.write(chunk))
            await (0,external_node_events_.once)(entry, 'drain');
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
    const hash = (0,external_node_crypto_.createHash)('sha256');
    await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(file), hash);
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

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./src/core/artifact/git.ts


/** Runs git with an argument vector (never through a shell) and returns its trimmed stdout. */
async function git(args, cwd, options = {}) {
    const result = await (0,exec/* getExecOutput */.H)('git', args, { cwd, silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) {
        if (options.allowFailure)
            return '';
        throw new runtime/* UserError */.yo(`git ${args[0]} failed in '${cwd}': ${result.stderr.trim().split('\n')[0] ?? 'no message'}`);
    }
    return result.stdout.trim();
}

;// CONCATENATED MODULE: ./src/core/artifact/manifest.ts



const MANIFEST_SCHEMA = 'glidepath.manifest/v1';
/** Canonical JSON (sorted keys, two-space indent, trailing newline), so equal manifests hash equal. */
function serialiseManifest(manifest) {
    const sorted = Object.fromEntries(Object.entries(manifest)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1)));
    return `${JSON.stringify(sorted, null, 2)}\n`;
}
function digestOf(text) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}
async function readManifest(file) {
    let parsed;
    try {
        parsed = JSON.parse(await external_node_fs_.promises.readFile(file, 'utf8'));
    }
    catch (error) {
        throw new runtime/* UserError */.yo(`The manifest '${file}' could not be read as JSON: ${error.message}`);
    }
    const m = (parsed !== null && typeof parsed === 'object' ? parsed : {});
    if (m.schema !== MANIFEST_SCHEMA ||
        typeof m.version !== 'string' ||
        typeof m.digest !== 'string' ||
        !/^sha256:[0-9a-f]{64}$/.test(m.digest) ||
        typeof m.archive !== 'string') {
        throw new runtime/* UserError */.yo(`The manifest '${file}' is not a Glidepath manifest (${MANIFEST_SCHEMA} with version, digest and archive): it was not written by build-artifact`);
    }
    return m;
}
/**
 * `app-1.2.3_abc1234.tar.gz`: characters GitHub would rename in a release asset name (`+`
 * among them) become `_`, so the name is the same on disk, in a directory store and in a release.
 */
function archiveFileName(name, version) {
    return `${`${name}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_')}.tar.gz`;
}
function manifestFileName(archive) {
    return archive.replace(/\.tar\.gz$/, '') + '.manifest.json';
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/artifact/version.ts



/**
 * The bump a set of Conventional Commits asks for: `feat` → minor, `fix` (and anything else) →
 * patch, `!` after the type or a `BREAKING CHANGE:` footer → major.
 */
function bumpFor(messages) {
    let bump = 'patch';
    for (const message of messages) {
        const header = message.split('\n', 1)[0] ?? '';
        const match = /^(\w+)(?:\([^)]*\))?(!)?:\s/.exec(header);
        if (match?.[2] || /^BREAKING[ -]CHANGE:/m.test(message))
            return 'major';
        if (match?.[1]?.toLowerCase() === 'feat')
            bump = 'minor';
    }
    return bump;
}
/** Picks the latest `vX.Y.Z` release tag (prereleases are not a base to bump from). */
function latestReleaseTag(tags) {
    let best;
    for (const tag of tags) {
        if (!/^v\d/.test(tag))
            continue;
        const version = semver_default().valid(tag.slice(1));
        if (!version || semver_default().prerelease(version))
            continue;
        if (!best || semver_default().gt(version, best.version))
            best = { tag, version };
    }
    return best;
}
/** `auto`: the latest release tag plus the bump its commits ask for; `-rc.N` off the default branch; `+sha`. */
function computeAutoVersion(input) {
    const headVersion = input.headTag ? semver_default().valid(input.headTag.replace(/^v/, '')) : null;
    if (headVersion)
        return `${headVersion}+${input.shortSha}`;
    const base = latestReleaseTag(input.tags)?.version ?? '0.0.0';
    const next = semver_default().inc(base, bumpFor(input.messages));
    const pre = input.onDefaultBranch ? '' : `-rc.${input.runNumber}`;
    return `${next}${pre}+${input.shortSha}`;
}
/** Reads tags and commits with git and computes the `auto` version for HEAD. */
async function autoVersion(cwd, info) {
    if ((await git(['rev-parse', '--is-inside-work-tree'], cwd, { allowFailure: true })) !== 'true') {
        throw new runtime/* ConfigError */.xL('version', "is 'auto', but the working directory is not a git checkout", 'run actions/checkout first, or give an explicit semantic version');
    }
    if ((await git(['rev-parse', '--is-shallow-repository'], cwd)) === 'true') {
        throw new runtime/* ConfigError */.xL('version', "is 'auto', but the checkout is shallow, so tags and history are missing", 'set `fetch-depth: 0` on actions/checkout, or give an explicit semantic version');
    }
    const tags = (await git(['tag', '--merged', 'HEAD', '--list', 'v*'], cwd))
        .split('\n')
        .filter(Boolean);
    const headTags = (await git(['tag', '--points-at', 'HEAD', '--list', 'v*'], cwd))
        .split('\n')
        .filter(Boolean);
    const latest = latestReleaseTag(tags);
    const range = latest ? [`${latest.tag}..HEAD`] : ['HEAD'];
    const log = await git(['log', '--format=%B%x1e', ...range], cwd);
    const messages = log
        .split('\x1e')
        .map((m) => m.trim())
        .filter(Boolean);
    const shortSha = await git(['rev-parse', '--short=7', 'HEAD'], cwd);
    const branch = info.ref.startsWith('refs/heads/')
        ? info.ref.slice('refs/heads/'.length)
        : undefined;
    const tagRef = info.ref.startsWith('refs/tags/')
        ? info.ref.slice('refs/tags/'.length)
        : undefined;
    const headTag = latestReleaseTag(headTags)?.tag ??
        (tagRef && semver_default().valid(tagRef.replace(/^v/, '')) ? tagRef : undefined);
    const onDefaultBranch = branch !== undefined && branch === (info.defaultBranch ?? branch);
    if (!/^[0-9a-f]{7,}$/.test(shortSha))
        throw new runtime/* UserError */.yo('git could not name the HEAD commit');
    return computeAutoVersion({
        tags,
        messages,
        headTag,
        onDefaultBranch,
        runNumber: info.runNumber,
        shortSha,
    });
}
/**
 * True when `recorded` is the version a user named: the same, or the same plus build metadata
 * (a build recorded as 1.2.0+abc123 is what "1.2.0" names; semver ignores build metadata too).
 */
function isVersion(recorded, wanted) {
    return recorded !== undefined && (recorded === wanted || recorded.split('+')[0] === wanted);
}

;// CONCATENATED MODULE: ./src/core/artifact/index.ts
// The public face of core/artifact: everything outside this folder imports from here.






/***/ }),

/***/ 9545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YR: () => (/* reexport */ ENVIRONMENT_NAME),
  UU: () => (/* reexport */ createClient),
  Yy: () => (/* reexport */ createDeployment),
  t2: () => (/* reexport */ fetchArtifact),
  JL: () => (/* reexport */ fetchedArchiveName),
  tO: () => (/* reexport */ isGlidepath),
  Kg: () => (/* reexport */ isGood),
  mC: () => (/* reexport */ lastGood),
  qW: () => (/* reexport */ lazyClient),
  Zr: () => (/* reexport */ locationFileName),
  s8: () => (/* reexport */ payloadFromRelease),
  RJ: () => (/* reexport */ readApprovals),
  Lu: () => (/* reexport */ readHistory),
  l9: () => (/* reexport */ readPipeline),
  Fz: () => (/* reexport */ runFields),
  yk: () => (/* reexport */ running),
  LX: () => (/* reexport */ safeSegment),
  Lx: () => (/* reexport */ setStatus),
  yA: () => (/* reexport */ storeInDirectory),
  et: () => (/* reexport */ storeInRelease),
  nb: () => (/* reexport */ versionRefusal)
});

// UNUSED EXPORTS: API_RETRIES, BACKOFF_UNIT_MS, HISTORY_DEPTH, REQUEST_TIMEOUT_MS, apiPacing, clip140, explainPermission, isRateLimited, isTransient, onApiHost

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(3251);
var light_default = /*#__PURE__*/__webpack_require__.n(light);
// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(9787);
;// CONCATENATED MODULE: ./src/core/github/client.ts






/** How long one API request may take before it is aborted and retried. */
const REQUEST_TIMEOUT_MS = 30_000;
/** The unit of every wait between API requests (GitHub asks for a second between writes). */
const BACKOFF_UNIT_MS = 1000;
/** Automatic retries of a request that failed with a server error, a reset or a timeout. */
const API_RETRIES = 3;
/** Rate-limit waits longer than this fail the step instead of stalling a deployment. */
const MAX_RATE_LIMIT_WAIT_S = 120;
const MAX_RATE_LIMIT_RETRIES = 3;
/**
 * The defaults, or GLIDEPATH_API_TIMEOUT and GLIDEPATH_API_BACKOFF (durations) when set. Tests
 * against the local stand-in lower them so that a hang or a run of retries takes a second, not
 * minutes; against github.com the defaults are what GitHub's guidance asks for.
 */
function apiPacing(env = process.env) {
    const read = (name, fallback, min, max) => {
        const text = env[name]?.trim();
        if (!text)
            return fallback;
        const ms = (0,runtime/* parseDuration */.E9)(text);
        if (ms === undefined || ms < min || ms > max) {
            throw new runtime/* UserError */.yo(`The environment variable ${name} is '${text}': use a duration from ${(0,runtime/* formatDuration */.a3)(min)} to ${(0,runtime/* formatDuration */.a3)(max)}, e.g. ${(0,runtime/* formatDuration */.a3)(fallback)}, or leave it unset`);
        }
        return ms;
    };
    return {
        timeoutMs: read('GLIDEPATH_API_TIMEOUT', REQUEST_TIMEOUT_MS, 100, 600_000),
        unitMs: read('GLIDEPATH_API_BACKOFF', BACKOFF_UNIT_MS, 0, 60_000),
    };
}
/**
 * Builds an Octokit client that honours GITHUB_API_URL (GHES, the local stand-in), retries
 * server errors and resets with Octokit's retry plugin, and waits out rate limits with the
 * throttling plugin: no hand-written retry loop.
 */
function createClient(token, options = {}) {
    if (!token)
        throw new runtime/* UserError */.yo("Input 'token' is empty: pass ${{ github.token }} or a token with the permissions listed in the README");
    core/* setSecret */.Pq(token);
    const pacing = apiPacing();
    const timeoutMs = options.timeoutMs ?? pacing.timeoutMs;
    const timedFetch = (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return fetch(input, { ...init, signal });
    };
    return (0,github/* getOctokit */.Q)(token, {
        baseUrl: options.baseUrl ?? (0,runtime/* context */._O)().apiUrl,
        request: { fetch: timedFetch },
        // 409 (a conflict such as failing status checks) is an answer, not a transient fault.
        retry: {
            retries: API_RETRIES,
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451],
            retryAfterBaseValue: pacing.unitMs,
        },
        throttle: {
            retryAfterBaseValue: pacing.unitMs,
            // The plugin spaces writes one second apart (three for writes that notify people, such as
            // creating a release); only a lowered unit needs groups of its own.
            ...(pacing.unitMs === BACKOFF_UNIT_MS
                ? {}
                : {
                    write: new (light_default()).Group({
                        id: 'glidepath-write',
                        maxConcurrent: 1,
                        minTime: pacing.unitMs,
                    }),
                    notifications: new (light_default()).Group({
                        id: 'glidepath-notifications',
                        maxConcurrent: 1,
                        minTime: 3 * pacing.unitMs,
                    }),
                }),
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                core/* warning */.$e(`GitHub API rate limit reached for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                core/* warning */.$e(`GitHub API secondary rate limit for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
                return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
}
/** A rate-limit refusal (primary or secondary), as GitHub signals it: 429, or 403 with its headers or message. */
function isRateLimited(error) {
    const e = error;
    const headers = e.response?.headers ?? {};
    return (e.status === 429 ||
        (e.status === 403 &&
            (headers['x-ratelimit-remaining'] === '0' ||
                headers['retry-after'] !== undefined ||
                /rate limit/i.test(e.message ?? ''))));
}
/**
 * Turns a 403/404 from GitHub into the `permissions:` entry the workflow is missing (the one
 * GitHub names in x-accepted-github-permissions when it does). A rate limit that outlasted the
 * retries is said to be one: it is not a permission problem.
 */
function explainPermission(error, permission, what) {
    const status = error.status;
    if (isRateLimited(error)) {
        throw new runtime/* UserError */.yo(`GitHub's API rate limit stopped every attempt to ${what} (${status}): the repository's API budget is spent for now; re-run the job later, or space out the workflows that share it`);
    }
    if (status === 403 || status === 404) {
        const accepted = error
            .response?.headers?.['x-accepted-github-permissions'];
        // `deployments=write` or `contents=read,metadata=read; issues=write` (alternatives after ';').
        const named = (accepted?.split(';')[0] ?? '')
            .split(',')
            .map((p) => /^\s*([a-z_]+)=(read|write)\s*$/.exec(p))
            .filter((m) => m !== null);
        const entry = named.length
            ? named.map((m) => `${m[1].replace(/_/g, '-')}: ${m[2]}`).join("' and '")
            : permission;
        throw new runtime/* UserError */.yo(`GitHub refused to ${what} (${status}): the token needs '${entry}' — add it to the job's permissions: block`);
    }
    if (isTransient(error))
        throw new runtime/* ApiError */.hD(what, status, transientDetail(error));
    throw error;
}
/** A failure after which GitHub may or may not have carried the request out: a 5xx, a reset, a timeout. */
function isTransient(error) {
    const e = error;
    return e.request !== undefined && (typeof e.status !== 'number' || e.status >= 500);
}
function transientDetail(error) {
    const e = error;
    const message = (e.message ?? '').replace(/ - https:\/\/docs\.github\.com\S*/, '');
    return e.response === undefined
        ? `no answer (${message})`
        : `it answered ${e.status} (${message})`;
}
/** A client built on first use and kept: an entry that fails on its inputs never loads Octokit's retry machinery. */
function lazyClient(token) {
    let client;
    return () => (client ??= createClient(token ?? ''));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/github/deployments.ts




/** The fields every Glidepath payload carries about the run that wrote it. */
function runFields(ctx) {
    return { run_id: ctx.runId, run_attempt: ctx.runAttempt, run_url: ctx.runUrl, actor: ctx.actor };
}
/** How many recent deployments per environment one history query reads. */
const HISTORY_DEPTH = 30;
/**
 * One aliased `deployments` connection per environment (so a busy environment cannot crowd out
 * another's history), each with its statuses, plus one environment's protection rules.
 */
function historyQuery(count) {
    const vars = Array.from({ length: count }, (_, i) => `$env${i}: String!`).join(', ');
    const fields = Array.from({ length: count }, (_, i) => `    e${i}: deployments(environments: [$env${i}], first: $first, orderBy: {field: CREATED_AT, direction: DESC}) { nodes { ...GlidepathDeployment } }`).join('\n');
    return `query GlidepathHistory($owner: String!, $repo: String!, ${vars}, $first: Int!, $protected: String!, $withProtection: Boolean!) {
  repository(owner: $owner, name: $repo) {
${fields}
    environment(name: $protected) @include(if: $withProtection) {
      name
      protectionRules(first: 10) {
        nodes {
          type
          timeout
          reviewers(first: 10) { nodes { __typename ... on User { login } ... on Team { slug } } }
        }
      }
    }
  }
}
fragment GlidepathDeployment on Deployment {
  databaseId
  environment
  createdAt
  commitOid
  payload
  latestStatus { state description }
  statuses(first: 100) { nodes { state } }
}`;
}
/**
 * Reads the recent deployments of the given environments, each with its statuses, and the
 * protection rules of one environment, in ONE GraphQL request: the REST way costs a list call
 * plus a statuses call per deployment, and the repository's budget is 1,000 requests an hour.
 */
async function readHistory(client, ctx, environments, protectedEnvironment) {
    let data;
    try {
        data = await client.graphql(historyQuery(environments.length), {
            owner: ctx.owner,
            repo: ctx.repo,
            ...Object.fromEntries(environments.map((e, i) => [`env${i}`, e])),
            first: HISTORY_DEPTH,
            protected: protectedEnvironment ?? '',
            withProtection: protectedEnvironment !== undefined,
        });
    }
    catch (error) {
        return explainPermission(error, 'deployments: read', 'read the deployment history');
    }
    if (!data.repository)
        throw new runtime/* UserError */.yo(`Repository ${ctx.owner}/${ctx.repo} was not found with this token`);
    const deployments = Object.fromEntries(environments.map((e) => [e, []]));
    const nodes = environments.flatMap((_, i) => data.repository[`e${i}`]?.nodes ?? []);
    for (const node of nodes) {
        const view = {
            id: node.databaseId,
            environment: node.environment,
            createdAt: node.createdAt,
            commit: node.commitOid,
            payload: parsePayload(node.payload),
            latestState: node.latestStatus
                ? node.latestStatus.state.toLowerCase()
                : null,
            latestDescription: node.latestStatus?.description ?? '',
            states: node.statuses.nodes.map((s) => s.state.toLowerCase()),
        };
        (deployments[node.environment] ??= []).push(view);
    }
    let protection;
    if (protectedEnvironment !== undefined) {
        const env = data.repository.environment;
        const rules = env?.protectionRules.nodes ?? [];
        protection = {
            exists: Boolean(env),
            requiredReviewers: rules
                .filter((r) => r.type === 'REQUIRED_REVIEWERS')
                .flatMap((r) => r.reviewers.nodes.map((n) => n.login ?? `team:${n.slug}`)),
            waitTimerMinutes: rules.find((r) => r.type === 'WAIT_TIMER')?.timeout ?? 0,
        };
    }
    return { deployments, protection };
}
function parsePayload(text) {
    if (!text)
        return null;
    try {
        const parsed = JSON.parse(text);
        return parsed && typeof parsed === 'object' ? parsed : null;
    }
    catch {
        return null;
    }
}
/**
 * A deployment is good when it reached success and was not later marked failed (a rollback
 * marks the version it undoes as failure). Its latest status is usually inactive: GitHub
 * deactivates older deployments, so "latest status is success" is the wrong test.
 */
function isGood(d) {
    return d.states.includes('success') && d.latestState !== 'failure' && d.latestState !== 'error';
}
/**
 * True for deployments Glidepath made (their payload says `glidepath: 1`): the records GitHub
 * makes for jobs with `environment:` carry no payload and are never read as Glidepath's.
 */
function isGlidepath(d) {
    return d.payload?.glidepath === 1;
}
/** The newest good deployment of a list (newest first) made by Glidepath. */
function lastGood(list) {
    return list?.find((d) => isGood(d) && isGlidepath(d) && typeof d.payload.digest === 'string');
}
/** Deployments still running (another promotion in progress). */
function running(list) {
    return (list ?? []).filter((d) => d.latestState === 'in_progress' || d.latestState === 'queued' || d.latestState === 'pending');
}
/**
 * Creates a deployment the safe way: auto_merge false and explicit required_contexts. A create
 * is not safe to repeat blindly: after a server error, reset or timeout GitHub may have made the
 * deployment and lost only the answer. So it is retried here, not by the client, and each retry
 * first looks for a deployment carrying this request's nonce: one promotion, one deployment.
 */
async function createDeployment(client, ctx, request) {
    const nonce = (0,external_node_crypto_.randomUUID)();
    const what = `create a deployment to ${request.environment}`;
    let response;
    for (let attempt = 0;; attempt++) {
        try {
            response = await client.rest.repos.createDeployment({
                owner: ctx.owner,
                repo: ctx.repo,
                ref: request.ref,
                environment: request.environment,
                task: 'deploy',
                auto_merge: false,
                required_contexts: [],
                payload: { ...request.payload, nonce },
                description: clip140(request.description),
                production_environment: request.production,
                transient_environment: false,
                request: { retries: 0 },
            });
            break;
        }
        catch (error) {
            if (!isTransient(error))
                return explainPermission(error, 'deployments: write', what);
            const made = await findByNonce(client, ctx, request, nonce).catch(() => undefined);
            if (made !== undefined) {
                core/* info */.pq(`GitHub's answer to the create was lost, but deployment ${made} was made: using it`);
                return made;
            }
            if (attempt >= API_RETRIES)
                return explainPermission(error, 'deployments: write', what);
            await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * apiPacing().unitMs));
        }
    }
    if (response.status === 202) {
        throw new runtime/* UserError */.yo(`GitHub merged the default branch into '${request.ref}' instead of creating a deployment (202): deploy a commit SHA or an up-to-date ref`);
    }
    return response.data.id;
}
/** The deployment a create request with this nonce made, if GitHub made it. */
async function findByNonce(client, ctx, request, nonce) {
    const { data } = await client.rest.repos.listDeployments({
        owner: ctx.owner,
        repo: ctx.repo,
        environment: request.environment,
        ref: request.ref,
        per_page: 20,
    });
    return data.find((d) => typeof d.payload === 'object' &&
        d.payload !== null &&
        d.payload.nonce === nonce)?.id;
}
/** Adds a status; descriptions are clipped to GitHub's 140 characters. */
async function setStatus(client, ctx, deploymentId, state, options = {}) {
    try {
        await client.rest.repos.createDeploymentStatus({
            owner: ctx.owner,
            repo: ctx.repo,
            deployment_id: deploymentId,
            state,
            log_url: ctx.runUrl,
            description: clip140(options.description ?? ''),
            ...(options.environmentUrl ? { environment_url: options.environmentUrl } : {}),
            ...(options.autoInactive === false ? { auto_inactive: false } : {}),
        });
    }
    catch (error) {
        explainPermission(error, 'deployments: write', `set deployment ${deploymentId} to ${state}`);
    }
}
function clip140(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length <= 140 ? flat : `${flat.slice(0, 139)}…`;
}
/** Reads who approved this run's deployment to `environment`, with their comments. */
async function readApprovals(client, ctx, environment) {
    try {
        const { data } = await client.rest.actions.getReviewsForRun({
            owner: ctx.owner,
            repo: ctx.repo,
            run_id: ctx.runId,
        });
        return data
            .filter((a) => a.environments.some((e) => e.name?.toLowerCase() === environment.toLowerCase()))
            .map((a) => ({ user: a.user.login, state: a.state, comment: a.comment ?? '' }));
    }
    catch (error) {
        return explainPermission(error, 'actions: read', `read the approvals of run ${ctx.runId}`);
    }
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
            throw new runtime/* UserError */.yo(`No release v${version} exists, so ${version} cannot be found: build it with storage: release first`);
        return explainPermission(error, 'contents: read', `read release v${version}`);
    }
    const manifestAsset = release.assets.find((a) => a.name.endsWith('.manifest.json'));
    if (!manifestAsset)
        throw new runtime/* UserError */.yo(`Release v${version} has no Glidepath manifest asset`);
    const raw = await client
        .request(`GET ${manifestAsset.url}`, { headers: { accept: 'application/octet-stream' } })
        .catch((error) => explainPermission(error, 'contents: read', `download the manifest of release v${version}`));
    const manifest = JSON.parse(Buffer.from(raw.data).toString('utf8'));
    const archiveAsset = release.assets.find((a) => a.name === manifest.archive);
    if (!archiveAsset)
        throw new runtime/* UserError */.yo(`Release v${version} has no asset '${manifest.archive}', the archive its manifest names`);
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
        },
        commit: manifest.commit,
        source_environment: null,
        ...runFields(ctx),
        approvers: [],
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/github/pipeline.ts





const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/;
/** The pipeline from the `pipeline` input, else from the config file (`.github/glidepath.yml`). */
function readPipeline(pipelineInput, configPath, workspace) {
    if (pipelineInput.length) {
        const list = pipelineInput.map((name) => ({ name }));
        checkNames(list, 'pipeline');
        return list;
    }
    const file = external_node_path_default().resolve(workspace, configPath);
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new runtime/* ConfigError */.xL('pipeline', `is empty and the config file '${configPath}' does not exist`, 'set pipeline: dev,staging,production, or add the config file with an environments: list');
    }
    // Warnings (an unknown tag or directive, an ambiguous alias) are refused like errors: a config
    // file that does not mean exactly what it says is not deployed from.
    const invalid = (why) => new runtime/* ConfigError */.xL('config', `points at '${configPath}', which is not valid YAML (${why.split('\n')[0]})`, 'fix the file: environments: [{name: dev}, {name: staging}, …]');
    const doc = dist.parseDocument((0,external_node_fs_.readFileSync)(file, 'utf8'), { logLevel: 'silent' });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem)
        throw invalid(problem.message);
    let parsed;
    try {
        parsed = doc.toJS();
    }
    catch (error) {
        throw invalid(error.message);
    }
    const environments = parsed?.environments;
    if (!Array.isArray(environments) || environments.length === 0) {
        throw new runtime/* ConfigError */.xL('config', `points at '${configPath}', which has no environments: list`, 'write environments: as a list of {name, url, versions, require-reviewers} in promotion order');
    }
    const list = environments.map((entry, i) => {
        const e = (typeof entry === 'string' ? { name: entry } : entry);
        if (!e || typeof e !== 'object' || typeof e.name !== 'string') {
            throw new runtime/* ConfigError */.xL('config', `has environments[${i}] without a name`, 'give every environment a name');
        }
        for (const key of Object.keys(e)) {
            if (!['name', 'url', 'versions', 'require-reviewers'].includes(key))
                throw new runtime/* ConfigError */.xL('config', `has an unknown key '${key}' in environments[${i}]`, 'use name, url, versions, require-reviewers');
        }
        if (e.versions !== undefined &&
            (typeof e.versions !== 'string' || semver_default().validRange(e.versions) === null)) {
            throw new runtime/* ConfigError */.xL('config', `has versions '${String(e.versions)}' for ${e.name}, not a semver range`, "write a range such as '>=1.0.0' or '^2'");
        }
        if (e['require-reviewers'] !== undefined && typeof e['require-reviewers'] !== 'boolean') {
            throw new runtime/* ConfigError */.xL('config', `has require-reviewers '${String(e['require-reviewers'])}' for ${e.name}`, 'use true or false');
        }
        if (e.url !== undefined && (typeof e.url !== 'string' || !/^https?:\/\//.test(e.url))) {
            throw new runtime/* ConfigError */.xL('config', `has url '${String(e.url)}' for ${e.name}`, 'write an http(s) URL');
        }
        return {
            name: e.name,
            url: e.url,
            versions: e.versions,
            requireReviewers: e['require-reviewers'],
        };
    });
    checkNames(list, 'config');
    return list;
}
function checkNames(list, input) {
    const seen = new Set();
    for (const e of list) {
        if (!ENVIRONMENT_NAME.test(e.name))
            throw new runtime/* ConfigError */.xL(input, `has '${e.name}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
        if (seen.has(e.name.toLowerCase()))
            throw new runtime/* ConfigError */.xL(input, `lists '${e.name}' twice`, 'name each environment once, in promotion order');
        seen.add(e.name.toLowerCase());
    }
}
/**
 * The version policy of one environment: a version outside its `versions` range (prereleases
 * only when the range names one, as semver ranges work) or lower than the one live there
 * (unless allowed) is refused. Returns why, or undefined when the version may go there.
 */
function versionRefusal(version, environment, live, allowDowngrade) {
    const range = environment.versions;
    if (range && !semver_default().satisfies(version, range)) {
        return `Refusing to promote ${version} to ${environment.name}: its versions must satisfy '${range}' (prereleases only if the range names one)`;
    }
    if (live && semver_default().valid(live) && semver_default().lt(version, live) && !allowDowngrade) {
        return `Refusing to downgrade ${environment.name} from ${live} to ${version}: use the rollback action, or set allow-downgrade: true`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/core/artifact/index.ts + 4 modules
var artifact = __webpack_require__(4487);
;// CONCATENATED MODULE: ./src/core/github/storage.ts







/** Largest archive sent from memory (so a failed upload can be retried); bigger ones stream once. */
const BUFFERED_UPLOAD_LIMIT = 256 * 1024 * 1024;
/** Copies archive and manifest into `<directory>/<name>/<version>/`, never overwriting a different build. */
async function storeInDirectory(request, directory) {
    const folder = external_node_path_default().resolve(directory, safeSegment(request.name), safeSegment(request.version));
    await external_node_fs_.promises.mkdir(folder, { recursive: true });
    const archive = external_node_path_default().basename(request.archivePath);
    const manifest = external_node_path_default().basename(request.manifestPath);
    const target = external_node_path_default().join(folder, archive);
    const existing = await external_node_fs_.promises.stat(target).catch(() => undefined);
    if (existing) {
        const existingDigest = `sha256:${await (0,artifact/* sha256File */.Q3)(target)}`;
        if (existingDigest !== request.digest) {
            throw new runtime/* UserError */.yo(`The directory store already holds ${request.name} ${request.version} with digest ${existingDigest}, and this build's is ${request.digest}: versions are immutable, so give this build a new version`);
        }
    }
    else {
        await copyAtomically(request.archivePath, target);
    }
    await copyAtomically(request.manifestPath, external_node_path_default().join(folder, manifest));
    return {
        storage: 'directory',
        url: (0,external_node_url_.pathToFileURL)(target).href,
        directory: folder,
        archive,
        manifest,
    };
}
/**
 * Attaches archive and manifest to the GitHub Release for `v<version>` (created if missing),
 * so a rollback months later still finds the exact bytes. An asset of the same name with other
 * content is refused: a version never changes once published.
 */
async function storeInRelease(request, client, ctx) {
    const tag = `v${request.version}`;
    const release = await findOrCreateRelease(client, ctx, tag, request);
    const archive = external_node_path_default().basename(request.archivePath);
    const manifest = external_node_path_default().basename(request.manifestPath);
    const listAssets = () => client
        .paginate(client.rest.repos.listReleaseAssets, {
        owner: ctx.owner,
        repo: ctx.repo,
        release_id: release.id,
        per_page: 100,
    })
        .catch((error) => explainPermission(error, 'contents: read', `list the assets of release ${tag}`));
    let assets = await listAssets();
    let archiveUrl = '';
    let assetUrl = '';
    for (const [file, contentType] of [
        [request.archivePath, 'application/gzip'],
        [request.manifestPath, 'application/json'],
    ]) {
        const name = external_node_path_default().basename(file);
        let existing = assets.find((asset) => asset.name === name);
        let uploaded;
        if (!existing) {
            uploaded = await uploadAsset(client, release.upload_url, file, name, contentType);
            // An upload whose answer was lost and whose retry met "already exists": check what is there.
            if (!uploaded)
                existing = (assets = await listAssets()).find((asset) => asset.name === name);
        }
        if (existing) {
            const same = name === archive
                ? existing.size === (await external_node_fs_.promises.stat(file)).size &&
                    (await assetDigest(client, ctx, existing.id)) === request.digest
                : true;
            if (!same) {
                throw new runtime/* UserError */.yo(`Release ${tag} already has an asset '${name}' with other content: versions are immutable, so give this build a new version`);
            }
            if (name === archive) {
                archiveUrl = existing.browser_download_url;
                assetUrl = existing.url;
            }
            continue;
        }
        if (!uploaded)
            throw new runtime/* UserError */.yo(`Release ${tag} refused '${name}' as already present, yet does not list it: re-run the job`);
        if (name === archive) {
            archiveUrl = uploaded.browser_download_url;
            assetUrl = uploaded.url;
        }
    }
    return {
        storage: 'release',
        url: archiveUrl,
        assetUrl,
        tag,
        releaseId: release.id,
        archive,
        manifest,
    };
}
async function findOrCreateRelease(client, ctx, tag, request) {
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
            explainPermission(error, 'contents: read', `read release ${tag}`);
    }
    try {
        const { data } = await client.rest.repos.createRelease({
            owner: ctx.owner,
            repo: ctx.repo,
            tag_name: tag,
            target_commitish: ctx.sha || undefined,
            name: `${request.name} ${request.version}`,
            body: `Built by Glidepath build-artifact in ${ctx.runUrl}\n\nDigest: \`${request.digest}\``,
            prerelease: semver_default().prerelease(request.version) !== null,
            make_latest: semver_default().prerelease(request.version) === null ? 'true' : 'false',
        });
        return data;
    }
    catch (error) {
        // A create whose answer was lost and whose retry met "already exists": the release is there.
        if (alreadyExists(error)) {
            const { data } = await client.rest.repos
                .getReleaseByTag({ owner: ctx.owner, repo: ctx.repo, tag })
                .catch((e) => explainPermission(e, 'contents: read', `read release ${tag}`));
            return data;
        }
        return explainPermission(error, 'contents: write', `create release ${tag}`);
    }
}
/** GitHub's 422 for a name (tag, asset) that is taken. */
function alreadyExists(error) {
    const e = error;
    return (e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === 'already_exists'));
}
/** Uploads one asset; undefined when GitHub says the name is taken (a retried upload whose first answer was lost). */
async function uploadAsset(client, uploadUrlTemplate, file, name, contentType) {
    const url = uploadUrlTemplate.replace(/\{[^}]*\}$/, '');
    const size = (await external_node_fs_.promises.stat(file)).size;
    const data = size <= BUFFERED_UPLOAD_LIMIT ? await external_node_fs_.promises.readFile(file) : (0,external_node_fs_.createReadStream)(file);
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
        return explainPermission(error, 'contents: write', `upload '${name}' to the release`);
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
        .catch((error) => explainPermission(error, 'contents: read', `download release asset ${assetId}`));
    const body = Buffer.from(response.data);
    return `sha256:${createHash('sha256').update(body).digest('hex')}`;
}
async function copyAtomically(from, to) {
    const temp = `${to}.tmp-${process.pid}`;
    await external_node_fs_.promises.copyFile(from, temp);
    await external_node_fs_.promises.rename(temp, to);
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
    const name = safeSegment(external_node_path_default().posix.basename((location.archive ?? '').replace(/\\/g, '/'))).slice(-200);
    return /^_*$/.test(name) ? 'artifact.tar.gz' : name;
}
/** Where build-artifact records the storage location, beside the manifest, for promote to find. */
function locationFileName(manifestPath) {
    return manifestPath.replace(/\.manifest\.json$/, '') + '.location.json';
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
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(dest), { recursive: true });
    if (location.storage === 'release') {
        if (!location.assetUrl)
            throw new runtime/* UserError */.yo(`The recorded release location has no asset URL: rebuild the artifact with this version of build-artifact`);
        const gh = client();
        // The token goes with the request: only ever to the GitHub API itself, whatever a payload says.
        if (!onApiHost(location.assetUrl, gh.request.endpoint.DEFAULTS.baseUrl)) {
            throw new runtime/* UserError */.yo(`The recorded asset URL '${location.assetUrl}' is not on the GitHub API (${gh.request.endpoint.DEFAULTS.baseUrl}): the token is never sent elsewhere, so the artifact is refused`);
        }
        let response;
        try {
            response = await gh.request(`GET ${location.assetUrl}`, {
                headers: { accept: 'application/octet-stream' },
            });
        }
        catch (error) {
            return explainPermission(error, 'contents: read', `download ${location.archive ?? 'the archive'} from its release`);
        }
        await external_node_fs_.promises.writeFile(dest, Buffer.from(response.data));
    }
    else if (location.storage === 'directory') {
        const source = external_node_path_default().join(location.directory ?? '', location.archive ?? '');
        try {
            await external_node_fs_.promises.copyFile(source, dest);
        }
        catch {
            throw new runtime/* UserError */.yo(`The archive is not in its directory store any more ('${source}'): restore it there or rebuild the version`);
        }
    }
    else if (location.path) {
        try {
            await external_node_fs_.promises.copyFile(location.path, dest);
        }
        catch {
            throw new runtime/* UserError */.yo(`The archive was stored nowhere durable (storage: none) and '${location.path}' is gone: build with storage: release or directory so later runs can find it`);
        }
    }
    else {
        throw new runtime/* UserError */.yo(`The artifact's location (${location.storage}) cannot be fetched`);
    }
    const actual = `sha256:${await (0,artifact/* sha256File */.Q3)(dest)}`;
    if (actual !== digest) {
        await external_node_fs_.promises.rm(dest, { force: true });
        throw new runtime/* UserError */.yo(`The archive fetched from ${location.storage} has digest ${actual}, but ${digest} was recorded: it was changed after the build, so it is refused`);
    }
    return dest;
}

;// CONCATENATED MODULE: ./src/core/github/index.ts
// The public face of core/github: everything outside this folder imports from here.






/***/ }),

/***/ 9787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* reexport */ ApiError),
  xL: () => (/* reexport */ ConfigError),
  G0: () => (/* reexport */ Inputs),
  yo: () => (/* reexport */ UserError),
  $Q: () => (/* reexport */ clip),
  _O: () => (/* reexport */ context),
  Uc: () => (/* reexport */ describeError),
  a3: () => (/* reexport */ formatDuration),
  i0: () => (/* reexport */ killGroup),
  a4: () => (/* reexport */ mermaid),
  E9: () => (/* reexport */ parseDuration),
  VN: () => (/* reexport */ runMain),
  a2: () => (/* reexport */ runPost),
  XK: () => (/* reexport */ runUserCommandOrFail),
  X5: () => (/* reexport */ runnerTemp),
  yy: () => (/* reexport */ sleep),
  tp: () => (/* reexport */ table),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: MAX_INPUT_LENGTH, cell, oneLine, readContext, runUserCommand, runnerInputs, splitList

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/runtime/errors.ts
/**
 * Errors the user can fix (bad input, a refused promotion, a missing permission) are kept apart
 * from internal failures so that the message can carry the fix instead of a stack trace.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value: names the input and what would have been valid. */
class ConfigError extends UserError {
    input;
    problem;
    valid;
    name = 'ConfigError';
    constructor(input, problem, valid) {
        super(`Input '${input}' ${shorten(problem)}${valid ? `: ${valid}` : ''}`);
        this.input = input;
        this.problem = problem;
        this.valid = valid;
    }
}
/** A problem quoting a huge value keeps its start and its end: the message stays one readable line. */
function shorten(problem, max = 240) {
    const flat = problem.replace(/\s+/g, ' ');
    return flat.length <= max ? flat : `${flat.slice(0, max - 81)}…${flat.slice(-80)}`;
}
/**
 * GitHub's API kept failing (server errors, resets, timeouts) through every retry: not the
 * user's mistake, but the message says what was being done and what GitHub answered.
 */
class ApiError extends Error {
    status;
    name = 'ApiError';
    constructor(what, status, detail) {
        super(`GitHub's API could not ${what}, even after retrying: ${detail}`);
        this.status = status;
    }
}
/** Renders any thrown value as one line, for `::error::`. */
function describeError(error) {
    if (error instanceof UserError || error instanceof ApiError)
        return oneLine(error.message);
    if (error instanceof Error) {
        const status = error.status;
        const prefix = typeof status === 'number' ? `GitHub API answered ${status}: ` : '';
        return oneLine(prefix + error.message);
    }
    return oneLine(String(error));
}
function oneLine(text) {
    return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/core/runtime/context.ts


function readContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new UserError('GITHUB_REPOSITORY is not set to owner/name: run this action inside a GitHub Actions job');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const runId = Number(env.GITHUB_RUN_ID || 0);
    return {
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        actor: env.GITHUB_ACTOR ?? '',
        runId,
        runAttempt: Number(env.GITHUB_RUN_ATTEMPT || 1),
        runNumber: Number(env.GITHUB_RUN_NUMBER || 0),
        workflow: env.GITHUB_WORKFLOW ?? '',
        job: env.GITHUB_JOB ?? '',
        serverUrl,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`,
    };
}
let cached;
/** The run's context, built on first use so that importing a module never reads the environment. */
function context() {
    cached ??= readContext();
    return cached;
}

;// CONCATENATED MODULE: ./src/core/runtime/duration.ts
/**
 * Durations are written with a unit (`500ms`, `30s`, `5m`, `1h`, or a sum such as `1m30s`).
 * A bare number is rejected rather than guessed as seconds or milliseconds.
 */
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/y;
/** Parses a duration to milliseconds; returns undefined when the text is not a duration. */
function parseDuration(text) {
    const value = text.trim();
    if (value === '')
        return undefined;
    let total = 0;
    PART.lastIndex = 0;
    let consumed = 0;
    while (consumed < value.length) {
        PART.lastIndex = consumed;
        const match = PART.exec(value);
        if (!match)
            return undefined;
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = PART.lastIndex;
    }
    return Math.round(total);
}
/** Formats milliseconds the way inputs are written, for messages and summaries. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${+(ms / 1000).toFixed(1)}s`;
    if (ms < 3_600_000) {
        const m = Math.floor(ms / 60_000);
        const s = Math.round((ms % 60_000) / 1000);
        return s ? `${m}m${s}s` : `${m}m`;
    }
    const h = Math.floor(ms / 3_600_000);
    const m = Math.round((ms % 3_600_000) / 60_000);
    return m ? `${h}h${m}m` : `${h}h`;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/core/runtime/exec.ts



async function runUserCommand(command, options) {
    // The step's inputs (INPUT_TOKEN among them) are the action's, not the command's: it gets GLIDEPATH_* values.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')));
    const env = { ...inherited, ...options.env };
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
            cwd: options.cwd,
            env,
            stdio: ['ignore', 'inherit', 'inherit'],
            detached: true,
        });
        if (child.pid)
            options.onSpawn?.(child.pid);
        let timedOut = false;
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                killGroup(child.pid, 'SIGTERM');
                setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref();
            }, options.timeoutMs)
            : undefined;
        const forward = (signal) => killGroup(child.pid, signal);
        process.on('SIGINT', forward);
        process.on('SIGTERM', forward);
        const done = () => {
            if (timer)
                clearTimeout(timer);
            process.off('SIGINT', forward);
            process.off('SIGTERM', forward);
        };
        child.on('error', (error) => {
            done();
            reject(new UserError(`${options.label} could not start: ${error.message}`));
        });
        child.on('close', (code, signal) => {
            done();
            resolve({ exitCode: code ?? 1, timedOut, signal });
        });
    });
}
/** Runs a user's command and throws a UserError naming the input when it fails. */
async function runUserCommandOrFail(command, options) {
    const result = await runUserCommand(command, options);
    if (result.timedOut)
        throw new UserError(`${options.label} did not finish within ${formatDuration(options.timeoutMs ?? 0)} and was stopped`);
    if (result.exitCode !== 0) {
        throw new UserError(`${options.label} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}`);
    }
}
function killGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(2088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/core/runtime/inputs.ts




/** Inputs longer than this are refused: no legitimate value comes close, and a huge one is a mistake or an attack. */
const MAX_INPUT_LENGTH = 65_536;
/** Reads inputs the way the runner passes them (INPUT_<NAME>), trimmed. */
const runnerInputs = (name) => core/* getInput */.V4(name);
/**
 * Typed input getters. Each throws a ConfigError that names the input and what would be valid,
 * so every action reports bad input the same way before it touches GitHub or traffic.
 */
class Inputs {
    read;
    constructor(read = runnerInputs) {
        this.read = read;
    }
    /** The same inputs with every value passed through `transform` first (rolling mode fills in `{address}` and `{name}` per server). */
    withValues(transform) {
        return new Inputs((name) => transform(this.read(name), name));
    }
    /** The raw trimmed value, or undefined when empty. */
    string(name, options = {}) {
        const value = this.read(name).trim();
        const max = options.maxLength ?? MAX_INPUT_LENGTH;
        if (value.length > max) {
            throw new ConfigError(name, `is ${value.length} characters long`, `at most ${max} are accepted`);
        }
        if (value === '') {
            if (options.required)
                throw new ConfigError(name, 'is required', "set it in the step's `with:` block");
            return undefined;
        }
        return value;
    }
    required(name, options = {}) {
        return this.string(name, { ...options, required: true });
    }
    /** A secret: masked in the log before anything else can print it. */
    secret(name, options = {}) {
        const value = this.string(name, options);
        if (value !== undefined)
            core/* setSecret */.Pq(value);
        return value;
    }
    /** YAML 1.2 booleans only: `true` or `false`. `yes`, `1` or `on` are errors, never silently false. */
    boolean(name, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (value === 'true' || value === 'True' || value === 'TRUE')
            return true;
        if (value === 'false' || value === 'False' || value === 'FALSE')
            return false;
        throw new ConfigError(name, `is '${clip(value)}'`, 'use true or false');
    }
    integer(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        if (!/^[+-]?\d+$/.test(value)) {
            throw new ConfigError(name, `is '${clip(value)}'`, `use a whole number from ${bounds.min} to ${bounds.max}`);
        }
        const n = Number(value);
        if (n < bounds.min || n > bounds.max) {
            throw new ConfigError(name, `is ${value}`, `use a whole number from ${bounds.min} to ${bounds.max}`);
        }
        return n;
    }
    number(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        const n = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : NaN;
        const low = bounds.exclusiveMin ? n <= bounds.min : n < bounds.min;
        if (!Number.isFinite(n) || low || n > bounds.max) {
            const from = bounds.exclusiveMin ? `greater than ${bounds.min}` : `from ${bounds.min}`;
            throw new ConfigError(name, `is '${clip(value)}'`, `use a number ${from} up to ${bounds.max}`);
        }
        return n;
    }
    /** A duration with a unit (`500ms`, `30s`, `5m`, `1h`), in milliseconds. */
    duration(name, bounds) {
        const value = this.string(name);
        if (value === undefined)
            return bounds.fallback;
        const ms = parseDuration(value);
        const range = `from ${formatDuration(bounds.min)} to ${formatDuration(bounds.max)}`;
        if (ms === undefined) {
            throw new ConfigError(name, `is '${clip(value)}', not a duration`, `write a number with a unit (ms, s, m, h), e.g. 30s or 5m, ${range}`);
        }
        if (ms < bounds.min || ms > bounds.max) {
            throw new ConfigError(name, `is ${value}`, `use a duration ${range}`);
        }
        return ms;
    }
    enum(name, values, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (!values.includes(value)) {
            throw new ConfigError(name, `is '${clip(value)}'`, `use one of ${values.join(', ')}`);
        }
        return value;
    }
    /** Comma- or newline-separated, blanks dropped. */
    list(name) {
        const value = this.string(name);
        return value === undefined ? [] : splitList(value);
    }
    /** A semantic version (a leading `v` is accepted and dropped). */
    semver(name) {
        const value = this.string(name);
        if (value === undefined)
            return undefined;
        const parsed = semver_default().parse(value.replace(/^v(?=\d)/, ''));
        if (!parsed)
            throw new ConfigError(name, `is '${clip(value)}', not a semantic version`, 'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1');
        // Build metadata stays: build-artifact's auto versions carry the commit (1.4.2+abc1234) and name the release v1.4.2+abc1234.
        return parsed.build.length ? `${parsed.version}+${parsed.build.join('.')}` : parsed.version;
    }
    /** An absolute http(s) URL. */
    url(name, options = {}) {
        const value = this.string(name, options);
        if (value === undefined)
            return undefined;
        let url;
        try {
            url = new URL(value);
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
            throw new ConfigError(name, `is '${clip(value)}', not an http(s) URL`, 'write it with its scheme, e.g. https://app.example.com/healthz');
        }
        return url;
    }
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** Keeps quoted values in messages short and on one line. */
function clip(value, max = 80) {
    const flat = value.replace(/\s+/g, ' ');
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

;// CONCATENATED MODULE: ./src/core/runtime/harness.ts




/** A main step: any failure becomes one `::error::` line and exit code 1 (process.exitCode). */
async function runMain(name, body) {
    await withHarness(name, body, (error) => {
        core/* setFailed */.C1(describeError(error));
        if (process.env.GLIDEPATH_DEBUG_STACK === 'true' && error instanceof Error && error.stack)
            core/* debug */.Yz(error.stack);
    });
}
/** A post step cleans up after main; its own problems are warnings, never a second failure. */
async function runPost(name, body) {
    await withHarness(name, body, (error) => core/* warning */.$e(`${name} cleanup: ${describeError(error)}`));
}
async function withHarness(name, body, onError) {
    const stop = new AbortController();
    let describe;
    const onSignal = (signal) => {
        if (stop.signal.aborted)
            return;
        if (describe)
            core/* warning */.$e(describe(signal));
        stop.abort(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const harness = {
        name,
        inputs: new Inputs(),
        signal: stop.signal,
        context: context,
        onCancel: (fn) => {
            describe = fn;
        },
    };
    try {
        await body(harness);
    }
    catch (error) {
        onError(error);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}

;// CONCATENATED MODULE: ./src/core/runtime/summary.ts

/** Escapes a value for a Markdown table cell. */
function cell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** A Markdown table: GitHub renders it in the job summary, and it stays readable as text. */
function table(header, rows) {
    const lines = [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
    ];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
/** A Mermaid block, which GitHub renders as a chart. */
function mermaid(source) {
    return `\n\`\`\`mermaid\n${source.trim()}\n\`\`\`\n`;
}
/** Appends Markdown to the job summary; a runner without GITHUB_STEP_SUMMARY just skips it. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/core/runtime/time.ts


/** Waits `ms` or until `signal` aborts; the abort listener goes when the wait ends, so a gate of hours does not pile them up. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** A folder under the runner's temporary directory (RUNNER_TEMP, emptied after each job). */
function runnerTemp(...parts) {
    return external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), ...parts);
}

;// CONCATENATED MODULE: ./src/core/runtime/index.ts
// The public face of core/runtime: everything outside this folder imports from here.










/***/ })

};
