// The public face of core/attestation: verifying GitHub artifact attestations (Sigstore bundles)
// before a promotion. Loaded by dynamic import, only when require-attestation is true.
export * from './bundle-url.js';
export * from './check.js';
export * from './limits.js';
export * from './roots.js';
export * from './verify.js';
