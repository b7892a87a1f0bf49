export const id = 104;
export const ids = [104];
export const modules = {

/***/ 9104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/runtime/harness.ts
var harness = __webpack_require__(5260);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var yaml = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/actions/canary-step/inputs.ts + 1 modules
var inputs = __webpack_require__(9293);
// EXTERNAL MODULE: ./src/core/pipeline/windows.ts
var windows = __webpack_require__(2659);
// EXTERNAL MODULE: ./src/core/pipeline/config.ts
var pipeline_config = __webpack_require__(7582);
;// CONCATENATED MODULE: ./src/actions/canary-step/window.ts

/**
 * Reads the environment's windows and freezes from the config file (when it exists and names
 * the environment) and refuses to start outside them, before any request or traffic change.
 * Without an environment there is nothing to look up; override-window is still checked.
 */
function readWindow(inputs, ctx, environment) {
    const override = (0,windows/* checkOverrideWindow */.lF)(inputs.string('override-window'));
    const config = inputs.string('config') ?? '.github/glidepath.yml';
    if (!environment)
        return {};
    const rules = (0,pipeline_config/* environmentRules */.T3)(config, ctx.workspace, environment);
    const windowOverride = (0,windows/* windowGate */.u3)(environment, rules, override, ctx.actor);
    return { rules, ...(windowOverride ? { windowOverride } : {}) };
}

;// CONCATENATED MODULE: ./src/actions/canary-step/index.ts





/**
 * Entry point. SIGINT and SIGTERM (the runner's cancel) abort the current step: traffic goes
 * back to stable (rolling: every drained server back to ready) at once, then the deployment is
 * marked failure; the post step is the backstop.
 */
async function run() {
    await (0,harness/* runMain */.V)('canary-step', async (h) => {
        const ctx = h.context();
        const config = external_node_path_default().resolve(ctx.workspace, h.inputs.string('config') ?? '.github/glidepath.yml');
        if (h.inputs.string('checks') || (0,external_node_fs_.existsSync)(config))
            await (0,yaml/* loadYaml */.y)();
        const settings = {
            ...(0,inputs/* readSettings */.sb)(h.inputs),
            ...readWindow(h.inputs, ctx, h.inputs.string('environment')),
        };
        h.onCancel((signal) => settings.strategy === 'rolling'
            ? `${signal}: cancelling the rolling deploy, putting drained servers back`
            : `${signal}: cancelling the canary, restoring stable traffic`);
        const [{ lazyClient }, { reportCanary, reportRolling }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(88), __webpack_require__.e(118), __webpack_require__.e(954), __webpack_require__.e(99), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 2099)),
            Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(336), __webpack_require__.e(623)]).then(__webpack_require__.bind(__webpack_require__, 3892)),
        ]);
        const deps = { ctx, client: lazyClient(settings.token), signal: h.signal };
        if (settings.strategy === 'rolling') {
            const { runRolling } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(694), __webpack_require__.e(336), __webpack_require__.e(246)]).then(__webpack_require__.bind(__webpack_require__, 5246));
            const result = await runRolling(settings, deps);
            await reportRolling(settings, result);
            if (result.decision === 'aborted' && settings.gate.failOnUnhealthy)
                throw new Error(`canary-step rolling stopped: ${result.reason}`);
            return;
        }
        const { runCanary } = await Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(88), __webpack_require__.e(427), __webpack_require__.e(694), __webpack_require__.e(336), __webpack_require__.e(136)]).then(__webpack_require__.bind(__webpack_require__, 5136));
        const result = await runCanary(settings, deps);
        await reportCanary(settings, result);
        if (result.decision === 'aborted' && settings.gate.failOnUnhealthy) {
            throw new Error(`canary-step aborted at ${result.failedStep}: ${result.reason}`);
        }
    });
}


/***/ }),

/***/ 9293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zR: () => (/* binding */ checkBatch),
  sb: () => (/* binding */ readSettings),
  el: () => (/* binding */ resolveCount)
});

// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(5649);
// EXTERNAL MODULE: ./src/core/runtime/inputs.ts
var inputs = __webpack_require__(7863);
// EXTERNAL MODULE: ./src/core/pipeline/config.ts
var config = __webpack_require__(7582);
// EXTERNAL MODULE: ./src/core/gate/inputs.ts + 2 modules
var gate_inputs = __webpack_require__(7642);
// EXTERNAL MODULE: ./src/core/traffic/inputs.ts
var traffic_inputs = __webpack_require__(192);
// EXTERNAL MODULE: ./src/core/runtime/duration.ts
var duration = __webpack_require__(5254);
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
    if (environment !== undefined && !config/* ENVIRONMENT_NAME */.YR.test(environment))
        throw new errors/* ConfigError */.xL('environment', `is '${environment}', not an environment name`, 'use letters, digits, spaces, dots, dashes or underscores');
    const deploymentId = inputs.integer('deployment-id', { min: 1, max: Number.MAX_SAFE_INTEGER });
    const strategy = inputs.enum('strategy', ['canary', 'blue-green', 'rolling'], 'canary');
    // pause is canary-step's own value of on-inconclusive: the gate is read with fail in its place,
    // and the step loop holds the weight where the gate would have failed on an inconclusive step.
    const pauseOnInconclusive = inputs.string('on-inconclusive') === 'pause';
    if (pauseOnInconclusive && strategy !== 'canary')
        throw new errors/* ConfigError */.xL('on-inconclusive', `is pause, which only strategy canary supports (its steps resume), not ${strategy}`, 'use fail or pass, or strategy: canary');
    if (pauseOnInconclusive)
        inputs = inputs.withValues((v, name) => (name === 'on-inconclusive' ? 'fail' : v));
    if (strategy === 'rolling')
        return readRolling(inputs, { environment, deploymentId });
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
        if (provider.provider !== 'embedded' && provider.provider !== 'command')
            throw new errors/* ConfigError */.xL('match-header', `is not supported by provider ${provider.provider}`, 'use provider embedded or command for header-based routing');
    }
    const gate = (0,gate_inputs/* readGateSettings */.f)(inputs, { durationFallbackMs: 300_000, requireCheck: false });
    return {
        environment,
        deploymentId,
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

/***/ 7642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ GATE_INPUTS),
  f: () => (/* binding */ readGateSettings)
});

// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var yaml = __webpack_require__(5629);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(5649);
// EXTERNAL MODULE: ./src/core/runtime/inputs.ts
var runtime_inputs = __webpack_require__(7863);
// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(2072);
;// CONCATENATED MODULE: ./src/core/gate/status.ts
// What an HTTP check accepts as healthy: kept apart from probe.ts so that reading the inputs
// does not load node:http and node:https (bench/startup.ts).
/** Parses `200,204,300-399` into ranges; undefined when malformed. */
function parseStatusSet(text) {
    const ranges = [];
    for (const part of text
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)) {
        const m = /^([1-5]\d\d)(?:-([1-5]\d\d))?$/.exec(part);
        if (!m)
            return undefined;
        const low = Number(m[1]);
        const high = Number(m[2] ?? m[1]);
        if (high < low)
            return undefined;
        ranges.push([low, high]);
    }
    return ranges.length ? ranges : undefined;
}

;// CONCATENATED MODULE: ./src/core/gate/check-inputs.ts


/** Header names whose values are not secret; every other header value is masked in the log. */
const PLAIN_HEADERS = new Set([
    'accept',
    'content-type',
    'user-agent',
    'host',
    'accept-encoding',
    'cache-control',
]);
/**
 * Reads one check: the step's inputs, or one entry of `checks` (`inputs` scoped to it, so that
 * errors name `checks` and the entry's key). Every value is validated before any probe is sent.
 */
function readCheck(inputs, name, rawHeaders) {
    const alpha = inputs.number('alpha', { min: 1e-9, max: 0.49, fallback: 0.01 });
    const maxLatencyMs = inputs.duration('max-latency', { min: 1, max: 600_000, fallback: 2000 });
    const judge = {
        alpha,
        maxErrorRate: inputs.number('max-error-rate', {
            min: 1e-6,
            max: 0.999,
            fallback: 0.05,
        }),
        tolerance: inputs.number('tolerance', { min: 1, max: 100, fallback: 1.5 }),
        minSamples: inputs.integer('min-samples', { min: 1, max: 10_000_000, fallback: 100 }),
        latency: true,
        maxLatencyMs,
    };
    if (judge.tolerance <= 1)
        throw inputs.error('tolerance', `is '${inputs.string('tolerance')}'`, 'use a number above 1 and at most 100: how many times the baseline error rate the canary may have and still pass (at 1 no pass could ever be shown)');
    const target = inputs.url('url');
    // Validated whether or not this check ends up using it: a given input is never ignored silently.
    const prometheusUrl = inputs.url('prometheus-url');
    const query = inputs.string('query');
    const errorQuery = inputs.string('error-query');
    if (target)
        return readHttpCheck(inputs, name, rawHeaders, target, judge);
    const prometheus = () => {
        if (!prometheusUrl)
            throw inputs.error('prometheus-url', `is required for ${query ? 'query' : 'error-query and total-query'}`, 'give the base URL of the Prometheus HTTP API, e.g. http://127.0.0.1:9090');
        return {
            url: prometheusUrl,
            headers: readHeaders(inputs.string('prometheus-headers'), inputs.path('prometheus-headers')),
        };
    };
    const intervalMs = inputs.duration('query-interval', {
        min: 100,
        max: 600_000,
        fallback: 10_000,
    });
    if (errorQuery !== undefined || inputs.string('total-query') !== undefined)
        return readCounterCheck(inputs, name, prometheus, intervalMs, judge);
    if (query !== undefined)
        return readThresholdCheck(inputs, name, query, prometheus, intervalMs);
    throw inputs.error('url', 'is missing: the check has nothing to look at', 'give url (HTTP probes), error-query and total-query (Prometheus counters), or query with threshold');
}
/** HTTP probes of `target` (and of baseline-url, on the same schedule). */
function readHttpCheck(inputs, name, rawHeaders, target, judge) {
    const statusText = inputs.string('expect-status') ?? '200-399';
    const expectStatus = parseStatusSet(statusText);
    if (!expectStatus)
        throw inputs.error('expect-status', `is '${statusText}'`, 'list codes and ranges from 100 to 599, comma-separated, e.g. 200,204,300-399');
    const method = (inputs.string('method') ?? 'GET').toUpperCase();
    if (!/^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(method))
        throw inputs.error('method', `is '${method}'`, 'use GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS');
    const headers = readHeaders(rawHeaders ?? inputs.string('headers'), inputs.path('headers'));
    const body = readExpectBody(inputs.string('expect-body'), inputs.path('expect-body'));
    const spec = (u) => ({
        url: u,
        method,
        headers,
        expectStatus,
        ...body,
        timeoutMs: inputs.duration('timeout', { min: 10, max: 120_000, fallback: 5000 }),
        maxLatencyMs: judge.maxLatencyMs,
    });
    const baseline = inputs.url('baseline-url');
    const increaseText = inputs.string('max-latency-increase');
    if (increaseText !== undefined) {
        const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(increaseText);
        const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
        if (!(value > 0 && value <= 10))
            throw inputs.error('max-latency-increase', `is '${increaseText}'`, 'write how much slower than the baseline the canary may be, e.g. 10% (or 0.1), above 0 and at most 1000%');
        if (!baseline)
            throw inputs.error('max-latency-increase', 'needs baseline-url', 'set baseline-url: the canary is compared with it, both probed on the same schedule');
        judge.maxLatencyIncrease = value;
    }
    return {
        kind: 'http',
        name,
        canary: spec(target),
        baseline: baseline ? spec(baseline) : undefined,
        rate: inputs.number('rate', { min: 0.1, max: 2000, fallback: 10 }),
        concurrency: inputs.integer('concurrency', { min: 1, max: 1000, fallback: 10 }),
        warmupMs: inputs.duration('warm-up', { min: 0, max: 600_000, fallback: 0 }),
        judge,
    };
}
/** Prometheus counters of errors and requests (and of the baseline's). */
function readCounterCheck(inputs, name, prometheus, intervalMs, judge) {
    const errorQuery = inputs.string('error-query');
    const totalQuery = inputs.string('total-query');
    if (!errorQuery || !totalQuery)
        throw inputs.error(errorQuery ? 'total-query' : 'error-query', 'is missing', 'give both error-query and total-query: PromQL for cumulative counts, e.g. sum(http_requests_total{version="canary",code=~"5.."})');
    const be = inputs.string('baseline-error-query');
    const bt = inputs.string('baseline-total-query');
    if ((be === undefined) !== (bt === undefined))
        throw inputs.error(be ? 'baseline-total-query' : 'baseline-error-query', 'is missing', 'give both baseline queries, or neither');
    return {
        kind: 'prometheus',
        name,
        prometheus: prometheus(),
        errorQuery,
        totalQuery,
        baselineErrorQuery: be,
        baselineTotalQuery: bt,
        intervalMs,
        judge: { ...judge, latency: false },
    };
}
/** One PromQL value held against a threshold. */
function readThresholdCheck(inputs, name, query, prometheus, intervalMs) {
    const thresholdText = inputs.string('threshold') ?? '';
    const m = /^(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(thresholdText.trim());
    if (!m)
        throw inputs.error('threshold', `is '${thresholdText}'`, "write a comparison with a number, e.g. '< 0.01' or '>= 0.99'");
    const rangeMs = inputs.duration('range', { min: 1000, max: 24 * 3_600_000 });
    return {
        kind: 'threshold',
        name,
        prometheus: prometheus(),
        query,
        operator: m[1],
        threshold: Number(m[2]),
        rangeMs,
        intervalMs,
        minPolls: 3,
    };
}
/** `Name: value` lines or a YAML map; values of all but plain headers are masked. */
function readHeaders(raw, label) {
    if (raw === undefined || raw === null || raw === '')
        return {};
    let map;
    if (typeof raw === 'string') {
        map = {};
        const trimmed = raw.trim();
        if (trimmed.startsWith('{')) {
            try {
                map = JSON.parse(trimmed);
            }
            catch {
                throw new errors/* ConfigError */.xL(label.startsWith('checks') ? 'checks' : label, `${label} is not a map of header names to values`, 'write one "Name: value" per line');
            }
        }
        else {
            for (const line of trimmed.split(/\r?\n/).filter((l) => l.trim())) {
                const colon = line.indexOf(':');
                if (colon < 1)
                    throw new errors/* ConfigError */.xL(label.startsWith('checks') ? 'checks' : label, `has the line '${line.slice(0, 40)}', which is not 'Name: value'`, 'write one "Name: value" per line');
                map[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
            }
        }
    }
    else if (typeof raw === 'object' && !Array.isArray(raw)) {
        map = raw;
    }
    else {
        throw new errors/* ConfigError */.xL('checks', `${label} is not a map of header names to values`, 'write a YAML map, e.g. {Authorization: Bearer …}');
    }
    const headers = {};
    for (const [name, value] of Object.entries(map)) {
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
            throw new errors/* ConfigError */.xL(label.startsWith('checks') ? 'checks' : label, `has an invalid header name '${name}'`, 'use letters, digits and dashes');
        const text = String(value);
        if (!PLAIN_HEADERS.has(name.toLowerCase()))
            commands/* setSecret */.Pq(text);
        headers[name] = text;
    }
    return headers;
}
function readExpectBody(text, label) {
    if (text === undefined)
        return {};
    const regex = /^\/(.+)\/([gimsuy]*)$/s.exec(text);
    if (regex) {
        try {
            return { expectBody: new RegExp(regex[1], (regex[2] ?? '').replace('g', '')) };
        }
        catch (error) {
            throw new errors/* ConfigError */.xL(label.startsWith('checks') ? 'checks' : label, `is not a valid regular expression (${error.message})`, 'write /pattern/ or plain text to look for');
        }
    }
    const json = /^json:([A-Za-z0-9_.-]+)=(.*)$/s.exec(text);
    if (json)
        return { expectJson: { path: json[1], equals: json[2] } };
    return { expectBody: text };
}

;// CONCATENATED MODULE: ./src/core/gate/inputs.ts


/**
 * Reads the health-gate inputs (or one entry of `checks`, falling back to the inputs) into
 * checks. Every value is validated here, before any probe is sent.
 */
function readGateSettings(inputs, options = {}) {
    const durationMs = inputs.duration('duration', {
        min: 1000,
        max: 6 * 3_600_000,
        fallback: options.durationFallbackMs ?? 300_000,
    });
    const checksText = inputs.string('checks');
    const checks = [];
    if (checksText) {
        let parsed;
        try {
            parsed = (0,yaml/* yaml */.o)().parse(checksText);
        }
        catch (error) {
            throw new errors/* ConfigError */.xL('checks', `is not valid YAML (${error.message.split('\n')[0]})`, 'give a YAML list of checks, each a map such as {name: api, url: https://…}');
        }
        if (!Array.isArray(parsed) ||
            parsed.length === 0 ||
            parsed.some((c) => c === null || typeof c !== 'object' || Array.isArray(c))) {
            throw new errors/* ConfigError */.xL('checks', 'is not a YAML list of maps', 'write one "- name: …" entry per check with keys named like the inputs (url, error-query, query, …)');
        }
        parsed.forEach((entry, index) => {
            const label = `checks[${index}]`;
            const known = new Set([...CHECK_KEYS]);
            for (const key of Object.keys(entry)) {
                if (!known.has(key))
                    throw new errors/* ConfigError */.xL('checks', `has an unknown key '${key}' in ${label}`, `use ${[...CHECK_KEYS].join(', ')}`);
            }
            // The entry's own value (blank is unset, as for a step input), else the step's input for
            // a shared key: either way, an error names the entry.
            const own = (key) => {
                const v = entry[key];
                if (v === undefined || v === null)
                    return undefined;
                const text = typeof v === 'object' ? JSON.stringify(v) : String(v);
                return text.trim() === '' ? undefined : text;
            };
            const scoped = runtime_inputs/* Inputs */.G0.within('checks', `${label}.`, (key) => own(key) ?? (SHARED_KEYS.has(key) ? (inputs.string(key) ?? '') : ''));
            checks.push(readCheck(scoped, typeof entry.name === 'string' ? entry.name : `check ${index + 1}`, entry.headers));
        });
    }
    else if (inputs.string('url') || inputs.string('error-query') || inputs.string('total-query')) {
        if (inputs.string('url'))
            checks.push(readCheck(inputs, 'http', undefined));
        if (inputs.string('error-query') || inputs.string('total-query'))
            checks.push(readCheck(inputs.withValues((value, key) => (key === 'url' || key === 'baseline-url' ? '' : value)), 'prometheus', undefined));
    }
    else if (options.requireCheck !== false) {
        throw new errors/* ConfigError */.xL('url', 'is empty and there is nothing else to check', 'set url (HTTP probes), or prometheus-url with error-query and total-query, or checks');
    }
    // α is per decision the user sees: the gate's result. Each check that can fail or pass on
    // evidence gets an equal share of it, so two checks do not double the chance of a false fail
    // (or of a false pass). Threshold checks compare values and spend none.
    const judged = checks.filter((c) => c.kind !== 'threshold');
    const gateAlpha = judged.reduce((sum, c) => sum + c.judge.alpha, 0);
    if (judged.length > 1)
        for (const c of judged)
            c.judge = { ...c.judge, alpha: c.judge.alpha / judged.length };
    return {
        checks,
        alpha: judged.length ? gateAlpha / judged.length : undefined,
        durationMs,
        tickMs: Math.min(1000, Math.max(100, Math.round(durationMs / 50))),
        failOnUnhealthy: inputs.boolean('fail-on-unhealthy', true),
        onInconclusive: inputs.enum('on-inconclusive', ['fail', 'pass'], 'fail'),
    };
}
/** Every key a `checks` entry may set, in the order the error for an unknown key lists them. */
const CHECK_KEYS = [
    'name',
    'url',
    'baseline-url',
    'method',
    'headers',
    'expect-status',
    'expect-body',
    'timeout',
    'max-latency',
    'rate',
    'concurrency',
    'warm-up',
    'prometheus-url',
    'prometheus-headers',
    'error-query',
    'total-query',
    'baseline-error-query',
    'baseline-total-query',
    'query-interval',
    'query',
    'threshold',
    'range',
    'min-samples',
    'alpha',
    'max-error-rate',
    'tolerance',
    'max-latency-increase',
];
/** Keys that only a check of its own sets: what it looks at (none is a step input the others share). */
const OWN_KEYS = new Set([
    'name',
    'url',
    'baseline-url',
    'error-query',
    'total-query',
    'baseline-error-query',
    'baseline-total-query',
    'query',
    'threshold',
    'range',
]);
/** Every step input the gate reads (CHECK_KEYS less the per-check ones, plus the gate's own). */
const GATE_INPUTS = [
    ...CHECK_KEYS.filter((k) => !['name', 'query', 'threshold', 'range'].includes(k)),
    'duration',
    'checks',
    'fail-on-unhealthy',
    'on-inconclusive',
];
/** Keys a `checks` entry inherits from the step's inputs when it does not set them. */
const SHARED_KEYS = new Set(CHECK_KEYS.filter((k) => !OWN_KEYS.has(k)));


/***/ }),

/***/ 192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WE: () => (/* binding */ readProvider),
/* harmony export */   Xu: () => (/* binding */ readPool),
/* harmony export */   lc: () => (/* binding */ refuseForRolling)
/* harmony export */ });
/* unused harmony export PROVIDER_INPUTS */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7863);

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
]));
function readProviderName(inputs) {
    return inputs.enum('provider', ['embedded', 'haproxy', 'nginx', 'command', 'flagd'], 'embedded');
}
/** A getter for inputs the chosen provider cannot do without. */
function needer(inputs, provider) {
    return (name, what, shape) => {
        const value = inputs.string(name);
        if (!value)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(name, `is required with provider ${provider}`, what);
        // Values written into HAProxy commands or nginx configuration must not carry more commands or directives.
        if (shape && !shape.pattern.test(value))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(name, `is '${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(value)}'`, shape.valid);
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
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('provider', `is ${provider}, which has no pool of servers to roll`, 'use embedded, haproxy or nginx with strategy rolling');
    }
}
/** Refuses inputs that strategy rolling does not read (it `does` otherwise), so none is silently ignored. */
function refuseForRolling(inputs, names, does) {
    for (const name of names) {
        if (inputs.string(name) !== undefined)
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(name, `is not used by strategy rolling, which ${does}`, 'remove it');
    }
}


/***/ })

};
