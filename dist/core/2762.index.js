export const id = 2762;
export const ids = [2762];
export const modules = {

/***/ 72762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ readArtifactName),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gm: () => (/* binding */ archiveFileName),
/* harmony export */   V6: () => (/* binding */ manifestFileName),
/* harmony export */   Xk: () => (/* binding */ ARTIFACT_NAME)
/* harmony export */ });
/* unused harmony export ARTIFACT_INPUTS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45649);


// File names and paths of an artifact: kept apart from the archive writer and the manifest's
// digests so that the actions' inputs can check names without loading zlib, tar or crypto.
/**
 * `app-1.2.3_abc1234.tar.gz`: characters GitHub would rename in a release asset name (`+`
 * among them) become `_`, so the name is the same on disk, in a directory store and in a release.
 */
function archiveFileName(name, version) {
    return `${`${name}-${version}`.replace(/[^A-Za-z0-9._-]/g, '_')}.tar.gz`;
}
function manifestFileName(archive) {
    return archive.replace(/\.tar\.gz$/, '') + '.manifest.json';
}
/** What an artifact (a service) may be called: build-artifact's name, the payload's `name`. */
const ARTIFACT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
/** The inputs readArtifactName reads (the metadata test checks actions declare them). */
const ARTIFACT_INPUTS = (/* unused pure expression or super */ null && (['artifact-name']));
/** The artifact-name input (rollback, canary-step): the service to act on, checked as a name. */
function readArtifactName(inputs) {
    const name = inputs.string('artifact-name');
    if (name !== undefined && !ARTIFACT_NAME.test(name))
        throw new _runtime_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('artifact-name', `is '${name.slice(0, 120)}', not an artifact name`, "give build-artifact's name for the service: 1–100 letters, digits, dots, dashes or underscores");
    return name;
}
/** True when `candidate` is `root` or lies under it. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}


/***/ })

};
