import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../../../src/core/runtime/yaml.js';
import { readPipeline } from '../../../src/core/pipeline/config.js';
import { waveAround, wavesOf } from '../../../src/core/pipeline/waves.js';
import { tempDir, writeTree } from '../../../lab/fixtures.js';

beforeAll(async () => {
  await loadYaml();
});

const read = (text: string) => () => {
  const ws = tempDir();
  writeTree(ws, { '.github/glidepath.yml': text });
  return readPipeline([], '.github/glidepath.yml', ws);
};

describe('waves in the config file', () => {
  it('flattens a stage of waves in order, each region knowing its wave', () => {
    const pipeline = read(
      "environments:\n  - staging\n  - name: production\n    waves:\n      - prod-us-east\n      - [prod-eu-west, {name: prod-ap-south, allow-skip: 'region being rebuilt'}]\n      - [prod-sa-east]\n",
    )();
    expect(pipeline.map((e) => [e.name, e.stage, e.wave, e.skipReason])).toEqual([
      ['staging', undefined, undefined, undefined],
      ['prod-us-east', 'production', 0, undefined],
      ['prod-eu-west', 'production', 1, undefined],
      ['prod-ap-south', 'production', 1, 'region being rebuilt'],
      ['prod-sa-east', 'production', 2, undefined],
    ]);
    expect(wavesOf(pipeline).map((w) => w.map((e) => e.name))).toEqual([
      ['staging'],
      ['prod-us-east'],
      ['prod-eu-west', 'prod-ap-south'],
      ['prod-sa-east'],
    ]);
    const around = waveAround(pipeline, 'prod-sa-east');
    expect(around.previous.map((e) => e.name)).toEqual(['prod-eu-west', 'prod-ap-south']);
    expect(around.last).toBe(true);
    expect(waveAround(pipeline, 'prod-us-east').previous.map((e) => e.name)).toEqual(['staging']);
    expect(waveAround(pipeline, 'prod-eu-west').last).toBe(false);
    expect(waveAround(pipeline, 'staging').previous).toEqual([]);
  });

  it('regions: the first region alone, then the rest as one wave', () => {
    const pipeline = read(
      'environments:\n  - staging\n  - name: production\n    regions: [prod-us-east, prod-eu-west, prod-ap-south]\n',
    )();
    expect(wavesOf(pipeline).map((w) => w.map((e) => e.name))).toEqual([
      ['staging'],
      ['prod-us-east'],
      ['prod-eu-west', 'prod-ap-south'],
    ]);
    expect(read('environments:\n  - name: production\n    regions: [a, [b, c]]\n')).toThrow(
      /environments\[0\]\.regions holding a list/,
    );
    expect(read('environments:\n  - name: production\n    regions: [a]\n    waves: [b]\n')).toThrow(
      /both waves and regions/,
    );
  });

  it('keeps two plain environments as two waves', () => {
    const pipeline = read('environments: [dev, staging]\n')();
    expect(wavesOf(pipeline)).toHaveLength(2);
  });

  it.each([
    ['    waves: []\n', /environments\[1\]\.waves empty or not a list/],
    ['    waves:\n      - prod-us\n      - []\n', /environments\[1\]\.waves\[1\] empty/],
    ['    waves:\n      - prod-us\n      - [prod-eu, prod-us]\n', /lists 'prod-us' twice/],
    ['    waves: [prod-us]\n    rollout: fast\n', /unknown key 'rollout' in environments\[1\]/],
    [
      '    waves:\n      - [prod-us, {name: prod-eu, colour: red}]\n',
      /unknown key 'colour' in environments\[1\]\.waves\[0\]\[1\]/,
    ],
    [
      '    waves:\n      - [prod-us, {name: prod-eu, allow-skip: true}]\n',
      /environments\[1\]\.waves\[0\]\[1\]\.allow-skip 'true', not a reason/,
    ],
  ])('refuses %j naming the key', (stage, message) => {
    expect(read(`environments:\n  - staging\n  - name: production\n${stage}`)).toThrow(message);
  });

  it('refuses an environment in a wave and outside it', () => {
    expect(
      read('environments:\n  - prod-us\n  - name: production\n    waves: [[prod-eu, prod-us]]\n'),
    ).toThrow(/lists 'prod-us' twice/);
  });
});
