/**
 * The entry table: the one bundle every action shares. `dist/<name>/index.js` (and `post.js`) is a
 * two-line stub that calls `run` with its name; each entry is loaded on demand, so an action loads
 * only its own code (a separate chunk) and the five actions do not ship five copies of Octokit.
 */
const entries: Record<string, () => Promise<() => Promise<void>>> = {
  'build-artifact': async () => (await import('./actions/build-artifact/index.js')).run,
  'promote-environment': async () => (await import('./actions/promote-environment/index.js')).run,
  'canary-step': async () => (await import('./actions/canary-step/index.js')).run,
  'health-gate': async () => (await import('./actions/health-gate/index.js')).run,
  rollback: async () => (await import('./actions/rollback/index.js')).run,
  'canary-step:post': async () => (await import('./actions/canary-step/post.js')).post,
  'promote-environment:post': async () =>
    (await import('./actions/promote-environment/post.js')).post,
  'rollback:post': async () => (await import('./actions/rollback/post.js')).post,
};

export async function run(name: string): Promise<void> {
  const load = entries[name];
  if (!load) throw new Error(`Unknown Glidepath entry '${name}'`);
  await (
    await load()
  )();
}
