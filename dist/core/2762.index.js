export const id = 2762;
export const ids = [2762];
export const modules = {

/***/ 72762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Gm: () => (/* binding */ archiveFileName),
/* harmony export */   V6: () => (/* binding */ manifestFileName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

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
/** True when `candidate` is `root` or lies under it. */
function isInside(root, candidate) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(root, candidate);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(relative));
}


/***/ })

};
