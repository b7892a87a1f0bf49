export const id = 580;
export const ids = [580];
export const modules = {

/***/ 2580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _core_recovery_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(585);

/** Runs always (post-if: always()): if main was cancelled or killed mid-deploy, stop its deploy command and mark its deployment failure. */
async function post() {
    await (0,_core_recovery_index_js__WEBPACK_IMPORTED_MODULE_0__/* .finishOpenWork */ .ni)('promote-environment');
}


/***/ }),

/***/ 585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ni: () => (/* reexport */ finishOpenWork),
  iK: () => (/* reexport */ withOpenWork)
});

// UNUSED EXPORTS: closeUnfinished, closeWork, failWork, openWork, updateWork

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/core/runtime/index.ts + 8 modules
var runtime = __webpack_require__(9787);
// EXTERNAL MODULE: ./src/core/handoff/index.ts
var handoff = __webpack_require__(1450);
// EXTERNAL MODULE: ./src/core/github/index.ts + 4 modules
var github = __webpack_require__(9545);
// EXTERNAL MODULE: ./src/core/traffic/index.ts + 4 modules
var traffic = __webpack_require__(9142);
;// CONCATENATED MODULE: ./src/core/recovery/open-work.ts





const KEY = 'glidepath-open-work';
let current = { active: false };
/** Records that work on `environment` has started (saved at once: a kill can come any moment). */
function openWork(work) {
    current = { ...work, active: true };
    (0,handoff/* saveHandoff */.U6)(KEY, current);
}
function updateWork(patch) {
    if (!current.active)
        return;
    current = { ...current, ...patch };
    (0,handoff/* saveHandoff */.U6)(KEY, current);
}
/** Main finished and closed its own records: nothing for the post step to do. */
function closeWork() {
    current = { active: false };
    (0,handoff/* saveHandoff */.U6)(KEY, current);
}
/**
 * Main ended with an error: nothing of it runs any more and traffic is where main left it on
 * purpose, but if its own failure record did not land (GitHub down), the post step tries again.
 */
function failWork() {
    updateWork({ commandPid: undefined, provider: undefined, failed: true });
}
/**
 * Runs a main step that writes deployments with its post step kept informed: bad input (a throw
 * from `read`) and a dry run leave nothing open; until `body` succeeds, the post step knows what
 * to stop and close; an error tells it main failed rather than was killed.
 */
async function withOpenWork(read, what, body) {
    let settings;
    try {
        settings = read();
    }
    catch (error) {
        closeWork();
        throw error;
    }
    const work = what(settings);
    if (work === 'dry run')
        closeWork();
    else
        openWork(work);
    try {
        await body(settings, (pid) => updateWork({ commandPid: pid }));
        closeWork();
    }
    catch (error) {
        failWork();
        throw error;
    }
}
/**
 * Marks failure every deployment this run attempt made to `environment` that has no final
 * status yet (in_progress, queued, pending, or none at all when the kill came mid-create).
 */
async function closeUnfinished(client, ctx, environment, description) {
    const history = await (0,github/* readHistory */.Lu)(client, ctx, [environment]);
    const ours = (history.deployments[environment] ?? []).filter((d) => (0,github/* isGlidepath */.tO)(d) && d.payload.run_id === ctx.runId && d.payload.run_attempt === ctx.runAttempt);
    const open = ours.filter((d) => d.latestState === null || (0,github/* running */.yk)([d]).length > 0);
    for (const d of open)
        await (0,github/* setStatus */.Lx)(client, ctx, d.id, 'failure', { description, autoInactive: false });
    return open.map((d) => d.id);
}
/**
 * The post step of promote-environment and rollback. `trafficFromInputs` is for a main stopped
 * before it saved anything (killed while starting): a rollback still owes its traffic restore.
 */
async function finishOpenWork(action, trafficFromInputs) {
    await (0,runtime/* runPost */.a2)(action, async (h) => {
        const work = (0,handoff/* loadHandoff */.vj)(KEY);
        if (!work) {
            const provider = trafficFromInputs?.();
            if (!provider)
                return core/* info */.pq(`${action} post: main did not start its work, nothing to do`);
            core/* warning */.$e(`${action} post: main was stopped before it started; restoring all traffic to stable`);
            await (0,traffic/* createProvider */.Qd)(provider).setWeight(0);
            return core/* info */.pq('Stable traffic restored');
        }
        if (!work.active) {
            core/* info */.pq(`${action} post: main finished, nothing left open`);
            return;
        }
        if (work.failed)
            core/* info */.pq(`${action} post: main failed; checking that it left no deployment open`);
        else
            core/* warning */.$e(`${action} post: main did not finish; stopping what it left running and closing its records`);
        if (work.commandPid)
            (0,runtime/* killGroup */.i0)(work.commandPid, 'SIGTERM');
        if (work.provider) {
            await (0,traffic/* createProvider */.Qd)(work.provider).setWeight(0);
            core/* info */.pq('Stable traffic restored');
        }
        if (!work.environment)
            return;
        const token = h.inputs.secret('token') ?? '';
        const closed = await closeUnfinished((0,github/* createClient */.UU)(token), h.context(), work.environment, `failure: the job stopped before ${action} finished; closed by its post step`);
        core/* info */.pq(closed.length
            ? `Deployment ${closed.join(', ')} marked failure`
            : 'No deployment of this run attempt was left open');
    });
}

;// CONCATENATED MODULE: ./src/core/recovery/index.ts
// The public face of core/recovery: everything outside this folder imports from here.



/***/ })

};
