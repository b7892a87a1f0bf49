import { describe, expect, it } from 'vitest';
import { realServer } from '../../lab/real.js';

// The real servers later tests drive (traffic providers, metrics, the report viewer). Each is
// checked here so a broken install shows up as one clear failure rather than many.
describe.each(['haproxy', 'nginx', 'prometheus', 'chromium'] as const)('real %s', (name) => {
  const server = realServer(name);
  it.skipIf(!server.available)(`runs and reports its version`, () => {
    expect(server.version).toMatch(name === 'chromium' ? /Chromium \d+/ : /\d+\.\d+/);
  });
});
