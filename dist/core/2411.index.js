"use strict";
exports.id = 2411;
exports.ids = [2411];
exports.modules = {

/***/ 6968:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildArtifact: () => (/* binding */ buildArtifact),
/* harmony export */   formatBytes: () => (/* binding */ formatBytes),
/* harmony export */   report: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _actions_glob__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(552);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59370);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77752);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72762);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(19249);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(7678);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73495);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45649);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85254);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(28428);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(60954);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(95893);







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
        schema: _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_11__/* .MANIFEST_SCHEMA */ .KB,
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
    const manifestText = (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_11__/* .serialiseManifest */ .Tz)(manifest);
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(outDir, (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_9__/* .manifestFileName */ .V6)(manifest.archive));
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(manifestPath, manifestText);
    const manifestDigest = (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_11__/* .digestOf */ .ol)(manifestText);
    const request = {
        archivePath,
        manifestPath,
        name: settings.name,
        version,
        digest: manifest.digest,
    };
    let location;
    if (settings.storage === 'directory') {
        location = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_12__/* .storeInDirectory */ .yA)(request, settings.directory);
    }
    else if (settings.storage === 'release') {
        location = await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .Os('Publishing to a GitHub Release', () => (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_13__/* .storeInRelease */ .e)(request, deps.client(), ctx));
    }
    // Recorded beside the manifest so promote-environment finds where the bytes live.
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile((0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_12__/* .locationFileName */ .Zr)(manifestPath), `${JSON.stringify(location ?? { storage: 'none', url: '', path: archivePath }, null, 2)}\n`);
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
    const commitTime = await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_14__/* .git */ .$)(['log', '-1', '--format=%ct'], cwd, { allowFailure: true });
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
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_15__/* .writeSummary */ .Sy)(`### 📦 Glidepath build-artifact: ${manifest.name} ${manifest.version}\n\n${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_15__/* .table */ .tp)(['', ''], rows)}`);
}


/***/ }),

/***/ 7678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ git)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81260);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


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

/***/ 19249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KB: () => (/* binding */ MANIFEST_SCHEMA),
/* harmony export */   Tz: () => (/* binding */ serialiseManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   ol: () => (/* binding */ digestOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45649);



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


/***/ }),

/***/ 59370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lF: () => (/* binding */ isVersion),
/* harmony export */   uV: () => (/* binding */ autoVersion)
/* harmony export */ });
/* unused harmony exports bumpFor, latestReleaseTag, computeAutoVersion */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45649);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7678);



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

/***/ 24332:
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
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85254);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2379);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(86856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63251);
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

/***/ 73495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XK: () => (/* binding */ runUserCommandOrFail),
/* harmony export */   i0: () => (/* binding */ killGroup)
/* harmony export */ });
/* unused harmony exports isActionOnlyVariable, runUserCommand */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85254);



/**
 * What the runner gives a JavaScript action but never a `run:` step, so never a command Glidepath
 * runs: the step's inputs (INPUT_TOKEN among them) and saved state, the action's state file, and
 * the runner's internal endpoints and tokens (ACTIONS_RUNTIME_TOKEN and _URL, cache and results
 * service URLs, …). What a `run:` step also sees stays: the debug switches, and the OIDC request
 * token and URL, which GitHub gives every step of a job with `id-token: write` (deploy scripts
 * use them to assume a cloud role). A command gets GLIDEPATH_* values and what the user lists in
 * options.env, which is added after this filter.
 */
const RUN_STEP_ACTIONS_VARIABLES = new Set([
    'ACTIONS_STEP_DEBUG',
    'ACTIONS_RUNNER_DEBUG',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
]);
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

/***/ 28428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);

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
;