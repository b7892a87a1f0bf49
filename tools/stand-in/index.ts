/** The GitHub API stand-in's public face: what tests, lab/, bench/ and the demo use. */
export {
  DEFAULT_TOKEN_PERMISSIONS,
  GitHubStandIn,
  type Fault,
  type Permission,
  type RequestLogEntry,
  type Scope,
  type StandInOptions,
  type TokenPermissions,
} from './server.js';
export type { Violation } from './openapi.js';
export type {
  AssetRecord,
  DeploymentRecord,
  EnvironmentRecord,
  ReleaseRecord,
  RepoState,
  StatusRecord,
} from './store.js';
