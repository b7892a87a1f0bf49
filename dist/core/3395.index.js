"use strict";
exports.id = 3395;
exports.ids = [3395];
exports.modules = {

/***/ 77613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runExperiment: () => (/* binding */ runExperiment),
  verdictSentence: () => (/* binding */ verdictSentence)
});

// EXTERNAL MODULE: ./src/core/runtime/commands.ts
var commands = __webpack_require__(82072);
// EXTERNAL MODULE: ./src/core/runtime/time.ts
var time = __webpack_require__(41691);
// EXTERNAL MODULE: ./src/core/runtime/errors.ts
var errors = __webpack_require__(45649);
// EXTERNAL MODULE: ./src/core/experiment/analysis.ts
var experiment_analysis = __webpack_require__(24649);
// EXTERNAL MODULE: ./src/core/gate/prometheus.ts
var prometheus = __webpack_require__(31815);
// EXTERNAL MODULE: ./src/core/experiment/sequential.ts
var sequential = __webpack_require__(51468);
;// CONCATENATED MODULE: ./src/core/experiment/counters.ts



const NUMBER = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
/** Parses one answer; `where` names the input in messages. */
function parseCounters(body, where, metric) {
    const o = (body && typeof body === 'object' ? body : {});
    const value = o.value ?? o.conversions;
    const fail = (what) => {
        throw new errors/* UserError */.yo(`The counters at ${where} ${what}: answer JSON like {"users": 812, "visits": 4471, "value": 230, "visitsSq": 32101, "valueSq": 410, "visitsValue": 1733} (see docs/actions/canary-step.md)`);
    };
    if (!NUMBER(o.visits) || !NUMBER(value))
        return fail('have no numeric visits and value');
    const visits = o.visits;
    const v = value;
    if (metric === 'conversion' && v > visits)
        fail(`count more conversions (${v}) than visits (${visits})`);
    if (o.users === undefined) {
        if (metric === 'mean')
            fail('have no users and per-user sums, which a mean per visit needs for its variance');
        return { totals: (0,sequential/* perTrialTotals */.ji)(visits, v), perUser: false };
    }
    for (const k of ['users', 'visitsSq', 'valueSq', 'visitsValue'])
        if (!NUMBER(o[k]))
            fail(`have users but no numeric ${k}`);
    return {
        totals: {
            units: o.users,
            trials: visits,
            value: v,
            trialsSq: o.visitsSq,
            valueSq: o.valueSq,
            cross: o.visitsValue,
        },
        perUser: true,
    };
}
/** Reads a variant's counters from its URL (5 s timeout). */
async function fetchCounters(url, input, metric, signal) {
    let response;
    try {
        response = await fetch(url, {
            headers: { accept: 'application/json' },
            signal: signal
                ? AbortSignal.any([signal, AbortSignal.timeout(5000)])
                : AbortSignal.timeout(5000),
        });
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The counters at ${input} did not answer (${error.cause?.code ?? error.message})`);
    }
    if (!response.ok)
        throw new errors/* UserError */.yo(`The counters at ${input} answered HTTP ${response.status}`);
    let body;
    try {
        body = await response.json();
    }
    catch {
        throw new errors/* UserError */.yo(`The counters at ${input} are not JSON`);
    }
    return parseCounters(body, input, metric);
}
/** The six per-variant sums, in the names the HTTP JSON and the Prometheus template use. */
const COUNTER_FIELDS = [
    'users',
    'visits',
    'value',
    'visitsSq',
    'valueSq',
    'visitsValue',
];
/**
 * A variant's counters from Prometheus: `template` is PromQL with `$variant` (a or b: a label
 * value, or part of a metric name for a query per variant) and `$field` (each of
 * COUNTER_FIELDS), e.g. `sum(checkout_experiment_$field{variant="$variant"})`. `scalar` runs one
 * instant query (null: no data). Null while the variant has no visits yet; without a users
 * series, visits and value only (every visit its own unit).
 */
async function queryCounters(scalar, template, variant, metric) {
    const fill = (field) => template.split('$variant').join(variant).split('$field').join(field);
    const values = await Promise.all(COUNTER_FIELDS.map((field) => scalar(fill(field))));
    const body = {};
    COUNTER_FIELDS.forEach((field, i) => {
        const v = values[i];
        if (v !== null && v !== undefined)
            body[field] = v;
    });
    if (body.visits === undefined)
        return null;
    if (body.users === undefined)
        for (const field of ['visitsSq', 'valueSq', 'visitsValue'])
            delete body[field];
    return parseCounters(body, `metric-query (variant ${variant})`, metric);
}
/**
 * The reader of one look's snapshot: A and B measured over the same interval. Over HTTP both
 * requests leave together (neither waits for the other's answer); from Prometheus all twelve
 * instant queries of a look are evaluated at the same `time`, so the six sums of a variant (and
 * the two variants) come from one instant even when the queries are answered at different
 * moments. `prometheus-headers` (masked) go with every query.
 */
function snapshotReader(source, metric, signal) {
    if (source.kind === 'http')
        return async () => {
            const [a, b] = await Promise.all([
                fetchCounters(source.a, 'metric-a-url', metric, signal),
                fetchCounters(source.b, 'metric-b-url', metric, signal),
            ]);
            return { a, b };
        };
    const client = new prometheus/* PrometheusClient */.S(new URL(source.url), source.headers, signal);
    return async () => {
        const at = Date.now() / 1000;
        const scalar = (query) => client.scalar(query, undefined, at);
        const [a, b] = await Promise.all([
            queryCounters(scalar, source.template, 'a', metric),
            queryCounters(scalar, source.template, 'b', metric),
        ]);
        return { a, b };
    };
}

// EXTERNAL MODULE: ./src/core/gate/run.ts + 10 modules
var run = __webpack_require__(16388);
// EXTERNAL MODULE: ./src/actions/canary-step/shared.ts
var shared = __webpack_require__(70336);
;// CONCATENATED MODULE: ./src/actions/canary-step/experiment.ts




/** Consecutive failed counter reads tolerated before the experiment stops (traffic back on A). */
const READ_FAILURES = 3;
/**
 * Holds B beside A at a fixed sticky split, reads both variants' counters every look and stops at
 * the first decision of the anytime-valid test, or at the horizon (winner none). The guardrails
 * (the canary checks) run beside it for the whole horizon: a fail puts all traffic back on A at
 * once. Any error or a cancel does the same before anything else.
 */
async function runExperiment(settings, deps) {
    const started = Date.now();
    const elapsed = () => (Date.now() - started) / 1000;
    const { provider, record } = await (0,shared/* beforeAnyWrite */.tN)(settings, deps);
    const result = {
        decision: 'held',
        winner: 'none',
        finalWeight: 0,
        failedStep: '',
        reason: '',
        reading: null,
        decidedAfterS: null,
        perUser: true,
        history: [],
        deploymentId: record?.id,
        provider: provider.describe(),
        seconds: 0,
    };
    const status = (0,shared/* recordStatus */.Ms)(record, deps);
    const persist = (0,shared/* trafficHandoff */.Uh)(settings, record, () => ({ provider: settings.provider }));
    const shift = async (weight) => {
        await provider.setWeight(weight);
        result.finalWeight = weight;
        commands/* info */.pq(`Traffic: ${weight}% of users to B (${provider.describe()})`);
    };
    const stopGuard = new AbortController();
    const onCancel = () => stopGuard.abort();
    deps.signal.addEventListener('abort', onCancel, { once: true });
    let guard;
    const never = new Promise(() => undefined);
    let gateRun;
    let guardDone = never;
    persist(true);
    try {
        await shift(settings.split);
        await status('in_progress', `experiment: ${settings.split}% of users on B`);
        if (settings.gate.checks.length)
            guardDone = gateRun = (0,run/* runGate */.Rg)(settings.gate, { signal: stopGuard.signal }).then((report) => {
                guard = report;
            });
        const analysis = new experiment_analysis/* ExperimentAnalysis */.I(settings.analysis);
        const read = snapshotReader(settings.source, settings.metric, deps.signal);
        let failures = 0;
        for (;;) {
            const wait = Math.min(settings.lookMs, Math.max(0, settings.horizonMs - elapsed() * 1000));
            await Promise.race([(0,time/* sleep */.y)(wait, deps.signal), guardDone]);
            if (deps.signal.aborted)
                throw new shared/* Cancelled */.cJ();
            if (guard?.result === 'fail')
                break;
            // A guardrail that passed (or ran out) has said what it can: stop racing it.
            if (guard)
                guardDone = never;
            let counters;
            try {
                counters = await read();
                failures = 0;
            }
            catch (error) {
                failures += 1;
                if (failures >= READ_FAILURES)
                    throw error;
                commands/* warning */.$e(`${error.message}; trying again at the next look`);
                continue;
            }
            const { a, b } = counters;
            if (!a || !b) {
                if (elapsed() * 1000 >= settings.horizonMs)
                    break;
                continue;
            }
            result.perUser = a.perUser && b.perUser;
            const verdict = analysis.update(a.totals, b.totals);
            if (verdict.reading) {
                result.reading = verdict.reading;
                const r = verdict.reading;
                result.history.push({ t: elapsed(), lift: r.lift, lower: r.lower, upper: r.upper });
            }
            if (verdict.state === 'decided') {
                result.winner = verdict.winner;
                result.decidedAfterS = elapsed();
                break;
            }
            if (elapsed() * 1000 >= settings.horizonMs)
                break;
        }
        stopGuard.abort();
        await gateRun?.catch(() => undefined);
        if (guard)
            result.guardrails = { ...(0,shared/* glance */.vD)(guard), reason: guard.reason };
        if (guard?.result === 'fail') {
            await shift(0);
            result.decision = 'aborted';
            result.failedStep = 'guardrails';
            result.reason = `a guardrail failed: ${guard.reason}; all traffic is back on A`;
            await status('failure', `experiment stopped by a guardrail: ${guard.reason}`);
        }
        else
            await conclude(settings, result, shift, status);
        persist(false);
        return finish(result, started);
    }
    catch (error) {
        stopGuard.abort();
        await shift(0).catch((e) => commands/* error */.z3(`Could not put all traffic back on A: ${e.message}. Put it back by hand (provider: ${provider.describe()})`));
        const message = error instanceof shared/* Cancelled */.cJ
            ? 'cancelled: all traffic is back on A'
            : `error: ${error.message}`;
        await status('failure', `experiment aborted: ${message}`).catch(() => undefined);
        persist(false);
        throw error instanceof shared/* Cancelled */.cJ
            ? new errors/* UserError */.yo('canary-step was cancelled: all traffic is back on A and the deployment is marked failure')
            : error;
    }
    finally {
        deps.signal.removeEventListener('abort', onCancel);
    }
}
/** The end without a guardrail fail: promote (B to 100, or back to A), or hold the split. */
async function conclude(settings, result, shift, status) {
    const verdict = verdictSentence(settings, result);
    result.reason = verdict;
    if (settings.onWinner === 'hold') {
        result.decision = 'held';
        await status('in_progress', `experiment ended, winner ${result.winner}; holding ${settings.split}% on B`);
        return;
    }
    if (result.winner === 'b') {
        await shift(100);
        result.decision = 'promoted';
        await status('success', `experiment: B won and was promoted to 100%`);
    }
    else {
        await shift(0);
        result.decision = 'reverted';
        await status('failure', result.winner === 'a'
            ? 'experiment: A won; all traffic is back on A'
            : 'experiment: no winner by the horizon; all traffic is back on A');
    }
}
const pct = (x) => `${(x * 100).toFixed(1)}%`;
/** One sentence: "B converts 4.1% better, 95% interval 1.2% to 7.0%; decided after 3,912 users per variant." */
function verdictSentence(settings, result) {
    const r = result.reading;
    const level = `${Math.round((1 - settings.analysis.alpha) * 1000) / 10}%`;
    const verb = settings.metric === 'conversion' ? 'converts' : 'earns';
    if (!r)
        return 'No verdict: the counters never gave both variants data to compare.';
    const interval = `${level} interval ${pct(r.lower)} to ${pct(r.upper)}`;
    const users = Math.min(r.units.a, r.units.b).toLocaleString('en-US');
    if (result.winner === 'none')
        return `No winner by the horizon: B ${verb} ${pct(Math.abs(r.lift))} ${r.lift >= 0 ? 'better' : 'worse'} so far, ${interval}, after ${users} users per variant.`;
    const better = result.winner === 'b';
    return `${better ? 'B' : 'A'} wins: B ${verb} ${pct(Math.abs(r.lift))} ${r.lift >= 0 ? 'better' : 'worse'}, ${interval}; decided after ${users} users per variant.`;
}
function finish(result, started) {
    result.seconds = (Date.now() - started) / 1000;
    return result;
}


/***/ }),

/***/ 70336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ recordStatus),
/* harmony export */   Tq: () => (/* binding */ findRecord),
/* harmony export */   Uh: () => (/* binding */ trafficHandoff),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   n0: () => (/* binding */ setOutputs),
/* harmony export */   tN: () => (/* binding */ beforeAnyWrite),
/* harmony export */   vD: () => (/* binding */ glance)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45649);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82072);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22327);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58003);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16388);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(45841);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12354);
/* harmony import */ var _core_handoff_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71450);





/** Thrown where a cancel (SIGINT/SIGTERM) is noticed; the catch puts everything back. */
class Cancelled extends Error {
}
/**
 * What a strategy does before its first write (a deployment status, a weight): the provider checks
 * its names (a route, its backends) and each metric check asks its queries once, so a wrong name,
 * a refused key or a malformed query fails naming its input with nothing changed; then the
 * deployment record is found.
 */
async function beforeAnyWrite(settings, deps) {
    const provider = (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createProvider */ .Q)(settings.provider);
    await provider.check?.();
    if (settings.gate.checks.length)
        await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .preflightGate */ .Rf)(settings.gate, deps.signal);
    return { provider, record: await findRecord(settings, deps) };
}
async function findRecord(settings, deps) {
    if (!settings.environment)
        return undefined;
    const history = await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(deps.client(), deps.ctx, [settings.environment]);
    // Records GitHub makes for jobs with `environment:` carry no Glidepath payload: never record on those.
    const list = (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .ofArtifact */ .Sd)((history.deployments[settings.environment] ?? []).filter(_core_github_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isGlidepath */ .tO), settings.environment, settings.artifactName, deps.ctx.runId);
    const chosen = settings.deploymentId ? list.find((d) => d.id === settings.deploymentId) : list[0];
    if (!chosen) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(settings.deploymentId
            ? `Deployment ${settings.deploymentId} is not among the recent deployments of ${settings.environment}: pass promote-environment's deployment-id output`
            : `${settings.environment} has no deployment to record the canary on: run promote-environment first (its deployment-id output goes in deployment-id)`);
    }
    return {
        id: chosen.id,
        latestDescription: chosen.latestState === 'in_progress' ? chosen.latestDescription : '',
        view: chosen,
        list,
    };
}
function recordStatus(record, deps) {
    return async (state, description) => {
        if (record)
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_4__/* .setStatus */ .Lx)(deps.client(), deps.ctx, record.id, state, {
                description,
                autoInactive: false,
            });
    };
}
/**
 * Saves the hand-off for post.ts: `active` while traffic (or a drained server) may need putting
 * back. `where` is read at each save, so a rolling deploy saves its drained servers of the moment.
 */
function trafficHandoff(settings, record, where) {
    return (active) => (0,_core_handoff_index_js__WEBPACK_IMPORTED_MODULE_5__/* .saveHandoff */ .U6)('glidepath-traffic', {
        active,
        ...where(),
        deploymentId: record?.id,
        environment: settings.environment,
    });
}
function glance(report) {
    return {
        result: report.result,
        decidedAfterS: report.decidedAfterS,
        samples: report.samples,
        errorRate: report.errorRate,
        p95Ms: report.p95Ms,
    };
}
/** The JSON report and the outputs, the same for every strategy. */
async function setOutputs(result) {
    const file = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_6__/* .writeReport */ .u5)({ kind: 'canary-step', ...result }, 'canary-step');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('decision', result.decision);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('final-weight', String(result.finalWeight));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('failed-step', result.failedStep);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_7__/* .setOutput */ .uH('report', file);
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


/***/ })

};
;