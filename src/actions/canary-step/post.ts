import * as core from '@actions/core';
import { runPost } from '../../core/action.js';

/** The post step restores stable traffic when a canary was left taking it; until canary-step lands, main never shifts traffic. */
export async function post(): Promise<void> {
  await runPost('canary-step', async () => {
    core.debug('canary-step post: no traffic was shifted, nothing to restore');
  });
}
