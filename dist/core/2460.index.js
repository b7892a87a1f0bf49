"use strict";
exports.id = 2460;
exports.ids = [2460];
exports.modules = {

/***/ 32460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/runtime/harness.ts
var harness = __webpack_require__(15260);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/artifact/names.ts
var names = __webpack_require__(72762);
;// CONCATENATED MODULE: ./src/actions/build-artifact/inputs.ts




const IMAGE_WITH_DIGEST = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\.[a-z0-9-]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+(?::[\w][\w.-]{0,127})?@sha256:[0-9a-f]{64}$/;
/** Reads and validates every input before anything runs, so bad input changes nothing. */
function readSettings(inputs, ctx) {
    const patterns = inputs.list('path');
    if (patterns.length === 0)
        throw new errors/* ConfigError */.xL('path', 'is required', 'give one or more paths or globs, comma- or newline-separated, e.g. dist/**');
    const name = inputs.string('name') ?? ctx.repo;
    if (!names/* ARTIFACT_NAME */.Xk.test(name)) {
        throw new errors/* ConfigError */.xL('name', `is '${name}'`, 'use 1–100 letters, digits, dots, dashes or underscores, starting with a letter or digit');
    }
    const version = (inputs.string('version') ?? 'auto') === 'auto' ? 'auto' : inputs.semver('version');
    const workspace = external_node_path_default().resolve(ctx.workspace);
    const workingDirectory = external_node_path_default().resolve(workspace, inputs.string('working-directory') ?? '.');
    if (!(0,names/* isInside */.FK)(workspace, workingDirectory)) {
        throw new errors/* ConfigError */.xL('working-directory', `is '${workingDirectory}', outside the workspace '${workspace}'`, 'use a folder inside the repository checkout');
    }
    if (!isDirectory(workingDirectory)) {
        throw new errors/* ConfigError */.xL('working-directory', `is '${inputs.string('working-directory')}', which is not a folder in the workspace '${workspace}'`, 'give a folder of the checkout that exists before the build runs (relative to the workspace), or leave it out for the workspace itself');
    }
    for (const pattern of patterns) {
        const bare = pattern.replace(/^!/, '');
        if (external_node_path_default().isAbsolute(bare) || bare.split(/[\\/]/).includes('..')) {
            throw new errors/* ConfigError */.xL('path', `has '${pattern}', which could reach outside the working directory`, "give globs relative to working-directory without '..', e.g. dist/** or build/app.jar");
        }
    }
    const storage = inputs.enum('storage', ['release', 'directory', 'none'], 'release');
    const directory = inputs.string('directory');
    if (storage === 'directory' && !directory) {
        throw new errors/* ConfigError */.xL('directory', "is required when 'storage' is directory", 'give the folder that holds the artifact store, e.g. /srv/artifacts');
    }
    const image = inputs.string('image');
    if (image !== undefined && !IMAGE_WITH_DIGEST.test(image)) {
        throw new errors/* ConfigError */.xL('image', `is '${image}', not an image reference pinned by digest`, 'use registry/name@sha256:<64 hex digits>, e.g. ghcr.io/octo/app@sha256:…');
    }
    const compressionLevel = inputs.integer('compression-level', {
        min: 1,
        max: 9,
        fallback: 6,
    });
    const token = storage === 'release' ? inputs.secret('token', { required: true }) : inputs.secret('token');
    return {
        patterns,
        name,
        version,
        buildCommand: inputs.string('build-command'),
        workingDirectory,
        storage,
        directory: directory ? external_node_path_default().resolve(workspace, directory) : undefined,
        image,
        compressionLevel,
        token,
    };
}
function isDirectory(candidate) {
    try {
        return (0,external_node_fs_.statSync)(candidate).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/actions/build-artifact/index.ts


/**
 * Entry point: read and check every input first; only then load the work (Octokit, the archive
 * writer), so bad input fails in the time Node takes to start.
 */
async function run() {
    await (0,harness/* runMain */.V)('build-artifact', async (h) => {
        const ctx = h.context();
        const settings = readSettings(h.inputs, ctx);
        const [{ buildArtifact, report }, { lazyClient }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(1260), __webpack_require__.e(552), __webpack_require__.e(4750), __webpack_require__.e(2411)]).then(__webpack_require__.bind(__webpack_require__, 6968)),
            Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(2099)]).then(__webpack_require__.bind(__webpack_require__, 92099)),
        ]);
        const result = await buildArtifact(settings, { ctx, client: lazyClient(settings.token) });
        await report(result);
    });
}


/***/ }),

/***/ 72762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ readArtifactName),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gm: () => (/* binding */ archiveFileName),
/* harmony export */   V6: () => (/* binding */ manifestFileName),
/* harmony export */   Xk: () => (/* binding */ ARTIFACT_NAME)
/* harmony export */ });
/* unused harmony export ARTIFACT_INPUTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


// File names and paths of an artifact: kept apart from the archive writer and the manifest's
// digests so that the actions' inputs can check names without loading zlib, tar or crypto.
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
/** What an artifact (a service) may be called: build-artifact's name, the payload's `name`. */
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The inputs readArtifactName reads (the metadata test checks actions declare them). */
const ARTIFACT_INPUTS = (/* unused pure expression or super */ null && (['artifact-name']));
/** The artifact-name input (rollback, canary-step): the service to act on, checked as a name. */
function readArtifactName(inputs) {
    const name = inputs.string('artifact-name');
    if (name !== undefined && !ARTIFACT_NAME.test(name))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('artifact-name', `is '${name.slice(0, 120)}', not an artifact name`, "give build-artifact's name for the service: 1–100 letters, digits, dots, dashes or underscores");
    return name;
}
/** True when `candidate` is `root` or lies under it. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}


/***/ })

};
;