export const id = 985;
export const ids = [985];
export const modules = {

/***/ 52985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/runtime/harness.ts
var harness = __webpack_require__(15260);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var yaml = __webpack_require__(75629);
// EXTERNAL MODULE: ./src/core/gate/inputs.ts + 2 modules
var gate_inputs = __webpack_require__(87642);
;// CONCATENATED MODULE: ./src/actions/health-gate/inputs.ts

/** health-gate's settings: the shared gate inputs (GATE_INPUTS), all validated before the first probe. */
function readSettings(inputs) {
    return (0,gate_inputs/* readGateSettings */.f)(inputs);
}

;// CONCATENATED MODULE: ./src/actions/health-gate/index.ts


/** Entry point: validate every input, then probe; a cancel ends the gate early with what it saw. */
async function run() {
    await (0,harness/* runMain */.V)('health-gate', async (h) => {
        if (h.inputs.string('checks'))
            await (0,yaml/* loadYaml */.y)();
        const settings = readSettings(h.inputs);
        h.onCancel((signal) => `${signal}: ending the gate early with what it saw`);
        const { healthGate } = await Promise.all(/* import() */[__webpack_require__.e(573), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 27145));
        await healthGate(settings, h.signal);
    });
}


/***/ }),

/***/ 87642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ GATE_INPUTS),
  f: () => (/* binding */ readGateSettings)
});

// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var yaml = __webpack_require__(75629);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/runtime/inputs.ts
var runtime_inputs = __webpack_require__(27863);
// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(82072);
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

/***/ 82072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Gu: () => (/* binding */ getState),
/* harmony export */   LZ: () => (/* binding */ saveState),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/**
 * The runner's protocol, spoken the way @actions/core speaks it: workflow commands on stdout
 * (`::error::…`, `::add-mask::…`) and file commands (GITHUB_OUTPUT, GITHUB_STATE, the step
 * summary). It is this small module and not @actions/core itself because @actions/core loads an
 * HTTP client (undici, for OIDC tokens Glidepath never asks for) at import: 80 ms on these
 * machines, more than Node's own start. A bundle that only reads inputs and fails would take
 * 2.5× a bare `node -e 0` (bench/startup.ts measures it). test/core/runtime/commands.test.ts
 * runs this module and @actions/core on the same calls and requires the same bytes out.
 */
/** Escapes a command's message (as @actions/core's escapeData). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property (as @actions/core's escapeProperty). */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** What @actions/core's toCommandValue does: strings as they are, nothing as '', the rest as JSON. */
function toCommandValue(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string' || value instanceof String)
        return String(value);
    return JSON.stringify(value);
}
function issue(command, message = '', properties = {}) {
    // As @actions/core: a space whenever properties were given, then the non-empty ones.
    const keys = Object.keys(properties);
    const props = keys
        .filter((key) => properties[key])
        .map((key) => `${key}=${escapeProperty(properties[key])}`)
        .join(',');
    const head = keys.length ? `::${command} ${props}` : `::${command}`;
    process.stdout.write(`${head}::${escapeData(message)}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`);
}
/** Appends `name<<delimiter` … `delimiter` to the file a file command names (GITHUB_OUTPUT, …). */
function issueFile(command, name, value) {
    const file = process.env[`GITHUB_${command}`];
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    // globalThis.crypto (Web Crypto) loads node:crypto only when a file command is written.
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    const text = toCommandValue(value);
    if (name.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (text.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    const message = `${name}<<${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${text}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${delimiter}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, `${message}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`, { encoding: 'utf8' });
}
function text(message) {
    return message instanceof Error ? message.toString() : message;
}
/** An input as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function info(message) {
    process.stdout.write(message + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
}
function debug(message) {
    issue('debug', message);
}
function warning(message) {
    issue('warning', text(message));
}
function error(message) {
    issue('error', text(message));
}
/** Marks the step failed: one `::error::` line and exit code 1 (never process.exit). */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Masks a value in every later log line. */
function setSecret(secret) {
    issue('add-mask', secret);
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT)
        return issueFile('OUTPUT', name, value);
    process.stdout.write((node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
    issue('set-output', toCommandValue(value), { name });
}
function saveState(name, value) {
    if (process.env.GITHUB_STATE)
        return issueFile('STATE', name, value);
    issue('save-state', toCommandValue(value), { name });
}
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
/** A collapsible group in the log around `body`. */
async function group(name, body) {
    issue('group', name);
    try {
        return await body();
    }
    finally {
        issue('endgroup');
    }
}
/** Appends Markdown to the job summary file (GITHUB_STEP_SUMMARY), as core.summary.addRaw(…, true).write(). */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, markdown + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL), { encoding: 'utf8' });
}


/***/ }),

/***/ 2379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ context)
/* harmony export */ });
/* unused harmony export readContext */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


function readContext(env = process.env) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = repository.split('/');
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_REPOSITORY is not set to owner/name: run this action inside a GitHub Actions job');
    }
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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


/***/ }),

/***/ 85254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
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


/***/ }),

/***/ 45649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   hD: () => (/* binding */ ApiError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export oneLine */
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


/***/ }),

/***/ 15260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ runMain),
/* harmony export */   a: () => (/* binding */ runPost)
/* harmony export */ });
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2379);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27863);




/** A main step: any failure becomes one `::error::` line and exit code 1 (process.exitCode). */
async function runMain(name, body) {
    await withHarness(name, body, (error) => {
        _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error));
        if (process.env.GLIDEPATH_DEBUG_STACK === 'true' && error instanceof Error && error.stack)
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(error.stack);
    });
}
/** A post step cleans up after main; its own problems are warnings, never a second failure. */
async function runPost(name, body) {
    await withHarness(name, body, (error) => _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} cleanup: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`));
}
async function withHarness(name, body, onError) {
    const stop = new AbortController();
    let describe;
    const onSignal = (signal) => {
        if (stop.signal.aborted)
            return;
        if (describe)
            _commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(describe(signal));
        stop.abort(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const harness = {
        name,
        inputs: new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .Inputs */ .G0(),
        signal: stop.signal,
        context: _context_js__WEBPACK_IMPORTED_MODULE_3__/* .context */ ._,
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


/***/ }),

/***/ 27863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   G0: () => (/* binding */ Inputs)
/* harmony export */ });
/* unused harmony exports MAX_INPUT_LENGTH, runnerInputs, splitList */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82072);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45649);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85254);




/** Inputs longer than this are refused: no legitimate value comes close, and a huge one is a mistake or an attack. */
const MAX_INPUT_LENGTH = 65_536;
/** Reads inputs the way the runner passes them (INPUT_<NAME>), trimmed. */
const runnerInputs = (name) => _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(name);
/**
 * Typed input getters. Each throws a ConfigError that names the input and what would be valid,
 * so every action reports bad input the same way before it touches GitHub or traffic.
 */
class Inputs {
    read;
    scope;
    constructor(read = runnerInputs, scope) {
        this.read = read;
        this.scope = scope;
    }
    /**
     * Values read from inside another input (one entry of a YAML list): `read` gives each key's
     * value, and every error names `input` and the key's path, e.g.
     * `Inputs.within('checks', 'checks[2].', read).number('rate', …)` throws
     * "Input 'checks' checks[2].rate is '0': …".
     */
    static within(input, prefix, read) {
        return new Inputs(read, { input, prefix });
    }
    /** The same inputs with every value passed through `transform` first (rolling mode fills in `{address}` and `{name}` per server). */
    withValues(transform) {
        return new Inputs((name) => transform(this.read(name), name), this.scope);
    }
    /** The name as messages show it: `rate`, or `checks[2].rate` inside a scope. */
    path(name) {
        return this.scope ? `${this.scope.prefix}${name}` : name;
    }
    /** The error for a bad value of `name`, naming the input that holds it. */
    error(name, problem, valid) {
        return this.scope
            ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(this.scope.input, `${this.path(name)} ${problem}`, valid)
            : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(name, problem, valid);
    }
    /** The raw trimmed value, or undefined when empty. */
    string(name, options = {}) {
        const value = this.read(name).trim();
        const max = options.maxLength ?? MAX_INPUT_LENGTH;
        if (value.length > max) {
            throw this.error(name, `is ${value.length} characters long`, `at most ${max} are accepted`);
        }
        if (value === '') {
            if (options.required)
                throw this.error(name, 'is required', "set it in the step's `with:` block");
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
            _commands_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
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
        throw this.error(name, `is '${clip(value)}'`, 'use true or false');
    }
    integer(name, bounds) {
        const valid = `use a whole number from ${bounds.min} to ${bounds.max}`;
        return this.bounded(name, bounds.fallback, (value) => (/^[+-]?\d+$/.test(value) ? Number(value) : undefined), (n) => n >= bounds.min && n <= bounds.max, (value, parsed) => [parsed ? `is ${value}` : `is '${clip(value)}'`, valid]);
    }
    number(name, bounds) {
        const valid = bounds.exclusiveMin
            ? `use a number greater than ${bounds.min} up to ${bounds.max}`
            : `use a number from ${bounds.min} to ${bounds.max}`;
        return this.bounded(name, bounds.fallback, (value) => /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(value) ? Number(value) : undefined, (n) => Number.isFinite(n) &&
            (bounds.exclusiveMin ? n > bounds.min : n >= bounds.min) &&
            n <= bounds.max, (value) => [`is '${clip(value)}'`, valid]);
    }
    /** A duration with a unit (`500ms`, `30s`, `5m`, `1h`), in milliseconds. */
    duration(name, bounds) {
        const range = `from ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(bounds.min)} to ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(bounds.max)}`;
        return this.bounded(name, bounds.fallback, _duration_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDuration */ .E, (ms) => ms >= bounds.min && ms <= bounds.max, (value, parsed) => parsed
            ? [`is ${value}`, `use a duration ${range}`]
            : [
                `is '${clip(value)}', not a duration`,
                `write a number with a unit (ms, s, m, h), e.g. 30s or 5m, ${range}`,
            ]);
    }
    /**
     * The value of `name` as `parse` reads it (undefined: not a value of that kind), if `inRange`;
     * otherwise the error `refusal` words (`parsed`: it was one, out of range).
     */
    bounded(name, fallback, parse, inRange, refusal) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        const n = parse(value);
        if (n !== undefined && inRange(n))
            return n;
        throw this.error(name, ...refusal(value, n !== undefined));
    }
    enum(name, values, fallback) {
        const value = this.string(name);
        if (value === undefined)
            return fallback;
        if (!values.includes(value)) {
            throw this.error(name, `is '${clip(value)}'`, `use one of ${values.join(', ')}`);
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
        const parsed = semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_0___default()(value.replace(/^v(?=\d)/, ''));
        if (!parsed)
            throw this.error(name, `is '${clip(value)}', not a semantic version`, 'use MAJOR.MINOR.PATCH, e.g. 1.4.2 or 2.0.0-rc.1');
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
            throw this.error(name, `is '${clip(value)}', not an http(s) URL`, 'write it with its scheme, e.g. https://app.example.com/healthz');
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
    loaded ??= await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
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
