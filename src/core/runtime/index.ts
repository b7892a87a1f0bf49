// The public face of core/runtime: everything outside this folder imports from here.
export * from './context.js';
export * from './duration.js';
export * from './errors.js';
export * from './exec.js';
export * from './harness.js';
export * from './inputs.js';
export * from './summary.js';
export * from './time.js';
export * as core from './commands.js';
export * from './yaml.js';
