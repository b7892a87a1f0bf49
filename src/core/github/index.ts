// The public face of core/github: everything outside this folder imports from here.
export * from './client.js';
export * from './deployments.js';
export * from './history.js';
export * from './payload.js';
export * from './storage.js';
export * from './releases.js';
export * from './attestations.js';
