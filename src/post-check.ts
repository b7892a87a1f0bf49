import { nothingLeftOpen } from './core/handoff/keys.js';

/**
 * The second bundle entry (dist/post-check/index.js): what every post stub asks before it loads
 * the whole bundle. It imports nothing else, so a post step after a clean main costs one small file.
 */
export { nothingLeftOpen };
