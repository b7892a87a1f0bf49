"use strict";
exports.id = 6371;
exports.ids = [6371];
exports.modules = {

/***/ 78381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportExperiment: () => (/* binding */ reportExperiment)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28428);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85254);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70336);


const pct = (x, digits = 2) => `${(x * 100).toFixed(digits)}%`;
/** Outputs, the JSON report, and the job summary: counts and rates per variant, the lift over time, the verdict. */
async function reportExperiment(settings, result) {
    await (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)(result);
    const r = result.reading;
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('winner', result.winner);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('lift', r ? r.lift.toFixed(4) : '');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('lift-lower', r ? r.lower.toFixed(4) : '');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('lift-upper', r ? r.upper.toFixed(4) : '');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('samples-a', String(r?.units.a ?? 0));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('samples-b', String(r?.units.b ?? 0));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH('decided-after', result.decidedAfterS === null ? '' : String(Math.round(result.decidedAfterS)));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(result.reason);
    const icon = { promoted: '✅', reverted: '↩️', held: '⏸️', aborted: '❌' }[result.decision];
    let md = `### ${icon} Glidepath experiment: winner ${result.winner}, ${result.decision}${settings.environment ? ` (${settings.environment})` : ''}\n\n${result.reason}\n\n`;
    const rate = settings.metric === 'conversion' ? 'conversion rate' : 'mean per visit';
    if (r)
        md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Variant', 'Users', 'Visits', rate], [
            [
                'A',
                r.units.a,
                r.trials.a,
                settings.metric === 'conversion' ? pct(r.rate.a) : r.rate.a.toFixed(4),
            ],
            [
                `B (${settings.split}%)`,
                r.units.b,
                r.trials.b,
                settings.metric === 'conversion' ? pct(r.rate.b) : r.rate.b.toFixed(4),
            ],
        ]);
    const points = thin(result.history, 40);
    if (points.length >= 2) {
        const series = (pick) => `[${points.map((p) => +(pick(p) * 100).toFixed(2)).join(', ')}]`;
        const lows = points.map((p) => Math.max(-100, p.lower * 100));
        const highs = points.map((p) => Math.min(200, p.upper * 100));
        md += (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaid */ .a4)([
            'xychart-beta',
            `  title "Lift of B over A (%) with its ${Math.round((1 - settings.analysis.alpha) * 100)}% anytime-valid interval"`,
            `  x-axis "seconds" [${points.map((p) => `"${p.t.toFixed(0)}"`).join(', ')}]`,
            `  y-axis "lift %" ${Math.floor(Math.min(...lows, 0))} --> ${Math.ceil(Math.max(...highs, 0))}`,
            `  line ${series((p) => Math.max(-1, p.lower))}`,
            `  line ${series((p) => p.lift)}`,
            `  line ${series((p) => Math.min(2, p.upper))}`,
        ].join('\n'));
    }
    if (!result.perUser)
        md += `\n⚠️ The counters gave visits and conversions only, so every visit was taken as its own unit: valid only if one user's visits are independent. Expose per-user sums (users, visitsSq, valueSq, visitsValue) for a test that holds when they are not.\n`;
    if (result.guardrails)
        md += `\nGuardrails: ${result.guardrails.result} (${result.guardrails.reason}).\n`;
    md += `\nSplit ${settings.split}% to B by ${settings.sticky.kind === 'address' || settings.sticky.kind === 'targeting-key' ? settings.sticky.kind : `${settings.sticky.kind} ${settings.sticky.name}`} · α ${settings.analysis.alpha}, minimum effect ${pct(settings.analysis.mde, 1)} · provider: ${result.provider} · took ${(0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(result.seconds * 1000)}\n`;
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .Sy)(md);
}
/** At most `max` points, evenly picked, the last always kept. */
function thin(items, max) {
    if (items.length <= max)
        return items;
    const step = items.length / max;
    const out = Array.from({ length: max - 1 }, (_, i) => items[Math.floor(i * step)]);
    out.push(items[items.length - 1]);
    return out;
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