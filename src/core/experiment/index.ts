// The public face of core/experiment: A/B experiments judged by an anytime-valid test.
export * from './analysis.js';
export * from './sequential.js';
export * from './counters.js';
