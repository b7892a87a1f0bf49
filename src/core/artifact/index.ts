// The public face of core/artifact: everything outside this folder imports from here.
export * from './archive.js';
export * from './git.js';
export * from './manifest.js';
export * from './version.js';
export * from './names.js';
