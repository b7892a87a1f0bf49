"use strict";
exports.id = 3245;
exports.ids = [3245];
exports.modules = {

/***/ 63245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NewRelicProvider: () => (/* binding */ NewRelicProvider)
/* harmony export */ });
/* unused harmony exports NERDGRAPH_NRQL_QUERY, windowed, nrqlSeries */
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55401);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23055);



/** NerdGraph's NRQL field: the rows and the facet names (whose columns are not values). */
const NERDGRAPH_NRQL_QUERY = `query GlidepathNrql($accountId: Int!, $nrql: Nrql!) {
  actor {
    account(id: $accountId) {
      nrql(query: $nrql, timeout: 30) {
        results
        metadata { facets }
      }
    }
  }
}`;
const TIMEOUT_MS = 35_000;
/** NRQL's limit of TIMESERIES buckets in one query. */
const MAX_BUCKETS = 366;
const KEY_HINT = ' (check the user key, newrelic-api-key or NEW_RELIC_API_KEY, and that it may read newrelic-account-id)';
/** Columns of a result row that are not the queried value. */
const ROW_META = new Set(['beginTimeSeconds', 'endTimeSeconds', 'facet', 'timestamp']);
/**
 * New Relic: NRQL through NerdGraph (GraphQL over HTTPS, the user key in `API-Key`). The gate's
 * window is added as `SINCE <from> UNTIL <to>` (epoch ms) and `TIMESERIES <step>` unless the
 * query has its own; FACET rows become one series per facet.
 */
class NewRelicProvider {
    options;
    kind = 'newrelic';
    constructor(options) {
        this.options = options;
    }
    async query(nrql, range, signal) {
        const text = windowed(nrql, range);
        let response;
        try {
            response = await fetch(this.options.endpoint, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    accept: 'application/json',
                    'API-Key': this.options.apiKey,
                },
                body: JSON.stringify({
                    query: NERDGRAPH_NRQL_QUERY,
                    variables: { accountId: this.options.accountId, nrql: text },
                }),
                signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
            });
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            const cause = error.cause?.code;
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('unavailable', `New Relic could not be reached for the query '${nrql}': ${cause ?? error.message}`);
        }
        const body = (await response.json().catch(() => undefined));
        const said = (body?.errors ?? [])
            .map((e) => e.message)
            .filter(Boolean)
            .join('; ');
        const message = (status) => `New Relic answered ${status} for the query '${nrql}'${said ? `: ${said}` : ''}`;
        if (response.status === 401 || response.status === 403)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('auth', `${message(`${response.status}`)}${KEY_HINT}`);
        if (response.status === 429)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('rate-limit', message('429'), (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(response.headers));
        if (response.status >= 500)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('unavailable', message(`${response.status}`));
        if (!response.ok || !body)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('query', message(`${response.status}${body ? '' : ' (not JSON)'}`));
        if (body.errors?.length)
            throw graphQLFailure(body.errors, message, response.headers);
        const container = body.data?.actor?.account?.nrql;
        if (!container || !Array.isArray(container.results))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('query', message('no results'));
        const facets = container.metadata?.facets ?? [];
        return nrqlSeries(container.results, facets, range, nrql);
    }
}
/** The query with the gate's window: SINCE/UNTIL in epoch ms, TIMESERIES unless it has one. */
function windowed(nrql, range) {
    const span = Math.max(1, range.to - range.from);
    const step = Math.max(Math.ceil(range.stepMs / 1000), Math.ceil(span / 1000 / MAX_BUCKETS), 1);
    const series = /\bTIMESERIES\b/i.test(nrql) ? '' : ` TIMESERIES ${step} seconds`;
    return `${nrql} SINCE ${Math.floor(range.from)} UNTIL ${Math.floor(range.to)}${series}`;
}
/** GraphQL errors (HTTP 200) by New Relic's `extensions.errorClass`, with its text. */
function graphQLFailure(errors, message, headers) {
    const classes = errors.map((e) => e.extensions?.errorClass ?? e.extensions?.code ?? '');
    const text = errors.map((e) => e.message ?? '').join(' ');
    const what = message(classes.find(Boolean) ?? 'an error');
    if (classes.some((c) => /UNAUTHORI[SZ]ED|FORBIDDEN|UNAUTHENTICATED/.test(c)) ||
        /not authorized|unauthorized|invalid api key/i.test(text))
        return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('auth', `${what}${KEY_HINT}`);
    if (classes.some((c) => /TOO_MANY_REQUESTS|RATE_LIMIT/.test(c)) ||
        /too many (concurrent )?(requests|queries)/i.test(text))
        return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('rate-limit', what, (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retryAfterMs */ .Vs)(headers));
    if (classes.some((c) => /TIMEOUT|SERVER_ERROR|INTERNAL|UNAVAILABLE/.test(c)))
        return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('unavailable', what);
    return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('query', what);
}
/**
 * NRQL rows as series: TIMESERIES rows are samples at `beginTimeSeconds`; a row without one is
 * one sample at the window's start; FACET rows are grouped by their facet. Each row must hold
 * one value (a number, or an object of one number such as a percentile's `{"95": 0.3}`).
 */
function nrqlSeries(rows, facets, range, nrql) {
    const skip = new Set([...ROW_META, ...facets]);
    const byGroup = new Map();
    for (const row of rows) {
        const values = [];
        const names = [];
        for (const [name, v] of Object.entries(row)) {
            if (skip.has(name))
                continue;
            const inner = v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : [v];
            for (const x of inner) {
                if (typeof x !== 'number' && x !== null)
                    continue;
                values.push(x);
                names.push(name);
            }
        }
        if (values.length > 1)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .m('query', `New Relic's answer to the query '${nrql}' holds ${values.length} values per row (${names.join(', ')}): select one`);
        const value = values[0];
        if (value === undefined || value === null || !Number.isFinite(value))
            continue;
        const facet = row['facet'];
        const group = facet === undefined ? undefined : Array.isArray(facet) ? facet.join(', ') : String(facet);
        const begin = row['beginTimeSeconds'];
        const at = typeof begin === 'number' ? begin * 1000 : range.from;
        const id = group ?? '';
        let entry = byGroup.get(id);
        if (!entry)
            byGroup.set(id, (entry = { ...(group !== undefined ? { group } : {}), samples: [] }));
        entry.samples.push({ at, value });
    }
    for (const entry of byGroup.values())
        entry.samples.sort((a, b) => a.at - b.at);
    return [...byGroup.values()];
}


/***/ })

};
;