"use strict";
exports.id = 2985;
exports.ids = [2985];
exports.modules = {

/***/ 52985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/gate/providers/registry.ts
var registry = __webpack_require__(70483);
// EXTERNAL MODULE: ./src/core/runtime/harness.ts
var harness = __webpack_require__(15260);
// EXTERNAL MODULE: ./src/core/runtime/yaml.ts
var yaml = __webpack_require__(75629);
// EXTERNAL MODULE: ./src/core/gate/inputs.ts + 3 modules
var gate_inputs = __webpack_require__(25934);
;// CONCATENATED MODULE: ./src/actions/health-gate/inputs.ts

/** health-gate's settings: the shared gate inputs (GATE_INPUTS), all validated before the first probe. */
function readSettings(inputs) {
    return (0,gate_inputs/* readGateSettings */.f)(inputs);
}

;// CONCATENATED MODULE: ./src/actions/health-gate/index.ts



/** Entry point: validate every input, then probe; a cancel ends the gate early with what it saw. */
async function run() {
    await (0,harness/* runMain */.V)('health-gate', async (h) => {
        // Only `checks` holds YAML and names metric providers: plain inputs load neither reader.
        if (h.inputs.string('checks'))
            await Promise.all([(0,yaml/* loadYaml */.y)(), (0,registry/* loadProviders */.T)()]);
        const settings = readSettings(h.inputs);
        h.onCancel((signal) => `${signal}: ending the gate early with what it saw`);
        const { healthGate } = await Promise.all(/* import() */[__webpack_require__.e(7044), __webpack_require__.e(5539)]).then(__webpack_require__.bind(__webpack_require__, 27145));
        await healthGate(settings, h.signal);
    });
}


/***/ })

};
;