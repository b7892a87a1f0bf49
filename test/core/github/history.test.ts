// Which deployments are one service's, where several services (artifact names) share an
// environment: the rule rollback and canary-step read their history through.
import { describe, expect, it } from 'vitest';
import { ofArtifact, type DeploymentView } from '../../../src/core/github/index.js';
import { ConfigError } from '../../../src/core/runtime/index.js';

let id = 100;
const view = (name: string, runId: number): DeploymentView =>
  ({
    id: (id -= 1),
    payload: { glidepath: 1, name, run_id: runId, version: `1.0.${id}` },
    states: ['success'],
    latestState: 'success',
  }) as unknown as DeploymentView;

describe('ofArtifact', () => {
  const shared = [view('api', 4), view('web', 3), view('api', 2), view('web', 1)];

  it('keeps the named artifact only, newest first', () => {
    expect(ofArtifact(shared, 'production', 'web', 999).map((d) => d.payload?.run_id)).toEqual([
      3, 1,
    ]);
  });

  it("takes the artifact this run deployed when none is named, even when another's is newer", () => {
    expect(ofArtifact(shared, 'production', undefined, 3).map((d) => d.payload?.name)).toEqual([
      'web',
      'web',
    ]);
  });

  it('refuses to guess between several artifacts, naming the input and the artifacts', () => {
    expect(() => ofArtifact(shared, 'production', undefined, 999)).toThrow(ConfigError);
    expect(() => ofArtifact(shared, 'production', undefined, 999)).toThrow(
      "Input 'artifact-name' is not set, and the recent deployments of production are of 2 artifacts (api, web)",
    );
  });

  it('refuses a name with no deployment there, and lists the ones there are', () => {
    expect(() => ofArtifact(shared, 'production', 'worker', 999)).toThrow(
      /^Input 'artifact-name' is 'worker', but no recent deployment of production is of it: use one of api, web$/,
    );
  });

  it('leaves a one-service history as it is, and an empty one empty', () => {
    const one = [view('web', 2), view('web', 1)];
    expect(ofArtifact(one, 'dev', undefined, 999)).toEqual(one);
    expect(ofArtifact([], 'dev', 'web', 999)).toEqual([]);
  });
});
