export const id = 541;
export const ids = [541];
export const modules = {

/***/ 9541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   API_RETRIES: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.q1),
/* harmony export */   BACKOFF_UNIT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.lP),
/* harmony export */   HISTORY_DEPTH: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.rD),
/* harmony export */   REQUEST_TIMEOUT_MS: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.j2),
/* harmony export */   apiPacing: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Fh),
/* harmony export */   clip140: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.MC),
/* harmony export */   createClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.UU),
/* harmony export */   createDeployment: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Yy),
/* harmony export */   explainPermission: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.zi),
/* harmony export */   fetchArtifact: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.t2),
/* harmony export */   fetchedArchiveName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.JL),
/* harmony export */   isGlidepath: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.tO),
/* harmony export */   isGood: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Kg),
/* harmony export */   isRateLimited: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Jz),
/* harmony export */   isTransient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.dg),
/* harmony export */   lastGood: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.mC),
/* harmony export */   lazyClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.qW),
/* harmony export */   locationFileName: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.Zr),
/* harmony export */   onApiHost: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.ed),
/* harmony export */   payloadFromRelease: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.s),
/* harmony export */   readApprovals: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.RJ),
/* harmony export */   readHistory: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.Lu),
/* harmony export */   runFields: () => (/* reexport safe */ _payload_js__WEBPACK_IMPORTED_MODULE_3__.F),
/* harmony export */   running: () => (/* reexport safe */ _history_js__WEBPACK_IMPORTED_MODULE_2__.yk),
/* harmony export */   safeSegment: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.LX),
/* harmony export */   setStatus: () => (/* reexport safe */ _deployments_js__WEBPACK_IMPORTED_MODULE_1__.Lx),
/* harmony export */   storeInDirectory: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.yA),
/* harmony export */   storeInRelease: () => (/* reexport safe */ _storage_js__WEBPACK_IMPORTED_MODULE_4__.et)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2622);
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3173);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1377);
/* harmony import */ var _payload_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2911);
/* harmony import */ var _storage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6528);
// The public face of core/github: everything outside this folder imports from here.







/***/ })

};
