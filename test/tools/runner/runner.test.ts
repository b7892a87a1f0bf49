import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, logText, parseCommands, runAction } from '../../../lab/runner.js';

const fixture = path.join(import.meta.dirname, '..', '..', 'fixtures', 'state-action');

describe('runner-faithful harness', () => {
  it('fills defaults, passes state from main to post, and parses files and commands', async () => {
    const result = await runAction(fixture, {
      event: {
        name: 'workflow_dispatch',
        payload: { inputs: { environment: 'production', to: 'previous' } },
      },
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs.echoed).toBe('hello workflow_dispatch\nsecond line');
    expect(result.env.FIXTURE_VAR).toBe('exported');
    expect(result.masks).toEqual([DEFAULT_TOKEN]);
    expect(result.warnings).toEqual(['careful, 100%: really']);
    expect(result.commands.map((c) => c.command)).toEqual([
      'add-mask',
      'group',
      'warning',
      'endgroup',
    ]);
    expect(logText(result)).not.toContain(DEFAULT_TOKEN);
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.outputs.echoed).toBe(
      'post:hello:{"environment":"production","to":"previous"}',
    );
  });

  it('runs an always() post step after a failed main', async () => {
    const result = await runAction(fixture, { inputs: { fail: 'true', greeting: 'hi' } });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toEqual(['main failed on purpose']);
    expect(result.post?.stdout).toContain('post sees hi');
  });

  it('unescapes workflow command data and properties', () => {
    expect(parseCommands('::error file=a%2Cb.ts,line=3::one%0Atwo %25\nplain\n::debug::x')).toEqual(
      [
        { command: 'error', properties: { file: 'a,b.ts', line: '3' }, message: 'one\ntwo %' },
        { command: 'debug', properties: {}, message: 'x' },
      ],
    );
  });
});
