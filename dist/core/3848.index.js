"use strict";
exports.id = 3848;
exports.ids = [3848];
exports.modules = {

/***/ 83843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readTraffic),
/* harmony export */   s: () => (/* binding */ readSettings)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25862);
/* harmony import */ var _core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73600);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20337);
/* harmony import */ var _core_artifact_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72762);




/** Reads and checks every input before anything is read from or written to GitHub. */
function readSettings(inputs, ctx) {
    const environment = inputs.required('environment');
    if (!_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAME */ .Y.test(environment))
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('environment', `is '${environment}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
    const ifDigest = inputs.string('if-digest');
    if (ifDigest !== undefined && !/^sha256:[0-9a-f]{64}$/.test(ifDigest))
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('if-digest', `is '${ifDigest.slice(0, 80)}', not a digest`, "give the bad artifact's digest (promote-environment's digest output), sha256: and 64 hex digits");
    const toText = inputs.string('to') ?? 'previous';
    const to = toText === 'previous' ? 'previous' : inputs.semver('to');
    return {
        environment,
        to,
        reason: inputs.string('reason', { maxLength: 1000 }) ?? 'no reason given',
        deployCommand: inputs.string('deploy-command'),
        deployTimeoutMs: inputs.duration('deploy-timeout', {
            min: 1000,
            max: 6 * 3_600_000,
            fallback: 30 * 60_000,
        }),
        provider: readTraffic(inputs),
        force: inputs.boolean('force', false),
        allowUnproven: inputs.boolean('allow-unproven', false),
        dryRun: inputs.boolean('dry-run', false),
        ...(0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readAttestationInputs */ .e)(inputs, ctx),
        token: inputs.secret('token', { required: true }),
        ...(ifDigest ? { ifDigest } : {}),
        artifactName: (0,_core_artifact_index_js__WEBPACK_IMPORTED_MODULE_3__/* .readArtifactName */ .Ep)(inputs),
    };
}
/** The traffic provider to restore, if one is configured (the embedded router's default needs its URL). */
function readTraffic(inputs) {
    const wanted = inputs.string('provider') !== undefined &&
        (inputs.string('provider') !== 'embedded' || inputs.string('router-url') !== undefined);
    return wanted ? (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readProvider */ .WE)(inputs) : undefined;
}


/***/ }),

/***/ 83848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27863);
/* harmony import */ var _core_recovery_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3748);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83843);



/**
 * Runs always (post-if: always()): if main was cancelled or killed, put traffic back on stable
 * (from the inputs when main was stopped before it saved anything), stop its deploy command and
 * mark its deployment failure.
 */
async function post() {
    await (0,_core_recovery_index_js__WEBPACK_IMPORTED_MODULE_0__/* .finishOpenWork */ .n)('rollback', () => (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readTraffic */ .E)(new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0()));
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

/***/ 25862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ENVIRONMENT_NAME)
/* harmony export */ });
// What an environment may be called: apart from config.ts, so that an action checking a name
// does not load the config file's reader and semver with it (start-up on bad input).
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/;


/***/ }),

/***/ 3748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ finishOpenWork)
/* harmony export */ });
/* unused harmony export closeUnfinished */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15260);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73495);
/* harmony import */ var _handoff_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36524);
/* harmony import */ var _handoff_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71450);


const KEY = _handoff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_WORK_KEY */ .T;
/**
 * Marks failure every deployment this run attempt made to `environment` that has no final
 * status yet (in_progress, queued, pending, or none at all when the kill came mid-create).
 */
async function closeUnfinished(client, ctx, environment, description) {
    const { isGlidepath, readHistory, running, setStatus } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(7848)]).then(__webpack_require__.bind(__webpack_require__, 92099));
    const history = await readHistory(client, ctx, [environment]);
    const ours = (history.deployments[environment] ?? []).filter((d) => isGlidepath(d) && d.payload.run_id === ctx.runId && d.payload.run_attempt === ctx.runAttempt);
    const open = ours.filter((d) => d.latestState === null || running([d]).length > 0);
    for (const d of open)
        await setStatus(client, ctx, d.id, 'failure', { description, autoInactive: false });
    return open.map((d) => d.id);
}
/**
 * The post step of promote-environment and rollback. `trafficFromInputs` is for a main stopped
 * before it saved anything (killed while starting): a rollback still owes its traffic restore.
 */
async function finishOpenWork(action, trafficFromInputs) {
    await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runPost */ .a)(action, async (h) => {
        // Loaded here, not at import: main steps import this folder for withOpenWork and stay light.
        const { createProvider } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2354), __webpack_require__.e(1599)]).then(__webpack_require__.bind(__webpack_require__, 66441));
        const work = (0,_handoff_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadHandoff */ .vj)(KEY);
        if (!work) {
            const provider = trafficFromInputs?.();
            if (!provider)
                return _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${action} post: main did not start its work, nothing to do`);
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`${action} post: main was stopped before it started; restoring all traffic to stable`);
            await createProvider(provider).setWeight(0);
            return _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq('Stable traffic restored');
        }
        if (!work.active) {
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${action} post: main finished, nothing left open`);
            return;
        }
        if (work.failed)
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${action} post: main failed; checking that it left no deployment open`);
        else
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`${action} post: main did not finish; stopping what it left running and closing its records`);
        if (work.commandPid)
            (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .killGroup */ .i0)(work.commandPid, 'SIGTERM');
        if (work.provider) {
            await createProvider(work.provider).setWeight(0);
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq('Stable traffic restored');
        }
        if (!work.environment)
            return;
        const token = h.inputs.secret('token') ?? '';
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(7848)]).then(__webpack_require__.bind(__webpack_require__, 92099));
        const closed = await closeUnfinished(createClient(token), h.context(), work.environment, `failure: the job stopped before ${action} finished; closed by its post step`);
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(closed.length
            ? `Deployment ${closed.join(', ')} marked failure`
            : 'No deployment of this run attempt was left open');
    });
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

/***/ 20337:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xu: () => (/* binding */ readPool),
  WE: () => (/* binding */ readProvider),
  lc: () => (/* binding */ refuseForRolling)
});

// UNUSED EXPORTS: PROVIDER_INPUTS

// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/runtime/inputs.ts
var runtime_inputs = __webpack_require__(27863);
;// CONCATENATED MODULE: ./src/core/traffic/cloud-inputs.ts

// Kubernetes names (DNS-1123 subdomain, DNS-1123 label, DNS-1035 label for Services).
const ROUTE = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const SERVICE = {
    pattern: /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
    valid: "give the Service name as written in the rule's backendRefs (lower-case letters, digits, -)",
};
const RULE = /^(?:\d{1,4}|[a-z0-9](?:[-a-z0-9]{0,251}[a-z0-9])?)$/;
/** provider gateway-api: the HTTPRoute, its rule, and the two Services among its backendRefs. */
function readGatewayApi(inputs, need) {
    const route = need('route', 'give the name of the HTTPRoute whose backendRefs carry the split', {
        pattern: ROUTE,
        valid: 'give the HTTPRoute name (lower-case letters, digits, - and .)',
    });
    const namespace = inputs.string('route-namespace') ?? 'default';
    if (!NAMESPACE.test(namespace))
        throw new errors/* ConfigError */.xL('route-namespace', `is '${(0,runtime_inputs/* clip */.$Q)(namespace)}'`, 'give a namespace name');
    const rule = inputs.string('route-rule') ?? '0';
    if (!RULE.test(rule))
        throw new errors/* ConfigError */.xL('route-rule', `is '${(0,runtime_inputs/* clip */.$Q)(rule)}'`, 'give the rule index in spec.rules (0, 1, …) or the rule name');
    return {
        provider: 'gateway-api',
        route,
        namespace,
        rule,
        stableBackend: need('stable-server', "give the stable Service among the rule's backendRefs", SERVICE),
        canaryBackend: need('canary-server', "give the canary Service among the rule's backendRefs", SERVICE),
    };
}
const TARGET_GROUP = {
    pattern: /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/,
    valid: 'give the target group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>)',
};
const LISTENER = /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener(?:-rule)?\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}\/[0-9a-f]{16}(?:\/[0-9a-f]{16})?$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/** provider aws-alb: a listener rule (or a listener's default action) and its two target groups. */
function readAlb(inputs, need) {
    const listener = need('alb-listener', 'give the ARN of the listener rule (or of the listener, for its default action) whose forward action holds both target groups', {
        pattern: LISTENER,
        valid: 'give a listener rule ARN (…:listener-rule/app/<lb>/<id>/<id>/<id>) or a listener ARN (…:listener/app/<lb>/<id>/<id>)',
    });
    const region = readRegion(inputs);
    const stableTargetGroup = need('stable-server', "give the stable version's target group ARN", TARGET_GROUP);
    const canaryTargetGroup = need('canary-server', "give the canary's target group ARN", TARGET_GROUP);
    if (stableTargetGroup === canaryTargetGroup)
        throw new errors/* ConfigError */.xL('canary-server', 'is the same target group as stable-server', 'give the canary its own target group');
    return { provider: 'aws-alb', listener, stableTargetGroup, canaryTargetGroup, region };
}
function readRegion(inputs) {
    const region = inputs.string('aws-region');
    if (region !== undefined && !REGION.test(region))
        throw new errors/* ConfigError */.xL('aws-region', `is '${(0,runtime_inputs/* clip */.$Q)(region)}'`, 'give an AWS region such as eu-west-1');
    return region;
}
const FUNCTION = /^(?:arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
const VERSION = {
    pattern: /^\d{1,10}$/,
    valid: 'give a published version number, e.g. 42 (not $LATEST)',
};
/** provider aws-lambda: a function's alias, routed between two published versions. */
function readLambda(inputs, need) {
    const fn = need('lambda-function', 'give the function name or ARN', {
        pattern: FUNCTION,
        valid: 'give the function name (letters, digits, - and _) or its ARN, without a qualifier',
    });
    const alias = need('lambda-alias', 'give the alias callers invoke (e.g. live)', {
        pattern: /^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/,
        valid: 'give an alias name (letters, digits, - and _, not only digits)',
    });
    const region = readRegion(inputs);
    const stableVersion = need('stable-server', 'give the published version the alias serves now', VERSION);
    const canaryVersion = need('canary-server', 'give the newly published version', VERSION);
    if (stableVersion === canaryVersion)
        throw new errors/* ConfigError */.xL('canary-server', 'is the same version as stable-server', 'publish the new code as a new version');
    return { provider: 'aws-lambda', function: fn, alias, stableVersion, canaryVersion, region };
}
const RUN_REVISION = {
    pattern: /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
    valid: 'give the revision name as gcloud run revisions list shows it, e.g. web-00042-xyz',
};
/** provider cloud-run: a service and two of its revisions. */
function readCloudRun(inputs, need) {
    const service = need('cloud-run-service', 'give the service as projects/<project>/locations/<region>/services/<name>', {
        pattern: /^projects\/[a-z][-a-z0-9]{4,28}[a-z0-9]\/locations\/[a-z]+-[a-z]+\d\/services\/[a-z](?:[-a-z0-9]{0,47}[a-z0-9])?$/,
        valid: 'give projects/<project>/locations/<region>/services/<name>, e.g. projects/shop-prod/locations/europe-west1/services/web',
    });
    const endpoint = (inputs.url('cloud-run-endpoint') ?? new URL('https://run.googleapis.com')).href;
    const stableRevision = need('stable-server', 'give the revision serving now', RUN_REVISION);
    const canaryRevision = need('canary-server', 'give the new revision', RUN_REVISION);
    if (stableRevision === canaryRevision)
        throw new errors/* ConfigError */.xL('canary-server', 'is the same revision as stable-server', 'deploy the new version as a new revision (gcloud run deploy --no-traffic)');
    return { provider: 'cloud-run', service, endpoint, stableRevision, canaryRevision };
}

;// CONCATENATED MODULE: ./src/core/traffic/inputs.ts


/** Every provider input; canary-step and rollback read them through readProvider. */
const PROVIDER_INPUTS = (/* unused pure expression or super */ null && ([
    'provider',
    'router-url',
    'haproxy-socket',
    'haproxy-backend',
    'stable-server',
    'canary-server',
    'nginx-conf',
    'nginx-reload-command',
    'command',
    'flagd-file',
    'flag',
    'on-variant',
    'off-variant',
    'route',
    'route-namespace',
    'route-rule',
    'alb-listener',
    'aws-region',
    'lambda-function',
    'lambda-alias',
    'cloud-run-service',
    'cloud-run-endpoint',
]));
const PROVIDERS = [
    'embedded',
    'haproxy',
    'nginx',
    'command',
    'flagd',
    'gateway-api',
    'aws-alb',
    'aws-lambda',
    'cloud-run',
];
function readProviderName(inputs) {
    return inputs.enum('provider', PROVIDERS, 'embedded');
}
/** A getter for inputs the chosen provider cannot do without. */
function needer(inputs, provider) {
    return (name, what, shape) => {
        const value = inputs.string(name);
        if (!value)
            throw new errors/* ConfigError */.xL(name, `is required with provider ${provider}`, what);
        // Values written into HAProxy commands or nginx configuration must not carry more commands or directives.
        if (shape && !shape.pattern.test(value))
            throw new errors/* ConfigError */.xL(name, `is '${(0,runtime_inputs/* clip */.$Q)(value)}'`, shape.valid);
        return value;
    };
}
const HAPROXY_SHAPE = {
    pattern: /^[A-Za-z0-9_.:-]{1,128}$/,
    valid: 'use the name as written in haproxy.cfg: letters, digits, _ . : -',
};
const NGINX_SERVER_SHAPE = {
    pattern: /^(?:unix:\/[A-Za-z0-9_./-]+|\[[0-9A-Fa-f:.]+\]:\d{1,5}|[A-Za-z0-9.-]+:\d{1,5})$/,
    valid: 'give host:port (or unix:/path), e.g. 127.0.0.1:8081',
};
/** nginx's include file (what it is for: `what`) and the command that reloads nginx on it. */
function readNginxFile(inputs, need, what) {
    return {
        provider: 'nginx',
        conf: need('nginx-conf', what),
        reloadCommand: inputs.string('nginx-reload-command') ?? 'nginx -t && nginx -s reload',
    };
}
/** Reads the provider's inputs; shared with rollback, which restores traffic through the same provider. */
function readProvider(inputs) {
    const provider = readProviderName(inputs);
    const need = needer(inputs, provider);
    switch (provider) {
        case 'embedded':
            return { provider, routerUrl: inputs.url('router-url', { required: true }).href };
        case 'haproxy':
            return {
                provider,
                socket: need('haproxy-socket', 'give the runtime API socket: a path such as /run/haproxy/admin.sock (stats socket … level admin) or host:port'),
                backend: need('haproxy-backend', 'give the backend that holds both servers', HAPROXY_SHAPE),
                stableServer: need('stable-server', "give the stable server's name in that backend", HAPROXY_SHAPE),
                canaryServer: need('canary-server', "give the canary server's name in that backend", HAPROXY_SHAPE),
            };
        case 'nginx':
            return {
                ...readNginxFile(inputs, need, 'give the path of the upstream include file Glidepath writes (included inside your upstream block)'),
                stableServer: need('stable-server', 'give the stable server as host:port', NGINX_SERVER_SHAPE),
                canaryServer: need('canary-server', 'give the canary server as host:port', NGINX_SERVER_SHAPE),
            };
        case 'command':
            return {
                provider,
                command: need('command', 'give a shell command that sets the split from GLIDEPATH_WEIGHT'),
                stableServer: inputs.string('stable-server'),
                canaryServer: inputs.string('canary-server'),
            };
        case 'flagd':
            return {
                provider,
                file: need('flagd-file', 'give the flag-definition file flagd reads (JSON or YAML)'),
                flag: need('flag', 'give the key of the flag whose split is rolled out'),
                onVariant: inputs.string('on-variant') ?? 'on',
                offVariant: inputs.string('off-variant') ?? 'off',
            };
        case 'gateway-api':
            return readGatewayApi(inputs, need);
        case 'aws-alb':
            return readAlb(inputs, need);
        case 'aws-lambda':
            return readLambda(inputs, need);
        case 'cloud-run':
            return readCloudRun(inputs, need);
    }
}
/**
 * Rolling deploys work on a pool of servers: every server of the HAProxy backend, of the nginx
 * include file, or of the embedded router's pool. Providers without servers are refused.
 */
function readPool(inputs) {
    const provider = readProviderName(inputs);
    const need = needer(inputs, provider);
    refuseForRolling(inputs, ['stable-server', 'canary-server'], 'rolls every server of the pool');
    switch (provider) {
        case 'embedded':
            return { provider, routerUrl: inputs.url('router-url', { required: true }).href };
        case 'haproxy': {
            const socket = need('haproxy-socket', 'give the runtime API socket: a path such as /run/haproxy/admin.sock (stats socket … level admin) or host:port');
            const backend = need('haproxy-backend', 'give the backend whose servers are rolled', HAPROXY_SHAPE);
            return { provider, socket, backend };
        }
        case 'nginx':
            return readNginxFile(inputs, need, "give the path of the upstream include file holding the pool's server lines");
        default:
            throw new errors/* ConfigError */.xL('provider', `is ${provider}, which has no pool of servers to roll`, 'use embedded, haproxy or nginx with strategy rolling');
    }
}
/** Refuses inputs that strategy rolling does not read (it `does` otherwise), so none is silently ignored. */
function refuseForRolling(inputs, names, does) {
    for (const name of names) {
        if (inputs.string(name) !== undefined)
            throw new errors/* ConfigError */.xL(name, `is not used by strategy rolling, which ${does}`, 'remove it');
    }
}


/***/ })

};
;