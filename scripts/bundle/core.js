// The shared bundle's entry (src/main.ts: the entry table), in a CommonJS scope so that ncc emits
// CommonJS: Node starts a CommonJS file without its ES module loader (see scripts/build.mjs).
module.exports = require('../../src/main.ts');
