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
// EXTERNAL MODULE: ./src/core/gate/providers/registry.ts + 3 modules
var registry = __webpack_require__(5628);
;// CONCATENATED MODULE: ./src/core/gate/metric-inputs.ts

/** Kinds a `checks` entry may name: the built-in ones and every metric provider's. */
const CHECK_KINDS = ['http', 'prometheus', ...registry/* PROVIDERS */.x.map((p) => p.kind)];
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
    ...registry/* PROVIDERS */.x.flatMap((p) => p.keys),
];
/** Keys of metric checks that only a `checks` entry sets (no step input of that name). */
const CHECKS_ONLY = new Set([
    ...METRIC_KEYS,
    ...registry/* PROVIDERS */.x.flatMap((p) => p.keys.filter((k) => !p.stepInputs.includes(k))),
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

/***/ 7213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ cloudWatchPeriodFor),
/* harmony export */   XG: () => (/* binding */ readCloudWatchQuery),
/* harmony export */   h4: () => (/* binding */ cloudwatch)
/* harmony export */ });
/* unused harmony exports CLOUDWATCH_QUERY_FIELDS, isCloudWatchPeriod, parseCloudWatchCheck, cloudWatchQueryText, readPeriod, CLOUDWATCH_KEYS */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85254);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37717);


const CLOUDWATCH_QUERY_FIELDS = _settings_js__WEBPACK_IMPORTED_MODULE_0__/* .QUERY_FIELDS */ .nb;
/** The regions of every AWS partition, as the SDK's partition table (`partitions.json`) matches them. */
const REGION = /^(?:(?:us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+|cn-\w+-\d+|us-gov-\w+-\d+|us-iso[bf]?-\w+-\d+|eu-isoe-\w+-\d+|eusc-de-\w+-\d+)$/;
/**
 * The statistics GetMetricData accepts: the five basic ones, percentiles (p99, p99.9), trimmed
 * and winsorized means, trimmed count and sum (tm90, TM(10%:90%), TC(:0.5)…), percentile rank
 * PR(…) and IQM.
 */
const STAT = /^(?:SampleCount|Average|Sum|Minimum|Maximum|IQM|p(?:100|\d{1,2}(?:\.\d+)?)|(?:tm|wm|tc|ts)(?:100|\d{1,2}(?:\.\d+)?)|(?:TM|WM|TC|TS|PR)\(\s*[-\d.]*%?\s*:\s*[-\d.]*%?\s*\))$/;
const STATS_VALID = 'use SampleCount, Average, Sum, Minimum, Maximum, a percentile such as p99, a trimmed mean such as tm90 or TM(10%:90%), PR(:0.5) or IQM';
/** Metric math ids: a lower-case letter, then letters, digits and underscores. */
const ID = /^[a-z][A-Za-z0-9_]{0,254}$/;
/** Periods CloudWatch allows: 1, 5, 10 and 30 s (high resolution) or a multiple of 60 s. */
function isCloudWatchPeriod(seconds) {
    return (Number.isInteger(seconds) &&
        seconds > 0 &&
        ([1, 5, 10, 30].includes(seconds) || seconds % 60 === 0));
}
const PERIODS_VALID = 'use 1, 5, 10 or 30 seconds, or a multiple of 60 (e.g. 60 or 1m, 300 or 5m), in seconds or with a unit';
/** The smallest allowed period at least `ms` long: the gate's step rounded up to what CloudWatch allows. */
function cloudWatchPeriodFor(ms) {
    const s = Math.max(1, Math.ceil(ms / 1000));
    const small = [1, 5, 10, 30].find((p) => s <= p);
    return small ?? Math.ceil(s / 60) * 60;
}
function show(value) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return `'${(text ?? String(value)).slice(0, 80)}'`;
}
/**
 * Reads a `kind: cloudwatch` check: its region (`aws-region`, else AWS_REGION, then
 * AWS_DEFAULT_REGION, as the SDK and configure-aws-credentials use them) and each query as a
 * metric map or a metric math expression. Every error names `${key}.<field>` and what is valid;
 * nothing is sent to AWS before the settings are whole. Another endpoint (a VPC endpoint, a
 * stand-in) is the SDK's own AWS_ENDPOINT_URL_CLOUDWATCH.
 */
function parseCloudWatchCheck(raw, key, env = process.env) {
    const regionRaw = raw['aws-region'] ?? (env['AWS_REGION'] || env['AWS_DEFAULT_REGION']);
    if (regionRaw === undefined || regionRaw === '')
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, 'aws-region', 'is missing (and neither AWS_REGION nor AWS_DEFAULT_REGION is set)', 'give the AWS region of the metrics, e.g. us-east-1 or eu-west-1 (aws-actions/configure-aws-credentials sets AWS_REGION)');
    const region = String(regionRaw).trim();
    if (!REGION.test(region))
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, 'aws-region', `is ${show(regionRaw)}${raw['aws-region'] === undefined ? ` (from ${env['AWS_REGION'] ? 'AWS_REGION' : 'AWS_DEFAULT_REGION'})` : ''}, not an AWS region`, 'give a region code such as us-east-1, eu-west-1, ap-southeast-2 or us-gov-west-1');
    const queries = {};
    for (const field of CLOUDWATCH_QUERY_FIELDS) {
        const value = raw[field];
        if (value === undefined || value === null || value === '')
            continue;
        queries[field] = cloudWatchQueryText(readQuery(value, key, field, undefined));
    }
    if (Object.keys(queries).length === 0)
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, 'error-query', 'is missing: a cloudwatch check needs a query', 'give error-query and total-query (counts, e.g. HTTPCode_Target_5XX_Count and RequestCount with stat Sum), or query with a threshold');
    return { kind: 'cloudwatch', region, queries };
}
/** The provider's query text: canonical JSON of the query's settings. */
function cloudWatchQueryText(query) {
    return JSON.stringify(query);
}
/**
 * The query behind a query text: JSON from `cloudWatchQueryText`, or any other text as a metric
 * math expression. Throws a plain Error for JSON that is not a query (the provider reports it as
 * a query failure).
 */
function readCloudWatchQuery(text) {
    if (!text.trimStart().startsWith('{'))
        return { expression: text.trim() };
    return readQuery(JSON.parse(text), 'query', 'text', undefined);
}
function readPeriod(value, key, field) {
    const seconds = typeof value === 'number'
        ? value
        : /^\s*\d+\s*$/.test(String(value))
            ? Number(value)
            : ((0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E)(String(value)) ?? NaN) / 1000;
    if (!isCloudWatchPeriod(seconds) || seconds > 86_400 * 7)
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, field, `is ${show(value)}, a period CloudWatch does not allow`, PERIODS_VALID);
    return seconds;
}
function readQuery(value, key, field, period) {
    if (typeof value === 'string') {
        if (value.trimStart().startsWith('{')) {
            let parsed;
            try {
                parsed = JSON.parse(value);
            }
            catch {
                throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, field, `is ${show(value)}, not valid JSON`, 'write a map (namespace, metric, dimensions, stat) or a metric math expression');
            }
            return readQuery(parsed, key, field, period);
        }
        const expression = value.trim();
        return { expression, ...(period ? { period } : {}) };
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, field, `is ${show(value)}`, 'write a map (namespace, metric, dimensions, stat) or a metric math expression');
    const map = value;
    const own = map['period'] === undefined ? period : readPeriod(map['period'], key, `${field}.period`);
    if (map['expression'] !== undefined) {
        const expression = String(map['expression']).trim();
        if (!expression)
            throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.expression`, 'is empty', 'write a metric math expression');
        const metrics = {};
        const given = map['metrics'];
        if (given !== undefined) {
            if (typeof given !== 'object' || given === null || Array.isArray(given))
                throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.metrics`, `is ${show(given)}`, 'write a map from ids (m1, errors…) to metrics, each with namespace, metric and stat');
            for (const [id, metric] of Object.entries(given)) {
                if (!ID.test(id))
                    throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.metrics`, `has the id '${id.slice(0, 40)}'`, 'start each id with a lower-case letter, then letters, digits or underscores (e.g. m1, errors)');
                metrics[id] = readMetric(metric, key, `${field}.metrics.${id}`, own);
            }
        }
        return {
            expression,
            ...(own ? { period: own } : {}),
            ...(Object.keys(metrics).length ? { metrics } : {}),
        };
    }
    return readMetric(map, key, field, own);
}
function readMetric(value, key, field, period) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, field, `is ${show(value)}`, 'write a map with namespace, metric and stat');
    const map = value;
    const known = new Set(['namespace', 'metric', 'dimensions', 'stat', 'period']);
    for (const name of Object.keys(map))
        if (!known.has(name))
            throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.${name}`, 'is not a setting of a metric', 'use namespace, metric, dimensions, stat and period (or expression with metrics)');
    const text = (name, valid) => {
        const v = map[name];
        if (typeof v !== 'string' || !v.trim() || v.length > 255)
            throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.${name}`, v === undefined ? 'is missing' : `is ${show(v)}`, valid);
        return v.trim();
    };
    const namespace = text('namespace', 'give the metric namespace, e.g. AWS/ApplicationELB');
    const metric = text('metric', 'give the metric name, e.g. HTTPCode_Target_5XX_Count');
    const stat = text('stat', STATS_VALID);
    if (!STAT.test(stat))
        throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.stat`, `is ${show(stat)}`, STATS_VALID);
    const dims = map['dimensions'];
    const dimensions = {};
    if (dims !== undefined && dims !== null) {
        if (typeof dims !== 'object' || Array.isArray(dims))
            throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.dimensions`, `is ${show(dims)}`, 'write a map of dimension names to values, e.g. {LoadBalancer: app/shop/50dc6c495c0c9188}');
        const entries = Object.entries(dims);
        if (entries.length > 30)
            throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.dimensions`, `has ${entries.length}`, 'CloudWatch allows 30');
        for (const [name, v] of entries) {
            if (v === null || typeof v === 'object' || String(v) === '')
                throw (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .fail */ .fJ)(key, `${field}.dimensions.${name}`, `is ${show(v)}`, 'give each dimension one text value');
            dimensions[name] = String(v);
        }
    }
    const own = map['period'] === undefined ? period : readPeriod(map['period'], key, `${field}.period`);
    return {
        namespace,
        metric,
        ...(Object.keys(dimensions).length ? { dimensions } : {}),
        stat,
        ...(own ? { period: own } : {}),
    };
}
/** The `checks` keys a cloudwatch check reads besides the queries (the gate's own `bucket` sets the period). */
const CLOUDWATCH_KEYS = ['aws-region'];
/**
 * Amazon CloudWatch (GetMetricData with the AWS SDK, credentials from its default chain): 60 s
 * buckets (the standard resolution of AWS's own metrics, ALB and API Gateway included), each
 * read a minute after it ends (AWS services publish a minute's data about a minute late; `settle`
 * raises it).
 */
const cloudwatch = {
    kind: 'cloudwatch',
    keys: CLOUDWATCH_KEYS,
    stepInputs: [],
    stepMs: 60_000,
    intervalMs: 30_000,
    settleMs: 60_000,
    read(inputs) {
        const bucket = inputs.string('bucket');
        if (bucket !== undefined)
            readPeriod(bucket, (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeKey */ .OD)(inputs), 'bucket');
        return parseCloudWatchCheck((0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .rawSettings */ .m0)(inputs, [...CLOUDWATCH_KEYS, ...CLOUDWATCH_QUERY_FIELDS]), (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeKey */ .OD)(inputs));
    },
    async load() {
        const { CloudWatchProvider } = await __webpack_require__.e(/* import() */ 7512).then(__webpack_require__.bind(__webpack_require__, 67512));
        return (settings) => new CloudWatchProvider({ region: settings.region });
    },
};


/***/ }),

/***/ 5628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ PROVIDERS),
  F: () => (/* binding */ providerSpec)
});

// EXTERNAL MODULE: ./src/core/gate/providers/cloudwatch-check.ts
var cloudwatch_check = __webpack_require__(7213);
// EXTERNAL MODULE: ./src/core/gate/providers/types.ts
var types = __webpack_require__(23055);
;// CONCATENATED MODULE: ./src/core/gate/providers/datadog.ts

/** Datadog's sites: where an organisation's data lives (the API host is api.<site>). */
const DATADOG_SITES = [
    'datadoghq.com',
    'datadoghq.eu',
    'us3.datadoghq.com',
    'us5.datadoghq.com',
    'ap1.datadoghq.com',
    'ddog-gov.com',
];
/**
 * Datadog metric queries through `GET /api/v1/query` with DD-API-KEY and DD-APPLICATION-KEY
 * (from `datadog-api-key`/`datadog-app-key`, else DD_API_KEY/DD_APP_KEY; masked). A query without
 * a `.rollup()` gets one of the bucket width (sum for `.as_count()`, avg otherwise), so each point
 * is one bucket; `by {tag}` answers one series per group. A 429 waits for X-RateLimit-Reset.
 */
const datadog = {
    kind: 'datadog',
    keys: ['datadog-site', 'datadog-api-key', 'datadog-app-key'],
    stepInputs: ['datadog-site', 'datadog-api-key', 'datadog-app-key'],
    stepMs: 10_000,
    intervalMs: 10_000,
    // Datadog keeps ingesting points for a bucket for a while after it ends: read it 30 s later.
    settleMs: 30_000,
    read(inputs) {
        const site = inputs.string('datadog-site') ?? process.env.DD_SITE?.trim() ?? 'datadoghq.com';
        if (!DATADOG_SITES.includes(site))
            throw inputs.error('datadog-site', `is '${site}'${inputs.string('datadog-site') ? '' : ' (from DD_SITE)'}`, `use one of ${DATADOG_SITES.join(', ')}`);
        const key = (input, env) => {
            const value = inputs.secret(input) ?? process.env[env]?.trim();
            if (!value)
                throw inputs.error(input, 'is missing', `give it from a secret (${input}: \${{ secrets.${env} }}) or set ${env} in the environment`);
            // The bare name: in a `checks` entry the value may be the entry's or the step's input.
            return { value, source: inputs.string(input) ? input : env };
        };
        const api = key('datadog-api-key', 'DD_API_KEY');
        const app = key('datadog-app-key', 'DD_APP_KEY');
        const override = process.env.GLIDEPATH_DATADOG_URL?.trim();
        return {
            base: override || `https://api.${site}`,
            apiKey: api.value,
            appKey: app.value,
            keySources: `${api.source} and ${app.source}`,
            timeoutMs: 30_000,
        };
    },
    load: async () => (settings) => new DatadogProvider(settings),
};
class DatadogProvider {
    settings;
    kind = 'datadog';
    constructor(settings) {
        this.settings = settings;
    }
    async query(query, range, signal) {
        const url = new URL('/api/v1/query', this.settings.base);
        url.searchParams.set('from', String(Math.floor(range.from / 1000)));
        url.searchParams.set('to', String(Math.ceil(range.to / 1000)));
        url.searchParams.set('query', withRollup(query, range.stepMs));
        let response;
        try {
            response = await fetch(url, {
                headers: {
                    accept: 'application/json',
                    'DD-API-KEY': this.settings.apiKey,
                    'DD-APPLICATION-KEY': this.settings.appKey,
                },
                signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
            });
        }
        catch (error) {
            const cause = error.cause?.code;
            throw new types/* ProviderError */.m('unavailable', `Datadog: ${cause ?? error.message}`);
        }
        const text = await response.text().catch(() => '');
        let body = {};
        try {
            body = JSON.parse(text);
        }
        catch {
            // Proxies and outages answer HTML: the status decides below.
        }
        const said = `Datadog answered ${response.status}${body.errors?.length ? ` (${body.errors.join('; ')})` : ''}`;
        if (response.status === 401 || response.status === 403)
            throw new types/* ProviderError */.m('auth', `${said}: the API or application key was refused; check ${this.settings.keySources} (keys of this site's organisation, the application key with the timeseries_query scope)`);
        if (response.status === 429) {
            const reset = Number(response.headers.get('x-ratelimit-reset'));
            throw new types/* ProviderError */.m('rate-limit', `${said}: rate limited (${response.headers.get('x-ratelimit-name') ?? 'query'} limit ${response.headers.get('x-ratelimit-limit') ?? '?'} per ${response.headers.get('x-ratelimit-period') ?? '?'}s)`, Number.isFinite(reset) && reset >= 0 ? reset * 1000 : undefined);
        }
        if (response.status >= 500 || (!response.ok && body.errors === undefined))
            throw new types/* ProviderError */.m('unavailable', said);
        if (!response.ok)
            throw new types/* ProviderError */.m('query', said);
        if (body.status === 'error' || body.error)
            throw new types/* ProviderError */.m('query', `Datadog: ${body.error ?? 'status error'}`);
        return (body.series ?? []).map((s) => ({
            ...(s.tag_set?.length ? { group: s.tag_set.join(',') } : {}),
            samples: (s.pointlist ?? [])
                .filter((p) => typeof p[1] === 'number')
                .map(([at, value]) => ({ at, value })),
        }));
    }
}
/**
 * The query with a rollup of the bucket width when it has none: each point is then one bucket
 * (sum of counts for `.as_count()`, the average otherwise); Datadog's own choice of interval
 * grows with the range asked.
 */
function withRollup(query, stepMs) {
    if (/\.rollup\(/.test(query))
        return query;
    const seconds = Math.max(1, Math.round(stepMs / 1000));
    return `${query}.rollup(${/\.as_count\(\)/.test(query) ? 'sum' : 'avg'}, ${seconds})`;
}

// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(82072);
// EXTERNAL MODULE: ./src/core/gate/providers/settings.ts
var settings = __webpack_require__(37717);
;// CONCATENATED MODULE: ./src/core/gate/providers/newrelic-check.ts


/** NerdGraph's endpoints per New Relic data center. */
const NERDGRAPH_ENDPOINTS = {
    US: 'https://api.newrelic.com/graphql',
    EU: 'https://api.eu.newrelic.com/graphql',
};
const NEWRELIC_QUERY_FIELDS = settings/* QUERY_FIELDS */.nb;
/** The `checks` keys a newrelic check reads besides the queries. */
const NEWRELIC_KEYS = [
    'newrelic-account-id',
    'newrelic-api-key',
    'newrelic-region',
];
/** Clauses the gate writes itself: each poll asks for its own window and buckets. */
const WINDOW_CLAUSE = /\b(SINCE|UNTIL|COMPARE\s+WITH)\b/i;
/**
 * Reads a `kind: newrelic` check: the account id (`newrelic-account-id`, else
 * NEW_RELIC_ACCOUNT_ID), the data center (`newrelic-region: US|EU`), the user key
 * (`newrelic-api-key`, else NEW_RELIC_API_KEY; masked at once) and each query as
 * NRQL without SINCE/UNTIL (the gate adds its window, and TIMESERIES unless the query has one).
 * Errors name `${key}.<field>` and what is valid; the key is never quoted.
 */
function parseNewRelicCheck(raw, key, env = process.env) {
    const apiKeyRaw = raw['newrelic-api-key'] ?? env['NEW_RELIC_API_KEY'];
    const apiKey = apiKeyRaw === undefined || apiKeyRaw === null ? '' : String(apiKeyRaw).trim();
    if (apiKey)
        commands/* setSecret */.Pq(apiKey);
    if (!apiKey)
        throw (0,settings/* fail */.fJ)(key, 'newrelic-api-key', 'is missing (and NEW_RELIC_API_KEY is not set)', 'give a New Relic user key (NRAK-…) from a secret, e.g. newrelic-api-key: ${{ secrets.NEW_RELIC_API_KEY }}, or set NEW_RELIC_API_KEY in env');
    if (/\s/.test(apiKey))
        throw (0,settings/* fail */.fJ)(key, 'newrelic-api-key', 'holds white space', 'give the user key alone, as New Relic shows it');
    const accountText = String(raw['newrelic-account-id'] ?? env['NEW_RELIC_ACCOUNT_ID'] ?? '').trim();
    if (!/^[1-9]\d{0,9}$/.test(accountText) || Number(accountText) > 2 ** 31 - 1)
        throw (0,settings/* fail */.fJ)(key, 'newrelic-account-id', accountText
            ? `is '${accountText.slice(0, 40)}'`
            : 'is missing (and NEW_RELIC_ACCOUNT_ID is not set)', 'give the numeric New Relic account id the NRQL runs in, e.g. 1234567');
    const regionText = String(raw['newrelic-region'] ?? 'US')
        .trim()
        .toUpperCase();
    if (!(regionText in NERDGRAPH_ENDPOINTS))
        throw (0,settings/* fail */.fJ)(key, 'newrelic-region', `is '${String(raw['newrelic-region']).slice(0, 40)}'`, 'use US (api.newrelic.com) or EU (api.eu.newrelic.com), the data center of the account');
    const region = regionText;
    // Tests point it at a local stand-in, as GLIDEPATH_DATADOG_URL does for Datadog.
    const endpoint = env['GLIDEPATH_NEWRELIC_URL']?.trim() || NERDGRAPH_ENDPOINTS[region];
    const queries = {};
    for (const field of NEWRELIC_QUERY_FIELDS) {
        const value = raw[field];
        if (value === undefined || value === null || value === '')
            continue;
        queries[field] = readNrql(value, key, field);
    }
    if (Object.keys(queries).length === 0)
        throw (0,settings/* fail */.fJ)(key, 'error-query', 'is missing: a newrelic check needs NRQL', "give error-query and total-query, e.g. SELECT count(*) FROM Transaction WHERE appName = 'shop-canary' AND error IS true, or query with a threshold");
    return { kind: 'newrelic', accountId: Number(accountText), region, endpoint, apiKey, queries };
}
function readNrql(value, key, field) {
    const nrql = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : '';
    const valid = "write NRQL such as SELECT count(*) FROM Transaction WHERE appName = 'shop' FACET host, without SINCE or UNTIL: the gate sets the window";
    if (!nrql ||
        !/^(SELECT|FROM)\b/i.test(nrql) ||
        !/\bFROM\b/i.test(nrql) ||
        !/\bSELECT\b/i.test(nrql))
        throw (0,settings/* fail */.fJ)(key, field, `is '${String(value).slice(0, 80)}', not an NRQL query`, valid);
    const clause = WINDOW_CLAUSE.exec(nrql);
    if (clause)
        throw (0,settings/* fail */.fJ)(key, field, `has ${clause[1]?.toUpperCase()}`, valid);
    return nrql;
}
/**
 * New Relic (NRQL through NerdGraph): 60 s buckets, read once a minute old (New Relic's own
 * alert conditions wait about that long for late data by default).
 */
const newrelic = {
    kind: 'newrelic',
    keys: NEWRELIC_KEYS,
    stepInputs: [],
    stepMs: 60_000,
    intervalMs: 30_000,
    settleMs: 60_000,
    read(inputs) {
        return parseNewRelicCheck((0,settings/* rawSettings */.m0)(inputs, [...NEWRELIC_KEYS, ...NEWRELIC_QUERY_FIELDS]), (0,settings/* scopeKey */.OD)(inputs));
    },
    async load() {
        const { NewRelicProvider } = await __webpack_require__.e(/* import() */ 3245).then(__webpack_require__.bind(__webpack_require__, 63245));
        return (s) => new NewRelicProvider({ endpoint: s.endpoint, accountId: s.accountId, apiKey: s.apiKey });
    },
};

// EXTERNAL MODULE: ./src/core/gate/headers.ts
var headers = __webpack_require__(6753);
// EXTERNAL MODULE: ./src/core/gate/retry.ts
var retry = __webpack_require__(55401);
;// CONCATENATED MODULE: ./src/core/gate/providers/web.ts



/** Placeholders the URL may hold: the bucket's start and end, in seconds or ms, and its width in seconds. */
const PLACEHOLDERS = /\{(from|to|from_ms|to_ms|step)\}/g;
const HAS_PLACEHOLDER = /\{(from|to|from_ms|to_ms|step)\}/;
/** With placeholders, one request per bucket: at most this many of the newest buckets per poll. */
const MAX_BUCKETS = 10;
/**
 * Any HTTP endpoint answering JSON, as Argo Rollouts' web metric: `url` (GET; headers from
 * secrets, masked), and each query is a field path into the answer (`$.data.errors`, or Argo's
 * `{$.data.errors}`). The field is a number, or an array of points (`[t, v]` pairs or objects
 * with `t`/`time`/`timestamp` and `value`). With `{from}`/`{to}` (or `{from_ms}`/`{to_ms}`) in
 * the URL the number is the count for that bucket, asked bucket by bucket; without, it is the
 * value now (a gauge), read as the newest bucket's. With `baseline-url` the baseline's counts come
 * from that endpoint (same headers, same placeholders), read with the baseline's paths or else the
 * canary's: two deployments that each serve their own numbers.
 */
const web = {
    kind: 'web',
    keys: [],
    stepInputs: [],
    stepMs: 10_000,
    intervalMs: 10_000,
    settleMs: 0,
    read(inputs) {
        const url = inputs.url('url');
        if (!url)
            throw inputs.error('url', 'is required for kind web', 'give the URL of the JSON endpoint, e.g. https://metrics.internal/api/errors?from={from}&to={to}');
        for (const field of [
            'error-query',
            'total-query',
            'baseline-error-query',
            'baseline-total-query',
            'query',
        ]) {
            const path = inputs.string(field);
            if (path !== undefined && !parsePath(path))
                throw inputs.error(field, `is '${path}', not a field path`, 'write a path into the JSON answer such as $.data.errors, {$.data.errors} or items[0].value');
        }
        // Checked as a URL; the text is kept, placeholders unencoded, as for url.
        const baselineUrl = inputs.url('baseline-url') ? inputs.string('baseline-url') : undefined;
        return {
            url: inputs.string('url'),
            ...(baselineUrl ? { baselineUrl } : {}),
            headers: (0,headers/* readHeaders */.j)(inputs.string('headers'), inputs.path('headers')),
            headersInput: inputs.path('headers'),
            timeoutMs: inputs.duration('timeout', { min: 10, max: 120_000, fallback: 5000 }),
        };
    },
    baselineApart: (settings) => settings.baselineUrl !== undefined,
    load: async () => (settings) => new WebProvider(settings),
};
class WebProvider {
    settings;
    kind = 'web';
    /** Answers within one range asked: the queries of a poll share each request. */
    cache = { range: '', answers: new Map() };
    constructor(settings) {
        this.settings = settings;
    }
    async query(path, range, signal, side) {
        const steps = parsePath(path);
        const base = (side === 'baseline' && this.settings.baselineUrl) || this.settings.url;
        if (!HAS_PLACEHOLDER.test(base)) {
            const found = at(await this.get(base, signal, range), steps, path);
            if (found === null)
                return [];
            const newest = range.to - range.stepMs;
            return [{ samples: typeof found === 'number' ? [{ at: newest, value: found }] : found }];
        }
        const samples = [];
        const first = Math.max(range.from, range.to - MAX_BUCKETS * range.stepMs);
        for (let from = first; from + range.stepMs <= range.to; from += range.stepMs) {
            const to = from + range.stepMs;
            const values = {
                from: Math.floor(from / 1000),
                to: Math.floor(to / 1000),
                from_ms: from,
                to_ms: to,
                step: Math.round(range.stepMs / 1000),
            };
            const url = base.replace(PLACEHOLDERS, (_, k) => String(values[k]));
            const found = at(await this.get(url, signal, range), steps, path);
            if (found === null)
                continue; // no data for this bucket yet
            if (typeof found === 'number')
                samples.push({ at: from, value: found });
            else
                samples.push(...found.filter((s) => s.at >= from && s.at < to));
        }
        return [{ samples }];
    }
    get(url, signal, range) {
        const key = `${range.from}-${range.to}`;
        if (this.cache.range !== key)
            this.cache = { range: key, answers: new Map() };
        let answer = this.cache.answers.get(url);
        if (!answer) {
            answer = this.fetch(url, signal);
            this.cache.answers.set(url, answer);
            answer.catch(() => this.cache.answers.delete(url));
        }
        return answer;
    }
    async fetch(url, signal) {
        const where = safeUrl(url);
        let response;
        try {
            response = await fetch(url, {
                headers: { accept: 'application/json', ...this.settings.headers },
                signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
            });
        }
        catch (error) {
            const cause = error.cause?.code;
            throw new types/* ProviderError */.m('unavailable', `${where}: ${cause ?? error.message}`);
        }
        const text = await response.text().catch(() => '');
        const said = `${where} answered ${response.status}${text ? `: ${text.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`;
        if (response.status === 401 || response.status === 403)
            throw new types/* ProviderError */.m('auth', `${said}: check ${this.settings.headersInput}`);
        if (response.status === 429)
            throw new types/* ProviderError */.m('rate-limit', said, (0,retry/* retryAfterMs */.V)(response.headers));
        if (response.status >= 500)
            throw new types/* ProviderError */.m('unavailable', said);
        if (!response.ok)
            throw new types/* ProviderError */.m('query', said);
        try {
            return JSON.parse(text);
        }
        catch {
            throw new types/* ProviderError */.m('query', `${where} answered ${response.status} with a body that is not JSON`);
        }
    }
}
/** The URL as messages show it: no query string (it may carry a key). */
function safeUrl(url) {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
}
/** `$.a.b[0]`, `{$.a.b}`, `a['b c'].d` → ['a', 'b', 0]; undefined when it is not a path. */
function parsePath(text) {
    let rest = text.trim();
    const argo = /^\{(.*)\}$/s.exec(rest);
    if (argo)
        rest = argo[1].trim();
    if (rest.startsWith('$'))
        rest = rest.slice(1);
    const steps = [];
    const token = /^(?:\.?([A-Za-z_][\w-]*)|\[(\d+)\]|\[['"]([^'"]+)['"]\])/;
    while (rest) {
        const m = token.exec(rest);
        if (!m)
            return undefined;
        steps.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? m[3]));
        rest = rest.slice(m[0].length);
    }
    return steps.length ? steps : undefined;
}
/** The number or points at `steps` (null: no data yet); a path that matches nothing is a 'query' failure naming what is there. */
function at(answer, steps, path) {
    let node = answer;
    for (const [i, step] of steps.entries()) {
        const next = node !== null && typeof node === 'object'
            ? node[step]
            : undefined;
        if (next === undefined) {
            const there = node !== null && typeof node === 'object'
                ? Array.isArray(node)
                    ? `an array of ${node.length}`
                    : `the keys ${Object.keys(node).slice(0, 10).join(', ') || '(none)'}`
                : `a ${node === null ? 'null' : typeof node}`;
            throw new types/* ProviderError */.m('query', `the field path matches nothing in the answer: at '${steps.slice(0, i + 1).join('.')}' there is ${there}`);
        }
        node = next;
    }
    const number = (v) => typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Array.isArray(node)) {
        const points = node.map((p) => {
            const [t, v] = Array.isArray(p)
                ? [p[0], p[1]]
                : p && typeof p === 'object'
                    ? [
                        p.t ??
                            p.time ??
                            p.timestamp,
                        p.value,
                    ]
                    : [undefined, undefined];
            const time = number(t);
            return { at: time < 1e12 ? time * 1000 : time, value: number(v) };
        });
        if (points.some((p) => !Number.isFinite(p.at)))
            throw new types/* ProviderError */.m('query', `${path} is an array, but not of points ([t, v] or {t, value})`);
        return points.filter((p) => Number.isFinite(p.value));
    }
    if (node === null)
        return null; // the service has no value yet: no data, never a failure
    const value = number(node);
    if (!Number.isFinite(value))
        throw new types/* ProviderError */.m('query', `${path} is ${JSON.stringify(node)?.slice(0, 60)}, not a number`);
    return value;
}

;// CONCATENATED MODULE: ./src/core/gate/providers/registry.ts




/** Every metric provider, by the `kind` a `checks` entry names. */
const PROVIDERS = [
    datadog,
    web,
    cloudwatch_check/* cloudwatch */.h4,
    newrelic,
];
function providerSpec(kind) {
    return PROVIDERS.find((p) => p.kind === kind);
}


/***/ }),

/***/ 37717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OD: () => (/* binding */ scopeKey),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   m0: () => (/* binding */ rawSettings),
/* harmony export */   nb: () => (/* binding */ QUERY_FIELDS)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45649);

/** The keys of a metric check that hold a query; the others belong to the gate (judge, threshold…). */
const QUERY_FIELDS = [
    'query',
    'error-query',
    'total-query',
    'baseline-error-query',
    'baseline-total-query',
];
/**
 * The error for a bad setting: inside a check (`key` = `checks[2]`) it names the input `checks`
 * and `checks[2].<field>`; with `key` '' it names the step input `field` itself.
 */
function fail(key, field, problem, valid) {
    if (!key)
        return new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(field, problem, valid);
    const input = /^[^[.]+/.exec(key)?.[0] ?? key;
    return new _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(input, `${key}.${field} ${problem}`, valid);
}
/** The raw values of `keys` in a check (or the step's inputs), for a provider's settings parser. */
function rawSettings(inputs, keys) {
    const raw = {};
    for (const name of keys) {
        const value = inputs.string(name);
        if (value !== undefined)
            raw[name] = value;
    }
    return raw;
}
/** Where `inputs` sits: `checks[2]` inside a checks entry, '' for the step's own inputs. */
function scopeKey(inputs) {
    return inputs.path('').replace(/\.$/, '');
}


/***/ }),

/***/ 23055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ProviderError)
/* harmony export */ });
class ProviderError extends Error {
    failure;
    retryAfterMs;
    constructor(failure, message, retryAfterMs) {
        super(message);
        this.failure = failure;
        this.retryAfterMs = retryAfterMs;
    }
}


/***/ }),

/***/ 55401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ PROVIDER_RETRY),
/* harmony export */   V: () => (/* binding */ retryAfterMs)
/* harmony export */ });
/**
 * How every metric query is retried, Prometheus' and each provider's alike: attempts per query per
 * poll on a rate limit or an outage (waiting backoffMs × the attempt, or what the vendor asks, at
 * most maxWaitMs), and polls in a row that may fail so before the check fails.
 */
const PROVIDER_RETRY = { attempts: 3, failedPolls: 3, backoffMs: 250, maxWaitMs: 30_000 };
/**
 * The wait an answer asks for in its Retry-After header (RFC 9110: seconds, or an HTTP date), in
 * ms; 0 for "now" or a date past, undefined when it asks for none or for nonsense. Callers cap it
 * at maxWaitMs. Read on every provider's 429, and on Prometheus' 503 (what a managed one's proxy
 * answers while overloaded).
 */
function retryAfterMs(headers, now = Date.now()) {
    const value = headers.get('retry-after')?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/ GMT$/.test(value))
        return undefined; // HTTP dates are in GMT (IMF-fixdate and the obsolete forms)
    const at = Date.parse(value);
    return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
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