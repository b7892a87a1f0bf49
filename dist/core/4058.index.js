"use strict";
exports.id = 4058;
exports.ids = [4058];
exports.modules = {

/***/ 7213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ cloudWatchPeriodFor),
/* harmony export */   XG: () => (/* binding */ readCloudWatchQuery),
/* harmony export */   h4: () => (/* binding */ cloudwatch)
/* harmony export */ });
/* unused harmony exports CLOUDWATCH_QUERY_FIELDS, isCloudWatchPeriod, parseCloudWatchCheck, cloudWatchQueryText, readPeriod */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85254);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25568);
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
/**
 * Amazon CloudWatch (GetMetricData with the AWS SDK, credentials from its default chain): 60 s
 * buckets (the standard resolution of AWS's own metrics, ALB and API Gateway included), each
 * read a minute after it ends (AWS services publish a minute's data about a minute late; `settle`
 * raises it).
 */
const cloudwatch = {
    kind: 'cloudwatch',
    stepMs: 60_000,
    intervalMs: 30_000,
    settleMs: 60_000,
    read(inputs) {
        const bucket = inputs.string('bucket');
        if (bucket !== undefined)
            readPeriod(bucket, (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeKey */ .OD)(inputs), 'bucket');
        return parseCloudWatchCheck((0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .rawSettings */ .m0)(inputs, [..._keys_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVIDER_KEYS */ .d.cloudwatch.keys, ...CLOUDWATCH_QUERY_FIELDS]), (0,_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .scopeKey */ .OD)(inputs));
    },
    async load() {
        const { CloudWatchProvider } = await __webpack_require__.e(/* import() */ 7512).then(__webpack_require__.bind(__webpack_require__, 67512));
        return (settings) => new CloudWatchProvider({ region: settings.region });
    },
};


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

/***/ 94058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SPECS: () => (/* binding */ SPECS)
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
// EXTERNAL MODULE: ./src/core/gate/providers/keys.ts
var keys = __webpack_require__(25568);
// EXTERNAL MODULE: ./src/core/gate/providers/settings.ts
var settings = __webpack_require__(37717);
;// CONCATENATED MODULE: ./src/core/gate/providers/newrelic-check.ts



/** NerdGraph's endpoints per New Relic data center. */
const NERDGRAPH_ENDPOINTS = {
    US: 'https://api.newrelic.com/graphql',
    EU: 'https://api.eu.newrelic.com/graphql',
};
const NEWRELIC_QUERY_FIELDS = settings/* QUERY_FIELDS */.nb;
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
    stepMs: 60_000,
    intervalMs: 30_000,
    settleMs: 60_000,
    read(inputs) {
        return parseNewRelicCheck((0,settings/* rawSettings */.m0)(inputs, [...keys/* PROVIDER_KEYS */.d.newrelic.keys, ...NEWRELIC_QUERY_FIELDS]), (0,settings/* scopeKey */.OD)(inputs));
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
            throw new types/* ProviderError */.m('rate-limit', said, (0,retry/* retryAfterMs */.Vs)(response.headers));
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

;// CONCATENATED MODULE: ./src/core/gate/providers/specs.ts




/** Every metric provider's spec (loaded by loadProviders() when a `checks` entry may name one). */
const SPECS = [
    datadog,
    web,
    cloudwatch_check/* cloudwatch */.h4,
    newrelic,
];


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
/* harmony export */   $h: () => (/* binding */ PROVIDER_RETRY),
/* harmony export */   Kp: () => (/* binding */ PollRetries),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41691);

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
/**
 * PROVIDER_RETRY's policy, the one for Prometheus' queries and every provider's: within a poll,
 * up to `attempts` tries of a query, waiting what the last answer asked for (at most maxWaitMs)
 * or backoffMs × the attempt; a poll whose tries all failed gives null (no value this poll), and
 * the query's `failedPolls`-th such poll in a row throws what `failing` makes of it. A refusal
 * (wrong key, bad query) is the attempt's to throw. `signal` (the runner's cancel) ends a wait,
 * and the poll with it.
 */
class PollRetries {
    signal;
    failedPolls = new Map();
    constructor(signal) {
        this.signal = signal;
    }
    async run(query, attempt, failing) {
        const { attempts, failedPolls, backoffMs, maxWaitMs } = PROVIDER_RETRY;
        let problem = '';
        for (let n = 1; n <= attempts; n++) {
            const outcome = await attempt();
            if ('value' in outcome) {
                this.failedPolls.set(query, 0);
                return outcome.value;
            }
            problem = outcome.retry;
            if (n < attempts) {
                await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y)(Math.min(outcome.waitMs ?? backoffMs * n, maxWaitMs), this.signal);
                if (this.signal?.aborted)
                    return null;
            }
        }
        const polls = (this.failedPolls.get(query) ?? 0) + 1;
        this.failedPolls.set(query, polls);
        if (polls >= failedPolls)
            throw failing(polls, problem);
        return null;
    }
}


/***/ }),

/***/ 41691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ runnerTemp),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Waits `ms` or until `signal` aborts; the abort listener goes when the wait ends, so a gate of hours does not pile them up. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** A folder under the runner's temporary directory (RUNNER_TEMP, emptied after each job). */
function runnerTemp(...parts) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(process.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_0___default().tmpdir(), ...parts);
}


/***/ })

};
;