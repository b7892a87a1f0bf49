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
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1084);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4374);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(705);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9683);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(80);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9022);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6528);







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
        location = await _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .Os('Publishing to a GitHub Release', () => (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_11__/* .storeInRelease */ .et)(request, deps.client(), ctx));
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
    const commitTime = await (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_12__/* .git */ .$)(['log', '-1', '--format=%ct'], cwd, { allowFailure: true });
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
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_13__/* .writeSummary */ .Sy)(`### 📦 Glidepath build-artifact: ${manifest.name} ${manifest.version}\n\n${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_13__/* .table */ .tp)(['', ''], rows)}`);
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


/***/ })

};
