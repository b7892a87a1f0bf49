import { describe, expect, it } from 'vitest';
import { readAttestationInputs } from '../../../src/core/pipeline/index.js';
import { Inputs, readContext } from '../../../src/core/runtime/index.js';

const ctx = readContext({
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SERVER_URL: 'https://github.com',
});
const read = (values: Record<string, string>) =>
  readAttestationInputs(new Inputs((name) => values[name] ?? ''), ctx);

describe('require-attestation and attestation-signers', () => {
  it('default to off and to any workflow of this repository (an empty list)', () => {
    expect(read({})).toEqual({ requireAttestation: false, attestationSigners: [] });
  });

  it('take identity prefixes, whole workflows, and paths in this repository', () => {
    expect(
      read({
        'require-attestation': 'true',
        'attestation-signers':
          '.github/workflows/build.yml\nhttps://github.com/acme/tools/.github/workflows/',
      }),
    ).toEqual({
      requireAttestation: true,
      attestationSigners: [
        'https://github.com/acme/shop/.github/workflows/build.yml',
        'https://github.com/acme/tools/.github/workflows/',
      ],
    });
  });

  it.each([
    [{ 'require-attestation': 'yes' }, /^Input 'require-attestation' is 'yes': use true or false$/],
    [
      { 'attestation-signers': '.github/workflows/build.yml' },
      /^Input 'attestation-signers' is set while require-attestation is false, so nothing would check it: set require-attestation: true/,
    ],
    [
      { 'require-attestation': 'true', 'attestation-signers': 'https://evil.example/a/b/x.yml' },
      /^Input 'attestation-signers' has 'https:\/\/evil\.example\/a\/b\/x\.yml', not a workflow identity: give https:\/\/github\.com\/acme\/shop\/\.github\/workflows\//,
    ],
    [
      { 'require-attestation': 'true', 'attestation-signers': 'https://github.com/acme' },
      /^Input 'attestation-signers' has 'https:\/\/github\.com\/acme', not a workflow identity/,
    ],
  ])('refuses %o naming the input', (values, message) => {
    expect(() => read(values)).toThrow(message);
  });
});
