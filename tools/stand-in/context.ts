import type { IncomingMessage } from 'node:http';
import type { Scope } from './auth.js';
import type { Reply } from './errors.js';
import type { Body } from './requests.js';
import type { Route } from './router.js';
import { emptyRepo, type RepoState, type StandInState } from './store.js';

/** What handlers and representations work on: the state, one repository, who asks, from where. */
export interface Ctx {
  state: StandInState;
  repo: RepoState;
  /** The stand-in's base URL, for the URLs in answers. */
  origin: string;
  actor: string;
}

/** One request to a repository's REST route, inside the store's update. */
export interface RepoCall {
  ctx: Ctx;
  method: string;
  /** Without query string and trailing slash (and /api/uploads), as matched. */
  path: string;
  query: Record<string, string>;
  body: Body;
  /** The JSON body, or `{}`. */
  json: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** Throws 403 when the token lacks `scope` at `level`. */
  need(scope: Scope, level: 'read' | 'write'): void;
}

export type RepoRoute = Route<RepoCall, Reply>;

/** Advances the stand-in's clock by a second: every write gets its own created_at. */
export function tick(state: StandInState): number {
  state.clock += 1;
  return state.clock;
}

export function nextId(state: StandInState): number {
  state.nextId += 1;
  return state.nextId;
}

/** The repository's state; every repository exists, one not seen yet is created empty. */
export function repoOf(state: StandInState, owner: string, name: string): RepoState {
  const key = `${owner}/${name}`;
  state.repos[key] ??= emptyRepo(owner, name, nextId(state));
  return state.repos[key] as RepoState;
}
