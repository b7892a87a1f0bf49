// The public face of core/recovery: everything outside this folder imports from here.
export * from './open-work.js';
export * from './finish.js';
