// What an environment may be called: apart from config.ts, so that an action checking a name
// does not load the config file's reader and semver with it (start-up on bad input).
export const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,254}$/;
