"use strict";
exports.id = 6953;
exports.ids = [6953];
exports.modules = {

/***/ 66953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70483);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15260);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75629);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20841);





/**
 * Entry point. SIGINT and SIGTERM (the runner's cancel) abort the current step: traffic goes
 * back to stable (rolling: every drained server back to ready) at once, then the deployment is
 * marked failure; the post step is the backstop.
 */
async function run() {
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runMain */ .V)('canary-step', async (h) => {
        const ctx = h.context();
        const config = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(ctx.workspace, h.inputs.string('config') ?? '.github/glidepath.yml');
        const checks = h.inputs.string('checks') !== undefined;
        if (checks || (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config))
            await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .y)();
        // Only `checks` names metric providers: without it their settings readers stay unloaded.
        if (checks)
            await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_4__/* .loadProviders */ .T)();
        const base = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .readSettings */ .sb)(h.inputs);
        // Release windows are looked up only where they can apply (an environment, or a break-glass
        // reason to check): the config reader and semver stay unloaded otherwise.
        const environment = h.inputs.string('environment');
        const windowed = environment !== undefined || h.inputs.string('override-window') !== undefined;
        const settings = {
            ...base,
            ...(windowed ? (await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(7582), __webpack_require__.e(1153)]).then(__webpack_require__.bind(__webpack_require__, 41153))).readWindow(h.inputs, ctx, environment) : {}),
        };
        h.onCancel((signal) => settings.strategy === 'rolling'
            ? `${signal}: cancelling the rolling deploy, putting drained servers back`
            : settings.strategy === 'experiment'
                ? `${signal}: cancelling the experiment, putting all traffic back on A`
                : `${signal}: cancelling the canary, restoring stable traffic`);
        const [{ lazyClient }, { reportCanary, reportRolling }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(2099)]).then(__webpack_require__.bind(__webpack_require__, 92099)),
            Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2545), __webpack_require__.e(2354), __webpack_require__.e(7044), __webpack_require__.e(3637)]).then(__webpack_require__.bind(__webpack_require__, 91511)),
        ]);
        const deps = { ctx, client: lazyClient(settings.token), signal: h.signal };
        if (settings.strategy === 'rolling') {
            const { runRolling } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2545), __webpack_require__.e(2354), __webpack_require__.e(7044), __webpack_require__.e(5246)]).then(__webpack_require__.bind(__webpack_require__, 5246));
            const result = await runRolling(settings, deps);
            await reportRolling(settings, result);
            if (result.decision === 'aborted' && settings.gate.failOnUnhealthy)
                throw new Error(`canary-step rolling stopped: ${result.reason}`);
            return;
        }
        if (settings.strategy === 'experiment') {
            const [{ runExperiment }, { reportExperiment }] = await Promise.all([
                Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2545), __webpack_require__.e(2354), __webpack_require__.e(7044), __webpack_require__.e(3395)]).then(__webpack_require__.bind(__webpack_require__, 77613)),
                Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2545), __webpack_require__.e(2354), __webpack_require__.e(7044), __webpack_require__.e(6371)]).then(__webpack_require__.bind(__webpack_require__, 78381)),
            ]);
            const result = await runExperiment(settings, deps);
            await reportExperiment(settings, result);
            if (result.decision === 'aborted' && settings.gate.failOnUnhealthy)
                throw new Error(`canary-step experiment stopped: ${result.reason}`);
            return;
        }
        const { runCanary } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2545), __webpack_require__.e(2354), __webpack_require__.e(7044), __webpack_require__.e(7383)]).then(__webpack_require__.bind(__webpack_require__, 81729));
        const result = await runCanary(settings, deps);
        await reportCanary(settings, result);
        if (result.decision === 'aborted' && settings.gate.failOnUnhealthy) {
            throw new Error(`canary-step aborted at ${result.failedStep}: ${result.reason}`);
        }
    });
}


/***/ }),

/***/ 20841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zR: () => (/* binding */ checkBatch),
  sb: () => (/* binding */ readSettings),
  el: () => (/* binding */ resolveCount)
});

// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/runtime/inputs.ts
var inputs = __webpack_require__(27863);
// EXTERNAL MODULE: ./src/core/pipeline/names.ts
var names = __webpack_require__(25862);
// EXTERNAL MODULE: ./src/core/artifact/names.ts
var artifact_names = __webpack_require__(72762);
// EXTERNAL MODULE: ./src/core/gate/inputs.ts + 3 modules
var gate_inputs = __webpack_require__(25934);
// EXTERNAL MODULE: ./src/core/experiment/analysis.ts
var analysis = __webpack_require__(24649);
// EXTERNAL MODULE: ./src/core/gate/headers.ts
var gate_headers = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/core/traffic/split.ts
var traffic_split = __webpack_require__(93189);
// EXTERNAL MODULE: ./src/core/traffic/inputs.ts + 1 modules
var traffic_inputs = __webpack_require__(20337);
;// CONCATENATED MODULE: ./src/actions/canary-step/experiment-inputs.ts




/**
 * The inputs only `strategy: experiment` reads and that have no default in action.yml (the runner
 * passes every default, so only these show that the workflow asked for an experiment).
 */
const EXPERIMENT_INPUTS = [
    'sticky',
    'metric-a-url',
    'metric-b-url',
    'metric-query',
];
/** Refuses experiment inputs given to another strategy. */
function refuseExperimentInputs(inputs, strategy) {
    for (const name of EXPERIMENT_INPUTS)
        if (inputs.string(name) !== undefined)
            throw new errors/* ConfigError */.xL(name, `is only used by strategy experiment, not ${strategy}`, 'remove it, or set strategy: experiment');
}
/** Reads and checks every experiment input before any traffic moves. */
function readExperiment(inputs, record, token) {
    // (steps always arrives with its default, so it cannot be refused; it is not read.)
    for (const name of ['weight', 'match-header'])
        if (inputs.string(name) !== undefined)
            throw new errors/* ConfigError */.xL(name, 'is not used by strategy experiment, which holds one fixed split', 'remove it and give split (B’s share of users, 1–99)');
    const { provider, sticky } = (0,traffic_split/* stickyProvider */.$y)((0,traffic_inputs/* readProvider */.WE)(inputs), inputs.string('sticky'));
    const split = inputs.integer('split', { min: 1, max: 99, fallback: 50 });
    const metric = inputs.enum('metric', ['conversion', 'mean'], 'conversion');
    const source = readSource(inputs);
    const alpha = inputs.number('experiment-alpha', {
        min: 0,
        max: 0.5,
        exclusiveMin: true,
        fallback: analysis/* EXPERIMENT_DEFAULTS */.R.alpha,
    });
    if (alpha >= 0.5)
        throw new errors/* ConfigError */.xL('experiment-alpha', `is ${alpha}`, 'use a number between 0 and 0.5, e.g. 0.05');
    const mde = readShare(inputs.string('minimum-effect'));
    const horizonMs = inputs.duration('horizon', {
        min: 1000,
        max: 6 * 3_600_000,
        fallback: 3_600_000,
    });
    const lookMs = inputs.duration('look-interval', {
        min: 100,
        max: 3_600_000,
        fallback: 30_000,
    });
    const minUnits = inputs.integer('min-users', {
        min: 2,
        max: 1_000_000_000,
        fallback: analysis/* EXPERIMENT_DEFAULTS */.R.minUnits,
    });
    const onWinner = inputs.enum('on-winner', ['promote', 'hold'], 'hold');
    const gate = (0,gate_inputs/* readGateSettings */.f)(inputs, { durationFallbackMs: horizonMs, requireCheck: false });
    return {
        ...record,
        strategy: 'experiment',
        provider,
        sticky,
        split,
        metric,
        source,
        analysis: { alpha, mde, minUnits },
        horizonMs,
        lookMs,
        onWinner,
        gate: { ...gate, durationMs: horizonMs },
        token,
    };
}
/** `minimum-effect`: a relative lift, `10%` or `0.1`, above 0 and at most 10 (1,000%). */
function readShare(text) {
    if (text === undefined)
        return analysis/* EXPERIMENT_DEFAULTS */.R.mde;
    const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text.trim());
    const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    if (!(value > 0 && value <= 10))
        throw new errors/* ConfigError */.xL('minimum-effect', `is '${text}'`, 'give the smallest relative lift worth detecting, above 0: e.g. 10% or 0.1');
    return value;
}
/** Each variant's counters: metric-a-url and metric-b-url (HTTP JSON), or metric-query (Prometheus). */
function readSource(inputs) {
    const a = inputs.url('metric-a-url')?.href;
    const b = inputs.url('metric-b-url')?.href;
    const template = inputs.string('metric-query');
    const valid = 'give metric-a-url and metric-b-url (each variant’s counters as HTTP JSON: users, visits, value, visitsSq, valueSq, visitsValue), or metric-query with prometheus-url';
    if (template !== undefined) {
        if (a !== undefined || b !== undefined)
            throw new errors/* ConfigError */.xL(a !== undefined ? 'metric-a-url' : 'metric-b-url', 'is given with metric-query: the counters come from one place', 'keep either the two URLs or metric-query');
        if (!template.includes('$variant') || !template.includes('$field'))
            throw new errors/* ConfigError */.xL('metric-query', `is '${template}', without $variant and $field`, 'write PromQL with both, e.g. sum(checkout_experiment_$field{variant="$variant"})');
        const url = inputs.url('prometheus-url')?.href;
        if (url === undefined)
            throw new errors/* ConfigError */.xL('prometheus-url', 'is required with metric-query', 'give the base URL of the Prometheus HTTP API, e.g. http://127.0.0.1:9090');
        // The same headers the Prometheus checks send (an auth proxy in front of Prometheus).
        const headers = (0,gate_headers/* readHeaders */.j)(inputs.string('prometheus-headers'), inputs.path('prometheus-headers'));
        return { kind: 'prometheus', url, template, headers };
    }
    if (a === undefined || b === undefined) {
        const [missing, given] = a === undefined ? ['metric-a-url', b] : ['metric-b-url', a];
        throw new errors/* ConfigError */.xL(missing, given === undefined
            ? 'is required with strategy experiment (or metric-query)'
            : `is missing while ${missing === 'metric-a-url' ? 'metric-b-url' : 'metric-a-url'} is given: both variants need their counters`, valid);
    }
    return { kind: 'http', a, b };
}

// EXTERNAL MODULE: ./src/core/runtime/duration.ts
var duration = __webpack_require__(85254);
;// CONCATENATED MODULE: ./src/core/traffic/steps.ts

/**
 * Parses `5@1m, 25@2m, 50@2m, 100`: weights strictly increasing from above 0 to 100, each but the
 * last with a bake time.
 */
function parseSteps(text, input = 'steps') {
    const parts = text
        .split(/[,\n]/)
        .map((p) => p.trim())
        .filter(Boolean);
    if (parts.length === 0)
        throw new errors/* ConfigError */.xL(input, 'is empty', 'write weight@bake-time steps ending at 100, e.g. 5@1m,25@2m,50@2m,100');
    if (parts.length > 50)
        throw new errors/* ConfigError */.xL(input, `has ${parts.length} steps`, 'use at most 50');
    const steps = [];
    for (const [i, part] of parts.entries()) {
        const m = /^(\d+(?:\.\d+)?)%?(?:@(.+))?$/.exec(part);
        if (!m)
            throw new errors/* ConfigError */.xL(input, `has '${part}', not weight@duration`, 'write each step as weight@bake-time, e.g. 25@2m; the last one as 100');
        const weight = Number(m[1]);
        if (!(weight > 0 && weight <= 100))
            throw new errors/* ConfigError */.xL(input, `has weight ${m[1]} in '${part}'`, 'use weights above 0 and at most 100');
        const previous = steps.at(-1);
        if (previous && weight <= previous.weight)
            throw new errors/* ConfigError */.xL(input, `has ${weight} after ${previous.weight}`, 'make weights strictly increasing');
        const last = i === parts.length - 1;
        let bakeMs = 0;
        if (m[2] !== undefined) {
            const ms = (0,duration/* parseDuration */.E)(m[2]);
            if (ms === undefined || ms < 100 || ms > 6 * 3_600_000)
                throw new errors/* ConfigError */.xL(input, `has the bake time '${m[2]}' in '${part}'`, 'write a duration with a unit from 100ms to 6h, e.g. 2m');
            bakeMs = ms;
        }
        else if (!last) {
            throw new errors/* ConfigError */.xL(input, `has '${part}' without a bake time`, 'give every step but the last one a bake time, e.g. 25@2m');
        }
        // The label keeps the bake time as written (display rounding would not parse back to the same step).
        steps.push({
            weight,
            bakeMs,
            label: bakeMs ? `${weight}@${(m[2] ?? '').trim()}` : `${weight}`,
        });
    }
    if (steps.at(-1)?.weight !== 100)
        throw new errors/* ConfigError */.xL(input, `ends at ${steps.at(-1)?.weight}`, 'end with 100 (or use weight: for a single step that pauses)');
    return steps;
}

;// CONCATENATED MODULE: ./src/actions/canary-step/inputs.ts






const SERVER_TOKEN = /\{(address|name)\}/g;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
/** Reads and checks every input before any traffic moves or any server is drained. */
function readSettings(inputs) {
    const environment = inputs.string('environment');
    if (environment !== undefined && !names/* ENVIRONMENT_NAME */.Y.test(environment))
        throw new errors/* ConfigError */.xL('environment', `is '${environment}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
    const deploymentId = inputs.integer('deployment-id', { min: 1, max: Number.MAX_SAFE_INTEGER });
    const artifactName = (0,artifact_names/* readArtifactName */.Ep)(inputs);
    const strategy = inputs.enum('strategy', ['canary', 'blue-green', 'rolling', 'experiment'], 'canary');
    // pause is canary-step's own value of on-inconclusive: the gate is read with fail in its place,
    // and the step loop holds the weight where the gate would have failed on an inconclusive step.
    const pauseOnInconclusive = inputs.string('on-inconclusive') === 'pause';
    if (pauseOnInconclusive && strategy !== 'canary')
        throw new errors/* ConfigError */.xL('on-inconclusive', `is pause, which only strategy canary supports (its steps resume), not ${strategy}`, 'use fail or pass, or strategy: canary');
    if (pauseOnInconclusive)
        inputs = inputs.withValues((v, name) => (name === 'on-inconclusive' ? 'fail' : v));
    if (strategy === 'experiment')
        return readExperiment(inputs, { environment, deploymentId, artifactName }, readToken(inputs, environment));
    refuseExperimentInputs(inputs, strategy);
    if (strategy === 'rolling')
        return readRolling(inputs, { environment, deploymentId, artifactName });
    // (batch-size, max-unavailable, drain-timeout and deploy-timeout always arrive with their defaults.)
    for (const name of ['version', 'previous-version', 'deploy-command']) {
        if (inputs.string(name) !== undefined)
            throw new errors/* ConfigError */.xL(name, `is only used by strategy rolling, not ${strategy}`, 'remove it, or set strategy: rolling');
    }
    const provider = (0,traffic_inputs/* readProvider */.WE)(inputs);
    const weight = inputs.number('weight', { min: 0, max: 100 });
    const steps = parseSteps(inputs.string('steps') ?? '5@1m,25@2m,50@2m,100');
    const matchHeader = inputs.string('match-header');
    if (matchHeader !== undefined) {
        if (!/^[A-Za-z0-9-]+=[^\s]+$/.test(matchHeader))
            throw new errors/* ConfigError */.xL('match-header', `is '${matchHeader}'`, 'write name=value, e.g. x-canary=1');
        if (!['embedded', 'command', 'gateway-api'].includes(provider.provider))
            throw new errors/* ConfigError */.xL('match-header', `is not supported by provider ${provider.provider}`, 'use provider embedded, command or gateway-api for header-based routing');
    }
    const gate = (0,gate_inputs/* readGateSettings */.f)(inputs, { durationFallbackMs: 300_000, requireCheck: false });
    return {
        environment,
        deploymentId,
        artifactName,
        provider,
        strategy,
        steps,
        weight,
        pauseOnInconclusive,
        matchHeader,
        gate,
        token: readToken(inputs, environment),
    };
}
function readToken(inputs, environment) {
    return environment ? inputs.secret('token', { required: true }) : inputs.secret('token');
}
function readRolling(inputs, record) {
    (0,traffic_inputs/* refuseForRolling */.lc)(inputs, ['weight', 'match-header'], 'moves whole servers');
    const pool = (0,traffic_inputs/* readPool */.Xu)(inputs);
    const batchSize = serverCount('batch-size', inputs.string('batch-size') ?? '1');
    const maxUnavailable = serverCount('max-unavailable', inputs.string('max-unavailable') ?? '1');
    if ('servers' in batchSize && 'servers' in maxUnavailable)
        checkBatch(batchSize.servers, maxUnavailable.servers);
    const drainTimeoutMs = inputs.duration('drain-timeout', {
        min: 0,
        max: 3_600_000,
        fallback: 30_000,
    });
    const deployTimeoutMs = inputs.duration('deploy-timeout', {
        min: 1000,
        max: 6 * 3_600_000,
        fallback: 30 * 60_000,
    });
    const version = checkVersion('version', inputs.string('version'));
    if (version === undefined)
        throw new errors/* ConfigError */.xL('version', 'is required with strategy rolling', 'give the version the deploy command puts on each server (GLIDEPATH_VERSION), e.g. 1.4.2');
    const previousVersion = checkVersion('previous-version', inputs.string('previous-version'));
    const deployCommand = inputs.string('deploy-command');
    if (deployCommand === undefined)
        throw new errors/* ConfigError */.xL('deploy-command', 'is required with strategy rolling', 'give a shell command that deploys GLIDEPATH_VERSION to the server GLIDEPATH_SERVER (at GLIDEPATH_SERVER_ADDRESS)');
    const perServer = gate_inputs/* GATE_INPUTS */.K.some((name) => (inputs.string(name) ?? '').search(SERVER_TOKEN) >= 0);
    const gateFor = (server) => {
        const filled = inputs.withValues((value) => value.replace(SERVER_TOKEN, (_, key) => server[key]));
        return (0,gate_inputs/* readGateSettings */.f)(filled, { durationFallbackMs: 300_000, requireCheck: false });
    };
    // Checked now, with a stand-in server, so a bad gate input fails before any server is drained.
    const gate = gateFor({ name: 'server', address: '127.0.0.1:1' });
    return {
        ...record,
        strategy: 'rolling',
        pool,
        batchSize,
        maxUnavailable,
        drainTimeoutMs,
        deployTimeoutMs,
        version,
        previousVersion,
        deployCommand,
        perServer,
        gateFor,
        gate,
        token: readToken(inputs, record.environment),
    };
}
function checkVersion(name, value) {
    if (value !== undefined && !VERSION.test(value))
        throw new errors/* ConfigError */.xL(name, `is '${(0,inputs/* clip */.$Q)(value)}', not a version`, 'use letters, digits, dots, dashes, underscores or plus signs, e.g. 1.4.2 or 2026.11.3-abc1234');
    return value;
}
function serverCount(name, text) {
    const m = /^(\d{1,5})(%?)$/.exec(text);
    const valid = 'use a number of servers (1, 2, …) or a share of the pool from 1% to 100% (e.g. 25%)';
    if (!m)
        throw new errors/* ConfigError */.xL(name, `is '${(0,inputs/* clip */.$Q)(text)}'`, valid);
    const n = Number(m[1]);
    if (m[2] ? n < 1 || n > 100 : n < 1)
        throw new errors/* ConfigError */.xL(name, `is ${text}`, valid);
    return m[2] ? { percent: n } : { servers: n };
}
/** A share of the pool as a number of servers: rounded down, at least 1. */
function resolveCount(count, poolSize) {
    return 'servers' in count
        ? count.servers
        : Math.max(1, Math.floor((count.percent * poolSize) / 100));
}
/** At most max-unavailable servers are out of the pool at once, so a batch may not be larger. */
function checkBatch(batch, maxUnavailable, poolSize) {
    const of = poolSize === undefined ? '' : ` (of a pool of ${poolSize})`;
    if (batch > maxUnavailable)
        throw new errors/* ConfigError */.xL('batch-size', `is ${batch} servers${of}, more than max-unavailable (${maxUnavailable})`, 'make batch-size at most max-unavailable, the most servers drained at once, or raise max-unavailable');
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

/***/ 24649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ ExperimentAnalysis),
/* harmony export */   R: () => (/* binding */ EXPERIMENT_DEFAULTS)
/* harmony export */ });
/* harmony import */ var _sequential_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51468);

const EXPERIMENT_DEFAULTS = { alpha: 0.05, mde: 0.1, minUnits: 200 };
/**
 * The sequential analysis of one A/B experiment: fed cumulative per-variant totals at each look,
 * it answers `decided` the first time the lift's confidence sequence excludes 0 (B better: the
 * whole interval above 0). The caller stops there; at the planned horizon without a decision the
 * winner is `none`. The false-winner chance over all looks is at most α (asymptotically; see
 * sequential.ts for the assumptions).
 */
class ExperimentAnalysis {
    settings;
    tau;
    minP = 1;
    history = [];
    constructor(settings) {
        this.settings = settings;
        this.tau = Math.log(1 + settings.mde) ** 2;
    }
    /** Reads cumulative totals without recording them (used by tests and the bench's replay). */
    read(a, b) {
        const est = (0,_sequential_js__WEBPACK_IMPORTED_MODULE_0__/* .logRatioEstimate */ .k4)(a, b);
        if (!est || !(est.variance > 0))
            return null;
        const info = 1 / est.variance;
        const half = (0,_sequential_js__WEBPACK_IMPORTED_MODULE_0__/* .mixtureHalfWidth */ .qj)(info, this.tau, this.settings.alpha);
        const p = Math.min(1, Math.exp(-(0,_sequential_js__WEBPACK_IMPORTED_MODULE_0__/* .mixtureLogE */ .G5)(est.logRatio, info, this.tau)));
        this.minP = Math.min(this.minP, p);
        return {
            units: { a: a.units, b: b.units },
            trials: { a: a.trials, b: b.trials },
            rate: { a: est.rateA, b: est.rateB },
            lift: Math.expm1(est.logRatio),
            lower: Math.expm1(est.logRatio - half),
            upper: Math.expm1(est.logRatio + half),
            pValue: this.minP,
        };
    }
    update(a, b) {
        const reading = this.read(a, b);
        if (!reading)
            return { state: 'continue', reading: null };
        this.history.push(reading);
        const ready = a.units >= this.settings.minUnits &&
            b.units >= this.settings.minUnits &&
            a.value > 0 &&
            b.value > 0;
        if (ready && reading.lower > 0)
            return { state: 'decided', winner: 'b', reading };
        if (ready && reading.upper < 0)
            return { state: 'decided', winner: 'a', reading };
        return { state: 'continue', reading };
    }
}


/***/ }),

/***/ 51468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G5: () => (/* binding */ mixtureLogE),
/* harmony export */   ji: () => (/* binding */ perTrialTotals),
/* harmony export */   k4: () => (/* binding */ logRatioEstimate),
/* harmony export */   qj: () => (/* binding */ mixtureHalfWidth)
/* harmony export */ });
/* unused harmony exports emptyTotals, ratioEstimate, fixedHalfWidth, normalQuantile */
/**
 * The anytime-valid two-sided test behind `strategy: experiment`: a confidence sequence for the
 * relative lift of variant B over variant A, which may be read after every look.
 *
 * The unit is the unit of assignment (a user, a session): each unit brings a number of trials Nᵤ
 * (visits) and a total value Yᵤ (conversions, or revenue) over those trials. A variant's metric
 * is the ratio R = ΣY / ΣN (conversions per visit, revenue per visit); its variance comes from the
 * delta method on the per-unit sums, so the visits of one user may be as correlated as they like
 * (the units are assumed independent of each other). The test runs on the log rate ratio
 * θ = log(R_B / R_A), estimated with variance V from the delta method again (the lift is
 * e^θ − 1, its interval the image of θ's), and the boundary is the normal mixture of Robbins,
 * Howard et al. and Waudby-Smith et al. ("Time-uniform central limit theory and asymptotic
 * confidence sequences"): with information I = 1/V and a N(0, τ) mixture over lifts,
 *
 *   |θ̂ − θ| ≤ √( (1 + τI) / (τI²) · 2 log(√(1 + τI) / α) )  at every look at once,
 *
 * the same boundary as the mixture SPRT of Johari et al. ("Peeking at A/B tests", Optimizely's
 * Stats Engine) written as an interval. τ is log(1 + minimum detectable lift)²: the mixture
 * bets on lifts of about the size the team wants to detect, which makes the sequence tightest near the
 * information a fixed test for that lift would plan (τI ≈ 8 at α = 0.05). The guarantee is
 * asymptotic: it holds as the number of units grows, with the variance estimated from the data;
 * before `minUnits` units per variant (and a few events in each) nothing is decided.
 */
/**
 * Totals when only visit and conversion counts are known: every visit its own unit. Valid only if
 * visits are independent, which within-user correlation breaks (the report says so).
 */
function perTrialTotals(trials, successes) {
    return {
        units: trials,
        trials,
        value: successes,
        trialsSq: trials,
        valueSq: successes,
        cross: successes,
    };
}
function emptyTotals() {
    return { units: 0, trials: 0, value: 0, trialsSq: 0, valueSq: 0, cross: 0 };
}
/** A variant's ratio ΣY/ΣN and the delta-method variance of that estimate (null before any trial). */
function ratioEstimate(t) {
    if (t.units < 2 || t.trials <= 0)
        return null;
    const m = t.units;
    const rate = t.value / t.trials;
    const meanN = t.trials / m;
    const meanY = t.value / m;
    // Sample (co)variances of the per-unit sums, (m − 1) in the denominator.
    const varN = (t.trialsSq - m * meanN * meanN) / (m - 1);
    const varY = (t.valueSq - m * meanY * meanY) / (m - 1);
    const cov = (t.cross - m * meanN * meanY) / (m - 1);
    const perUnit = varY - 2 * rate * cov + rate * rate * varN;
    return { rate, variance: Math.max(0, perUnit) / (m * meanN * meanN) };
}
/**
 * The log rate ratio log(R_B/R_A) and its delta-method variance Var R_B/R_B² + Var R_A/R_A²
 * (null while either variant has no successes). The test runs on this scale: symmetric in A and
 * B, so neither variant is favoured by a chance high rate early on; the lift is exp(·) − 1.
 */
function logRatioEstimate(a, b) {
    const ea = ratioEstimate(a);
    const eb = ratioEstimate(b);
    if (!ea || !eb || !(ea.rate > 0) || !(eb.rate > 0))
        return null;
    return {
        logRatio: Math.log(eb.rate / ea.rate),
        variance: eb.variance / (eb.rate * eb.rate) + ea.variance / (ea.rate * ea.rate),
        rateA: ea.rate,
        rateB: eb.rate,
    };
}
/** Half-width of the normal-mixture confidence sequence at information `info` (1/variance). */
function mixtureHalfWidth(info, tau, alpha) {
    if (!(info > 0))
        return Infinity;
    const ti = tau * info;
    return Math.sqrt(((1 + ti) / (ti * info)) * 2 * Math.log(Math.sqrt(1 + ti) / alpha));
}
/**
 * log of the mixture e-value against θ = 0: (1+τI)^(−½) · exp(τ S² / (2(1+τI))) with
 * S = θ̂·I. Its reciprocal (running minimum) is the always-valid p-value.
 */
function mixtureLogE(estimate, info, tau) {
    if (!(info > 0))
        return 0;
    const s = estimate * info;
    return -0.5 * Math.log(1 + tau * info) + (tau * s * s) / (2 * (1 + tau * info));
}
/** The fixed-horizon half-width at the same information, for reports (what peeking would claim). */
function fixedHalfWidth(info, alpha) {
    return normalQuantile(1 - alpha / 2) / Math.sqrt(info);
}
/** Φ⁻¹(p) by Acklam's rational approximation (relative error < 1.2e-9). */
function normalQuantile(p) {
    const a = [
        -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
        2.506628277459239,
    ];
    const b = [
        -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972,
        -13.28068155288572,
    ];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
        4.374664141464968, 2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const poly = (k, x) => k.reduce((acc, v) => acc * x + v, 0);
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(c, q) / (poly(d, q) * q + 1);
    }
    if (p > 1 - low)
        return -normalQuantile(1 - p);
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / (poly(b, r) * r + 1);
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


/***/ }),

/***/ 93189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ stickyProvider),
/* harmony export */   RC: () => (/* binding */ stickyText),
/* harmony export */   pD: () => (/* binding */ parseSticky)
/* harmony export */ });
/* unused harmony export readSticky */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);

function stickyText(sticky) {
    return 'name' in sticky ? `${sticky.kind}:${sticky.name}` : sticky.kind;
}
/**
 * Reads input `sticky` for the provider: each provider splits by what it can hash. flagd splits
 * on the evaluation's targeting key (the application's user id), nothing else; the others take a
 * cookie, a header or the client address (requests without the cookie or header: by address).
 */
function readSticky(text, provider) {
    if (provider === 'flagd') {
        if (text === undefined || text === 'targeting-key')
            return { kind: 'targeting-key' };
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('sticky', `is '${text}', which provider flagd cannot split by`, "flagd's fractional split is sticky on the evaluation's targeting key: leave sticky unset or write targeting-key, and give the user id as the targeting key");
    }
    const value = text ?? 'address';
    if (value === 'address')
        return { kind: 'address' };
    const m = /^(cookie|header):([A-Za-z0-9_.-]{1,64})$/.exec(value);
    if (!m)
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('sticky', `is '${value}'${value === 'targeting-key' ? `, which only provider flagd uses (provider is ${provider})` : ''}`, 'write cookie:<name>, header:<name> or address, e.g. cookie:uid');
    return { kind: m[1], name: m[2] };
}
/** Providers that can split by user: the cloud routers split each request anew. */
const STICKY_PROVIDERS = ['embedded', 'haproxy', 'nginx', 'flagd', 'command'];
/**
 * An experiment's provider: its settings with the sticky key (input `sticky`) it splits by, or
 * one error naming `provider` (a router that splits per request) or `sticky` (a key it cannot use).
 */
function stickyProvider(settings, text) {
    switch (settings.provider) {
        case 'flagd':
            return { provider: settings, sticky: readSticky(text, settings.provider) };
        case 'embedded':
        case 'haproxy':
        case 'nginx':
        case 'command': {
            const sticky = readSticky(text, settings.provider);
            return { provider: { ...settings, sticky: stickyText(sticky) }, sticky };
        }
        default:
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('provider', `is ${settings.provider}, which cannot keep a user on one version (its split is per request)`, `an experiment needs a sticky split: use one of ${STICKY_PROVIDERS.join(', ')}`);
    }
}
/** Parses a sticky text written by stickyText (settings saved for the post step). */
function parseSticky(text) {
    if (text === 'address' || text === 'targeting-key')
        return { kind: text };
    const [kind, name = ''] = text.split(':');
    return { kind: kind === 'header' ? 'header' : 'cookie', name };
}


/***/ })

};
;