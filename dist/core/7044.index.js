"use strict";
exports.id = 7044;
exports.ids = [7044];
exports.modules = {

/***/ 31815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PrometheusClient)
/* harmony export */ });
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55401);


const TIMEOUT_MS = 10_000;
/**
 * A small client for Prometheus' HTTP API (`/api/v1/query`). Transient errors are retried;
 * a query that keeps failing, or that Prometheus rejects as invalid, fails the gate with a
 * message naming it. An empty result is "no data yet", never a failure by itself.
 */
class PrometheusClient {
    base;
    headers;
    retries;
    /** `signal` (the runner's cancel) cuts a retry's wait short: the poll then gives no value. */
    constructor(base, headers = {}, signal) {
        this.base = base;
        this.headers = headers;
        this.retries = new _retry_js__WEBPACK_IMPORTED_MODULE_0__/* .PollRetries */ .Kp(signal);
    }
    /**
     * The query's value now (a scalar, or the sum of a vector), or at `at` (Unix seconds: queries
     * that must describe one instant), or with `range` the worst value of a range query over that
     * window (max or min over every series and point); null when there is no data. Refused
     * credentials (401, 403) and a query Prometheus rejects fail at once.
     */
    async scalar(query, range, at) {
        return this.retried(query, async () => {
            const outcome = await this.once(query, range, undefined, at);
            return outcome.kind === 'series' ? { kind: 'retry', problem: 'unexpected series' } : outcome;
        });
    }
    /**
     * A histogram's cumulative `_bucket` counters now, summed per upper bound (`le`, in seconds as
     * Prometheus names them) and returned in ms, +Inf as Infinity; null when there is no data.
     */
    async buckets(query) {
        return this.retried(query, async () => {
            const outcome = await this.once(query, undefined, true);
            if (outcome.kind === 'value')
                return { kind: 'value', value: null };
            if (outcome.kind !== 'series')
                return outcome;
            const sums = new Map();
            for (const s of outcome.series) {
                const le = s.metric.le;
                const bound = le === '+Inf' || le === 'Inf' ? Infinity : Number(le);
                if (le === undefined || Number.isNaN(bound))
                    return {
                        kind: 'invalid',
                        problem: `it gives series without an le label (${JSON.stringify(s.metric)}); select a histogram's _bucket series, e.g. sum by (le) (http_request_duration_seconds_bucket{version="canary"})`,
                    };
                const value = Number(s.value[1]);
                if (!Number.isFinite(value))
                    return { kind: 'value', value: null };
                const ms = bound === Infinity ? Infinity : bound * 1000;
                sums.set(ms, (sums.get(ms) ?? 0) + value);
            }
            if (sums.size === 0)
                return { kind: 'value', value: null };
            if (!sums.has(Infinity))
                return {
                    kind: 'invalid',
                    problem: 'it has no le="+Inf" bucket; select every bucket of the histogram',
                };
            return { kind: 'value', value: sums };
        });
    }
    /** One query through PROVIDER_RETRY's policy (PollRetries); a refused query or key fails at once. */
    retried(query, once) {
        return this.retries.run(query, async () => {
            const outcome = await once();
            if (outcome.kind === 'value')
                return { value: outcome.value };
            if (outcome.kind === 'invalid')
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Prometheus rejected the query '${query}': ${outcome.problem}`);
            if (outcome.kind === 'auth')
                throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Prometheus answered ${outcome.problem} to the query '${query}': the credentials were refused; check prometheus-headers (e.g. Authorization: Basic or Bearer from a secret)`);
            return { retry: outcome.problem, waitMs: outcome.waitMs };
        }, (polls, problem) => new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Prometheus query '${query}' failed ${polls} polls in a row (${_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .PROVIDER_RETRY */ .$h.attempts} attempts each): ${problem}. Check prometheus-url and that Prometheus is up`));
    }
    async once(query, range, series, at) {
        const url = new URL(range ? 'api/v1/query_range' : 'api/v1/query', this.base.href.endsWith('/') ? this.base : `${this.base.href}/`);
        url.searchParams.set('query', query);
        if (at !== undefined && !range)
            url.searchParams.set('time', at.toFixed(3));
        if (range) {
            const end = Date.now() / 1000;
            url.searchParams.set('start', (end - range.ms / 1000).toFixed(3));
            url.searchParams.set('end', end.toFixed(3));
            url.searchParams.set('step', `${Math.max(1, Math.round(range.ms / 1000 / 60))}s`);
        }
        let response;
        try {
            response = await fetch(url, {
                headers: { accept: 'application/json', ...this.headers },
                signal: AbortSignal.timeout(TIMEOUT_MS),
            });
        }
        catch (error) {
            const cause = error.cause?.code;
            return { kind: 'retry', problem: cause ?? error.message };
        }
        // A Prometheus behind basic auth (its web config, or a proxy) refuses at once: retrying cannot help.
        if (response.status === 401 || response.status === 403)
            return { kind: 'auth', problem: `${response.status} ${response.statusText}`.trim() };
        // Prometheus itself does not shed load, but what is in front of a managed one does (429, or 503
        // while it is overloaded), saying when to come back.
        const waitMs = response.status === 429 || response.status === 503
            ? (0,_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retryAfterMs */ .Vs)(response.headers)
            : undefined;
        let body;
        try {
            body = (await response.json());
        }
        catch {
            return {
                kind: 'retry',
                problem: `HTTP ${response.status} with a body that is not JSON`,
                waitMs,
            };
        }
        if (response.status === 400 || body.errorType === 'bad_data')
            return { kind: 'invalid', problem: body.error ?? `HTTP ${response.status}` };
        if (!response.ok || body.status !== 'success')
            return { kind: 'retry', problem: body.error ?? `HTTP ${response.status}`, waitMs };
        const { resultType, result } = body.data ?? {};
        if (resultType === 'matrix' && range) {
            const values = result
                .flatMap((series) => series.values.map((v) => Number(v[1])))
                .filter((v) => Number.isFinite(v));
            if (values.length === 0)
                return { kind: 'value', value: null };
            return {
                kind: 'value',
                value: range.worst === 'max' ? Math.max(...values) : Math.min(...values),
            };
        }
        if (resultType === 'scalar')
            return { kind: 'value', value: Number(result[1]) };
        if (resultType === 'vector' && series)
            return { kind: 'series', series: result };
        if (series)
            return {
                kind: 'invalid',
                problem: `it returns a ${resultType}; use an instant query giving one series per bucket`,
            };
        if (resultType === 'vector') {
            const samples = result;
            if (samples.length === 0)
                return { kind: 'value', value: null };
            const values = samples.map((s) => Number(s.value[1]));
            if (values.some((v) => !Number.isFinite(v)))
                return { kind: 'value', value: null };
            return { kind: 'value', value: values.reduce((a, b) => a + b, 0) };
        }
        return {
            kind: 'invalid',
            problem: `it returns a ${resultType}; use an instant query that gives a number or a vector`,
        };
    }
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

/***/ 45841:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZT: () => (/* binding */ isUnhealthy),
/* harmony export */   oU: () => (/* binding */ renderGateSummary),
/* harmony export */   u5: () => (/* binding */ writeReport)
/* harmony export */ });
/* unused harmony exports timelineChart, latencyChart */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41691);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28428);



/** True when a gate result counts as unhealthy: `fail`, and `inconclusive` unless on-inconclusive is pass. */
function isUnhealthy(result, onInconclusive) {
    return result === 'fail' || (result === 'inconclusive' && onInconclusive === 'fail');
}
/** Writes a JSON report (the gate's, canary-step's) under RUNNER_TEMP and returns its path. */
async function writeReport(report, prefix) {
    const dir = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .runnerTemp */ .X)('glidepath-reports');
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, `${prefix}-${Date.now()}.json`);
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    return file;
}
const percent = (v) => v === null || v === undefined ? '—' : `${(v * 100).toFixed(2)}%`;
const ms = (v) => v === null || v === undefined ? '—' : `${v.toFixed(0)} ms`;
/** The job-summary Markdown: verdict, a table per check, and a chart with the decision marked. */
function renderGateSummary(report, title) {
    const icon = report.result === 'pass' ? '✅' : report.result === 'fail' ? '❌' : '⚠️';
    const parts = [
        `### ${icon} ${title}: ${report.result} after ${report.decidedAfterS.toFixed(1)}s\n`,
        `${report.reason}\n`,
        ...(report.alpha ? [`${report.alpha.covers}\n`] : []),
    ];
    const rows = report.checks.map((c) => [
        c.name,
        c.result,
        c.decidedAfterS === null ? '—' : `${c.decidedAfterS.toFixed(1)}s`,
        c.canary
            ? `${c.canary.requests} req, ${c.canary.errors} err (${percent(c.canary.errorRate)}), p95 ${ms(c.canary.p95Ms)}`
            : c.values
                ? `${c.values.length} polls, last ${c.values.at(-1)}`
                : '—',
        c.baseline
            ? `${c.baseline.requests} req, ${c.baseline.errors} err (${percent(c.baseline.errorRate)}), p95 ${ms(c.baseline.p95Ms)}`
            : '—',
        c.reason,
    ]);
    parts.push((0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Check', 'Result', 'Decided after', 'Canary / target', 'Baseline', 'Why'], rows));
    for (const c of report.checks) {
        const problems = { ...(c.canary?.problems ?? {}) };
        if (Object.keys(problems).length)
            parts.push(`\n<details><summary>${c.name}: failed probes by cause</summary>\n\n${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Cause', 'Count'], Object.entries(problems))}\n</details>\n`);
        if (c.groups?.length)
            parts.push(`\n<details><summary>${c.name}: each group (${c.provider})</summary>\n\n${(0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(['Group', 'Result', 'Canary errors', 'Canary requests'], c.groups.map((g) => [
                g.worst ? `${g.group} (worst)` : g.group,
                g.result,
                g.errors,
                g.requests,
            ]))}\n</details>\n`);
        const chart = timelineChart(c.name, c.timeline, c.decidedAfterS);
        if (chart)
            parts.push(chart);
        if (c.latency)
            parts.push(`\n${c.name} latency: ${c.latency.words}${c.latency.note ? ` (${c.latency.note})` : ''}\n`, latencyChart(c));
    }
    return parts.join('\n');
}
/** A Mermaid xychart of error rates (and p95) over time, with the decision as a bar. */
function timelineChart(name, timeline, decidedAfterS) {
    const points = downsample(timeline.filter((p) => p.canaryErrorRate !== null), 24);
    if (points.length < 2)
        return '';
    const canary = points.map((p) => +((p.canaryErrorRate ?? 0) * 100).toFixed(3));
    const baseline = points.some((p) => p.baselineErrorRate !== null)
        ? points.map((p) => +((p.baselineErrorRate ?? 0) * 100).toFixed(3))
        : undefined;
    const top = Math.max(0.1, ...canary, ...(baseline ?? [])) * 1.2;
    const decisionIndex = decidedAfterS === null
        ? -1
        : points.reduce((best, p, i) => Math.abs(p.t - decidedAfterS) <
            Math.abs(points[best].t - decidedAfterS)
            ? i
            : best, 0);
    const lines = [
        'xychart-beta',
        `  title "${name}: cumulative error rate (%)${baseline ? ', canary vs baseline' : ''}${decisionIndex >= 0 ? `, decided at ${decidedAfterS?.toFixed(1)}s (bar)` : ''}"`,
        `  x-axis "seconds" [${points.map((p) => `"${p.t}"`).join(', ')}]`,
        `  y-axis "error rate %" 0 --> ${+top.toFixed(3)}`,
    ];
    if (decisionIndex >= 0)
        lines.push(`  bar [${points.map((_, i) => (i === decisionIndex ? +top.toFixed(3) : 0)).join(', ')}]`);
    lines.push(`  line [${canary.join(', ')}]`);
    if (baseline)
        lines.push(`  line [${baseline.join(', ')}]`);
    let out = (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaid */ .a4)(lines.join('\n'));
    const latency = points.filter((p) => p.p95Ms !== null);
    if (latency.length >= 2) {
        const values = latency.map((p) => +p.p95Ms.toFixed(1));
        out += (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaid */ .a4)([
            'xychart-beta',
            `  title "${name}: p95 latency (ms)"`,
            `  x-axis "seconds" [${latency.map((p) => `"${p.t}"`).join(', ')}]`,
            `  y-axis "ms" 0 --> ${Math.ceil(Math.max(...values) * 1.2)}`,
            `  line [${values.join(', ')}]`,
        ].join('\n'));
    }
    return out;
}
function downsample(items, max) {
    if (items.length <= max)
        return items;
    const step = (items.length - 1) / (max - 1);
    return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]);
}
/** A Mermaid xychart of the canary's and the baseline's latency distributions (share per bucket). */
function latencyChart(check) {
    const l = check.latency;
    if (!l)
        return '';
    // Merge both histograms onto common buckets, at most 20, labelled by their upper edge.
    const edges = [
        ...new Set([...l.canaryHistogram, ...l.baselineHistogram].map(([edge]) => edge)),
    ].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
    if (edges.length < 2)
        return '';
    const groups = Math.min(20, edges.length);
    const per = Math.ceil(edges.length / groups);
    const buckets = Array.from({ length: Math.ceil(edges.length / per) }, (_, i) => edges.slice(i * per, (i + 1) * per));
    const share = (rows) => {
        const total = rows.reduce((sum, [, n]) => sum + n, 0) || 1;
        return buckets.map((bucket) => +((rows.filter(([edge]) => bucket.includes(edge)).reduce((sum, [, n]) => sum + n, 0) /
            total) *
            100).toFixed(1));
    };
    const canary = share(l.canaryHistogram);
    const baseline = share(l.baselineHistogram);
    const label = (bucket) => {
        const top = bucket[bucket.length - 1];
        return top === null || top === undefined ? 'timeout' : `≤${Math.round(top)}`;
    };
    return (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaid */ .a4)([
        'xychart-beta',
        `  title "${check.name}: latency distribution, % of requests (canary line 1, baseline line 2)"`,
        `  x-axis "ms" [${buckets.map((b) => `"${label(b)}"`).join(', ')}]`,
        `  y-axis "% of requests" 0 --> ${Math.ceil(Math.max(1, ...canary, ...baseline) * 1.2)}`,
        `  line [${canary.join(', ')}]`,
        `  line [${baseline.join(', ')}]`,
    ].join('\n'));
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

/***/ 16388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rf: () => (/* binding */ preflightGate),
  Rg: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: pct, startCheck

// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
// EXTERNAL MODULE: ./src/core/gate/config.ts
var gate_config = __webpack_require__(83525);
;// CONCATENATED MODULE: ./src/core/gate/stats.ts
/**
 * Anytime-valid sequential statistics for health decisions.
 *
 * Every test here is an e-process: a non-negative process whose expectation is at most 1 while
 * the null hypothesis holds, however the data are looked at. By Ville's inequality the chance
 * that it ever reaches 1/α is at most α, so the gate may look after every batch of samples and
 * stop the moment the evidence is strong enough, without inflating false alarms (the flaw of
 * re-running a fixed-sample test at every look, as Kayenta does).
 */
/** log(Σ exp(x)) without overflow. */
function logSumExp(values) {
    let max = -Infinity;
    for (const v of values)
        if (v > max)
            max = v;
    if (max === -Infinity)
        return -Infinity;
    let sum = 0;
    for (const v of values)
        sum += Math.exp(v - max);
    return max + Math.log(sum);
}
/** Grid of `points` values spaced evenly on a log scale from `low` to `high`. */
function logGrid(low, high, points) {
    if (points === 1)
        return [Math.sqrt(low * high)];
    const step = Math.log(high / low) / (points - 1);
    return Array.from({ length: points }, (_, i) => low * Math.exp(step * i));
}
/**
 * `points` alternative rates above p0, spaced evenly in log-odds: from `gap` above p0's log-odds
 * to `top` (at least 0.5 further).
 */
function ratesAbove(p0, gap, top, points) {
    const lo = logit(p0) + gap;
    const hi = Math.max(logit(top), lo + 0.5);
    return Array.from({ length: points }, (_, i) => expit(lo + ((hi - lo) * i) / Math.max(1, points - 1)));
}
function logit(p) {
    return Math.log(p / (1 - p));
}
function expit(x) {
    return 1 / (1 + Math.exp(-x));
}
/** log Γ(x) by Lanczos (g = 7, n = 9); accurate to ~1e-13 for x > 0. */
function logGamma(x) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    const z = x - 1;
    let a = c[0];
    const t = z + 7.5;
    for (let i = 1; i < 9; i++)
        a += c[i] / (z + i);
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}
function logBeta(a, b) {
    return logGamma(a) + logGamma(b) - logGamma(a + b);
}
/**
 * Anytime-valid confidence sequence for a Bernoulli rate from x events in n trials: the set of
 * p where the beta-binomial mixture martingale (Beta(½, ½) prior) is below 1/α. It holds at
 * every n at once, so bounds may be read after every batch.
 */
function rateBounds(x, n, alpha) {
    if (n === 0)
        return { lower: 0, upper: 1 };
    const a = 0.5;
    const b = 0.5;
    const logMix = logBeta(a + x, b + n - x) - logBeta(a, b);
    const threshold = Math.log(1 / alpha);
    const logM = (p) => logMix - (x > 0 ? x * Math.log(p) : 0) - (n - x > 0 ? (n - x) * Math.log(1 - p) : 0);
    const phat = x / n;
    const solve = (inside, outside) => {
        let lo = inside;
        let hi = outside;
        for (let i = 0; i < 60; i++) {
            const mid = (lo + hi) / 2;
            if (logM(mid) < threshold)
                lo = mid;
            else
                hi = mid;
        }
        return lo;
    };
    const upper = phat >= 1 ? 1 : logM(1 - 1e-12) < threshold ? 1 : solve(phat, 1 - 1e-12);
    const lower = phat <= 0 ? 0 : logM(1e-12) < threshold ? 0 : solve(phat, 1e-12);
    return { lower, upper };
}
// ---------------------------------------------------------------------------------------------
// Bounded betting: robust to errors that come in clumps
/**
 * The growth-optimal (Kelly) bet on a batch mean x = j/n against a null mean m0, when the
 * alternative says j ~ Binomial(n, alt). `direction` +1 bets that x runs above m0, −1 below.
 * The bet is capped at 95% of the largest that keeps 1 + λ·direction·(x − m0) ≥ 0 for every x
 * in [0, 1], so no batch, however extreme, can take the wealth to zero or multiply it without
 * bound: one batch can multiply it by at most 1 + 0.95·(1 − m0)/m0 (direction +1).
 */
function kellyBet(m0, alt, n, direction) {
    const cap = 0.95 * (direction > 0 ? 1 / m0 : 1 / (1 - m0));
    if (direction * (alt - m0) <= 0 || n < 1)
        return 0;
    const key = `${direction}|${m0.toPrecision(4)}|${alt.toPrecision(4)}|${n}`;
    const cached = KELLY_CACHE.get(key);
    if (cached !== undefined)
        return Math.min(cached, cap);
    // The binomial's mass, over ±8 standard deviations around its mean (all of it for small n).
    const sd = Math.sqrt(n * alt * (1 - alt));
    const lo = Math.max(0, Math.floor(n * alt - 8 * sd - 1));
    const hi = Math.min(n, Math.ceil(n * alt + 8 * sd + 1));
    const d = [];
    const w = [];
    const logC = logGamma(n + 1);
    for (let j = lo; j <= hi; j++) {
        const logP = logC -
            logGamma(j + 1) -
            logGamma(n - j + 1) +
            (j ? j * Math.log(alt) : 0) +
            (n - j ? (n - j) * Math.log(1 - alt) : 0);
        w.push(Math.exp(logP));
        d.push(direction * (j / n - m0));
    }
    const slope = (lambda) => {
        let s = 0;
        for (let i = 0; i < d.length; i++)
            s += (w[i] * d[i]) / (1 + lambda * d[i]);
        return s;
    };
    let lambda;
    if (slope(cap) >= 0)
        lambda = cap;
    else {
        let a = 0;
        let b = cap;
        for (let i = 0; i < 40; i++) {
            const mid = (a + b) / 2;
            if (slope(mid) > 0)
                a = mid;
            else
                b = mid;
        }
        lambda = a;
    }
    if (KELLY_CACHE.size > 50_000)
        KELLY_CACHE.clear();
    KELLY_CACHE.set(key, lambda);
    return Math.min(lambda, cap);
}
const KELLY_CACHE = new Map();
/**
 * A mixture of betting martingales on batch means: wealth Πₜ(1 + λₜ·direction·(xₜ − m0ₜ)), one
 * per alternative, averaged. Each xₜ lies in [0, 1]; under the null the expected xₜ given the past
 * (and given what the batch's bet was sized from) is at most m0ₜ (direction +1) or at least m0ₜ
 * (−1). Nothing more is assumed: events within a batch may be as dependent as they like (a clump
 * of errors from one bad pod), so long as clumps do not straddle batches. Each λₜ is fixed before
 * xₜ is seen, so every component is a supermartingale under the null and so is their average
 * (Ville's inequality: P(ever ≥ 1/α) ≤ α).
 */
class BettingEProcess {
    direction;
    logW;
    logWeight;
    batches = 0;
    constructor(direction, points) {
        this.direction = direction;
        this.logW = Array.from({ length: points }, () => 0);
        this.logWeight = -Math.log(points);
    }
    /**
     * One batch: its mean `x`, the null mean `m0`, the alternative means (one per component) and
     * the effective number of independent events the bets are sized for.
     */
    update(x, m0, alts, effectiveN) {
        this.batches += 1;
        const n = Math.max(1, Math.min(400, Math.round(effectiveN)));
        for (let k = 0; k < this.logW.length; k++) {
            const lambda = kellyBet(m0, alts[k], n, this.direction);
            this.logW[k] =
                this.logW[k] + Math.log(1 + lambda * this.direction * (x - m0));
        }
    }
    logE() {
        return logSumExp(this.logW) + this.logWeight;
    }
}
/**
 * Over-dispersion: the mean of Pearson's (observed − expected)² / variance over batches, shrunk
 * towards 1 (independent events) by `prior` pseudo-batches. About 1 when events are independent,
 * about k when they come in clumps of k. Bets are sized for n / dispersion events.
 */
class Dispersion {
    prior;
    sum = 0;
    count = 0;
    constructor(prior = 3) {
        this.prior = prior;
    }
    add(observed, expected, variance) {
        if (!(variance > 0))
            return;
        this.sum += (observed - expected) ** 2 / variance;
        this.count += 1;
    }
    value() {
        return Math.max(1, (this.prior + this.sum) / (this.prior + this.count));
    }
    /** Unshrunk estimate (null before any batch): for reports. */
    raw() {
        return this.count ? this.sum / this.count : null;
    }
}
/** Canary's share of a batch's errors when its error rate is ρ × the baseline's and its share of requests is s. */
function errorShare(rho, s) {
    return (rho * s) / (rho * s + 1 - s);
}
/** mulberry32: a tiny 32-bit PRNG, the same sequence for the same seed on every machine and run. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./src/core/gate/latency.ts

/**
 * The bets of the latency shift test, whatever the samples look like (latencies one by one, or
 * counts per histogram bucket): a subclass cuts each batch into units and scores each unit at each
 * ratio r (index 0: 1×, the fail test; 1: 1 + tolerance, the pass test; then the interval's grid)
 * as the share of its pairs where the canary is slower than r × the baseline. Bounded bets on the
 * scores (wealth Π(1 ± λ(score − ½)), λ < 2), mixed over a few λ, are e-processes as long as a
 * unit's "up" score has expectation at most ½ when the canary is no more than r times slower, and
 * its "down" score at least ½ when it is at least r times slower.
 */
class ShiftBets {
    tolerance;
    lambdas = [0.15, 0.4, 1, 1.9];
    fail;
    pass;
    /** Shift grid for the confidence interval: each 1 + δ, and the wealth of both one-sided tests. */
    grid;
    /** The ratios each unit is scored at: 1, 1 + tolerance, then the grid's. */
    ratios;
    units = 0;
    constructor(tolerance, options = {}) {
        this.tolerance = tolerance;
        this.fail = this.lambdas.map(() => 0);
        this.pass = this.lambdas.map(() => 0);
        this.grid =
            options.interval === false
                ? []
                : // 0.5× to 4× in steps of 2^(1/19) ≈ 3.7%, with 1× itself on the grid (i = 19), so a
                    // latency fail (no slower rejected at 1×) always shows an interval above 0.
                    Array.from({ length: 58 }, (_, i) => ({
                        ratio: 2 ** (-1 + i / 19),
                        up: this.lambdas.map(() => 0),
                        down: this.lambdas.map(() => 0),
                    }));
        this.ratios = [1, 1 + tolerance, ...this.grid.map((g) => g.ratio)];
    }
    /** One unit's scores at each of `ratios`: `up` for the tests that the canary is slower, `down` faster. */
    betUnit(up, down) {
        this.units += 1;
        bet(this.fail, this.lambdas, up[0], 1);
        bet(this.pass, this.lambdas, down[1], -1);
        this.grid.forEach((g, i) => {
            bet(g.up, this.lambdas, up[i + 2], 1);
            bet(g.down, this.lambdas, down[i + 2], -1);
        });
    }
    failLogE() {
        return logSumExp(this.fail) - Math.log(this.lambdas.length);
    }
    passLogE() {
        return logSumExp(this.pass) - Math.log(this.lambdas.length);
    }
    /**
     * The shifts (canary ÷ baseline − 1) not yet rejected at level α by either one-sided test:
     * an anytime-valid interval (null before any data or without the grid). Its ends are the grid
     * points where the rejections start, so it brackets the truth even when the latencies are so
     * tight (a quiet machine, a cache) that every grid point has been rejected on one side or the
     * other: the truth then lies between two neighbouring points.
     */
    interval(alpha) {
        if (!this.grid.length || this.units === 0)
            return null;
        const limit = Math.log(2 / alpha);
        const logE = (w) => logSumExp(w) - Math.log(this.lambdas.length);
        const first = this.grid[0];
        const last = this.grid[this.grid.length - 1];
        // "Slower than r×" rejected upwards: the truth is above r. "Faster than r×" downwards: below.
        const above = this.grid.filter((g) => logE(g.up) >= limit).map((g) => g.ratio);
        const below = this.grid.filter((g) => logE(g.down) >= limit).map((g) => g.ratio);
        const lower = above.length ? Math.max(...above) : first.ratio;
        const upper = below.length ? Math.min(...below) : last.ratio;
        if (lower > upper)
            return null; // the two sides disagree: nothing to say yet
        return { lower: lower - 1, upper: upper - 1 };
    }
    /** What limits the test, in words, when something does (coarse buckets); '' otherwise. */
    note() {
        return '';
    }
}
/**
 * Canary latency against baseline latency, anytime-valid and robust to heavy tails.
 *
 * Each batch (one look) brings canary and baseline latencies taken over the same period (HTTP
 * probes of both sent on the same schedule). The batch is cut into units, each one canary sample
 * with its own baseline samples (disjoint, assigned by position, never by value). A unit's score
 * at shift δ is the share of its pairs where the canary sample is slower than (1 + δ) × the
 * baseline sample (ties count half). If the canary is no more than (1 + δ) times slower in
 * distribution, the score's expectation is at most ½ whatever the distribution (heavy tails, a
 * shared slow warm-up, drift of both together); if it is at least (1 + δ) times slower, at least
 * ½: fail when "canary no slower" (δ = 0) is rejected, pass when "canary slower by the tolerance
 * or more" (δ = tolerance) is. Timeouts are +∞: slower than anything.
 */
class LatencyShift extends ShiftBets {
    canaryHistogram = new LogHistogram();
    baselineHistogram = new LogHistogram();
    /** One batch of latencies in ms (timeouts as Infinity), each list in the order sent. */
    add(canary, baseline) {
        for (const v of canary)
            this.canaryHistogram.add(v);
        for (const v of baseline)
            this.baselineHistogram.add(v);
        const units = Math.min(canary.length, baseline.length);
        if (units === 0)
            return;
        const scores = this.ratios.map(() => 0);
        // Unit i: canary samples i, i + units, …; baseline samples likewise.
        for (let i = 0; i < units; i++) {
            const cs = [];
            const bs = [];
            for (let j = i; j < canary.length; j += units)
                cs.push(canary[j]);
            for (let j = i; j < baseline.length; j += units)
                bs.push(baseline[j]);
            this.ratios.forEach((r, k) => (scores[k] = score(cs, bs, r)));
            this.betUnit(scores, scores);
        }
    }
    medians() {
        const c = this.canaryHistogram.quantile(0.5);
        const b = this.baselineHistogram.quantile(0.5);
        return { canaryMs: c, baselineMs: b, shift: c !== null && b ? c / b - 1 : null };
    }
    rows() {
        return { canary: this.canaryHistogram.rows(), baseline: this.baselineHistogram.rows() };
    }
}
/** Share of pairs with canary > ratio × baseline, ties counting half. */
function score(cs, bs, ratio) {
    let s = 0;
    for (const c of cs)
        for (const b of bs) {
            const scaled = b === Infinity ? Infinity : b * ratio;
            s += c > scaled ? 1 : c === scaled ? 0.5 : 0;
        }
    return s / (cs.length * bs.length);
}
function bet(wealth, lambdas, x, direction) {
    for (let k = 0; k < lambdas.length; k++)
        wealth[k] =
            wealth[k] + Math.log(1 + lambdas[k] * direction * (x - 0.5));
}
/**
 * Latencies in log-spaced buckets (`growth` − 1 wide, 10% by default, from `floor` ms), Infinity
 * (a timeout) in its own: constant memory however many, for quantiles and charts.
 */
class LogHistogram {
    floor;
    growth;
    counts = new Map();
    total = 0;
    constructor(floor = 0.1, growth = 1.1) {
        this.floor = floor;
        this.growth = growth;
    }
    add(ms) {
        const bucket = ms === Infinity
            ? Infinity
            : Math.max(0, Math.ceil(Math.log(Math.max(ms, this.floor) / this.floor) / Math.log(this.growth)));
        this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
        this.total += 1;
    }
    /** A bucket's upper edge in ms. */
    edge(bucket) {
        return bucket === Infinity ? Infinity : this.floor * this.growth ** bucket;
    }
    /** [upper edge in ms (null: timed out), count] rows, fastest first. */
    rows() {
        return [...this.counts.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([bucket, count]) => {
            const edge = this.edge(bucket);
            return [edge === Infinity ? null : Math.round(edge * 10) / 10, count];
        });
    }
    quantile(q) {
        if (!this.total)
            return null;
        const target = Math.ceil(q * this.total);
        let seen = 0;
        for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
            seen += this.counts.get(bucket);
            if (seen >= target)
                return this.edge(bucket);
        }
        return null;
    }
}
/** The HTTP checks' latencies: 5% buckets from 0.01 ms, for each side's p95. */
class LatencyHistogram extends LogHistogram {
    constructor() {
        super(0.01, 1.05);
    }
}
const signed = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(Math.round(x * 100))}%`;
function describeShift(shift, alpha) {
    const m = shift.medians();
    const ci = shift.interval(alpha);
    const ms = (v) => v === null ? 'n/a' : v === Infinity ? 'timeout' : `${Math.round(v)} ms`;
    const conf = `${+((1 - alpha) * 100).toFixed(2)}%`;
    const words = `canary p50 ${ms(m.canaryMs)} vs baseline ${ms(m.baselineMs)}` +
        (m.shift === null || !Number.isFinite(m.shift)
            ? ''
            : ` (${signed(m.shift)}${ci ? `, ${conf} interval ${signed(ci.lower)} to ${ci.upper >= 7 ? 'beyond +700%' : signed(ci.upper)}` : ''})`);
    return {
        canaryP50Ms: m.canaryMs,
        baselineP50Ms: m.baselineMs,
        shift: m.shift,
        interval: ci,
        tolerance: shift.tolerance,
        failE: Math.exp(shift.failLogE()),
        passE: Math.exp(shift.passLogE()),
        units: shift.units,
        words,
        ...(shift.note() ? { note: shift.note() } : {}),
    };
}
/** The latency comparison's own verdict at its share of α (fail) and at α (pass). */
function latencyVerdict(shift, failAlpha, passAlpha, reportAlpha) {
    const d = describeShift(shift, reportAlpha);
    const tol = `${Math.round(shift.tolerance * 100)}% tolerance`;
    if (shift.failLogE() >= Math.log(1 / failAlpha))
        return { state: 'fail', reason: `latency: ${d.words}, slower than the baseline (${tol})` };
    if (shift.passLogE() >= Math.log(1 / passAlpha))
        return { state: 'pass', reason: `latency: ${d.words}, within the ${tol}` };
    return { state: 'continue' };
}

;// CONCATENATED MODULE: ./src/core/gate/judge.ts


/** Error-rate ratios the canary-vs-baseline fail test bets on: tuned by bench/health-gate.ts. */
const RATIO_GRID = { low: 2.5, high: 5, points: 2 };
/**
 * Blocks the canary-vs-baseline tests are judged on: a block closes at the first look after
 * `minMs` with no error in either group (so a clump of errors is not cut in two), or at `maxMs`.
 */
const BLOCK = { minMs: 2000, maxMs: 4000 };
const SLOW_SHARE = 0.05;
/** Share of a check's false-fail budget α given to the latency comparison (max-latency-increase). */
const SHIFT_SHARE = 0.25;
/**
 * Decides one check from counts, soundly at every look.
 *
 * Fail: an e-process reaches 1/α'. The false-alarm budget α is split between the tests that can
 * fail the check (canary vs baseline gets 80% of it, the guardrails the rest), so a healthy
 * check fails with chance at most α however often it looks.
 *
 * Pass: every statement a pass makes is itself tested at α: the guardrails by anytime-valid upper
 * bounds, and with a baseline "canary error rate < tolerance × baseline's" by its own e-process
 * (a canary at or above the tolerance passes with chance at most α).
 *
 * Both canary-vs-baseline tests bet on the canary's share of each block's errors against the share
 * it would have at ratio 1 (fail) or at the tolerance (pass), with bets fixed before the block is
 * seen and sized by the over-dispersion seen so far: they assume only that the canary's expected
 * share of errors in a block is its share of traffic (scaled by the ratio), not that errors are
 * independent, so errors in clumps (a bad pod, a retry storm) cannot manufacture evidence.
 */
class CountJudge {
    settings;
    hasBaseline;
    canary = { requests: 0, errors: 0, slow: 0 };
    baseline = { requests: 0, errors: 0, slow: 0 };
    /** Canary worse than baseline (fail). */
    ratio;
    /** Canary ratio below tolerance (pass). */
    passTest;
    errorGuard;
    slowGuard;
    dispersion = new Dispersion();
    /** Canary latency vs baseline latency (max-latency-increase). */
    latencyShift;
    budget;
    failRhos;
    passRhos;
    block = { canary: zero(), baseline: zero(), startMs: 0 };
    clockMs = 0;
    /**
     * `makeShift` makes the latency comparison (max-latency-increase) from the tolerance: latencies one
     * by one (HTTP probes) unless the check reads them otherwise (histogram buckets).
     */
    constructor(settings, hasBaseline, makeShift = (t) => new LatencyShift(t)) {
        this.settings = settings;
        this.hasBaseline = hasBaseline;
        if (!(settings.tolerance > 1))
            throw new Error(`tolerance must be above 1 (got ${settings.tolerance})`);
        this.failRhos = checkRatioGrid(RATIO_GRID);
        // The pass test bets on a canary as good as the baseline, or a bit better.
        this.passRhos = [1, 1 / Math.sqrt(settings.tolerance)];
        if (hasBaseline) {
            this.ratio = new BettingEProcess(1, this.failRhos.length);
            this.passTest = new BettingEProcess(-1, this.passRhos.length);
        }
        this.errorGuard = new RateGuard(settings.maxErrorRate);
        if (settings.latency)
            this.slowGuard = new RateGuard(SLOW_SHARE);
        if (hasBaseline && settings.maxLatencyIncrease !== undefined)
            this.latencyShift = makeShift(settings.maxLatencyIncrease);
        const a = settings.alpha * (settings.failShare ?? 1);
        // The comparison with the baseline is what finds subtle regressions: it gets most of the
        // budget. The guardrails catch gross failures, which cross any threshold within seconds.
        const shift = this.latencyShift ? SHIFT_SHARE : 0;
        if (hasBaseline)
            this.budget = settings.latency
                ? { ratio: (0.8 - shift) * a, errors: 0.1 * a, slow: 0.1 * a, shift: shift * a }
                : { ratio: (0.9 - shift) * a, errors: 0.1 * a, slow: 0, shift: shift * a };
        else
            this.budget = settings.latency
                ? { ratio: 0, errors: 0.5 * a, slow: 0.5 * a, shift: 0 }
                : { ratio: 0, errors: a, slow: 0, shift: 0 };
    }
    /**
     * Adds one batch (one look's worth) of counts. `atMs` is the time of the look since the
     * start; without it each call counts as one second.
     */
    add(canary, baseline, atMs) {
        this.clockMs = atMs ?? this.clockMs + 1000;
        add(this.canary, canary);
        if (baseline)
            add(this.baseline, baseline);
        this.errorGuard.update(canary.errors, canary.requests);
        this.slowGuard?.update(canary.slow, canary.requests);
        if (!this.ratio || !baseline)
            return;
        add(this.block.canary, canary);
        add(this.block.baseline, baseline);
        const age = this.clockMs - this.block.startMs;
        const quiet = canary.errors + baseline.errors === 0;
        if ((age >= BLOCK.minMs && quiet) || age >= BLOCK.maxMs)
            this.closeBlock();
    }
    /** Latencies (ms; timeouts as Infinity) of canary and baseline over the same period, in the order sent. */
    addLatencies(canary, baseline) {
        if (this.latencyShift instanceof LatencyShift)
            this.latencyShift.add(canary, baseline);
    }
    /** The latency comparison in words and figures (undefined without max-latency-increase). */
    latencySummary() {
        return this.latencyShift ? describeShift(this.latencyShift, this.settings.alpha) : undefined;
    }
    closeBlock() {
        const { canary: c, baseline: b } = this.block;
        this.block = { canary: zero(), baseline: zero(), startMs: this.clockMs };
        const errors = c.errors + b.errors;
        if (c.requests <= 0 || b.requests <= 0 || errors === 0)
            return;
        const s = c.requests / (c.requests + b.requests);
        const x = c.errors / errors;
        // Bets are sized from the dispersion seen before this block: fixed before it is seen.
        const effective = errors / this.dispersion.value();
        const failNull = s;
        this.ratio?.update(x, failNull, this.failRhos.map((r) => errorShare(r, s)), effective);
        this.passTest?.update(x, errorShare(this.settings.tolerance, s), this.passRhos.map((r) => errorShare(r, s)), effective);
        // Then the block joins the dispersion estimate, against the pooled ratio before it. Before
        // any error there is no ratio to hold it against: guessing 1 would count a worse canary's
        // first block (tens of errors in one vendor bucket) as huge over-dispersion and shrink every
        // later bet, so the first block with errors only seeds the ratio.
        const before = this.canary.errors + this.baseline.errors - errors;
        const rho = this.pooledRatio(c, b);
        if (before === 0 || rho === null)
            return;
        const pi = errorShare(rho, s);
        this.dispersion.add(c.errors, errors * pi, errors * pi * (1 - pi));
    }
    /** Canary error rate ÷ baseline's over everything before `less` (a block just closed). */
    pooledRatio(lessC, lessB) {
        const ce = this.canary.errors - (lessC?.errors ?? 0);
        const cn = this.canary.requests - (lessC?.requests ?? 0);
        const be = this.baseline.errors - (lessB?.errors ?? 0);
        const bn = this.baseline.requests - (lessB?.requests ?? 0);
        if (cn <= 0 || bn <= 0)
            return null;
        // Half an error added to each side keeps it finite and near 1 with little data.
        return ((ce + 0.5) / cn / ((be + 0.5) / bn));
    }
    diagnostics() {
        return {
            blocks: this.ratio?.batches ?? 0,
            dispersion: this.dispersion.raw(),
            ratio: this.hasBaseline ? this.pooledRatio() : null,
            ...(this.ratio ? { failE: Math.exp(this.ratio.logE()) } : {}),
            ...(this.passTest ? { passE: Math.exp(this.passTest.logE()) } : {}),
        };
    }
    /** Over-dispersion, in words, for reasons. */
    clumping() {
        const d = this.dispersion.raw();
        if (d === null || d < 2)
            return '';
        return `; errors come in clumps (over-dispersion ${d.toFixed(1)}×), which the test allows for`;
    }
    /**
     * The decision so far. With `final` (the gate's time is up): a check where neither side has had
     * a single error passes on that basis. Never earlier: no errors yet may only mean too few
     * requests for a low rate, or errors that come in clumps and have not come yet, and a pass then
     * would say nothing about the ratio (a 1.5× canary with clumped errors was passed that way).
     */
    verdict(options = {}) {
        const c = this.canary;
        const b = this.baseline;
        const s = this.settings;
        if (this.ratio && this.ratio.logE() >= Math.log(1 / this.budget.ratio)) {
            return {
                state: 'fail',
                reason: `canary error rate ${pct(c.errors, c.requests)} is higher than the baseline's ${pct(b.errors, b.requests)} (about ${(this.pooledRatio() ?? 1).toFixed(1)}×; e-value ${fmtE(this.ratio.logE())} ≥ ${fmtE(Math.log(1 / this.budget.ratio))}${this.clumping()})`,
            };
        }
        const ls = this.latencyShift;
        if (ls && ls.failLogE() >= Math.log(1 / this.budget.shift)) {
            return {
                state: 'fail',
                reason: `latency: ${describeShift(ls, s.alpha).words}: slower than the baseline (e-value ${fmtE(ls.failLogE())} ≥ ${fmtE(Math.log(1 / this.budget.shift))}; max-latency-increase ${Math.round(ls.tolerance * 100)}%)`,
            };
        }
        if (this.errorGuard.logE() >= Math.log(1 / this.budget.errors)) {
            return {
                state: 'fail',
                reason: `error rate ${pct(c.errors, c.requests)} is above max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}% (${c.errors} of ${c.requests})`,
            };
        }
        if (this.slowGuard && this.slowGuard.logE() >= Math.log(1 / this.budget.slow)) {
            return {
                state: 'fail',
                reason: `p95 latency is above max-latency ${s.maxLatencyMs}ms (${c.slow} of ${c.requests} requests slower)`,
            };
        }
        if (c.requests < s.minSamples || (this.hasBaseline && b.requests < s.minSamples))
            return { state: 'continue' };
        const errorUpper = rateBounds(c.errors, c.requests, s.alpha).upper;
        if (errorUpper > s.maxErrorRate)
            return { state: 'continue' };
        if (this.slowGuard && rateBounds(c.slow, c.requests, s.alpha).upper > SLOW_SHARE)
            return { state: 'continue' };
        if (ls && ls.passLogE() < Math.log(1 / s.alpha))
            return { state: 'continue' };
        const latencyWords = ls
            ? `; latency: ${describeShift(ls, s.alpha).words}, within the ${Math.round(ls.tolerance * 100)}% max-latency-increase`
            : '';
        const under = `(≤ ${(errorUpper * 100).toFixed(2)}% with ${pctConf(s.alpha)} confidence)`;
        if (this.passTest) {
            if (c.errors === 0 && b.errors === 0) {
                if (!options.final)
                    return { state: 'continue' };
                return {
                    state: 'pass',
                    basis: 'no-errors',
                    reason: `no errors in the canary or the baseline for the whole time (${c.requests} and ${b.requests} requests): nothing to compare; canary error rate ${under} is under max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}%${latencyWords}`,
                };
            }
            if (this.passTest.logE() < Math.log(1 / s.alpha))
                return { state: 'continue' };
            return {
                state: 'pass',
                basis: 'ratio',
                reason: `canary error rate ${pct(c.errors, c.requests)} is within ${s.tolerance}× the baseline's ${pct(b.errors, b.requests)} (about ${(this.pooledRatio() ?? 1).toFixed(2)}×; e-value ${fmtE(this.passTest.logE())} ≥ ${fmtE(Math.log(1 / s.alpha))} against ${s.tolerance}× or worse${this.clumping()})${latencyWords}`,
            };
        }
        return {
            state: 'pass',
            basis: 'guardrails',
            reason: `error rate ${pct(c.errors, c.requests)} ${under} is under max-error-rate ${(s.maxErrorRate * 100).toFixed(2)}%`,
        };
    }
}
/**
 * One rate against a fixed bound, H0 "p ≤ p0" (error rate ≤ max-error-rate, or share of slow
 * requests ≤ 5%, i.e. p95 ≤ max-latency): bounded bets on each look's share of events, sized by
 * the over-dispersion seen so far, mixed over alternatives above p0 spaced evenly in log-odds.
 * Each look can multiply the evidence by at most 1/p0, so a single burst cannot fail a check.
 */
class RateGuard {
    p0;
    test;
    alts;
    dispersion = new Dispersion();
    n = 0;
    x = 0;
    constructor(p0, points = 6) {
        this.p0 = p0;
        this.alts = ratesAbove(p0, 0.5, 0.95, points);
        this.test = new BettingEProcess(1, points);
    }
    update(events, trials) {
        if (trials <= 0)
            return;
        this.test.update(events / trials, this.p0, this.alts, trials / this.dispersion.value());
        const p = (this.x + 0.5) / (this.n + 1);
        this.dispersion.add(events, trials * p, trials * p * (1 - p));
        this.n += trials;
        this.x += events;
    }
    logE() {
        return this.test.logE();
    }
}
/**
 * The ratios the fail test bets on, checked: every one must be above 1. A ratio at or below 1
 * bets that the canary is no worse, which is the null itself, and a grid reaching below 1 would
 * let "canary as good as baseline" build evidence of being worse.
 */
function checkRatioGrid(grid) {
    const { low, high, points } = grid;
    if (!(low > 1) || !(high >= low) || !Number.isInteger(points) || points < 1)
        throw new Error(`ratio grid ${low}–${high} × ${points} is invalid: every ratio the fail test bets on must be above 1, high ≥ low, and points a whole number ≥ 1`);
    return ratioGrid(low, high, points);
}
function ratioGrid(low, high, points) {
    if (points === 1)
        return [Math.sqrt(low * high)];
    const step = Math.log(high / low) / (points - 1);
    return Array.from({ length: points }, (_, i) => low * Math.exp(step * i));
}
function zero() {
    return { requests: 0, errors: 0, slow: 0 };
}
function add(into, from) {
    into.requests += from.requests;
    into.errors += from.errors;
    into.slow += from.slow;
}
function pct(errors, requests) {
    return requests ? `${((errors / requests) * 100).toFixed(2)}%` : 'n/a';
}
function pctConf(alpha) {
    return `${+((1 - alpha) * 100).toFixed(2)}%`;
}
function fmtE(logE) {
    const e = Math.exp(logE);
    return e >= 1000 ? e.toExponential(1) : e.toFixed(1);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./src/core/gate/probe.ts


/** Reads a dotted path (`data.items.0.status`) from parsed JSON. */
function jsonPath(value, path) {
    let current = value;
    for (const key of path.split('.').filter(Boolean)) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
const MAX_BODY = 1024 * 1024;
/**
 * Sends probes over keep-alive connections (one agent per target) and judges each answer.
 * Never throws: a refused connection or a timeout is an unhealthy sample.
 */
class Prober {
    spec;
    agent;
    constructor(spec, maxSockets) {
        this.spec = spec;
        const options = { keepAlive: true, maxSockets, keepAliveMsecs: 1000 };
        this.agent = spec.url.protocol === 'https:' ? new external_node_https_.Agent(options) : new external_node_http_.Agent(options);
    }
    probe() {
        const { spec } = this;
        const started = performance.now();
        const send = spec.url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        return new Promise((resolve) => {
            let settled = false;
            const finish = (result) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                const latencyMs = performance.now() - started;
                resolve({ ...result, latencyMs, slow: latencyMs > spec.maxLatencyMs });
            };
            const req = send(spec.url, {
                method: spec.method,
                headers: { 'user-agent': 'glidepath-health-gate', ...spec.headers },
                agent: this.agent,
            }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size <= MAX_BODY)
                        chunks.push(chunk);
                });
                res.on('end', () => {
                    const status = res.statusCode ?? 0;
                    if (!spec.expectStatus.some(([lo, hi]) => status >= lo && status <= hi))
                        return finish({ ok: false, status, problem: `status ${status}` });
                    const body = Buffer.concat(chunks).toString('utf8');
                    if (spec.expectBody !== undefined) {
                        const matches = typeof spec.expectBody === 'string'
                            ? body.includes(spec.expectBody)
                            : spec.expectBody.test(body);
                        if (!matches)
                            return finish({ ok: false, status, problem: 'body did not match expect-body' });
                    }
                    if (spec.expectJson) {
                        let value;
                        try {
                            value = jsonPath(JSON.parse(body), spec.expectJson.path);
                        }
                        catch {
                            return finish({ ok: false, status, problem: 'body is not JSON' });
                        }
                        if (String(value) !== spec.expectJson.equals)
                            return finish({
                                ok: false,
                                status,
                                problem: `${spec.expectJson.path} is ${JSON.stringify(value)}`,
                            });
                    }
                    finish({ ok: true, status });
                });
                res.on('error', (error) => finish({ ok: false, status: res.statusCode ?? 0, problem: error.message }));
            });
            const timer = setTimeout(() => {
                req.destroy(new Error('timeout'));
                finish({ ok: false, status: 0, problem: 'timeout' });
            }, spec.timeoutMs);
            req.on('error', (error) => finish({ ok: false, status: 0, problem: error.code ?? error.message }));
            req.end();
        });
    }
    close() {
        this.agent.destroy();
    }
}

;// CONCATENATED MODULE: ./src/core/gate/running.ts
/** A check that has decided nothing yet; `parts` get the check itself, to record its verdict. */
function running(config, parts) {
    const self = {
        config,
        verdict: { state: 'continue' },
        decidedAt: null,
        timeline: [],
        tick: () => { },
        stop: () => { },
        report: () => ({}),
    };
    return Object.assign(self, parts(self));
}
/** After a look: the judge's verdict so far, and the timeline's point for it (with the p95 if known). */
function record(self, judge, started, now, p95 = null) {
    self.verdict = judge.verdict();
    self.timeline.push(point(started, now, judge.canary, judge.hasBaseline ? judge.baseline : undefined, p95));
}
/** One point of a check's timeline: error rates so far and the p95, at `now`. */
function point(started, now, c, b, p95) {
    return {
        t: Math.round((now - started) / 100) / 10,
        canaryErrorRate: c && c.requests ? c.errors / c.requests : null,
        baselineErrorRate: b && b.requests ? b.errors / b.requests : null,
        p95Ms: p95,
    };
}
/** The evidence a judge holds, for the report. */
function evidence(judge) {
    const d = judge.diagnostics();
    const v = judge.verdict();
    return {
        ...(judge.ratio ? { ratioE: Math.exp(judge.ratio.logE()) } : {}),
        ...(judge.passTest ? { passE: Math.exp(judge.passTest.logE()) } : {}),
        errorGuardE: Math.exp(judge.errorGuard.logE()),
        ...(judge.slowGuard ? { slowGuardE: Math.exp(judge.slowGuard.logE()) } : {}),
        ...(judge.hasBaseline
            ? {
                blocks: d.blocks,
                dispersion: d.dispersion,
                ratio: d.ratio,
                tolerance: judge.settings.tolerance,
            }
            : {}),
        alpha: judge.settings.alpha,
        ...(v.state === 'pass' && v.basis ? { passBasis: v.basis } : {}),
    };
}
/** The latency comparison of a judge with max-latency-increase, for the report (nothing without). */
function latencyReport(judge) {
    const summary = judge.latencySummary();
    if (!judge.latencyShift || !summary)
        return {};
    const rows = judge.latencyShift.rows();
    return {
        latency: { ...summary, canaryHistogram: rows.canary, baselineHistogram: rows.baseline },
    };
}
/** Milliseconds to one decimal, for the report. */
function round(value) {
    return value === null ? null : Math.round(value * 10) / 10;
}
/** One side's counts as the report gives them for counter checks (no latency, no probe problems). */
function countSide(counts) {
    return {
        ...counts,
        errorRate: counts.requests ? counts.errors / counts.requests : null,
        p95Ms: null,
        problems: {},
    };
}
/** Whether `value` holds against a threshold such as `< 0.01`. */
function holds(operator, value, threshold) {
    return operator === '<'
        ? value < threshold
        : operator === '<='
            ? value <= threshold
            : operator === '>'
                ? value > threshold
                : value >= threshold;
}

;// CONCATENATED MODULE: ./src/core/gate/http-check.ts




/** How often the probe schedule is checked at most, and how late probes may be before they are skipped. */
const PUMP_MS = 10;
const BACKLOG_MS = 100;
/** Probes the canary (and the baseline) on a fixed schedule; each tick judges what came back. */
function startHttp(check, started) {
    const judge = new CountJudge(check.judge, check.baseline !== undefined);
    const sides = [check.canary, ...(check.baseline ? [check.baseline] : [])].map((spec) => ({
        prober: new Prober(spec, check.concurrency),
        pending: { requests: 0, errors: 0, slow: 0 },
        histogram: new LatencyHistogram(),
        problems: {},
        inflight: 0,
    }));
    const warmupEnds = started + check.warmupMs;
    let skipped = 0;
    // A fixed schedule: probe n goes at n/rate s, never more than `concurrency` in flight, so a
    // slow target is never flooded beyond the configured rate. Timers fire late (a 2 ms interval
    // runs every 2.3 ms or so: 13% short at 500/s), so each wake-up sends what is due by the
    // clock; a stall longer than BACKLOG_MS is skipped, not made up in a burst.
    const periodMs = 1000 / check.rate;
    const begun = performance.now();
    const maxBacklog = Math.max(1, Math.ceil(BACKLOG_MS / periodMs));
    let sent = 0;
    // Latency pairs for max-latency-increase: probe n of the canary and of the baseline were sent
    // together; once both have answered (after warm-up) the pair joins the next batch.
    const pairing = judge.latencyShift && sides.length === 2;
    const halves = new Map();
    let pairs = { canary: [], baseline: [] };
    const pairUp = (seq, side, ms) => {
        const half = halves.get(seq) ?? [undefined, undefined];
        half[side] = ms;
        if (half[0] !== undefined && half[1] !== undefined) {
            halves.delete(seq);
            pairs.canary.push(half[0]);
            pairs.baseline.push(half[1]);
        }
        else
            halves.set(seq, half);
    };
    const pump = () => {
        const due = Math.floor((performance.now() - begun) / periodMs) + 1;
        if (due - sent > maxBacklog) {
            skipped += (due - sent - maxBacklog) * sides.length;
            sent = due - maxBacklog;
        }
        for (; sent < due; sent++)
            fire();
    };
    const fire = () => {
        const seq = sent;
        // A pair needs both halves: when either side is full, neither is sent.
        if (pairing && sides.some((side) => side.inflight >= check.concurrency)) {
            skipped += sides.length;
            return;
        }
        for (const [index, side] of sides.entries()) {
            if (side.inflight >= check.concurrency) {
                skipped += 1;
                continue;
            }
            side.inflight += 1;
            // Warm-up is judged by when a probe was sent, not when it came back: a probe sent during
            // warm-up never counts (however slow), one sent after it always does (however fast).
            const sentAt = Date.now();
            void side.prober.probe().then((r) => {
                side.inflight -= 1;
                if (sentAt < warmupEnds)
                    return;
                side.pending.requests += 1;
                if (!r.ok) {
                    side.pending.errors += 1;
                    if (r.problem)
                        side.problems[r.problem] = (side.problems[r.problem] ?? 0) + 1;
                }
                if (r.slow)
                    side.pending.slow += 1;
                side.histogram.add(r.latencyMs);
                // A timeout is slower than any answer: it counts as an error and as +∞, never dropped.
                if (pairing)
                    pairUp(seq, index, r.problem === 'timeout' ? Infinity : r.latencyMs);
            });
        }
    };
    const interval = setInterval(pump, Math.min(periodMs, PUMP_MS));
    pump();
    return running(check, (self) => ({
        tick(now) {
            const [canary, baseline] = sides.map((s) => {
                const batch = s.pending;
                s.pending = { requests: 0, errors: 0, slow: 0 };
                return batch;
            });
            judge.add(canary, baseline, now - started);
            if (pairing) {
                judge.addLatencies(pairs.canary, pairs.baseline);
                pairs = { canary: [], baseline: [] };
            }
            record(self, judge, started, now, sides[0]?.histogram.quantile(0.95) ?? null);
        },
        final() {
            self.verdict = judge.verdict({ final: true });
        },
        stop() {
            clearInterval(interval);
            for (const s of sides)
                s.prober.close();
        },
        report() {
            const side = (s, counts) => s
                ? {
                    ...counts,
                    errorRate: counts.requests ? counts.errors / counts.requests : null,
                    p95Ms: round(s.histogram.quantile(0.95)),
                    problems: s.problems,
                }
                : undefined;
            return {
                canary: side(sides[0], judge.canary),
                baseline: side(sides[1], judge.baseline),
                evidence: evidence(judge),
                skippedProbes: skipped,
                ...latencyReport(judge),
            };
        },
    }));
}

// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var runtime_errors = __webpack_require__(45649);
;// CONCATENATED MODULE: ./src/core/gate/buckets.ts
/**
 * Where the gate is in a provider's time series. It asks only for buckets that began after the
 * gate started (a bucket straddling the start mixes in the version before) and that ended at
 * least `settleMs` ago (vendors revise their newest buckets as late data arrives), and feeds each
 * bucket once. A bucket none of the `needed` queries has is not fed; the cursor moves past it
 * only once a later bucket has data, so data arriving late (after a while of none) is still read.
 */
class BucketCursor {
    stepMs;
    settleMs;
    /** Every bucket before this has been fed or passed over. */
    fedTo;
    /** Buckets passed over because a needed query had no value for them while later ones had. */
    gaps = 0;
    constructor(started, stepMs, settleMs) {
        this.stepMs = stepMs;
        this.settleMs = settleMs;
        this.fedTo = Math.ceil(started / stepMs) * stepMs;
    }
    /** The range to ask for at `now`, or null while no new bucket can be complete and settled. */
    range(now) {
        const to = Math.floor((now - this.settleMs) / this.stepMs) * this.stepMs;
        return to > this.fedTo ? { from: this.fedTo, to, stepMs: this.stepMs } : null;
    }
    /**
     * The buckets to feed from each query's answer (in the order asked), oldest first, and moves
     * past them. `needed` are the queries a bucket must have a value from (the totals; a count
     * query with no point in a bucket counted nothing there, and reads as 0).
     */
    take(range, answers, needed) {
        const widthMs = bucketWidth(answers, range.stepMs);
        const byAt = new Map();
        answers.forEach((series, q) => {
            for (const s of series)
                for (const { at, value } of s.samples) {
                    if (!Number.isFinite(value) || at < this.fedTo || at + widthMs > range.to)
                        continue;
                    let values = byAt.get(at);
                    if (!values)
                        byAt.set(at, (values = answers.map(() => new Map())));
                    const map = values[q];
                    const group = s.group ?? '';
                    map.set(group, (map.get(group) ?? 0) + value);
                }
        });
        const complete = [...byAt.entries()]
            .filter(([, values]) => needed.every((q) => (values[q]?.size ?? 0) > 0))
            .sort((a, b) => a[0] - b[0]);
        const last = complete.at(-1);
        if (!last)
            return [];
        const before = Math.round((last[0] - this.fedTo) / widthMs);
        this.gaps += Math.max(0, before - (complete.length - 1));
        this.fedTo = last[0] + widthMs;
        return complete.map(([at, values]) => ({ at, widthMs, values }));
    }
}
/** The width of a provider's buckets: the closest spacing of its samples (a vendor may round the step up), at least the step asked. */
function bucketWidth(answers, stepMs) {
    let width = Infinity;
    for (const series of answers)
        for (const s of series)
            for (let i = 1; i < s.samples.length; i++) {
                const gap = s.samples[i].at - s.samples[i - 1].at;
                if (gap > 0)
                    width = Math.min(width, gap);
            }
    return Number.isFinite(width) ? Math.max(width, stepMs) : stepMs;
}

// EXTERNAL MODULE: ./src/core/gate/providers/registry.ts
var registry = __webpack_require__(70483);
// EXTERNAL MODULE: ./src/core/gate/providers/types.ts
var types = __webpack_require__(23055);
// EXTERNAL MODULE: ./src/core/gate/retry.ts
var retry = __webpack_require__(55401);
;// CONCATENATED MODULE: ./src/core/gate/metric-check.ts







/** Re-exported for the tests, which shorten its waits. */

/** The provider of a metric check, loaded (an SDK only now, never to read inputs). */
async function loadProvider(check) {
    const spec = (0,registry/* providerSpec */.F)(check.provider.kind);
    if (!spec)
        throw new Error(`no metric provider of kind ${check.provider.kind}`);
    return (await spec.load())(check.provider.settings);
}
/**
 * Before traffic moves: one query of each of the check's series over the last few buckets, so a
 * refused key, a malformed query or a field path that matches nothing in a real answer fails
 * naming its input while nothing has changed yet. A vendor that is only slow, rate-limited or
 * down is left to the gate's own retries: a preflight never fails on what may pass by itself.
 */
async function preflightMetric(check, signal) {
    const client = await loadProvider(check);
    const now = Date.now();
    const range = { from: now - 5 * check.stepMs, to: now, stepMs: check.stepMs };
    for (const q of queriesOf(check)) {
        try {
            await client.query(q.text, range, signal ?? new AbortController().signal, q.side);
        }
        catch (error) {
            const refused = refusal(check, q, error);
            if (refused)
                throw refused; // a slow or rate-limited vendor is left to the gate's retries
        }
    }
}
/**
 * A metric check: every `intervalMs` it asks the provider for the buckets completed and settled
 * since the last it fed, and feeds each to the judge once: counts to a CountJudge (per group with
 * `groups: each`), or the worst value of each bucket against the threshold.
 */
function startMetric(check, started, provider, signal) {
    const m = check.measure;
    const queries = queriesOf(check);
    const needed = m.type === 'gauge' ? [0] : m.baseline ? [1, 3] : [1];
    const cursor = new BucketCursor(started, check.stepMs, check.settleMs);
    const judged = m.type === 'counts' ? new Groups(m.judge, m.baseline !== undefined, m.groups) : null;
    const values = [];
    let lastPoll = -Infinity;
    const retries = new retry/* PollRetries */.Kp(signal);
    const ask = async (q, range) => {
        const client = await provider;
        return retries.run(q.label, async () => {
            try {
                return {
                    value: await client.query(q.text, range, signal ?? new AbortController().signal, q.side),
                };
            }
            catch (caught) {
                const refused = refusal(check, q, caught);
                if (refused)
                    throw refused;
                const error = caught; // a rate limit or an outage: retried
                return { retry: error.message, waitMs: error.retryAfterMs };
            }
        }, (polls, problem) => new runtime_errors/* UserError */.yo(`${check.name}: the ${check.provider.kind} query ${q.label} '${q.text}' failed ${polls} polls in a row (${retry/* PROVIDER_RETRY */.$h.attempts} attempts each): ${problem}`));
    };
    return running(check, (self) => ({
        async tick(now) {
            if (now - lastPoll < check.intervalMs)
                return;
            lastPoll = now;
            const range = cursor.range(now);
            if (!range)
                return;
            const answers = await Promise.all(queries.map((q) => ask(q, range)));
            if (answers.some((a) => a === null))
                return; // this poll failed through its retries
            const buckets = cursor.take(range, answers, needed);
            for (const bucket of buckets) {
                if (self.verdict.state !== 'continue')
                    break;
                if (judged) {
                    judged.add(bucket, bucket.at + bucket.widthMs - started);
                    record(self, judged, started, now);
                }
                else if (m.type === 'gauge') {
                    self.verdict = gauge(m, bucket, values, queries[0]);
                    self.timeline.push(point(started, now, undefined, undefined, null));
                }
            }
        },
        final() {
            if (judged)
                self.verdict = judged.verdict({ final: true });
        },
        stop() { },
        report() {
            const base = { bucketGaps: cursor.gaps, provider: check.provider.kind };
            if (!judged)
                return { ...base, values };
            return {
                ...base,
                canary: countSide(judged.canary),
                baseline: judged.hasBaseline ? countSide(judged.baseline) : undefined,
                evidence: judged.evidence(),
                ...(judged.mode === 'each' ? { groups: judged.summary() } : {}),
            };
        },
    }));
}
/** A rejected query: an input error naming the key that holds it, with the vendor's text. */
/** The series a check asks for: the gauge's query, or errors and total (and the baseline's). */
function queriesOf(check) {
    const m = check.measure;
    return m.type === 'gauge'
        ? [m.query]
        : [m.errors, m.total, ...(m.baseline ? [m.baseline.errors, m.baseline.total] : [])];
}
/**
 * What a failed query means at once: anything but a ProviderError as it is, a refused key or
 * query as the user's error naming it; undefined for what may pass by itself (rate limits, outages).
 */
function refusal(check, q, error) {
    if (!(error instanceof types/* ProviderError */.m))
        return error;
    if (error.failure === 'auth')
        return new runtime_errors/* UserError */.yo(`${check.name}: ${error.message}`);
    if (error.failure === 'query')
        return queryError(check, q, error.message);
    return undefined;
}
function queryError(check, q, message) {
    const scoped = /^([a-z-]+)\[\d+\]\./.exec(q.label);
    const problem = `'${q.text}' was refused by ${check.provider.kind}: ${message}`;
    return scoped
        ? new runtime_errors/* ConfigError */.xL(scoped[1], `${q.label} ${problem}`)
        : new runtime_errors/* ConfigError */.xL(q.label, problem);
}
/** One bucket's worst value (over its groups) against the threshold. */
function gauge(m, bucket, values, q) {
    const high = m.operator.startsWith('<');
    let worst;
    for (const entry of bucket.values[0] ?? new Map())
        if (!worst || (high ? entry[1] > worst[1] : entry[1] < worst[1]))
            worst = entry;
    if (!worst)
        return { state: 'continue' };
    const [group, value] = worst;
    values.push(value);
    const where = group ? ` for ${group}` : '';
    if (!holds(m.operator, value, m.threshold))
        return {
            state: 'fail',
            reason: `${q.text} = ${value}${where} in the bucket at ${new Date(bucket.at).toISOString()}, which breaks ${m.operator} ${m.threshold}`,
        };
    if (values.length >= m.minBuckets)
        return {
            state: 'pass',
            reason: `${q.text} held ${m.operator} ${m.threshold} over ${values.length} buckets (worst last ${value}${where})`,
        };
    return { state: 'continue' };
}
/**
 * Count judges: one over the sum of every group, or one per group (canary group g against the
 * baseline's group g, or against an ungrouped baseline). With `each`, α is split equally between
 * the groups of the first bucket with data; a group seen only later is reported, not judged (its
 * share of α was never set aside).
 */
class Groups {
    settings;
    hasBaseline;
    mode;
    judges = new Map();
    late = new Set();
    canary = { requests: 0, errors: 0, slow: 0 };
    baseline = { requests: 0, errors: 0, slow: 0 };
    share = 1;
    constructor(settings, hasBaseline, mode) {
        this.settings = settings;
        this.hasBaseline = hasBaseline;
        this.mode = mode;
    }
    add(bucket, atMs) {
        const [errors, total, baseErrors, baseTotal] = bucket.values;
        const sum = (map) => [...(map ?? new Map()).values()].reduce((a, b) => a + b, 0);
        const counts = (e, t, label) => {
            const c = { errors: Math.round(e), requests: Math.round(t), slow: 0 };
            if (c.errors > c.requests)
                throw new runtime_errors/* UserError */.yo(`${label}: the error query counted more than the total query in one bucket (${c.errors} > ${c.requests}): check that error-query counts a subset of total-query`);
            return c;
        };
        const entries = [];
        if (this.mode === 'sum') {
            entries.push([
                '',
                counts(sum(errors), sum(total), 'the canary'),
                this.hasBaseline ? counts(sum(baseErrors), sum(baseTotal), 'the baseline') : undefined,
            ]);
        }
        else {
            if (this.judges.size === 0)
                this.share = Math.max(1, total?.size ?? 1);
            const ungrouped = baseTotal && baseTotal.size === 1 && baseTotal.has('');
            for (const [group, t] of total ?? []) {
                const b = this.hasBaseline
                    ? ungrouped
                        ? counts(sum(baseErrors), sum(baseTotal), 'the baseline')
                        : baseTotal?.has(group)
                            ? counts(baseErrors?.get(group) ?? 0, baseTotal.get(group), group)
                            : undefined
                    : undefined;
                if (this.hasBaseline && !b)
                    continue; // no baseline for this group in this bucket
                entries.push([group, counts(errors?.get(group) ?? 0, t, group), b]);
            }
        }
        for (const [group, c, b] of entries) {
            addTo(this.canary, c);
            if (b)
                addTo(this.baseline, b);
            let judge = this.judges.get(group);
            if (!judge) {
                if (this.judges.size >= this.share) {
                    this.late.add(group);
                    continue;
                }
                judge = new CountJudge({ ...this.settings, alpha: this.settings.alpha / this.share }, this.hasBaseline);
                this.judges.set(group, judge);
            }
            judge.add(c, b, atMs);
        }
    }
    verdict(options = {}) {
        const all = [...this.judges.entries()].map(([g, j]) => [g, j.verdict(options)]);
        if (all.length === 0)
            return { state: 'continue' };
        const named = (g, reason) => (g ? `${g}: ${reason}` : reason);
        const fail = all.find(([, v]) => v.state === 'fail');
        if (fail)
            return { state: 'fail', reason: named(fail[0], fail[1].reason) };
        if (all.every(([, v]) => v.state === 'pass'))
            return {
                state: 'pass',
                reason: all.map(([g, v]) => named(g, v.reason)).join('; '),
            };
        return { state: 'continue' };
    }
    evidence() {
        return this.judges.size ? evidence(this.worst()[1]) : undefined;
    }
    /** The group whose canary looks worst (highest error rate), for the report. */
    worst() {
        const rate = (j) => (j.canary.requests ? j.canary.errors / j.canary.requests : 0);
        return [...this.judges.entries()].reduce((a, b) => (rate(b[1]) > rate(a[1]) ? b : a));
    }
    summary() {
        const worst = this.judges.size ? this.worst()[0] : undefined;
        return [
            ...[...this.judges.entries()].map(([group, j]) => {
                const v = j.verdict();
                return {
                    group,
                    result: v.state === 'continue' ? 'inconclusive' : v.state,
                    errors: j.canary.errors,
                    requests: j.canary.requests,
                    worst: group === worst,
                };
            }),
            ...[...this.late].map((group) => ({
                group,
                result: 'not judged',
                errors: 0,
                requests: 0,
                worst: false,
            })),
        ];
    }
}
function addTo(into, from) {
    into.requests += from.requests;
    into.errors += from.errors;
}

;// CONCATENATED MODULE: ./src/core/gate/binned.ts


/** Most labels per side one poll is scored on: a larger poll is subsampled at random (never by value). */
const MAX_PER_POLL = 20_000;
/** Bucket bounds this close (relative) are the same bound: Prometheus prints them as decimals. */
const SAME = 1e-9;
/**
 * Canary latency against baseline latency from histogram buckets (Prometheus `_bucket` counters),
 * anytime-valid, with no quantile estimated: the same bets as the probes' test (latency.ts) on
 * scores that stay valid when all that is known of a request is its bucket.
 *
 * Each poll brings, for both sides, how many requests ended in each bucket since the last poll.
 * They are expanded into bucket labels, put in a random order (a seeded shuffle: never by value)
 * and cut into units of one canary label with its own baseline labels, as the probes' test does.
 *
 * Ties need care: a pair in overlapping buckets is not known either way, and counting every such
 * pair ½ is not valid (on bounds that do not scale onto each other it can favour one side at a
 * shift of exactly r). What is valid is a tie against one bucket per baseline bucket: r × a
 * baseline latency in bucket j lies at most in bucket M(j), the bucket of r × j's upper bound.
 * Score the canary's bucket i against M(j) (1 above, ½ equal, 0 below): if the canary is at most
 * r times slower, i is stochastically at most the bucket of r × an independent baseline request,
 * which is at most M of that request's bucket, and M(J') against M(J) for two independent
 * baseline requests is ½ by symmetry: the score's expectation is at most ½ whatever the
 * distribution. The pass side mirrors it against m(j), the bucket where r × j begins. At 1× on a
 * shared layout M(j) = m(j) = j (ties are the same bucket: nothing is lost); at r = 1 + tolerance
 * the pass needs buckets about as narrow as the tolerance where the latencies are (the report
 * says when they are not), or it stays inconclusive.
 */
class BinnedShift extends ShiftBets {
    random = mulberry32(0x5eed1a7e);
    tables = new Map();
    /** Requests per bucket upper bound in ms (Infinity: above the last bound), all polls together. */
    canaryTotals = new Map();
    baselineTotals = new Map();
    /** One poll: canary and baseline counts per bucket, on the same bounds. */
    addBins(canary, baseline) {
        if (canary.edges.join() !== baseline.edges.join())
            throw new Error('canary and baseline buckets must share their bounds');
        const edges = canary.edges;
        const bounds = [...edges, Infinity];
        bounds.forEach((b, k) => {
            binned_addTo(this.canaryTotals, b, canary.counts[k] ?? 0);
            binned_addTo(this.baselineTotals, b, baseline.counts[k] ?? 0);
        });
        const cs = this.labels(canary.counts);
        const bs = this.labels(baseline.counts);
        const units = Math.min(cs.length, bs.length);
        if (units === 0)
            return;
        const t = this.table(edges);
        const k = bounds.length;
        const up = new Float64Array(this.ratios.length);
        const down = new Float64Array(this.ratios.length);
        for (let i = 0; i < units; i++) {
            up.fill(0);
            down.fill(0);
            let pairs = 0;
            for (let a = i; a < cs.length; a += units)
                for (let b = i; b < bs.length; b += units) {
                    const cell = cs[a] * k + bs[b];
                    for (let r = 0; r < this.ratios.length; r++) {
                        up[r] = up[r] + t.up[r][cell];
                        down[r] = down[r] + t.down[r][cell];
                    }
                    pairs += 1;
                }
            for (let r = 0; r < this.ratios.length; r++) {
                up[r] = up[r] / pairs;
                down[r] = down[r] / pairs;
            }
            this.betUnit(up, down);
        }
    }
    /** Bucket indexes, one per request, in a random order (at most MAX_PER_POLL of them). */
    labels(counts) {
        const n = counts.reduce((s, c) => s + c, 0);
        const all = new Uint16Array(n);
        let at = 0;
        counts.forEach((c, k) => {
            all.fill(k, at, at + c);
            at += c;
        });
        // A Fisher–Yates shuffle of the first m places is a uniform random sample, in random order.
        const m = Math.min(n, MAX_PER_POLL);
        for (let i = 0; i < m; i++) {
            const j = i + Math.floor(this.random() * (n - i));
            const v = all[i];
            all[i] = all[j];
            all[j] = v;
        }
        return all.subarray(0, m);
    }
    /** The score of each (canary bucket, baseline bucket) pair at each ratio, per layout. */
    table(edges) {
        const key = edges.join();
        let made = this.tables.get(key);
        if (!made) {
            const scores = this.ratios.map((r) => bucketScores(edges, r));
            made = { up: scores.map((s) => s.up), down: scores.map((s) => s.down) };
            this.tables.set(key, made);
        }
        return made;
    }
    /** A side's quantile in ms from its buckets so far (null before any request). */
    quantile(side, q) {
        return bucketQuantile(side === 'canary' ? this.canaryTotals : this.baselineTotals, q);
    }
    medians() {
        const c = bucketQuantile(this.canaryTotals, 0.5);
        const b = bucketQuantile(this.baselineTotals, 0.5);
        return { canaryMs: c, baselineMs: b, shift: c !== null && b ? c / b - 1 : null };
    }
    rows() {
        const rows = (m) => [...m.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([edge, n]) => [edge === Infinity ? null : Math.round(edge * 10) / 10, n]);
        return { canary: rows(this.canaryTotals), baseline: rows(this.baselineTotals) };
    }
    /** The width of the baseline's median bucket, when it is too wide to show a shift under the tolerance. */
    note() {
        const median = bucketQuantile(this.baselineTotals, 0.5);
        if (median === null)
            return '';
        const bounds = [...this.baselineTotals.keys()].sort((a, b) => a - b);
        const top = bounds.find((b) => b >= median);
        const below = bounds.filter((b) => b < (top ?? Infinity)).at(-1) ?? 0;
        if (top === undefined || top === Infinity || below === 0)
            return '';
        const width = top / below - 1;
        if (width <= this.tolerance)
            return '';
        return `the baseline's median bucket (${fmt(below)}–${fmt(top)} ms) is ${Math.round(width * 100)}% wide: buckets narrower than the ${Math.round(this.tolerance * 100)}% tolerance are needed there to show a canary within it`;
    }
}
/**
 * Each pair's score at ratio r on a layout (finite bounds in ms; K = bounds + 1 buckets), indexed
 * canary bucket × K + baseline bucket. For a baseline request in bucket j, r × its latency lies in
 * r × bucket j, which starts in bucket m(j) and ends in bucket M(j) (the same bucket when the
 * layout scales onto itself at r, as any layout does at 1). `up` (canary slower than r ×) is the
 * canary's bucket against M(j): 1 above it, ½ in it, 0 below; `down` (canary faster) against m(j).
 */
function bucketScores(edges, r) {
    const hi = [...edges, Infinity];
    const k = hi.length;
    // The bucket holding v (on a bound within SAME: that bound's bucket), and the one just above v.
    const holding = (v) => hi.findIndex((h) => v <= h * (1 + SAME));
    const above = (v) => hi.findIndex((h) => h > v * (1 + SAME));
    const half = (i, at) => (i > at ? 1 : i === at ? 0.5 : 0);
    const up = new Float64Array(k * k);
    const down = new Float64Array(k * k);
    for (let b = 0; b < k; b++) {
        const top = holding(r * hi[b]); // M(j): r × ∞ is in the last bucket
        const bottom = b === 0 ? 0 : above(r * hi[b - 1]); // m(j)
        for (let c = 0; c < k; c++) {
            up[c * k + b] = half(c, top === -1 ? k - 1 : top);
            down[c * k + b] = half(c, bottom === -1 ? k - 1 : bottom);
        }
    }
    return { up, down };
}
/**
 * A bucket layout's counts from two polls of cumulative `_bucket` counters (by upper bound in ms,
 * Infinity for +Inf): the bounds both sides have at both polls, and the count in each bucket
 * since the last poll. Null when any counter went down (a reset inside a sum: the poll is skipped).
 */
function binsBetween(canary, baseline) {
    const maps = [canary.last, canary.now, baseline.last, baseline.now];
    const shared = [...canary.now.keys()]
        .filter((b) => maps.every((m) => m.has(b)))
        .sort((a, b) => a - b);
    if (!shared.includes(Infinity))
        return null;
    const side = (s) => {
        const grown = shared.map((b) => s.now.get(b) - s.last.get(b));
        if (grown.some((g) => g < 0))
            return null;
        // Cumulative: the count in (previous bound, b] is the difference of neighbouring counters;
        // a bucket that went down against the one below (a bucket read mid-scrape) counts 0.
        const counts = grown.map((g, k) => Math.max(0, Math.round(g - (k ? grown[k - 1] : 0))));
        return { edges: shared.filter((b) => b !== Infinity), counts };
    };
    const c = side(canary);
    const b = side(baseline);
    return c && b ? { canary: c, baseline: b } : null;
}
/** A quantile from counts per bucket upper bound, linear within its bucket (as histogram_quantile does). */
function bucketQuantile(totals, q) {
    const bounds = [...totals.keys()].sort((a, b) => a - b);
    const n = bounds.reduce((s, b) => s + totals.get(b), 0);
    if (!n)
        return null;
    const target = q * n;
    let seen = 0;
    let lower = 0;
    for (const b of bounds) {
        const here = totals.get(b);
        if (here > 0 && seen + here >= target)
            return b === Infinity ? lower : lower + ((b - lower) * (target - seen)) / here;
        seen += here;
        lower = b;
    }
    return lower;
}
function binned_addTo(m, key, n) {
    m.set(key, (m.get(key) ?? 0) + n);
}
function fmt(ms) {
    return ms >= 10 ? String(Math.round(ms)) : String(+ms.toPrecision(2));
}

// EXTERNAL MODULE: ./src/core/gate/prometheus.ts
var prometheus = __webpack_require__(31815);
;// CONCATENATED MODULE: ./src/core/gate/prometheus-check.ts




/**
 * Polls cumulative error and request counters; each increase is a batch for the judge. With
 * latency-query and baseline-latency-query, the histograms' bucket counters too: each poll's
 * increase per bucket, canary against baseline, feeds the latency shift test (binned.ts).
 */
function startPrometheus(check, started, signal) {
    let shift;
    const judge = new CountJudge(check.judge, check.baselineErrorQuery !== undefined, (t) => (shift = new BinnedShift(t)));
    const client = new prometheus/* PrometheusClient */.S(check.prometheus.url, check.prometheus.headers, signal);
    const histograms = shift && check.latencyQuery && check.baselineLatencyQuery
        ? [check.latencyQuery, check.baselineLatencyQuery]
        : [];
    let lastBuckets;
    const queries = [
        check.errorQuery,
        check.totalQuery,
        check.baselineErrorQuery,
        check.baselineTotalQuery,
    ].filter((q) => q !== undefined);
    let last;
    let resets = 0;
    return running(check, (self) => ({
        tick: pollEvery(check.intervalMs, async (now) => {
            const [values, buckets] = await Promise.all([
                Promise.all(queries.map((q) => client.scalar(q))),
                Promise.all(histograms.map((q) => client.buckets(q))),
            ]);
            if (values.some((v) => v === null) || buckets.some((b) => b === null))
                return; // no data yet
            const current = values;
            const currentBuckets = buckets;
            const delta = last ? counterDeltas(last, current) : null;
            const bins = lastBuckets && currentBuckets.length === 2
                ? binsBetween({ last: lastBuckets[0], now: currentBuckets[0] }, { last: lastBuckets[1], now: currentBuckets[1] })
                : undefined;
            // A reset in any counter skips the poll for all of them, latency buckets included.
            if (last && (delta === null || bins === null))
                resets += 1;
            if (delta && bins !== null) {
                const canary = { errors: Math.round(delta[0]), requests: Math.round(delta[1]), slow: 0 };
                const baseline = queries.length === 4
                    ? { errors: Math.round(delta[2]), requests: Math.round(delta[3]), slow: 0 }
                    : undefined;
                if (canary.errors > canary.requests || (baseline && baseline.errors > baseline.requests)) {
                    throw new Error(`${check.name}: the error query grew faster than the total query (${canary.errors} > ${canary.requests}): check that error-query counts a subset of total-query`);
                }
                judge.add(canary, baseline, now - started);
                if (shift && bins)
                    shift.addBins(bins.canary, bins.baseline);
                record(self, judge, started, now, shift ? round(shift.quantile('canary', 0.95)) : null);
            }
            last = current;
            lastBuckets = currentBuckets;
        }),
        final() {
            self.verdict = judge.verdict({ final: true });
        },
        stop() { },
        report() {
            return {
                canary: countSide(judge.canary),
                baseline: queries.length === 4 ? countSide(judge.baseline) : undefined,
                evidence: evidence(judge),
                counterResets: resets,
                ...latencyReport(judge),
            };
        },
    }));
}
/** Polls one value and holds it against the threshold: fails at once, passes after minPolls. */
function startThreshold(check, started, signal) {
    const client = new prometheus/* PrometheusClient */.S(check.prometheus.url, check.prometheus.headers, signal);
    const values = [];
    return running(check, (self) => ({
        tick: pollEvery(check.intervalMs, async (now) => {
            const value = await client.scalar(check.query, check.rangeMs
                ? { ms: check.rangeMs, worst: check.operator.startsWith('<') ? 'max' : 'min' }
                : undefined);
            if (value === null)
                return;
            values.push(value);
            self.timeline.push(point(started, now, undefined, undefined, null));
            const what = check.rangeMs
                ? `${check.query} reached ${value} within the last ${Math.round(check.rangeMs / 1000)}s`
                : `${check.query} = ${value}`;
            if (!holds(check.operator, value, check.threshold))
                self.verdict = {
                    state: 'fail',
                    reason: `${what}, which breaks ${check.operator} ${check.threshold}`,
                };
            else if (values.length >= check.minPolls)
                self.verdict = {
                    state: 'pass',
                    reason: `${check.query} held ${check.operator} ${check.threshold} over ${values.length} polls (last ${value})`,
                };
        }),
        stop() { },
        report: () => ({ values }),
    }));
}
/** `poll` once `intervalMs` has passed since it last ran: Prometheus is polled at its own pace, not every tick. */
function pollEvery(intervalMs, poll) {
    let last = 0;
    return (now) => {
        if (now - last < intervalMs)
            return;
        last = now;
        return poll(now);
    };
}
/**
 * Increases of cumulative counters between two polls, or null when any of them went down: a
 * counter reset (a pod restarted) inside an aggregated sum() hides how much it grew, so the
 * interval is skipped for every query alike (counting the whole current value would be one huge
 * false batch; counting only some queries would pair errors with the wrong requests).
 */
function counterDeltas(last, current) {
    const delta = current.map((v, i) => v - last[i]);
    return delta.some((d) => d < 0) ? null : delta;
}

;// CONCATENATED MODULE: ./src/core/gate/run.ts






/**
 * Runs every check until all pass, any fails, the duration runs out, or `signal` aborts.
 * Each check is judged by its own sequential tests; the gate fails as soon as one check fails.
 */
async function runGate(config, options = {}) {
    const started = Date.now();
    const running = config.checks.map((check) => startCheck(check, started, options.signal));
    let result = 'inconclusive';
    let reason;
    try {
        for (;;) {
            await (0,time/* sleep */.y)(config.tickMs, options.signal);
            const now = Date.now();
            await Promise.all(running.map((r) => (r.verdict.state === 'continue' ? r.tick(now) : undefined)));
            const timeUp = now - started >= config.durationMs;
            // Time is up: a last look with what may only be said at the end (a check with no errors at all).
            if (timeUp)
                for (const r of running)
                    if (r.verdict.state === 'continue')
                        r.final?.();
            for (const r of running)
                if (r.verdict.state !== 'continue' && r.decidedAt === null)
                    r.decidedAt = now;
            options.onTick?.(now - started, running.map((r) => r.verdict));
            const failed = running.find((r) => r.verdict.state === 'fail');
            if (failed) {
                result = 'fail';
                reason = `${failed.config.name}: ${failed.verdict.reason}`;
                break;
            }
            if (running.every((r) => r.verdict.state === 'pass')) {
                result = 'pass';
                reason = running
                    .map((r) => `${r.config.name}: ${r.verdict.reason}`)
                    .join('; ');
                break;
            }
            if (options.signal?.aborted) {
                reason = 'stopped before a decision';
                break;
            }
            if (timeUp) {
                const open = running
                    .filter((r) => r.verdict.state === 'continue')
                    .map((r) => r.config.name);
                reason = `no decision within ${Math.round(config.durationMs / 1000)}s for ${open.join(', ')}: not enough evidence either way`;
                break;
            }
        }
    }
    finally {
        for (const r of running)
            r.stop();
    }
    const decidedAfterS = (Date.now() - started) / 1000;
    const checks = running.map((r) => {
        const state = r.verdict.state;
        return {
            name: r.config.name,
            kind: r.config.kind,
            result: state === 'continue' ? 'inconclusive' : state,
            reason: state === 'continue' ? 'no decision' : r.verdict.reason,
            decidedAfterS: r.decidedAt === null ? null : (r.decidedAt - started) / 1000,
            timeline: r.timeline,
            ...r.report(),
        };
    });
    const first = checks.find((c) => c.canary);
    const perCheck = Object.fromEntries(config.checks.flatMap((c) => {
        const judge = (0,gate_config/* judgeOf */.P)(c);
        return judge ? [[c.name, judge.alpha]] : [];
    }));
    const gateAlpha = Object.values(perCheck).reduce((a, b) => a + b, 0);
    return {
        result,
        ...(Object.keys(perCheck).length
            ? {
                alpha: {
                    gate: config.alpha ?? gateAlpha,
                    perCheck,
                    covers: coverage(gateAlpha, Object.keys(perCheck).length, config.failSteps),
                },
            }
            : {}),
        reason,
        decidedAfterS,
        samples: checks.reduce((sum, c) => sum + (c.canary?.requests ?? c.values?.length ?? 0), 0),
        errorRate: first?.canary?.errorRate ?? null,
        p95Ms: first?.canary?.p95Ms ?? null,
        checks,
    };
}
/**
 * What can be checked before traffic moves: each metric check's queries are asked once (keys,
 * queries, field paths against a real answer). canary-step runs it before its first write.
 */
async function preflightGate(config, signal) {
    await Promise.all(config.checks.map((c) => (c.kind === 'metric' ? preflightMetric(c, signal) : undefined)));
}
/** What α promises for this gate run, in words, for the job summary. */
function coverage(alpha, checks, steps = 1) {
    const a = +alpha.toPrecision(3);
    const split = checks > 1 ? ` (split between ${checks} checks)` : '';
    if (steps > 1)
        return `α ${a} covers the rollout: this gate is one of its ${steps} analysed steps and fails a healthy target with chance at most ${+(alpha / steps).toPrecision(3)} here (α split over the steps), so the whole rollout raises a false alarm with chance at most ${a}; the chance it passes one worse than its limits is at most ${a}, however often it looked${split}.`;
    return `α ${a} covers this gate run: the chance it fails a healthy target, and separately the chance it passes one worse than its limits, is at most ${a}, however often it looked${split}. A rollout that runs a gate per canary step takes that chance at every step.`;
}
/** A check started, whatever its kind (the gate's loop, and the provider contract's tests). */
function startCheck(check, started, signal) {
    if (check.kind === 'http')
        return startHttp(check, started);
    if (check.kind === 'metric') {
        const provider = loadProvider(check);
        provider.catch(() => { }); // awaited by the first poll, which reports the failure
        return startMetric(check, started, provider, signal);
    }
    if (check.kind === 'prometheus')
        return startPrometheus(check, started, signal);
    return startThreshold(check, started, signal);
}



/***/ }),

/***/ 28428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   a4: () => (/* binding */ mermaid),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export cell */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);

/** Escapes a value for a Markdown table cell. */
function cell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
/** A Markdown table: GitHub renders it in the job summary, and it stays readable as text. */
function table(header, rows) {
    const lines = [
        `| ${header.map(cell).join(' | ')} |`,
        `| ${header.map(() => '---').join(' | ')} |`,
    ];
    for (const row of rows)
        lines.push(`| ${row.map(cell).join(' | ')} |`);
    return `${lines.join('\n')}\n`;
}
/** A Mermaid block, which GitHub renders as a chart. */
function mermaid(source) {
    return `\n\`\`\`mermaid\n${source.trim()}\n\`\`\`\n`;
}
/** Appends Markdown to the job summary; a runner without GITHUB_STEP_SUMMARY just skips it. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    (0,_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)(markdown);
}


/***/ })

};
;