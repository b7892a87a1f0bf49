/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* reexport */ nothingLeftOpen)
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


var __webpack_exports__nothingLeftOpen = __webpack_exports__.D;
export { __webpack_exports__nothingLeftOpen as nothingLeftOpen };
