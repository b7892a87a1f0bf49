/** A bundle is a few kilobytes; anything over this (inline, downloaded or once decompressed) is refused. */
export const MAX_BUNDLE_BYTES = 1024 * 1024;
