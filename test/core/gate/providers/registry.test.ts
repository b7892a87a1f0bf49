// The metric providers' settings readers load only when `checks` may name one (the entries call
// loadProviders() beside loadYaml()); reading one before is a bug in Glidepath, said as such.
import { expect, it, vi } from 'vitest';
import { PROVIDER_KEYS, PROVIDER_KINDS } from '../../../../src/core/gate/providers/keys.js';

it('gives no provider before loadProviders(), every one after, and none for a built-in kind', async () => {
  vi.resetModules(); // a registry that test/setup.ts has not loaded yet
  const fresh = await import('../../../../src/core/gate/providers/registry.js');
  expect(() => fresh.providerSpec('datadog')).toThrow(/read before loadProviders\(\) loaded them/);
  expect(fresh.providerSpec('http')).toBeUndefined();
  await fresh.loadProviders();
  expect(PROVIDER_KINDS.map((kind) => fresh.providerSpec(kind)?.kind)).toEqual(PROVIDER_KINDS);
  expect(fresh.providerSpec('prometheus')).toBeUndefined();
});

it('lists the keys each provider kind adds, step inputs among them', () => {
  for (const { keys, stepInputs } of Object.values(PROVIDER_KEYS))
    for (const input of stepInputs) expect(keys).toContain(input);
  expect(PROVIDER_KINDS).toEqual(['datadog', 'web', 'cloudwatch', 'newrelic']);
});
