// Waves for the api-calls bench: one service promoted through a wave of N regions (each with 100
// earlier deployments), the wave after it, and a wave rollback, counted by the stand-in.
import type { GitHubStandIn } from '../tools/stand-in/server.js';
import { tempDir, writeTree } from '../lab/fixtures.js';
import { runAction } from '../lab/runner.js';

export interface WaveResult {
  regions: number;
  /** Calls of each region's promotion (the same for every region, or the worst). */
  promotePerRegion: number;
  /** Calls of the promotion after the wave, which reads every region of it (one query). */
  promoteAfterWave: number;
  /** GraphQL history queries that promotion made. */
  historyQueriesAfterWave: number;
  rollbackPerRegion: number;
  /** Calls of a region that never took the bad digest, left alone by if-digest. */
  rollbackUntouched: number;
}

/** Runs one wave size: staging → wave of `regions` → one region after it. */
export async function measureWave(
  api: GitHubStandIn,
  regions: number,
  buildTo: (store: string, version: string, repository: string, api: string) => Promise<string>,
): Promise<WaveResult> {
  const name = `wave${regions}`;
  const repository = `bench/${name}`;
  const store = tempDir('glidepath-bench-store-');
  const names = Array.from({ length: regions }, (_, i) => `prod-${i + 1}`);
  for (const region of [...names, 'prod-after']) api.seedDeployments('bench', name, region, 100);
  const ws = tempDir('glidepath-bench-ws-');
  // One more region beside the wave that never gets the bad version, for the rollback's skip.
  writeTree(ws, {
    '.github/glidepath.yml': `environments:\n  - staging\n  - name: production\n    waves:\n      - [${names.join(', ')}]\n      - prod-after\n  - prod-spare\n`,
  });
  const count = () => api.apiCalls(repository).length;
  const queries = () => api.apiCalls(repository).filter((c) => c.path === '/graphql').length;
  let runId = 100;
  const promote = async (environment: string, inputs: Record<string, string> = {}) => {
    const before = count();
    const result = await runAction('promote-environment', {
      apiUrl: api.url,
      repository,
      workspace: ws,
      runId: runId++,
      inputs: { environment, ...inputs },
    });
    if (result.exitCode !== 0) throw new Error(`${environment}: ${result.errors.join('; ')}`);
    return { calls: count() - before, digest: result.outputs.digest as string };
  };
  let promotePerRegion = 0;
  let digest = '';
  for (const version of ['1.0.0', '2.0.0']) {
    const archive = await buildTo(store, version, repository, api.url);
    digest = (await promote('staging', { 'artifact-path': archive })).digest;
    for (const region of names) {
      const { calls } = await promote(region);
      if (version === '2.0.0') promotePerRegion = Math.max(promotePerRegion, calls);
    }
  }
  const q = queries();
  const after = await promote('prod-after');
  const historyQueriesAfterWave = queries() - q;
  let rollbackPerRegion = 0;
  const rollback = async (environment: string) => {
    const before = count();
    const result = await runAction('rollback', {
      apiUrl: api.url,
      repository,
      runId: runId++,
      inputs: { environment, reason: 'bench: wave rollback', 'if-digest': digest },
    });
    if (result.exitCode !== 0)
      throw new Error(`rollback ${environment}: ${result.errors.join('; ')}`);
    return { calls: count() - before, to: result.outputs['rolled-back-to'] };
  };
  for (const region of names) {
    const { calls, to } = await rollback(region);
    if (to !== '1.0.0') throw new Error(`rollback ${region} went to '${to}', not 1.0.0`);
    rollbackPerRegion = Math.max(rollbackPerRegion, calls);
  }
  const untouched = await rollback('prod-spare');
  if (untouched.to !== '') throw new Error('if-digest rolled back a region that never took it');
  return {
    regions,
    promotePerRegion,
    promoteAfterWave: after.calls,
    historyQueriesAfterWave,
    rollbackPerRegion,
    rollbackUntouched: untouched.calls,
  };
}
