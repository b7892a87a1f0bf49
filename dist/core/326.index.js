export const id = 326;
export const ids = [326];
export const modules = {

/***/ 1326:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildArtifact: () => (/* binding */ buildArtifact),
/* harmony export */   formatBytes: () => (/* binding */ formatBytes),
/* harmony export */   report: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1560);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6056);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6518);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2227);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(1084);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4374);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(705);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9683);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(9022);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6528);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8683);







/** Builds once, packages reproducibly, records a manifest, and stores both. */
async function buildArtifact(settings, deps) {
    const { ctx } = deps;
    const env = deps.env ?? process.env;
    const started = Date.now();
    const version = settings.version === 'auto'
        ? await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__/* .autoVersion */ .uV)(settings.workingDirectory, {
            ref: ctx.ref,
            defaultBranch: ctx.payload.repository
                ?.default_branch,
            runNumber: ctx.runNumber,
        })
        : settings.version;
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Version: ${version}${settings.version === 'auto' ? ' (auto, from tags and conventional commits)' : ''}`);
    if (settings.buildCommand) {
        await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .Os('Build command', () => (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__/* .runUserCommandOrFail */ .XK)(settings.buildCommand, {
            cwd: settings.workingDirectory,
            env: { GLIDEPATH_VERSION: version },
            label: "The command in input 'build-command'",
        }));
    }
    const matches = await matchPatterns(settings.workingDirectory, settings.patterns);
    const entries = await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_7__/* .collectEntries */ .XU)(settings.workingDirectory, matches);
    if (!entries.some((entry) => entry.type !== 'directory')) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .xL('path', `matched no files in '${settings.workingDirectory}' (patterns: ${settings.patterns.join(', ')})`, 'check the paths, the working-directory, and that the build wrote its output there');
    }
    const outDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), 'glidepath-artifacts');
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(outDir, { recursive: true });
    const archivePath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outDir, (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .archiveFileName */ .Gm)(settings.name, version));
    const sourceDateEpoch = await sourceDate(settings.workingDirectory, env);
    const packStart = Date.now();
    const result = await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .Os(`Packaging ${entries.length} entries`, () => (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_7__/* .writeArchive */ ._d)(entries, archivePath, {
        mtime: sourceDateEpoch,
        level: settings.compressionLevel,
    }));
    const seconds = (Date.now() - packStart) / 1000;
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Archive ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(archivePath)}: ${formatBytes(result.size)}, ${result.files} files, in ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(Date.now() - packStart)} (${formatBytes(totalBytes(entries) / Math.max(seconds, 0.001))}/s of input)`);
    const manifest = {
        schema: _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .MANIFEST_SCHEMA */ .KB,
        name: settings.name,
        version,
        archive: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(archivePath),
        digest: `sha256:${result.sha256}`,
        size: result.size,
        files: result.files,
        commit: ctx.sha,
        ref: ctx.ref,
        runUrl: ctx.runUrl,
        sourceDateEpoch,
        image: settings.image,
    };
    const manifestText = (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .serialiseManifest */ .Tz)(manifest);
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outDir, (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .manifestFileName */ .V6)(manifest.archive));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(manifestPath, manifestText);
    const manifestDigest = (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .digestOf */ .ol)(manifestText);
    const request = {
        archivePath,
        manifestPath,
        name: settings.name,
        version,
        digest: manifest.digest,
    };
    let location;
    if (settings.storage === 'directory') {
        location = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_11__/* .storeInDirectory */ .yA)(request, settings.directory);
    }
    else if (settings.storage === 'release') {
        location = await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .Os('Publishing to a GitHub Release', () => (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_12__/* .storeInRelease */ .e)(request, deps.client(), ctx));
    }
    // Recorded beside the manifest so promote-environment finds where the bytes live.
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile((0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_11__/* .locationFileName */ .Zr)(manifestPath), `${JSON.stringify(location ?? { storage: 'none', url: '', path: archivePath }, null, 2)}\n`);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Done in ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__/* .formatDuration */ .a)(Date.now() - started)}`);
    return { manifest, archivePath, manifestPath, manifestDigest, location };
}
/** Globs relative to the working directory with GitHub's own glob library (`!` excludes). */
async function matchPatterns(root, patterns) {
    // The folder's own name is matched literally: glob's escape (\) doubled, its wildcards as classes.
    const escapedRoot = root.replace(/\\/g, '\\\\').replace(/[[*?]/g, (c) => `[${c}]`);
    const rooted = patterns.map((p) => p.startsWith('!') ? `!${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(escapedRoot, p.slice(1))}` : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(escapedRoot, p));
    const globber = await _actions_glob__WEBPACK_IMPORTED_MODULE_3__/* .create */ .v(rooted.join('\n'), {
        followSymbolicLinks: false,
        implicitDescendants: true,
        matchDirectories: true,
    });
    return globber.glob();
}
/** SOURCE_DATE_EPOCH when set (the reproducible-builds convention), else the commit's time. */
async function sourceDate(cwd, env) {
    const fromEnv = env.SOURCE_DATE_EPOCH;
    if (fromEnv !== undefined && fromEnv !== '') {
        if (!/^\d+$/.test(fromEnv))
            throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo(`SOURCE_DATE_EPOCH is '${fromEnv}': it must be whole seconds since 1970-01-01 UTC`);
        return Number(fromEnv);
    }
    const commitTime = await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_13__/* .git */ .$)(['log', '-1', '--format=%ct'], cwd, { allowFailure: true });
    return /^\d+$/.test(commitTime) ? Number(commitTime) : 0;
}
function totalBytes(entries) {
    return entries.reduce((sum, entry) => sum + entry.size, 0);
}
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
/** Sets the outputs and writes the job summary. */
async function report(result) {
    const { manifest } = result;
    const artifactUrl = result.location?.url ?? '';
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('version', manifest.version);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('digest', manifest.digest);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('archive-path', result.archivePath);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('manifest-path', result.manifestPath);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('manifest-digest', result.manifestDigest);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('artifact-url', artifactUrl);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH('size', String(manifest.size));
    const rows = [
        ['Version', `\`${manifest.version}\``],
        ['Digest', `\`${manifest.digest}\``],
        ['Size', `${formatBytes(manifest.size)} (${manifest.files} files)`],
        ['Archive', `\`${manifest.archive}\``],
        ['Manifest digest', `\`${result.manifestDigest}\``],
        [
            'Stored',
            result.location ? `${result.location.storage}: ${artifactUrl}` : 'not stored (storage: none)',
        ],
        ['Commit', manifest.commit ? `\`${manifest.commit.slice(0, 12)}\`` : '—'],
    ];
    if (manifest.image)
        rows.push(['Image', `\`${manifest.image}\``]);
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_14__/* .writeSummary */ .Sy)(`### 📦 Glidepath build-artifact: ${manifest.name} ${manifest.version}\n\n${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_14__/* .table */ .tp)(['', ''], rows)}`);
}


/***/ }),

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7980);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9683);


/** Runs git with an argument vector (never through a shell) and returns its trimmed stdout. */
async function git(args, cwd, options = {}) {
    const result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)('git', args, { cwd, silent: true, ignoreReturnCode: true });
    if (result.exitCode !== 0) {
        if (options.allowFailure)
            return '';
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git ${args[0]} failed in '${cwd}': ${result.stderr.trim().split('\n')[0] ?? 'no message'}`);
    }
    return result.stdout.trim();
}


/***/ }),

/***/ 2227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gm: () => (/* binding */ archiveFileName),
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   Tz: () => (/* binding */ serialiseManifest),
/* harmony export */   V6: () => (/* binding */ manifestFileName),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9683);



const MANIFEST_SCHEMA = 'glidepath.manifest/v1';
/** Canonical JSON (sorted keys, two-space indent, trailing newline), so equal manifests hash equal. */
function serialiseManifest(manifest) {
    const sorted = Object.fromEntries(Object.entries(manifest)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1)));
    return `${JSON.stringify(sorted, null, 2)}\n`;
}
function digestOf(text) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex')}`;
}
async function readManifest(file) {
    let parsed;
    try {
        parsed = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file, 'utf8'));
    }
    catch (error) {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The manifest '${file}' could not be read as JSON: ${error.message}`);
    }
    const m = (parsed !== null && typeof parsed === 'object' ? parsed : {});
    if (m.schema !== MANIFEST_SCHEMA ||
        typeof m.version !== 'string' ||
        typeof m.digest !== 'string' ||
        !/^sha256:[0-9a-f]{64}$/.test(m.digest) ||
        typeof m.archive !== 'string') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The manifest '${file}' is not a Glidepath manifest (${MANIFEST_SCHEMA} with version, digest and archive): it was not written by build-artifact`);
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


/***/ }),

/***/ 6056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   uV: () => (/* binding */ autoVersion)
/* harmony export */ });
/* unused harmony exports bumpFor, latestReleaseTag, computeAutoVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3880);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9683);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1084);



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
        const version = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tag.slice(1));
        if (!version || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version))
            continue;
        if (!best || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(version, best.version))
            best = { tag, version };
    }
    return best;
}
/** `auto`: the latest release tag plus the bump its commits ask for; `-rc.N` off the default branch; `+sha`. */
function computeAutoVersion(input) {
    const headVersion = input.headTag ? semver__WEBPACK_IMPORTED_MODULE_0___default().valid(input.headTag.replace(/^v/, '')) : null;
    if (headVersion)
        return `${headVersion}+${input.shortSha}`;
    const base = latestReleaseTag(input.tags)?.version ?? '0.0.0';
    const next = semver__WEBPACK_IMPORTED_MODULE_0___default().inc(base, bumpFor(input.messages));
    const pre = input.onDefaultBranch ? '' : `-rc.${input.runNumber}`;
    return `${next}${pre}+${input.shortSha}`;
}
/** Reads tags and commits with git and computes the `auto` version for HEAD. */
async function autoVersion(cwd, info) {
    if ((await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['rev-parse', '--is-inside-work-tree'], cwd, { allowFailure: true })) !== 'true') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('version', "is 'auto', but the working directory is not a git checkout", 'run actions/checkout first, or give an explicit semantic version');
    }
    if ((await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['rev-parse', '--is-shallow-repository'], cwd)) === 'true') {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('version', "is 'auto', but the checkout is shallow, so tags and history are missing", 'set `fetch-depth: 0` on actions/checkout, or give an explicit semantic version');
    }
    const tags = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['tag', '--merged', 'HEAD', '--list', 'v*'], cwd))
        .split('\n')
        .filter(Boolean);
    const headTags = (await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['tag', '--points-at', 'HEAD', '--list', 'v*'], cwd))
        .split('\n')
        .filter(Boolean);
    const latest = latestReleaseTag(tags);
    const range = latest ? [`${latest.tag}..HEAD`] : ['HEAD'];
    const log = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['log', '--format=%B%x1e', ...range], cwd);
    const messages = log
        .split('\x1e')
        .map((m) => m.trim())
        .filter(Boolean);
    const shortSha = await (0,_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$)(['rev-parse', '--short=7', 'HEAD'], cwd);
    const branch = info.ref.startsWith('refs/heads/')
        ? info.ref.slice('refs/heads/'.length)
        : undefined;
    const tagRef = info.ref.startsWith('refs/tags/')
        ? info.ref.slice('refs/tags/'.length)
        : undefined;
    const headTag = latestReleaseTag(headTags)?.tag ??
        (tagRef && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(tagRef.replace(/^v/, '')) ? tagRef : undefined);
    const onDefaultBranch = branch !== undefined && branch === (info.defaultBranch ?? branch);
    if (!/^[0-9a-f]{7,}$/.test(shortSha))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('git could not name the HEAD commit');
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


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fh: () => (/* binding */ apiPacing),
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   UU: () => (/* binding */ createClient),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   j2: () => (/* binding */ REQUEST_TIMEOUT_MS),
/* harmony export */   lP: () => (/* binding */ BACKOFF_UNIT_MS),
/* harmony export */   q1: () => (/* binding */ API_RETRIES),
/* harmony export */   qW: () => (/* binding */ lazyClient),
/* harmony export */   zi: () => (/* binding */ explainPermission)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9683);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4374);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7697);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7502);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2743);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4808);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);





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
        const ms = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(text);
        if (ms === undefined || ms < min || ms > max) {
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`The environment variable ${name} is '${text}': use a duration from ${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(min)} to ${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(max)}, e.g. ${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(fallback)}, or leave it unset`);
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
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("Input 'token' is empty: pass ${{ github.token }} or a token with the permissions listed in the README");
    _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setSecret */ .Pq(token);
    const pacing = apiPacing();
    const timeoutMs = options.timeoutMs ?? pacing.timeoutMs;
    const timedFetch = (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
        return fetch(input, { ...init, signal });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        baseUrl: options.baseUrl ?? (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .context */ ._)().apiUrl,
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
                    write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({
                        id: 'glidepath-write',
                        maxConcurrent: 1,
                        minTime: pacing.unitMs,
                    }),
                    notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({
                        id: 'glidepath-notifications',
                        maxConcurrent: 1,
                        minTime: 3 * pacing.unitMs,
                    }),
                }),
            onRateLimit: onLimit('rate limit reached'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__/* .throttling */ .A);
}
/**
 * The throttling plugin's handler of a rate limit (primary or secondary): warn, and retry while
 * the retries and the wait stay short.
 */
function onLimit(kind) {
    return (retryAfter, request, _octokit, retryCount) => {
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`GitHub API ${kind} for ${request.method} ${request.url}; retry ${retryCount + 1} in ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_S;
    };
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
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`GitHub's API rate limit stopped every attempt to ${what} (${status}): the repository's API budget is spent for now; re-run the job later, or space out the workflows that share it`);
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
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`GitHub refused to ${what} (${status}): the token needs '${entry}' — add it to the job's permissions: block`);
    }
    if (isTransient(error))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .ApiError */ .hD(what, status, transientDetail(error));
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


/***/ }),

/***/ 6528:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9683);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2622);
/* harmony import */ var _artifact_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6518);






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


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ runUserCommandOrFail),
/* harmony export */   i0: () => (/* binding */ killGroup)
/* harmony export */ });
/* unused harmony exports isActionOnlyVariable, runUserCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9683);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80);



/**
 * What the runner gives a JavaScript action but never a `run:` step, so never a command Glidepath
 * runs: the step's inputs (INPUT_TOKEN among them) and saved state, the action's state file, and
 * the runner's internal endpoints and tokens (ACTIONS_RUNTIME_TOKEN and _URL, the OIDC request
 * token and URL, cache and results service URLs, …). The debug switches a `run:` step also sees
 * (ACTIONS_STEP_DEBUG, ACTIONS_RUNNER_DEBUG) stay. A command gets GLIDEPATH_* values and what the
 * user lists in options.env, which is added after this filter.
 */
const RUN_STEP_ACTIONS_VARIABLES = new Set(['ACTIONS_STEP_DEBUG', 'ACTIONS_RUNNER_DEBUG']);
function isActionOnlyVariable(name) {
    const upper = name.toUpperCase();
    return (upper.startsWith('INPUT_') ||
        upper.startsWith('STATE_') ||
        upper === 'GITHUB_STATE' ||
        (upper.startsWith('ACTIONS_') && !RUN_STEP_ACTIONS_VARIABLES.has(upper)));
}
async function runUserCommand(command, options) {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !isActionOnlyVariable(name)));
    const env = { ...inherited, ...options.env };
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command], {
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
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${options.label} could not start: ${error.message}`));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${options.label} did not finish within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)(options.timeoutMs ?? 0)} and was stopped`);
    if (result.exitCode !== 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${options.label} failed with exit code ${result.exitCode}${result.signal ? ` (${result.signal})` : ''}`);
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


/***/ }),

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4374);

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
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)(markdown);
}


/***/ })

};
