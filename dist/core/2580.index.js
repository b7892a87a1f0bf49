"use strict";
exports.id = 2580;
exports.ids = [2580];
exports.modules = {

/***/ 42580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _core_recovery_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3748);

/** Runs always (post-if: always()): if main was cancelled or killed mid-deploy, stop its deploy command and mark its deployment failure. */
async function post() {
    await (0,_core_recovery_index_js__WEBPACK_IMPORTED_MODULE_0__/* .finishOpenWork */ .n)('promote-environment');
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

/***/ 36524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ OPEN_WORK_KEY)
/* harmony export */ });
/* unused harmony export nothingLeftOpen */
/** The record promote-environment's and rollback's main steps keep for their post steps. */
const OPEN_WORK_KEY = 'glidepath-open-work';
const PREFIX = 'STATE_glidepath-';
/**
 * True when main saved state and every record of it says nothing is active (main finished and
 * cleaned up itself). Unreadable state counts as open: the post step then loads and looks.
 */
function nothingLeftOpen(env = process.env) {
    const saved = Object.entries(env)
        .filter(([key]) => key.startsWith(PREFIX))
        .map(([, value]) => {
        try {
            return JSON.parse(value ?? '');
        }
        catch {
            return null;
        }
    });
    return (saved.length > 0 &&
        saved.every((state) => state !== null &&
            typeof state === 'object' &&
            state.active === false));
}


/***/ }),

/***/ 3748:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ finishOpenWork)
/* harmony export */ });
/* unused harmony export closeUnfinished */
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15260);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82072);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73495);
/* harmony import */ var _handoff_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36524);
/* harmony import */ var _handoff_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71450);


const KEY = _handoff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .OPEN_WORK_KEY */ .T;
/**
 * Marks failure every deployment this run attempt made to `environment` that has no final
 * status yet (in_progress, queued, pending, or none at all when the kill came mid-create).
 */
async function closeUnfinished(client, ctx, environment, description) {
    const { isGlidepath, readHistory, running, setStatus } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(7848)]).then(__webpack_require__.bind(__webpack_require__, 92099));
    const history = await readHistory(client, ctx, [environment]);
    const ours = (history.deployments[environment] ?? []).filter((d) => isGlidepath(d) && d.payload.run_id === ctx.runId && d.payload.run_attempt === ctx.runAttempt);
    const open = ours.filter((d) => d.latestState === null || running([d]).length > 0);
    for (const d of open)
        await setStatus(client, ctx, d.id, 'failure', { description, autoInactive: false });
    return open.map((d) => d.id);
}
/**
 * The post step of promote-environment and rollback. `trafficFromInputs` is for a main stopped
 * before it saved anything (killed while starting): a rollback still owes its traffic restore.
 */
async function finishOpenWork(action, trafficFromInputs) {
    await (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runPost */ .a)(action, async (h) => {
        // Loaded here, not at import: main steps import this folder for withOpenWork and stay light.
        const { createProvider } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(2088), __webpack_require__.e(5427), __webpack_require__.e(2354), __webpack_require__.e(1599)]).then(__webpack_require__.bind(__webpack_require__, 66441));
        const work = (0,_handoff_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadHandoff */ .vj)(KEY);
        if (!work) {
            const provider = trafficFromInputs?.();
            if (!provider)
                return _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${action} post: main did not start its work, nothing to do`);
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`${action} post: main was stopped before it started; restoring all traffic to stable`);
            await createProvider(provider).setWeight(0);
            return _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq('Stable traffic restored');
        }
        if (!work.active) {
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${action} post: main finished, nothing left open`);
            return;
        }
        if (work.failed)
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${action} post: main failed; checking that it left no deployment open`);
        else
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`${action} post: main did not finish; stopping what it left running and closing its records`);
        if (work.commandPid)
            (0,_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .killGroup */ .i0)(work.commandPid, 'SIGTERM');
        if (work.provider) {
            await createProvider(work.provider).setWeight(0);
            _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq('Stable traffic restored');
        }
        if (!work.environment)
            return;
        const token = h.inputs.secret('token') ?? '';
        const { createClient } = await Promise.all(/* import() */[__webpack_require__.e(496), __webpack_require__.e(4239), __webpack_require__.e(2088), __webpack_require__.e(6118), __webpack_require__.e(2545), __webpack_require__.e(4750), __webpack_require__.e(7848)]).then(__webpack_require__.bind(__webpack_require__, 92099));
        const closed = await closeUnfinished(createClient(token), h.context(), work.environment, `failure: the job stopped before ${action} finished; closed by its post step`);
        _runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(closed.length
            ? `Deployment ${closed.join(', ')} marked failure`
            : 'No deployment of this run attempt was left open');
    });
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