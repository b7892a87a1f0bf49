/**
 * A small router: a table of `{ method, pattern, handler }` entries whose patterns are path
 * templates in GitHub's OpenAPI spelling (`/repos/{owner}/{repo}/deployments/{deployment_id}`),
 * the same strings as in operations.json, so the routes and the OpenAPI check share one
 * vocabulary.
 *
 * A `{param}` matches one segment; one named `…_id` matches digits only, as GitHub's ids are;
 * the shapes given to `createRouter` override either (`{ tag: '.+' }` lets a tag like
 * `release/v1` span several segments, as GitHub's `x-multi-segment` does). Parameters are
 * handed to the handler URI-decoded.
 */

export interface Route<C, R> {
  /** Upper case: GET, POST, PUT, PATCH, DELETE. */
  method: string;
  pattern: string;
  handler: (call: C, params: Record<string, string>) => R;
}

export interface RouteMatch<C, R> {
  route: Route<C, R>;
  params: Record<string, string>;
}

export interface Router<C, R> {
  /** The first route (in table order) whose method and template match, with its parameters. */
  match(method: string, path: string): RouteMatch<C, R> | undefined;
}

interface Compiled<C, R> {
  route: Route<C, R>;
  regex: RegExp;
  names: string[];
}

export function createRouter<C, R>(
  routes: readonly Route<C, R>[],
  shapes: Record<string, string> = {},
): Router<C, R> {
  const compiled = routes.map((route) => ({ route, ...compileTemplate(route.pattern, shapes) }));
  return {
    match(method, path) {
      for (const c of compiled as Compiled<C, R>[]) {
        if (c.route.method !== method) continue;
        const params = paramsOf(c, path);
        if (params) return { route: c.route, params };
      }
      return undefined;
    },
  };
}

/**
 * Matches the start of `path` against a template (`/repos/{owner}/{repo}`): its parameters when
 * the path is the template itself or goes on with `/…`, else undefined.
 */
export function matchPrefix(
  template: string,
  path: string,
  shapes: Record<string, string> = {},
): Record<string, string> | undefined {
  const { regex, names } = compileTemplate(template, shapes, '(?:/.*)?');
  return paramsOf({ regex, names }, path);
}

function compileTemplate(
  template: string,
  shapes: Record<string, string>,
  tail = '',
): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[a-z_]+\})/)
    .map((part) => {
      const name = /^\{([a-z_]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return `(${shapes[name] ?? (name.endsWith('_id') ? '\\d+' : '[^/]+')})`;
    })
    .join('');
  return { regex: new RegExp(`^${source}${tail}$`), names };
}

function paramsOf(
  compiled: { regex: RegExp; names: string[] },
  path: string,
): Record<string, string> | undefined {
  const m = compiled.regex.exec(path);
  if (!m) return undefined;
  return Object.fromEntries(
    compiled.names.map((name, i) => [name, decodeURIComponent(m[i + 1] ?? '')]),
  );
}
