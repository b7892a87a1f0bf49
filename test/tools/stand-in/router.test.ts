import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOpenApiValidator } from '../../../tools/stand-in/openapi.js';
import { createRouter, matchPrefix, type Route } from '../../../tools/stand-in/router.js';
import { REPO_SCOPE, repoRouter, repoRoutes } from '../../../tools/stand-in/routes.js';

const OPERATIONS = JSON.parse(
  readFileSync(new URL('../../../tools/stand-in/operations.json', import.meta.url), 'utf8'),
) as Array<[string, string]>;

const named = (name: string): Route<void, string> => ({
  method: 'GET',
  pattern: '',
  handler: () => name,
});

describe('router', () => {
  const router = createRouter<void, string>(
    [
      { ...named('list'), pattern: '/repos/{owner}/{repo}/releases' },
      { ...named('tag'), pattern: '/repos/{owner}/{repo}/releases/tags/{tag}' },
      { ...named('one'), pattern: '/repos/{owner}/{repo}/releases/{release_id}' },
      { ...named('env'), pattern: '/repos/{owner}/{repo}/environments/{environment_name}' },
      { ...named('put'), method: 'PUT', pattern: '/repos/{owner}/{repo}/releases/{release_id}' },
      { ...named('dot'), pattern: '/a.b/{x}' },
    ],
    { tag: '.+' },
  );
  const hit = (method: string, path: string) => {
    const found = router.match(method, path);
    return found && { name: found.route.handler(undefined, found.params), params: found.params };
  };

  it('matches method and template, handing over decoded parameters', () => {
    expect(hit('GET', '/repos/o/r/releases')).toEqual({
      name: 'list',
      params: { owner: 'o', repo: 'r' },
    });
    expect(hit('GET', '/repos/o%20x/r/environments/prod%2Feu')).toEqual({
      name: 'env',
      params: { owner: 'o x', repo: 'r', environment_name: 'prod/eu' },
    });
    expect(hit('PUT', '/repos/o/r/releases/7')?.name).toBe('put');
    expect(hit('DELETE', '/repos/o/r/releases/7')).toBeUndefined();
  });

  it('matches ids as digits only, other parameters as one segment unless a shape says more', () => {
    expect(hit('GET', '/repos/o/r/releases/12')?.params.release_id).toBe('12');
    expect(hit('GET', '/repos/o/r/releases/latest')).toBeUndefined();
    expect(hit('GET', '/repos/o/r/releases/tags/release/v1')?.params.tag).toBe('release/v1');
    expect(hit('GET', '/repos/o/r/environments/a/b')).toBeUndefined();
    expect(hit('GET', '/repos/o/r/releases/')).toBeUndefined();
    expect(hit('GET', '/repos/o/r/releases/12/x')).toBeUndefined();
  });

  it('takes template text literally', () => {
    expect(hit('GET', '/a.b/1')?.name).toBe('dot');
    expect(hit('GET', '/aXb/1')).toBeUndefined();
  });

  it('matches a prefix template alone or followed by more segments', () => {
    expect(matchPrefix(REPO_SCOPE, '/repos/o/r')).toEqual({ owner: 'o', repo: 'r' });
    expect(matchPrefix(REPO_SCOPE, '/repos/o/r/deployments/1')).toEqual({ owner: 'o', repo: 'r' });
    expect(matchPrefix(REPO_SCOPE, '/repos/o')).toBeUndefined();
    expect(matchPrefix(REPO_SCOPE, '/repository/o/r')).toBeUndefined();
  });
});

describe("the stand-in's routes", () => {
  const validator = createOpenApiValidator();
  /** A path for a template: ids are digits, a tag has a slash in it. */
  const example = (template: string) =>
    template.replace(/\{([a-z_]+)\}/g, (_, name: string) =>
      name.endsWith('_id') ? '12' : name === 'tag' ? 'release/v1' : `${name}-x`,
    );

  it('use operations.json templates, each method and template once', () => {
    const known = new Set(OPERATIONS.map(([method, path]) => `${method.toUpperCase()} ${path}`));
    const routed = repoRoutes.map((r) => `${r.method} ${r.pattern}`);
    expect(routed.filter((r) => !known.has(r))).toEqual([]);
    expect(new Set(routed).size).toBe(routed.length);
  });

  it('resolve a path to the same template as the OpenAPI check does', () => {
    for (const route of repoRoutes) {
      const path = example(route.pattern);
      expect(repoRouter.match(route.method, path)?.route, path).toBe(route);
      expect(validator.match(route.method, path)?.template, path).toBe(route.pattern);
    }
  });

  it('leave out only the operations answered elsewhere or not at all', () => {
    const routed = new Set(repoRoutes.map((r) => `${r.method} ${r.pattern}`));
    const unrouted = OPERATIONS.map(([m, p]) => `${m.toUpperCase()} ${p}`).filter(
      (op) => !routed.has(op),
    );
    expect(unrouted.sort()).toEqual([
      'GET /rate_limit',
      'GET /repos/{owner}/{repo}',
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
      'POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments',
    ]);
  });
});
