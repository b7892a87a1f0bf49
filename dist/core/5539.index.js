"use strict";
exports.id = 5539;
exports.ids = [5539];
exports.modules = {

/***/ 27145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   healthGate: () => (/* binding */ healthGate)
/* harmony export */ });
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82072);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28428);
/* harmony import */ var _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45649);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16388);
/* harmony import */ var _core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45841);


/**
 * Runs the gate, sets the outputs and the summary, and fails the step on `fail` (and on
 * `inconclusive` unless on-inconclusive is pass) when fail-on-unhealthy is true.
 */
async function healthGate(settings, signal) {
    const names = settings.checks
        .map((c) => `${c.name} (${c.kind === 'metric' ? c.provider.kind : c.kind})`)
        .join(', ');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Checking ${names} for at most ${Math.round(settings.durationMs / 1000)}s`);
    let lastLog = 0;
    const report = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .runGate */ .Rg)(settings, {
        signal,
        onTick: (elapsed, verdicts) => {
            if (elapsed - lastLog < 10_000)
                return;
            lastLog = elapsed;
            _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${Math.round(elapsed / 1000)}s: ${verdicts.map((v) => v.state).join(', ')}`);
        },
    });
    const reportPath = await (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .writeReport */ .u5)(report, 'health-gate');
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('result', report.result);
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('samples', String(report.samples));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('error-rate', report.errorRate === null ? '' : report.errorRate.toFixed(6));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('p95-ms', report.p95Ms === null ? '' : report.p95Ms.toFixed(1));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('decided-after', report.decidedAfterS.toFixed(1));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('report', reportPath);
    await (0,_core_runtime_index_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)((0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderGateSummary */ .oU)(report, 'Glidepath health-gate'));
    _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Result: ${report.result} after ${report.decidedAfterS.toFixed(1)}s: ${report.reason}`);
    const unhealthy = (0,_core_gate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnhealthy */ .ZT)(report.result, settings.onInconclusive);
    if (unhealthy && settings.failOnUnhealthy) {
        throw new _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`health-gate: ${report.result}: ${report.reason}`);
    }
    if (unhealthy)
        _core_runtime_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`health-gate: ${report.result} (fail-on-unhealthy is false, so the step succeeds): ${report.reason}`);
    return report;
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