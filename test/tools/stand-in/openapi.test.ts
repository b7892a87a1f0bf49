import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { createOpenApiValidator, type Violation } from '../../../tools/stand-in/openapi.js';

const subset = JSON.parse(
  readFileSync(
    new URL('../../../tools/stand-in/github-openapi-subset.json', import.meta.url),
    'utf8',
  ),
) as {
  info: { description: string };
  paths: Record<string, Record<string, { operationId: string; servers?: Array<{ url: string }> }>>;
  components: Record<string, Record<string, unknown>>;
};

const validator = createOpenApiValidator();

/** The operations the extraction script keeps: the subset must hold each one. */
const OPERATIONS = JSON.parse(
  readFileSync(new URL('../../../tools/stand-in/operations.json', import.meta.url), 'utf8'),
) as Array<[string, string]>;

const messages = (violations: Violation[]): string[] => violations.map((v) => v.message);

const user = {
  login: 'octocat',
  id: 1,
  node_id: 'MDQ6VXNlcjE=',
  avatar_url: 'https://github.com/images/error/octocat_happy.gif',
  gravatar_id: '',
  url: 'https://api.github.com/users/octocat',
  html_url: 'https://github.com/octocat',
  followers_url: 'https://api.github.com/users/octocat/followers',
  following_url: 'https://api.github.com/users/octocat/following{/other_user}',
  gists_url: 'https://api.github.com/users/octocat/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/octocat/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/octocat/subscriptions',
  organizations_url: 'https://api.github.com/users/octocat/orgs',
  repos_url: 'https://api.github.com/users/octocat/repos',
  events_url: 'https://api.github.com/users/octocat/events{/privacy}',
  received_events_url: 'https://api.github.com/users/octocat/received_events',
  type: 'User',
  site_admin: false,
};

const deployment = {
  url: 'https://api.github.com/repos/octocat/example/deployments/1',
  id: 1,
  node_id: 'MDEwOkRlcGxveW1lbnQx',
  sha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
  ref: 'topic-branch',
  task: 'deploy',
  payload: {},
  original_environment: 'staging',
  environment: 'production',
  description: 'Deploy request from hubot',
  creator: user,
  created_at: '2012-07-20T01:19:13Z',
  updated_at: '2012-07-20T01:19:13Z',
  statuses_url: 'https://api.github.com/repos/octocat/example/deployments/1/statuses',
  repository_url: 'https://api.github.com/repos/octocat/example',
  transient_environment: false,
  production_environment: true,
};

const request = (
  method: string,
  path: string,
  extra: {
    query?: Record<string, string>;
    headers?: Record<string, string | undefined>;
    body?: unknown;
  } = {},
) =>
  validator.validateRequest({
    method,
    path,
    query: extra.query ?? {},
    headers: extra.headers ?? {},
    body: extra.body,
  });
const response = (
  method: string,
  path: string,
  status: number,
  body: unknown,
  headers: Record<string, string | undefined> = {},
) => validator.validateResponse({ method, path, status, headers, body });

describe('github-openapi-subset.json', () => {
  it('contains every operation the stand-in serves, and nothing else', () => {
    for (const [method, path] of OPERATIONS) {
      expect(subset.paths[path]?.[method]?.operationId, `${method.toUpperCase()} ${path}`).toEqual(
        expect.any(String),
      );
    }
    const kept = Object.entries(subset.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    );
    expect(kept.sort()).toEqual(OPERATIONS.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('keeps the upload server, records its source, and drops examples and x-github', () => {
    expect(
      subset.paths['/repos/{owner}/{repo}/releases/{release_id}/assets']?.['post']?.servers,
    ).toEqual([{ url: 'https://uploads.github.com' }]);
    expect(subset.info.description).toMatch(/@octokit\/openapi \d+\.\d+\.\d+/);
    expect(subset.components['examples']).toBeUndefined();
    const text = JSON.stringify(subset);
    expect(text).not.toContain('"x-github"');
    expect(text).not.toContain('"example"');
    expect(text).not.toContain('"examples"');
    expect(subset.components['schemas']?.['deployment']).toBeDefined();
  });
});

describe('match', () => {
  it('finds operations and decodes path parameters', () => {
    expect(validator.match('GET', '/repos/o/r/deployments/5')).toEqual({
      operationId: 'repos/get-deployment',
      template: '/repos/{owner}/{repo}/deployments/{deployment_id}',
      params: { owner: 'o', repo: 'r', deployment_id: '5' },
    });
    expect(validator.match('post', '/repos/o/r/deployments?x=1')?.operationId).toBe(
      'repos/create-deployment',
    );
    expect(
      validator.match('GET', '/repos/o/r/environments/qa%2Feu')?.params['environment_name'],
    ).toBe('qa/eu');
    expect(validator.match('GET', '/rate_limit')?.template).toBe('/rate_limit');
    expect(validator.match('GET', '/repos/o/r')?.template).toBe('/repos/{owner}/{repo}');
  });

  it('prefers the template with more literal segments', () => {
    expect(validator.match('GET', '/repos/o/r/releases/tags/v1.2.3')?.template).toBe(
      '/repos/{owner}/{repo}/releases/tags/{tag}',
    );
    expect(validator.match('GET', '/repos/o/r/releases/42')?.template).toBe(
      '/repos/{owner}/{repo}/releases/{release_id}',
    );
    expect(validator.match('GET', '/repos/o/r/releases/assets/7')?.template).toBe(
      '/repos/{owner}/{repo}/releases/assets/{asset_id}',
    );
    expect(validator.match('DELETE', '/repos/o/r/releases/assets/7')?.operationId).toBe(
      'repos/delete-release-asset',
    );
    expect(validator.match('GET', '/repos/o/r/releases/42/assets')?.operationId).toBe(
      'repos/list-release-assets',
    );
    // Truly ambiguous paths (both templates match, with equally many literals): the leftmost literal wins.
    expect(validator.match('GET', '/repos/o/r/releases/tags/assets')).toEqual({
      operationId: 'repos/get-release-by-tag',
      template: '/repos/{owner}/{repo}/releases/tags/{tag}',
      params: { owner: 'o', repo: 'r', tag: 'assets' },
    });
    expect(validator.match('GET', '/repos/o/r/releases/assets/assets')?.operationId).toBe(
      'repos/get-release-asset',
    );
  });

  it('lets the tag (x-multi-segment in the spec) contain slashes, encoded or not', () => {
    expect(validator.match('GET', '/repos/o/r/releases/tags/release/v1')?.params).toEqual({
      owner: 'o',
      repo: 'r',
      tag: 'release/v1',
    });
    expect(validator.match('GET', '/repos/o/r/releases/tags/release%2Fv1')?.params['tag']).toBe(
      'release/v1',
    );
    expect(validator.match('GET', '/repos/o/r/deployments/5/statuses/6/7')).toBeUndefined();
  });

  it('ranks literal count before literal position, on any spec', () => {
    const ok = { '200': { description: 'ok' } };
    const custom = createOpenApiValidator({
      openapi: '3.0.3',
      paths: {
        '/a/{q}/{r}': { get: { operationId: 'leftmost', responses: ok } },
        '/{p}/b/c': { get: { operationId: 'most-literals', responses: ok } },
      },
    });
    expect(custom.match('GET', '/a/b/c')?.operationId).toBe('most-literals');
    expect(custom.match('GET', '/a/b/d')?.operationId).toBe('leftmost');
  });

  it('returns undefined for paths or methods the subset does not describe', () => {
    expect(validator.match('GET', '/repos/o/r/issues')).toBeUndefined();
    expect(validator.match('GET', '/repos/o/r/deployments/5/extra/thing')).toBeUndefined();
    expect(validator.match('PATCH', '/repos/o/r/deployments/5')).toBeUndefined();
    expect(validator.match('GET', '/repos/o//deployments')).toBeUndefined();
    expect(messages(request('GET', '/repos/o/r/issues'))).toEqual([
      'no operation in the OpenAPI subset matches GET /repos/o/r/issues',
    ]);
    expect(messages(request('PATCH', '/repos/o/r/deployments/5'))[0]).toContain(
      'only described for GET, DELETE',
    );
  });
});

describe('validateRequest', () => {
  it('accepts a valid create-deployment body', () => {
    expect(
      request('POST', '/repos/o/r/deployments', {
        body: {
          ref: 'main',
          environment: 'staging',
          auto_merge: false,
          required_contexts: [],
          payload: { a: 1 },
          description: null,
        },
      }),
    ).toEqual([]);
    expect(
      request('POST', '/repos/o/r/deployments', {
        body: '{"ref":"main","payload":"{}"}',
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      }),
    ).toEqual([]);
  });

  it('rejects a body without ref or with a non-boolean auto_merge', () => {
    expect(
      messages(request('POST', '/repos/o/r/deployments', { body: { environment: 'staging' } })),
    ).toEqual([
      "POST /repos/{owner}/{repo}/deployments request body: must have required property 'ref'",
    ]);
    const violations = request('POST', '/repos/o/r/deployments', {
      body: { ref: 'main', auto_merge: 'yes' },
    });
    expect(violations).toEqual([
      {
        kind: 'request',
        method: 'POST',
        path: '/repos/o/r/deployments',
        message: 'POST /repos/{owner}/{repo}/deployments request body: /auto_merge must be boolean',
      },
    ]);
    expect(messages(request('POST', '/repos/o/r/deployments'))).toEqual([
      'POST /repos/{owner}/{repo}/deployments request body: a JSON body is required',
    ]);
    expect(messages(request('POST', '/repos/o/r/deployments', { body: '{ref' }))[0]).toContain(
      'is not valid JSON',
    );
  });

  it('checks enums and additionalProperties in request bodies', () => {
    expect(
      request('POST', '/repos/o/r/deployments/1/statuses', {
        body: { state: 'success', environment_url: '' },
      }),
    ).toEqual([]);
    expect(
      messages(
        request('POST', '/repos/o/r/deployments/1/statuses', { body: { state: 'done' } }),
      )[0],
    ).toMatch(/\/state must be equal to one of the allowed values: .*"success"/);
    expect(
      request('PUT', '/repos/o/r/environments/production', {
        body: { wait_timer: 5, reviewers: [{ type: 'User', id: 1 }] },
      }),
    ).toEqual([]);
    expect(request('PUT', '/repos/o/r/environments/production')).toEqual([]);
    expect(
      messages(
        request('PUT', '/repos/o/r/environments/production', {
          body: { wait_timer: 5, colour: 'red' },
        }),
      ),
    ).toEqual([
      "PUT /repos/{owner}/{repo}/environments/{environment_name} request body: must NOT have additional properties: 'colour'",
    ]);
  });

  it('checks query parameter names and types', () => {
    expect(
      request('GET', '/repos/o/r/deployments', {
        query: { environment: 'prod', per_page: '100', page: '2' },
      }),
    ).toEqual([]);
    const unknown = messages(
      request('GET', '/repos/o/r/deployments', { query: { state: 'active' } }),
    );
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toContain("unknown query parameter 'state'");
    expect(
      messages(request('GET', '/repos/o/r/deployments', { query: { per_page: 'abc' } })),
    ).toEqual([
      `GET /repos/{owner}/{repo}/deployments query parameter 'per_page': must be integer (got "abc")`,
    ]);
    expect(
      request('GET', '/repos/o/r/actions/runs/9', { query: { exclude_pull_requests: 'true' } }),
    ).toEqual([]);
    expect(
      messages(
        request('GET', '/repos/o/r/actions/runs/9', { query: { exclude_pull_requests: 'yes' } }),
      )[0],
    ).toContain("'exclude_pull_requests': must be boolean");
  });

  it('checks path parameter types', () => {
    expect(messages(request('GET', '/repos/o/r/deployments/abc'))).toEqual([
      `GET /repos/{owner}/{repo}/deployments/{deployment_id} path parameter 'deployment_id': must be integer (got "abc")`,
    ]);
    expect(request('GET', '/repos/o/r/releases/tags/v1.0.0')).toEqual([]);
  });

  it('rejects a body on an operation that takes none', () => {
    expect(request('DELETE', '/repos/o/r/deployments/3')).toEqual([]);
    expect(
      messages(request('DELETE', '/repos/o/r/deployments/3', { body: { force: true } }))[0],
    ).toContain('takes no request body');
  });

  it('only checks content-type and name for the binary asset upload', () => {
    const path = '/repos/o/r/releases/42/assets';
    expect(
      request('POST', path, {
        query: { name: 'app.tgz', label: 'App' },
        headers: { 'content-type': 'application/gzip' },
        body: Buffer.from([0x1f, 0x8b]),
      }),
    ).toEqual([]);
    const missing = messages(request('POST', path, { body: Buffer.from('x') }));
    expect(missing).toHaveLength(2);
    expect(missing[0]).toContain("missing required query parameter 'name'");
    expect(missing[1]).toContain('missing content-type header');
  });
});

describe('validateResponse', () => {
  it('accepts a realistic deployment as a 201 and rejects a string id', () => {
    expect(
      response('POST', '/repos/o/r/deployments', 201, deployment, {
        'content-type': 'application/json; charset=utf-8',
      }),
    ).toEqual([]);
    expect(
      response('POST', '/repos/o/r/deployments', 201, {
        ...deployment,
        creator: null,
        payload: 'x',
      }),
    ).toEqual([]);
    expect(response('POST', '/repos/o/r/deployments', 201, { ...deployment, id: '1' })).toEqual([
      {
        kind: 'response',
        method: 'POST',
        path: '/repos/o/r/deployments',
        status: 201,
        message: 'POST /repos/{owner}/{repo}/deployments 201 response body: /id must be integer',
      },
    ]);
    expect(
      messages(
        response('POST', '/repos/o/r/deployments', 201, JSON.stringify(deployment), {
          'content-type': 'text/plain',
        }),
      ),
    ).toEqual([
      'POST /repos/{owner}/{repo}/deployments 201 response: content-type "text/plain" is not JSON',
    ]);
  });

  it('reports the offending field inside lists', () => {
    const { creator: _creator, ...withoutCreator } = deployment;
    expect(response('GET', '/repos/o/r/deployments', 200, [deployment])).toEqual([]);
    expect(
      messages(
        response('GET', '/repos/o/r/deployments', 200, [
          deployment,
          { ...deployment, creator: 'octocat' },
        ]),
      ),
    ).toEqual([
      'GET /repos/{owner}/{repo}/deployments 200 response body: /1/creator must be object',
    ]);
    expect(messages(response('GET', '/repos/o/r/deployments', 200, [withoutCreator]))).toEqual([
      "GET /repos/{owner}/{repo}/deployments 200 response body: /0 must have required property 'creator'",
    ]);
    expect(
      messages(
        response('GET', '/repos/o/r/deployments', 200, [
          { ...deployment, created_at: 'yesterday' },
        ]),
      ),
    ).toEqual([
      'GET /repos/{owner}/{repo}/deployments 200 response body: /0/created_at must match format "date-time"',
    ]);
  });

  it('accepts declared error bodies', () => {
    expect(
      response('GET', '/repos/o/r/deployments/9', 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
      }),
    ).toEqual([]);
    expect(messages(response('GET', '/repos/o/r/deployments/9', 404, { message: 404 }))).toEqual([
      'GET /repos/{owner}/{repo}/deployments/{deployment_id} 404 response body: /message must be string',
    ]);
    const validationError = {
      message: 'Validation Failed',
      documentation_url: 'https://docs.github.com/rest',
      errors: [{ resource: 'Deployment', field: 'ref', code: 'invalid', value: null }],
    };
    expect(response('POST', '/repos/o/r/deployments', 422, validationError)).toEqual([]);
    expect(
      messages(
        response('POST', '/repos/o/r/deployments', 422, { message: 'Validation Failed' }),
      )[0],
    ).toContain("required property 'documentation_url'");
    // 409 is declared without a body: none, or a basic-error, is fine.
    expect(response('POST', '/repos/o/r/deployments', 409, undefined)).toEqual([]);
    expect(
      response('POST', '/repos/o/r/deployments', 409, {
        message: 'Conflict: Commit status checks failed for main.',
      }),
    ).toEqual([]);
  });

  it('rejects statuses the operation does not declare', () => {
    expect(
      messages(response('GET', '/repos/o/r/deployments', 418, { message: "I'm a teapot" })),
    ).toEqual([
      'GET /repos/{owner}/{repo}/deployments 418 response status is not declared (declared: 200)',
    ]);
    expect(
      messages(response('GET', '/repos/o/r/environments/prod', 404, { message: 'Not Found' }))[0],
    ).toContain('404 response status is not declared');
    const lenient = createOpenApiValidator(undefined, { undeclaredErrorStatuses: [404] });
    expect(
      lenient.validateResponse({
        method: 'GET',
        path: '/repos/o/r/environments/prod',
        status: 404,
        headers: {},
        body: { message: 'Not Found' },
      }),
    ).toEqual([]);
    expect(
      lenient.validateResponse({
        method: 'GET',
        path: '/repos/o/r/environments/prod',
        status: 404,
        headers: {},
        body: {},
      })[0]?.message,
    ).toContain("required property 'message'");
    const permissive = createOpenApiValidator(undefined, { undeclaredErrorStatuses: [401, 403] });
    expect(
      permissive.validateResponse({
        method: 'PUT',
        path: '/repos/o/r/environments/prod',
        status: 403,
        headers: {},
        body: { message: 'Resource not accessible by integration' },
      }),
    ).toEqual([]);
    expect(
      permissive.validateResponse({
        method: 'GET',
        path: '/repos/o/r/deployments',
        status: 401,
        headers: {},
        body: { message: 'Requires authentication' },
      }),
    ).toEqual([]);
  });

  it('accepts 5xx and rate-limit answers anywhere, as basic errors', () => {
    expect(
      response('GET', '/repos/o/r/deployments', 503, { message: 'Service Unavailable' }),
    ).toEqual([]);
    expect(messages(response('GET', '/repos/o/r/deployments', 503, { error: 'down' }))).toEqual([
      "GET /repos/{owner}/{repo}/deployments 503 response body (basic-error): must have required property 'message'",
    ]);
    expect(
      response(
        'GET',
        '/repos/o/r/deployments',
        403,
        { message: 'API rate limit exceeded for installation ID 1.' },
        { 'x-ratelimit-remaining': '0' },
      ),
    ).toEqual([]);
    expect(
      response(
        'GET',
        '/repos/o/r/deployments',
        429,
        { message: 'You have exceeded a secondary rate limit.' },
        { 'retry-after': '60' },
      ),
    ).toEqual([]);
    expect(
      messages(
        response('GET', '/repos/o/r/deployments', 403, {
          message: 'Resource not accessible by integration',
        }),
      )[0],
    ).toContain('must be a rate-limit answer');
  });

  it('applies OpenAPI 3.0 nullable semantics, also where no type sits beside it', () => {
    const custom = createOpenApiValidator({
      openapi: '3.0.3',
      paths: {
        '/things': {
          get: {
            operationId: 'things',
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      required: ['thing', 'state'],
                      properties: {
                        thing: { allOf: [{ $ref: '#/components/schemas/thing' }], nullable: true },
                        state: { type: 'string', enum: ['a', 'b'], nullable: true },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          thing: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
        },
      },
    });
    const check = (body: unknown) =>
      messages(
        custom.validateResponse({ method: 'GET', path: '/things', status: 200, headers: {}, body }),
      );
    expect(check({ thing: null, state: null })).toEqual([]);
    expect(check({ thing: { id: 1 }, state: 'a' })).toEqual([]);
    expect(check({ thing: { id: 'x' }, state: 'c' })).toEqual(
      [
        'GET /things 200 response body: /thing must match one of the alternatives (/thing/id must be integer; /thing must be null)',
        '/state must be equal to one of the allowed values: "a", "b", null',
      ].map((m, i) => (i === 0 ? m : `GET /things 200 response body: ${m}`)),
    );
  });

  it('requires empty bodies where the spec declares none', () => {
    expect(response('DELETE', '/repos/o/r/releases/5', 204, undefined)).toEqual([]);
    expect(response('DELETE', '/repos/o/r/releases/5', 204, '')).toEqual([]);
    expect(messages(response('DELETE', '/repos/o/r/releases/5', 204, {}))).toEqual([
      'DELETE /repos/{owner}/{repo}/releases/{release_id} 204 response body: must be empty (the spec declares no content for this status)',
    ]);
    expect(messages(response('GET', '/repos/o/r/deployments/1', 200, undefined))[0]).toContain(
      'is empty, but the spec declares a JSON body',
    );
  });
});
