// The public face of core/traffic: everything outside this folder imports from here.
export * from './errors.js';
export * from './flagd.js';
export { haproxyCommand } from './haproxy.js';
export * from './inputs.js';
export * from './pools.js';
export * from './providers.js';
export * from './steps.js';
export * from './split.js';
export { NginxSplit } from './nginx-split.js';
