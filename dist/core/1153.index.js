"use strict";
exports.id = 1153;
exports.ids = [1153];
exports.modules = {

/***/ 41153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readWindow: () => (/* binding */ readWindow)
/* harmony export */ });
/* harmony import */ var _core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72659);
/* harmony import */ var _core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97582);

/**
 * Reads the environment's windows and freezes from the config file (when it exists and names
 * the environment) and refuses to start outside them, before any request or traffic change.
 * Without an environment there is nothing to look up; override-window is still checked.
 */
function readWindow(inputs, ctx, environment) {
    const override = (0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__/* .checkOverrideWindow */ .lF)(inputs.string('override-window'));
    const config = inputs.string('config') ?? '.github/glidepath.yml';
    if (!environment)
        return {};
    const rules = (0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentRules */ .T3)(config, ctx.workspace, environment);
    const windowOverride = (0,_core_pipeline_index_js__WEBPACK_IMPORTED_MODULE_0__/* .windowGate */ .u3)(environment, rules, override, ctx.actor);
    return { rules, ...(windowOverride ? { windowOverride } : {}) };
}


/***/ })

};
;