"use strict";
exports.id = 1321;
exports.ids = [1321];
exports.modules = {

/***/ 58482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkOverrideWindow: () => (/* reexport safe */ _windows_js__WEBPACK_IMPORTED_MODULE_1__.lF),
/* harmony export */   environmentRules: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.T3),
/* harmony export */   readPipeline: () => (/* reexport safe */ _config_js__WEBPACK_IMPORTED_MODULE_0__.l9),
/* harmony export */   waveAround: () => (/* reexport safe */ _waves_js__WEBPACK_IMPORTED_MODULE_2__.N),
/* harmony export */   windowGate: () => (/* reexport safe */ _windows_js__WEBPACK_IMPORTED_MODULE_1__.u3)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97582);
/* harmony import */ var _windows_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72659);
/* harmony import */ var _waves_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81932);
// The public face of core/pipeline: the environments in order, their names, and what may be promoted.







/***/ }),

/***/ 25862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ ENVIRONMENT_NAME)
/* harmony export */ });
// What an environment may be called: apart from config.ts, so that an action checking a name
// does not load the config file's reader and semver with it (start-up on bad input).
const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/;


/***/ })

};
;