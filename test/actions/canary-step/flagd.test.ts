import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FlagdCore, MemoryStorage } from '@openfeature/flagd-core';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../lab/fixtures.js';
import { runAction } from '../../../lab/runner.js';

const logger = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
};

const definition = {
  $schema: 'https://flagd.dev/schema/v0/flags.json',
  flags: {
    'new-checkout': { state: 'ENABLED', variants: { on: true, off: false }, defaultVariant: 'off' },
    'banner-color': {
      state: 'ENABLED',
      variants: { red: 'red', blue: 'blue' },
      defaultVariant: 'red',
      targeting: { if: [{ '===': [{ var: 'plan' }, 'pro'] }, 'blue', 'red'] },
    },
  },
};

function flagFile(): string {
  const file = path.join(tempDir('glidepath-flagd-'), 'flags.json');
  writeFileSync(file, `${JSON.stringify(definition, null, 2)}\n`);
  return file;
}

/** Evaluates the written file with flagd's own evaluation library. */
function evaluate(file: string) {
  const core = new FlagdCore(new MemoryStorage(logger));
  core.setConfigurations(readFileSync(file, 'utf8'));
  return core;
}

const keys = Array.from({ length: 10_000 }, (_, i) => `user-${i}`);
const flagInputs = (file: string) => ({
  provider: 'flagd',
  'flagd-file': file,
  flag: 'new-checkout',
});

describe('canary-step with provider flagd', () => {
  it('sets fractional splits that flagd evaluates to each weight, sticky and leaving other flags alone', async () => {
    const file = flagFile();
    const before = evaluate(file);
    const contexts: Record<string, string>[] = [
      { targetingKey: 'a', plan: 'pro' },
      { targetingKey: 'b', plan: 'free' },
      { targetingKey: 'c' },
    ];
    const bannerBefore = contexts.map(
      (c) => before.resolveStringEvaluation('banner-color', 'x', c).value,
    );
    let previouslyOn = new Set<string>();
    for (const weight of [10, 50]) {
      const result = await runAction('canary-step', {
        inputs: { ...flagInputs(file), weight: String(weight), duration: '1s' },
      });
      expect(result.errors).toEqual([]);
      const core = evaluate(file);
      const on = keys.filter(
        (k) => core.resolveBooleanEvaluation('new-checkout', false, { targetingKey: k }).value,
      );
      expect(Math.abs(on.length / keys.length - weight / 100)).toBeLessThanOrEqual(0.02);
      for (const k of previouslyOn) expect(on).toContain(k);
      previouslyOn = new Set(on);
      expect(
        contexts.map((c) => core.resolveStringEvaluation('banner-color', 'x', c).value),
      ).toEqual(bannerBefore);
    }
    expect(previouslyOn.size).toBeGreaterThan(4000);
  }, 60_000);

  it('promotes to 100 and aborts to 0 at once', async () => {
    const file = flagFile();
    const promoted = await runAction('canary-step', {
      inputs: { ...flagInputs(file), steps: '20@200ms,100' },
    });
    expect(promoted.outputs.decision).toBe('promoted');
    expect(
      keys
        .slice(0, 500)
        .every(
          (k) =>
            evaluate(file).resolveBooleanEvaluation('new-checkout', false, { targetingKey: k })
              .value,
        ),
    ).toBe(true);
    const aborted = await runAction('canary-step', {
      signalAfter: { ms: 1500, signal: 'SIGTERM' },
      inputs: { ...flagInputs(file), steps: '30@60s,100' },
    });
    expect(aborted.exitCode).toBe(1);
    const core = evaluate(file);
    expect(
      keys
        .slice(0, 500)
        .some(
          (k) => core.resolveBooleanEvaluation('new-checkout', false, { targetingKey: k }).value,
        ),
    ).toBe(false);
  }, 60_000);

  it('refuses a missing flag or variant without writing', async () => {
    const file = flagFile();
    const bytes = readFileSync(file, 'utf8');
    const missing = await runAction('canary-step', {
      inputs: { ...flagInputs(file), flag: 'nope', weight: '10', duration: '1s' },
    });
    expect(missing.errors[0]).toBe(
      "Input 'flag' is 'nope', which '" +
        file +
        "' does not define: use one of new-checkout, banner-color",
    );
    const variant = await runAction('canary-step', {
      inputs: { ...flagInputs(file), 'on-variant': 'enabled', weight: '10', duration: '1s' },
    });
    expect(variant.errors[0]).toBe(
      "Input 'on-variant' is 'enabled', which flag 'new-checkout' does not have: use one of on, off",
    );
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });

  it('refuses a file flagd would reject, without writing', async () => {
    const file = flagFile();
    const broken = {
      flags: {
        'new-checkout': {
          state: 'SOMETIMES',
          variants: { on: true, off: false },
          defaultVariant: 'off',
        },
      },
    };
    writeFileSync(file, JSON.stringify(broken));
    const result = await runAction('canary-step', {
      inputs: { ...flagInputs(file), weight: '10', duration: '1s' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors[0]).toMatch(/is not a valid flagd flag definition/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(broken);
  });
});
