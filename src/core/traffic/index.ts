// The public face of core/traffic: everything outside this folder imports from here.
export * from './flagd.js';
export * from './inputs.js';
export * from './providers.js';
export * from './steps.js';
