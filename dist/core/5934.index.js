"use strict";
exports.id = 5934;
exports.ids = [5934];
exports.modules = {

/***/ 83525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ judgeOf),
/* harmony export */   k: () => (/* binding */ withJudge)
/* harmony export */ });
/** The judge settings of a check that judges evidence (none for thresholds and gauges). */
function judgeOf(check) {
    if (check.kind === 'threshold')
        return undefined;
    if (check.kind === 'metric')
        return check.measure.type === 'counts' ? check.measure.judge : undefined;
    return check.judge;
}
/** The check with its judge changed (a copy; checks without a judge as they are). */
function withJudge(check, change) {
    if (check.kind === 'threshold')
        return check;
    if (check.kind === 'metric')
        return check.measure.type === 'counts'
            ? { ...check, measure: { ...check.measure, judge: change(check.measure.judge) } }
            : check;
    return { ...check, judge: change(check.judge) };
}


/***/ }),

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ readHeaders)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82072);

/** Header names whose values are not secret; every other header value is masked in the log. */
const PLAIN_HEADERS = new Set([
    'accept',
    'content-type',
    'user-agent',
    'host',
    'accept-encoding',
    'cache-control',
]);
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
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(label.startsWith('checks') ? 'checks' : label, `${label} is not a map of header names to values`, 'write one "Name: value" per line');
            }
        }
        else {
            for (const line of trimmed.split(/\r?\n/).filter((l) => l.trim())) {
                const colon = line.indexOf(':');
                if (colon < 1)
                    throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(label.startsWith('checks') ? 'checks' : label, `has the line '${line.slice(0, 40)}', which is not 'Name: value'`, 'write one "Name: value" per line');
                map[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
            }
        }
    }
    else if (typeof raw === 'object' && !Array.isArray(raw)) {
        map = raw;
    }
    else {
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('checks', `${label} is not a map of header names to values`, 'write a YAML map, e.g. {Authorization: Bearer …}');
    }
    const headers = {};
    for (const [name, value] of Object.entries(map)) {
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
            throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(label.startsWith('checks') ? 'checks' : label, `has an invalid header name '${name}'`, 'use letters, digits and dashes');
        const text = String(value);
        if (!PLAIN_HEADERS.has(name.toLowerCase()))
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(text);
        headers[name] = text;
    }
    return headers;
}


/***/ }),

/***/ 25934:
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
// EXTERNAL MODULE: ./src/core/gate/config.ts
var config = __webpack_require__(83525);
// EXTERNAL MODULE: ./src/core/gate/headers.ts
var gate_headers = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/core/gate/providers/keys.ts
var keys = __webpack_require__(25568);
;// CONCATENATED MODULE: ./src/core/gate/metric-inputs.ts

/** Kinds a `checks` entry may name: the built-in ones and every metric provider's. */
const CHECK_KINDS = ['http', 'prometheus', ...keys/* PROVIDER_KINDS */.i];
/** Keys only a metric check reads: its kind, how its groups are judged, its bucket width and settling time. */
const METRIC_KEYS = ['kind', 'groups', 'bucket', 'settle'];
/** The `threshold` input: a comparison with a number ('< 0.01'). */
function readThreshold(inputs) {
    const text = inputs.string('threshold') ?? '';
    const m = /^(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/i.exec(text.trim());
    if (!m)
        throw inputs.error('threshold', `is '${text}'`, "write a comparison with a number, e.g. '< 0.01' or '>= 0.99'");
    return { operator: m[1], threshold: Number(m[2]) };
}
/**
 * A check on a metric provider (`kind: datadog`, `web`, …): error-query and total-query (with
 * the baseline's pair) are counts per bucket judged canary against baseline; query with threshold
 * is a value per bucket held against it. Every value is checked and every secret masked here.
 */
function readMetricCheck(inputs, name, spec, judge) {
    const settings = spec.read(inputs);
    const q = (key) => {
        const text = inputs.string(key);
        return text === undefined ? undefined : { text, label: inputs.path(key) };
    };
    const [errors, total, ownBaseErrors, ownBaseTotal, query] = [
        'error-query',
        'total-query',
        'baseline-error-query',
        'baseline-total-query',
        'query',
    ].map(q);
    let [baseErrors, baseTotal] = [ownBaseErrors, ownBaseTotal];
    if (inputs.string('baseline-url') !== undefined) {
        if (!spec.baselineApart?.(settings))
            throw inputs.error('baseline-url', `is set, but a ${spec.kind} check does not read one`, 'remove it: give baseline-error-query and baseline-total-query for the baseline (baseline-url is for http and web checks)');
        if (!errors && !total)
            throw inputs.error('baseline-url', 'is set on a check without error-query and total-query', 'remove it: a threshold check (query) has no baseline, or count errors and requests with error-query and total-query');
        // The baseline's endpoint answers in the canary's shape unless its own paths are given.
        const at = (m) => m && { text: m.text, label: `${m.label} at ${inputs.path('baseline-url')}` };
        baseErrors ??= at(errors);
        baseTotal ??= at(total);
    }
    for (const b of [baseErrors, baseTotal])
        if (b)
            b.side = 'baseline';
    const timing = {
        intervalMs: inputs.duration('query-interval', {
            min: 100,
            max: 600_000,
            fallback: spec.intervalMs,
        }),
        stepMs: inputs.duration('bucket', {
            min: 1000,
            max: 3_600_000,
            fallback: spec.stepMs,
        }),
        settleMs: inputs.duration('settle', {
            min: 0,
            max: 3_600_000,
            fallback: spec.settleMs,
        }),
    };
    const base = { kind: 'metric', name, provider: { kind: spec.kind, settings } };
    if (errors || total) {
        if (!errors || !total)
            throw inputs.error(errors ? 'total-query' : 'error-query', 'is missing', `give both error-query and total-query: ${spec.kind} queries counting errors and requests per bucket`);
        if (!baseErrors !== !baseTotal)
            throw inputs.error(baseErrors ? 'baseline-total-query' : 'baseline-error-query', 'is missing', 'give both baseline queries, or neither');
        const groups = inputs.enum('groups', ['sum', 'each'], 'sum');
        return {
            ...base,
            measure: {
                type: 'counts',
                errors,
                total,
                ...(baseErrors && baseTotal ? { baseline: { errors: baseErrors, total: baseTotal } } : {}),
                groups,
                judge: { ...judge, latency: false },
            },
            ...timing,
        };
    }
    if (!query)
        throw inputs.error('error-query', `is missing: the ${spec.kind} check has nothing to look at`, 'give error-query and total-query (counts per bucket), or query with threshold (a value per bucket)');
    const threshold = readThreshold(inputs);
    return { ...base, measure: { type: 'gauge', query, ...threshold, minBuckets: 3 }, ...timing };
}

// EXTERNAL MODULE: ./src/core/gate/providers/registry.ts
var registry = __webpack_require__(70483);
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
    const kind = inputs.string('kind');
    if (kind !== undefined && !CHECK_KINDS.includes(kind))
        throw inputs.error('kind', `is '${kind}'`, `use one of ${CHECK_KINDS.join(', ')}`);
    const spec = kind ? (0,registry/* providerSpec */.F)(kind) : undefined;
    if (spec)
        return readMetricCheck(inputs, name, spec, judge);
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
            headers: (0,gate_headers/* readHeaders */.j)(inputs.string('prometheus-headers'), inputs.path('prometheus-headers')),
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
    const headers = (0,gate_headers/* readHeaders */.j)(rawHeaders ?? inputs.string('headers'), inputs.path('headers'));
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
    const increase = readIncrease(inputs);
    if (increase !== undefined) {
        if (!baseline)
            throw inputs.error('max-latency-increase', 'needs baseline-url', 'set baseline-url: the canary is compared with it, both probed on the same schedule');
        judge.maxLatencyIncrease = increase;
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
/** `max-latency-increase` as a fraction (10% → 0.1), or undefined when unset. */
function readIncrease(inputs) {
    const text = inputs.string('max-latency-increase');
    if (text === undefined)
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
    const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
    if (!(value > 0 && value <= 10))
        throw inputs.error('max-latency-increase', `is '${text}'`, 'write how much slower than the baseline the canary may be, e.g. 10% (or 0.1), above 0 and at most 1000%');
    return value;
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
    // Latency from histogram buckets, canary against baseline: both queries and the tolerance.
    // Without them max-latency-increase is left to the checks that probe (as a shared step input).
    const lq = inputs.string('latency-query');
    const blq = inputs.string('baseline-latency-query');
    const increase = lq !== undefined || blq !== undefined ? readIncrease(inputs) : undefined;
    if (lq !== undefined || blq !== undefined) {
        if (lq === undefined || blq === undefined)
            throw inputs.error(lq === undefined ? 'latency-query' : 'baseline-latency-query', 'is missing', 'give both latency-query and baseline-latency-query: PromQL for cumulative bucket counters, e.g. sum by (le) (http_request_duration_seconds_bucket{version="canary"})');
        if (be === undefined)
            throw inputs.error('baseline-error-query', 'is missing: latency is judged against the baseline, so errors are too', 'give baseline-error-query and baseline-total-query');
        if (increase === undefined)
            throw inputs.error('max-latency-increase', 'is missing: latency-query is compared with baseline-latency-query against it', 'set how much slower than the baseline the canary may be, e.g. 10%');
    }
    return {
        kind: 'prometheus',
        name,
        prometheus: prometheus(),
        errorQuery,
        totalQuery,
        baselineErrorQuery: be,
        baselineTotalQuery: bt,
        ...(lq !== undefined && blq !== undefined
            ? { latencyQuery: lq, baselineLatencyQuery: blq }
            : {}),
        intervalMs,
        judge: {
            ...judge,
            latency: false,
            ...(increase !== undefined ? { maxLatencyIncrease: increase } : {}),
        },
    };
}
/** One PromQL value held against a threshold. */
function readThresholdCheck(inputs, name, query, prometheus, intervalMs) {
    const m = readThreshold(inputs);
    const rangeMs = inputs.duration('range', { min: 1000, max: 24 * 3_600_000 });
    return {
        kind: 'threshold',
        name,
        prometheus: prometheus(),
        query,
        ...m,
        rangeMs,
        intervalMs,
        minPolls: 3,
    };
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
        // max-latency-increase with latency-query and no baseline-url is the Prometheus check's alone.
        const probesOnly = inputs.string('latency-query') && !inputs.string('baseline-url')
            ? inputs.withValues((value, key) => (key === 'max-latency-increase' ? '' : value))
            : inputs;
        if (inputs.string('url'))
            checks.push(readCheck(probesOnly, 'http', undefined));
        if (inputs.string('error-query') || inputs.string('total-query'))
            checks.push(readCheck(inputs.withValues((value, key) => (key === 'url' || key === 'baseline-url' ? '' : value)), 'prometheus', undefined));
    }
    else if (options.requireCheck !== false) {
        throw new errors/* ConfigError */.xL('url', 'is empty and there is nothing else to check', 'set url (HTTP probes), or prometheus-url with error-query and total-query, or checks');
    }
    // α is per decision the user sees: the gate's result. Each check that can fail or pass on
    // evidence gets an equal share of it, so two checks do not double the chance of a false fail
    // (or of a false pass). Threshold checks compare values and spend none.
    const judged = checks.filter((c) => (0,config/* judgeOf */.P)(c) !== undefined);
    const gateAlpha = judged.reduce((sum, c) => sum + (0,config/* judgeOf */.P)(c).alpha, 0);
    const shared = judged.length > 1
        ? checks.map((c) => (0,config/* withJudge */.k)(c, (j) => ({ ...j, alpha: j.alpha / judged.length })))
        : checks;
    return {
        checks: shared,
        alpha: judged.length ? gateAlpha / judged.length : undefined,
        durationMs,
        tickMs: Math.min(1000, Math.max(100, Math.round(durationMs / 50))),
        failOnUnhealthy: inputs.boolean('fail-on-unhealthy', true),
        onInconclusive: inputs.enum('on-inconclusive', ['fail', 'pass'], 'fail'),
    };
}
/** The queries of a Prometheus check: counters (error, total) and histograms (latency), each side. */
const PROMETHEUS_QUERIES = [
    'error-query',
    'total-query',
    'baseline-error-query',
    'baseline-total-query',
    'latency-query',
    'baseline-latency-query',
];
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
    ...PROMETHEUS_QUERIES,
    'query-interval',
    'query',
    'threshold',
    'range',
    'min-samples',
    'alpha',
    'max-error-rate',
    'tolerance',
    'max-latency-increase',
    ...METRIC_KEYS,
    ...Object.values(keys/* PROVIDER_KEYS */.d).flatMap((p) => p.keys),
];
/** Keys of metric checks that only a `checks` entry sets (no step input of that name). */
const CHECKS_ONLY = new Set([
    ...METRIC_KEYS,
    ...Object.values(keys/* PROVIDER_KEYS */.d).flatMap((p) => p.keys.filter((k) => !p.stepInputs.includes(k))),
]);
/** Keys that only a check of its own sets: what it looks at (none is a step input the others share). */
const OWN_KEYS = new Set([
    'name',
    'url',
    'baseline-url',
    ...PROMETHEUS_QUERIES,
    'query',
    'threshold',
    'range',
    ...CHECKS_ONLY,
]);
/** Every step input the gate reads (CHECK_KEYS less the per-check ones, plus the gate's own). */
const GATE_INPUTS = [
    ...CHECK_KEYS.filter((k) => !['name', 'query', 'threshold', 'range'].includes(k) && !CHECKS_ONLY.has(k)),
    'duration',
    'checks',
    'fail-on-unhealthy',
    'on-inconclusive',
];
/** Keys a `checks` entry inherits from the step's inputs when it does not set them. */
const SHARED_KEYS = new Set(CHECK_KEYS.filter((k) => !OWN_KEYS.has(k)));


/***/ }),

/***/ 25568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ PROVIDER_KEYS),
/* harmony export */   i: () => (/* binding */ PROVIDER_KINDS)
/* harmony export */ });
/**
 * What the gate knows of each metric provider without loading it: the keys a `checks` entry of
 * its kind adds (those in `stepInputs` are also step inputs the entry inherits). Kept apart from
 * the providers' code, so reading inputs that name no provider loads none of it; each provider
 * module reads its own keys from here.
 */
const PROVIDER_KEYS = {
    datadog: {
        keys: ['datadog-site', 'datadog-api-key', 'datadog-app-key'],
        stepInputs: ['datadog-site', 'datadog-api-key', 'datadog-app-key'],
    },
    web: { keys: [], stepInputs: [] },
    cloudwatch: { keys: ['aws-region'], stepInputs: [] },
    newrelic: {
        keys: ['newrelic-account-id', 'newrelic-api-key', 'newrelic-region'],
        stepInputs: [],
    },
};
/** Every metric provider's kind, as a `checks` entry names it. */
const PROVIDER_KINDS = Object.keys(PROVIDER_KEYS);


/***/ }),

/***/ 70483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ providerSpec),
/* harmony export */   T: () => (/* binding */ loadProviders)
/* harmony export */ });
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25568);

let loaded;
/**
 * Loads every provider's settings reader: what reading a `checks` entry needs, so the actions
 * call it (beside loadYaml) when `checks` is given, and reading plain inputs loads none of them.
 */
async function loadProviders() {
    loaded ??= new Map((await __webpack_require__.e(/* import() */ 4058).then(__webpack_require__.bind(__webpack_require__, 94058))).SPECS.map((spec) => [spec.kind, spec]));
}
/** The spec of a provider kind (undefined for a kind that is not a provider's). */
function providerSpec(kind) {
    if (!_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVIDER_KINDS */ .i.includes(kind))
        return undefined;
    if (!loaded)
        throw new Error(`Internal error: the ${kind} provider's settings were read before loadProviders() loaded them`);
    return loaded.get(kind);
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