// The public face of core/pipeline: the environments in order, their names, and what may be promoted.
export * from './config.js';
export * from './attestation.js';
