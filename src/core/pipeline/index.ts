// The public face of core/pipeline: the environments in order, their names, and what may be promoted.
export * from './names.js';
export * from './config.js';
export * from './windows.js';
export * from './waves.js';
export * from './attestation.js';
