// The post check's entry (src/post-check.ts), CommonJS like the shared bundle's.
module.exports = require('../../src/post-check.ts');
