export const id = 143;
export const ids = [143];
export const modules = {

/***/ 4143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9787);
/* harmony import */ var _core_handoff_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1450);
/* harmony import */ var _core_github_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9545);
/* harmony import */ var _core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9142);





/**
 * Runs always (post-if: always()). If main was killed with the canary still taking traffic,
 * put all traffic back on stable (rolling: every server main had drained back to ready) and
 * mark the deployment failure. Its own errors are warnings.
 */
async function post() {
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runPost */ .a2)('canary-step', async (h) => {
        const state = (0,_core_handoff_index_js__WEBPACK_IMPORTED_MODULE_2__/* .loadHandoff */ .vj)('glidepath-traffic');
        if (!state?.active) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('canary-step post: main finished cleanly, nothing to restore');
            return;
        }
        let description;
        if (state.pool) {
            const drained = state.drained ?? [];
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`canary-step post: main did not finish the rolling deploy; ${drained.length ? `putting ${drained.join(', ')} back to ready` : 'no server was drained'}`);
            await (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__/* .createPool */ .b)(state.pool).set(drained, 'ready');
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(drained.length ? `${drained.join(', ')} back to ready` : 'Nothing to put back');
            description = `aborted: the job stopped mid-roll; ${drained.length ? `${drained.join(', ')} put back to ready` : 'no server was drained'} by the post step`;
        }
        else if (state.provider) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e('canary-step post: main did not finish; restoring all traffic to stable');
            await (0,_core_traffic_index_js__WEBPACK_IMPORTED_MODULE_4__/* .createProvider */ .Qd)(state.provider).setWeight(0);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Stable traffic restored');
            description =
                'aborted: the job stopped mid-canary; traffic restored to stable by the post step';
        }
        else
            return;
        if (state.deploymentId) {
            const token = h.inputs.secret('token') ?? '';
            await (0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .setStatus */ .Lx)((0,_core_github_index_js__WEBPACK_IMPORTED_MODULE_3__/* .createClient */ .UU)(token), h.context(), state.deploymentId, 'failure', {
                description,
                autoInactive: false,
            });
        }
    });
}


/***/ })

};
