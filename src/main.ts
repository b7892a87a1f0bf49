import { run as buildArtifact } from './actions/build-artifact/index.js';
import { run as canaryStep } from './actions/canary-step/index.js';
import { post as canaryStepPost } from './actions/canary-step/post.js';
import { run as healthGate } from './actions/health-gate/index.js';
import { run as promoteEnvironment } from './actions/promote-environment/index.js';
import { post as promoteEnvironmentPost } from './actions/promote-environment/post.js';
import { run as rollback } from './actions/rollback/index.js';
import { post as rollbackPost } from './actions/rollback/post.js';

/**
 * The one bundle every action shares: `dist/<name>/index.js` is a two-line stub that calls
 * this with its name, so the five actions do not ship five near-identical copies of Octokit.
 */
const entries: Record<string, () => Promise<void>> = {
  'build-artifact': buildArtifact,
  'promote-environment': promoteEnvironment,
  'canary-step': canaryStep,
  'health-gate': healthGate,
  rollback,
  'canary-step:post': canaryStepPost,
  'promote-environment:post': promoteEnvironmentPost,
  'rollback:post': rollbackPost,
};

export async function run(name: string): Promise<void> {
  const entry = entries[name];
  if (!entry) throw new Error(`Unknown Glidepath entry '${name}'`);
  await entry();
}
