import { describe, expect, it, vi } from 'vitest';
import { Inputs } from '../../../src/core/runtime/index.js';
import { readGateSettings } from '../../../src/core/gate/inputs.js';
import { judgeOf } from '../../../src/core/gate/config.js';

vi.mock('@actions/core', async (original) => ({
  ...(await original<typeof import('@actions/core')>()),
  setSecret: () => {},
}));

const inputs = (values: Record<string, string>) => new Inputs((name) => values[name] ?? '');
const alphas = (settings: ReturnType<typeof readGateSettings>) =>
  settings.checks.map((c) => judgeOf(c)?.alpha ?? null);

describe('readGateSettings: α per gate', () => {
  it('splits alpha between the checks that judge evidence, so the gate keeps it', () => {
    const settings = readGateSettings(
      inputs({
        alpha: '0.01',
        checks: [
          '- name: api',
          '  url: http://127.0.0.1:1/a',
          '- name: web',
          '  url: http://127.0.0.1:1/b',
          '- name: up',
          '  prometheus-url: http://127.0.0.1:9/',
          '  query: up',
          "  threshold: '> 0'",
        ].join('\n'),
      }),
    );
    expect(alphas(settings)).toEqual([0.005, 0.005, null]);
    expect(settings.alpha).toBe(0.01);
  });

  it('leaves a single check its whole alpha', () => {
    const settings = readGateSettings(inputs({ alpha: '0.02', url: 'http://127.0.0.1:1/' }));
    expect(alphas(settings)).toEqual([0.02]);
    expect(settings.alpha).toBe(0.02);
  });
});
