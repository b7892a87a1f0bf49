/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 364:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nothingLeftOpen: () => (/* reexport */ nothingLeftOpen)
});

;// CONCATENATED MODULE: ./src/core/handoff/keys.ts
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

;// CONCATENATED MODULE: ./src/post-check.ts

/**
 * The second bundle entry (dist/post-check/index.js): what every post stub asks before it loads
 * the whole bundle. It imports nothing else, so a post step after a clean main costs one small file.
 */



/***/ }),

/***/ 428:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// The post check's entry (src/post-check.ts), CommonJS like the shared bundle's.
module.exports = __nccwpck_require__(364);


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module used 'module' so it can't be inlined
/******/ 	var __webpack_exports__ = __nccwpck_require__(428);
/******/ 	module.exports = __webpack_exports__;
/******/ 	
/******/ })()
;