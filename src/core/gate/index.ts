// The public face of core/gate: everything outside this folder imports from here.
export * from './config.js';
export * from './family.js';
export { readHeaders } from './headers.js';
export { loadProviders } from './providers/registry.js';
export * from './inputs.js';
export * from './judge.js';
export * from './latency.js';
export * from './outcome.js';
export * from './probe.js';
export * from './prometheus.js';
export * from './report.js';
export * from './run.js';
export * from './stats.js';
export * from './status.js';
