"use strict";
exports.id = 411;
exports.ids = [411];
exports.modules = {

/***/ 40411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/runtime/harness.ts
var harness = __webpack_require__(15260);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var yaml = __webpack_require__(75629);
// EXTERNAL MODULE: ./src/core/recovery/open-work.ts
var open_work = __webpack_require__(49169);
// EXTERNAL MODULE: ./src/core/pipeline/attestation.ts
var attestation = __webpack_require__(73600);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/runtime/inputs.ts
var runtime_inputs = __webpack_require__(27863);
// EXTERNAL MODULE: ./src/core/artifact/names.ts
var names = __webpack_require__(72762);
;// CONCATENATED MODULE: ./src/actions/promote-environment/inputs.ts





/**
 * Reads and checks every input before anything is read from or written to GitHub. The plain
 * inputs come first; the pipeline's reader (the config file, its version ranges, windows and
 * waves, with semver's ranges) is loaded only then, so a typo in a plain input fails without it.
 */
async function readSettings(inputs, ctx) {
    const environment = inputs.required('environment');
    const plain = {
        version: inputs.semver('version'),
        deployCommand: inputs.string('deploy-command'),
        preDeployCommand: inputs.string('pre-deploy-command'),
        deployTimeoutMs: inputs.duration('deploy-timeout', {
            min: 1000,
            max: 6 * 3_600_000,
            fallback: 30 * 60_000,
        }),
        allowDowngrade: inputs.boolean('allow-downgrade', false),
        allowSkip: inputs.boolean('allow-skip', false),
        waitTimeoutMs: inputs.duration('wait-timeout', {
            min: 0,
            max: 6 * 3_600_000,
            fallback: 0,
        }),
        dryRun: inputs.boolean('dry-run', false),
        ...(0,attestation/* readAttestationInputs */.e)(inputs, ctx),
        token: inputs.secret('token', { required: true }),
    };
    const requireReviewers = inputs.boolean('require-reviewers', false);
    const { readPipeline, environmentRules, checkOverrideWindow, waveAround, windowGate } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(7582), __webpack_require__.e(1321)]).then(__webpack_require__.bind(__webpack_require__, 58482));
    const pipeline = readPipeline(inputs.list('pipeline'), inputs.string('config') ?? '.github/glidepath.yml', ctx.workspace);
    const index = pipeline.findIndex((e) => e.name.toLowerCase() === environment.toLowerCase());
    if (index < 0) {
        throw new errors/* ConfigError */.xL('environment', `is '${environment}', which is not in the pipeline`, `use one of ${pipeline.map((e) => e.name).join(', ')}`);
    }
    const target = pipeline[index];
    let artifactPath = inputs.string('artifact-path');
    let manifestPath;
    if (artifactPath) {
        artifactPath = external_node_path_default().resolve(ctx.workspace, artifactPath);
        if (!(0,external_node_fs_.existsSync)(artifactPath))
            throw new errors/* ConfigError */.xL('artifact-path', `is '${artifactPath}', which does not exist`, "pass build-artifact's archive-path output, or download the artifact first");
        if (!artifactPath.endsWith('.tar.gz'))
            throw new errors/* ConfigError */.xL('artifact-path', `is '${artifactPath}', not a .tar.gz written by build-artifact`, "pass build-artifact's archive-path output");
        manifestPath = (0,names/* manifestFileName */.V6)(artifactPath);
        if (!(0,external_node_fs_.existsSync)(manifestPath))
            throw new errors/* ConfigError */.xL('artifact-path', `has no manifest beside it ('${external_node_path_default().basename(manifestPath)}')`, 'keep the manifest build-artifact wrote next to the archive (upload and download both files)');
    }
    const manifestDigest = inputs.string('manifest-digest');
    if (manifestDigest !== undefined) {
        if (!/^sha256:[0-9a-f]{64}$/.test(manifestDigest))
            throw new errors/* ConfigError */.xL('manifest-digest', `is '${(0,runtime_inputs/* clip */.$Q)(manifestDigest)}', not a digest`, "give build-artifact's manifest-digest output, sha256: and 64 hex digits");
        if (!artifactPath)
            throw new errors/* ConfigError */.xL('manifest-digest', 'is set without artifact-path', 'pass both, from the same build-artifact step');
    }
    // Release windows and freezes: refused here, before any request to GitHub.
    const configPath = inputs.string('config') ?? '.github/glidepath.yml';
    const rules = inputs.list('pipeline').length
        ? environmentRules(configPath, ctx.workspace, target.name)
        : target.rules;
    const windowOverride = windowGate(target.name, rules, checkOverrideWindow(inputs.string('override-window')), ctx.actor);
    const url = inputs.url('environment-url') ? inputs.string('environment-url') : target.url;
    return {
        ...plain,
        environment: target.name,
        pipeline,
        index,
        lastWave: waveAround(pipeline, target.name).last,
        artifactPath,
        manifestPath,
        manifestDigest,
        environmentUrl: url,
        requireReviewers: requireReviewers || target.requireReviewers === true,
        ...(windowOverride ? { windowOverride } : {}),
    };
}

;// CONCATENATED MODULE: ./src/actions/promote-environment/index.ts





/**
 * Entry point: validate every input, then load the work and promote with a lazily built GitHub
 * client. While it works, the post step knows what is open: after a kill it stops the deploy
 * command and marks the deployment failure; after an error it checks that main's own failure
 * record landed.
 */
async function run() {
    await (0,harness/* runMain */.V)('promote-environment', async (h) => {
        // Without a pipeline input the order comes from the config file, which is YAML.
        // The config file is read for its release windows even when pipeline is given.
        const config = h.inputs.string('config') ?? '.github/glidepath.yml';
        if (!h.inputs.string('pipeline') || (0,external_node_fs_.existsSync)(external_node_path_default().resolve(h.context().workspace, config)))
            await (0,yaml/* loadYaml */.y)();
        await (0,open_work/* withOpenWork */.iK)(async () => {
            const ctx = h.context();
            return { ctx, settings: await readSettings(h.inputs, ctx) };
        }, ({ settings }) => (settings.dryRun ? 'dry run' : { environment: settings.environment }), async ({ ctx, settings }, onCommand) => {
            const [{ promote }, { report }, { lazyClient }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(1260), __webpack_require__.e(2545), __webpack_require__.e(7582), __webpack_require__.e(9917)]).then(__webpack_require__.bind(__webpack_require__, 80966)),
                Promise.all(/* import() */[__webpack_require__.e(4239), __webpack_require__.e(4172)]).then(__webpack_require__.bind(__webpack_require__, 14172)),
                Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(2099)]).then(__webpack_require__.bind(__webpack_require__, 92099)),
            ]);
            const client = lazyClient(settings.token);
            const result = await promote(settings, { ctx, client, onCommand, signal: h.signal });
            await report(settings, result);
        });
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


/***/ }),

/***/ 71450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U6: () => (/* binding */ saveHandoff),
/* harmony export */   vj: () => (/* binding */ loadHandoff)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);


/** Saves a hand-off record for the post step (GITHUB_STATE → STATE_<key>), as JSON. */
function saveHandoff(key, value) {
    _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ(key, JSON.stringify(value));
}
/** The record main saved under `key`, or undefined when it saved none (or it cannot be read). */
function loadHandoff(key) {
    const raw = _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(key);
    if (!raw)
        return undefined;
    try {
        return JSON.parse(raw);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ OPEN_WORK_KEY)
/* harmony export */ });
/* unused harmony export nothingLeftOpen */
/** The record promote-environment's and rollback's main steps keep for their post steps. */
const OPEN_WORK_KEY = 'glidepath-open-work';
const PREFIX = 'STATE_glidepath-';
/**
 * True when main saved state and every record of it says nothing is active (main finished and
 * cleaned up itself). Unreadable state counts as open: the post step then loads and looks.
 */
function nothingLeftOpen(env = process.env) {
    const saved = Object.entries(env)
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([, value]) => {
        try {
            return JSON.parse(value ?? '');
        }
        catch {
            return null;
        }
    });
    return (saved.length > 0 &&
        saved.every((state) => state !== null &&
            typeof state === 'object' &&
            state.active === false));
}


/***/ }),

/***/ 73600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ readAttestationInputs)
/* harmony export */ });
/* unused harmony export ATTESTATION_INPUTS */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27863);

/** The inputs readAttestationInputs reads (promote-environment and rollback declare both). */
const ATTESTATION_INPUTS = (/* unused pure expression or super */ null && (['require-attestation', 'attestation-signers']));
/**
 * require-attestation and attestation-signers. A signer is a workflow identity prefix
 * (`https://github.com/<owner>/<repo>/.github/workflows/`), one workflow
 * (`…/.github/workflows/build.yml`), or a path in this repository (`.github/workflows/build.yml`).
 */
function readAttestationInputs(inputs, ctx) {
    const requireAttestation = inputs.boolean('require-attestation', false);
    const listed = inputs.list('attestation-signers');
    if (listed.length && !requireAttestation)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('attestation-signers', 'is set while require-attestation is false, so nothing would check it', 'set require-attestation: true, or remove attestation-signers');
    const repository = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`;
    const attestationSigners = listed.map((signer) => {
        const value = signer.startsWith('.github/workflows/') ? `${repository}/${signer}` : signer;
        if (!value.startsWith(`${ctx.serverUrl}/`) || !/^[^/]+\/\/[^/]+\/[^/]+\/[^/]+\//.test(value))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('attestation-signers', `has '${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(signer)}', not a workflow identity`, `give ${repository}/.github/workflows/ (any workflow of a repository), a workflow file such as ${repository}/.github/workflows/build.yml, or .github/workflows/build.yml for this repository`);
        return value;
    });
    return { requireAttestation, attestationSigners };
}


/***/ }),

/***/ 49169:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iK: () => (/* binding */ withOpenWork)
/* harmony export */ });
/* unused harmony exports openWork, updateWork, closeWork, failWork */
/* harmony import */ var _handoff_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36524);
/* harmony import */ var _handoff_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71450);

const KEY = _handoff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_WORK_KEY */ .T;
let current = { active: false };
/** Records that work on `environment` has started (saved at once: a kill can come any moment). */
function openWork(work) {
    current = { ...work, active: true };
    (0,_handoff_index_js__WEBPACK_IMPORTED_MODULE_1__/* .saveHandoff */ .U6)(KEY, current);
}
function updateWork(patch) {
    if (!current.active)
        return;
    current = { ...current, ...patch };
    (0,_handoff_index_js__WEBPACK_IMPORTED_MODULE_1__/* .saveHandoff */ .U6)(KEY, current);
}
/** Main finished and closed its own records: nothing for the post step to do. */
function closeWork() {
    current = { active: false };
    (0,_handoff_index_js__WEBPACK_IMPORTED_MODULE_1__/* .saveHandoff */ .U6)(KEY, current);
}
/**
 * Main ended with an error: nothing of it runs any more and traffic is where main left it on
 * purpose, but if its own failure record did not land (GitHub down), the post step tries again.
 */
function failWork() {
    updateWork({ commandPid: undefined, provider: undefined, failed: true });
}
/**
 * Runs a main step that writes deployments with its post step kept informed: bad input (a throw
 * from `read`) and a dry run leave nothing open; until `body` succeeds, the post step knows what
 * to stop and close; an error tells it main failed rather than was killed.
 */
async function withOpenWork(read, what, body) {
    let settings;
    try {
        settings = await read();
    }
    catch (error) {
        closeWork();
        throw error;
    }
    const work = what(settings);
    if (work === 'dry run')
        closeWork();
    else
        openWork(work);
    try {
        await body(settings, (pid) => updateWork({ commandPid: pid }));
        closeWork();
    }
    catch (error) {
        failWork();
        throw error;
    }
}


/***/ }),

/***/ 75629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ yaml),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
let loaded;
/**
 * Loads the YAML parser. It is a dynamic import so that an action whose inputs hold no YAML never
 * loads it (sixty modules; bench/startup.ts): an entry calls this before reading its inputs
 * when one of them is YAML (`checks`, the pipeline config file), and async code calls it freely.
 */
async function loadYaml() {
    loaded ??= await __webpack_require__.e(/* import() */ 8815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    return loaded;
}
/** The YAML parser, once `loadYaml()` has run; a call before it is a bug in Glidepath, said as such. */
function yaml() {
    if (!loaded)
        throw new Error('Internal error: the YAML parser was used before loadYaml() loaded it');
    return loaded;
}


/***/ })

};
;