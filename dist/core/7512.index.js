"use strict";
exports.id = 7512;
exports.ids = [7512];
exports.modules = {

/***/ 67512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudWatchProvider: () => (/* binding */ CloudWatchProvider)
/* harmony export */ });
/* unused harmony exports metricDataQueries, cloudWatchFailure */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);
/* harmony import */ var _cloudwatch_check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7213);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23055);




/** How many pages of one answer are read at most (each up to 100,800 data points). */
const MAX_PAGES = 50;
/**
 * Amazon CloudWatch through `GetMetricData` with the official SDK: its signing, retries and
 * wire protocol, and credentials from its default chain (the environment that
 * aws-actions/configure-aws-credentials leaves, a profile, web identity, the instance role…).
 * The SDK is loaded on the first query, so no other action pays for it at start-up.
 */
class CloudWatchProvider {
    options;
    kind = 'cloudwatch';
    client;
    constructor(options) {
        this.options = options;
        // configure-aws-credentials masks these too; a step that sets them by hand gets the same.
        for (const name of ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
            const value = process.env[name];
            if (value)
                _runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        }
    }
    async query(text, range, signal) {
        let query;
        try {
            query = (0,_cloudwatch_check_js__WEBPACK_IMPORTED_MODULE_1__/* .readCloudWatchQuery */ .XG)(text);
        }
        catch (error) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m('query', `CloudWatch query '${text}' is not a metric or an expression: ${error.message}`);
        }
        const period = query.period ?? (0,_cloudwatch_check_js__WEBPACK_IMPORTED_MODULE_1__/* .cloudWatchPeriodFor */ .FN)(range.stepMs);
        const queries = metricDataQueries(query, period);
        const sdk = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 44085, 19));
        const client = await (this.client ??= this.connect());
        const start = Math.floor(range.from / (period * 1000)) * period * 1000;
        const series = new Map();
        let nextToken;
        for (let page = 0; page < MAX_PAGES; page++) {
            let answer;
            try {
                answer = await client.send(new sdk.GetMetricDataCommand({
                    MetricDataQueries: queries,
                    StartTime: new Date(start),
                    EndTime: new Date(range.to),
                    ScanBy: 'TimestampAscending',
                    NextToken: nextToken,
                }), { abortSignal: signal });
            }
            catch (error) {
                if (signal.aborted)
                    throw error;
                throw cloudWatchFailure(error, text);
            }
            for (const result of answer.MetricDataResults ?? []) {
                if (result.StatusCode === 'InternalError' || result.StatusCode === 'Forbidden') {
                    const detail = (result.Messages ?? []).map((m) => `${m.Code}: ${m.Value}`).join('; ');
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m(result.StatusCode === 'Forbidden' ? 'auth' : 'unavailable', `CloudWatch answered ${result.StatusCode} for the query '${text}'${detail ? `: ${detail}` : ''}`);
                }
                const label = result.Label ?? result.Id ?? '';
                const id = `${result.Id ?? ''}\u0000${label}`;
                let entry = series.get(id);
                if (!entry) {
                    entry = { ...(grouped(query) ? { group: label } : {}), samples: [] };
                    series.set(id, entry);
                }
                const times = result.Timestamps ?? [];
                const values = result.Values ?? [];
                for (let i = 0; i < times.length && i < values.length; i++) {
                    const value = values[i];
                    if (Number.isFinite(value))
                        entry.samples.push({ at: times[i].getTime(), value });
                }
            }
            nextToken = answer.NextToken;
            if (!nextToken)
                break;
            if (page === MAX_PAGES - 1)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m('query', `CloudWatch kept answering the query '${text}' with more pages after ${MAX_PAGES}: narrow it (fewer series, a longer period)`);
        }
        const out = [];
        for (const entry of series.values()) {
            if (!entry.samples.length)
                continue;
            entry.samples.sort((a, b) => a.at - b.at);
            out.push(entry);
        }
        return out;
    }
    async connect() {
        const sdk = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4085)]).then(__webpack_require__.t.bind(__webpack_require__, 44085, 19));
        return new sdk.CloudWatchClient({
            region: this.options.region,
            ...(this.options.endpoint ? { endpoint: this.options.endpoint } : {}),
            ...(this.options.maxAttempts ? { maxAttempts: this.options.maxAttempts } : {}),
        });
    }
}
/** A SEARCH can answer many series: each is named by its label. A metric or plain math answers one. */
function grouped(query) {
    return 'expression' in query && /\bSEARCH\s*\(/i.test(query.expression);
}
function metricStat(metric, period) {
    return {
        Metric: {
            Namespace: metric.namespace,
            MetricName: metric.metric,
            Dimensions: Object.entries(metric.dimensions ?? {}).map(([Name, Value]) => ({ Name, Value })),
        },
        Period: metric.period ?? period,
        Stat: metric.stat,
    };
}
/** The MetricDataQueries of one query: its answer is `q`; the metrics an expression names feed it unreturned. */
function metricDataQueries(query, period) {
    if (!('expression' in query))
        return [{ Id: 'q', MetricStat: metricStat(query, period), ReturnData: true }];
    const inputs = Object.entries(query.metrics ?? {}).map(([Id, metric]) => ({
        Id,
        MetricStat: metricStat(metric, period),
        ReturnData: false,
    }));
    // `Period` on an expression sets its granularity only where it names no metric (SEARCH sets its own).
    return [
        ...inputs,
        {
            Id: 'q',
            Expression: query.expression,
            ...(inputs.length ? {} : { Period: period }),
            ReturnData: true,
        },
    ];
}
const THROTTLED = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'LimitExceeded',
    'LimitExceededException',
]);
const AUTH = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnrecognizedClientException',
    'InvalidClientTokenId',
    'InvalidAccessKeyId',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'InvalidSignatureException',
    'ExpiredToken',
    'ExpiredTokenException',
    'MissingAuthenticationToken',
    'MissingAuthenticationTokenException',
    'NotAuthorized',
    'AuthFailure',
    'CredentialsProviderError',
]);
/** An SDK error (after the SDK's own retries) as a ProviderError carrying AWS's code and message. */
function cloudWatchFailure(error, query) {
    const e = error;
    const name = e.Code ?? e.name ?? 'Error';
    const status = e.$metadata?.httpStatusCode;
    const message = `CloudWatch answered ${name}${status ? ` (HTTP ${status})` : ''} for the query '${query}': ${e.message ?? String(error)}`;
    if (THROTTLED.has(name) || status === 429)
        return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m('rate-limit', message);
    if (AUTH.has(name) || status === 401 || status === 403)
        return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m('auth', `${message} (check the AWS credentials, e.g. aws-actions/configure-aws-credentials before this step, and that the role may call cloudwatch:GetMetricData)`);
    if ((status !== undefined && status >= 500) || e.$fault === 'server' || status === undefined)
        return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m('unavailable', message);
    return new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .m('query', message);
}


/***/ })

};
;