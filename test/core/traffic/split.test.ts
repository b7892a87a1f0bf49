import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NginxSplit,
  parseSticky,
  readSticky,
  stickyText,
} from '../../../src/core/traffic/index.js';

describe('readSticky', () => {
  it.each([
    [undefined, 'embedded', 'address'],
    ['cookie:uid', 'nginx', 'cookie:uid'],
    ['header:x-user-id', 'haproxy', 'header:x-user-id'],
    [undefined, 'flagd', 'targeting-key'],
    ['targeting-key', 'flagd', 'targeting-key'],
  ])('%s with %s is %s, and reads back the same', (text, provider, expected) => {
    const sticky = readSticky(text, provider);
    expect(stickyText(sticky)).toBe(expected);
    expect(parseSticky(stickyText(sticky))).toEqual(sticky);
  });

  it.each([
    [
      'cookie:uid',
      'flagd',
      /^Input 'sticky' is 'cookie:uid', which provider flagd cannot split by/,
    ],
    ['targeting-key', 'nginx', /only provider flagd uses \(provider is nginx\)/],
    ['cookie:', 'embedded', /^Input 'sticky' is 'cookie:': write cookie:<name>/],
    ['cookie:a b', 'embedded', /^Input 'sticky' is 'cookie:a b'/],
  ])('refuses %s with %s, naming the input', (text, provider, message) => {
    expect(() => readSticky(text, provider)).toThrow(message);
  });
});

describe('NginxSplit', () => {
  it('writes split_clients on the key, the address when it is missing, and one side at 0 or 100', async () => {
    const conf = path.join(mkdtempSync(path.join(os.tmpdir(), 'gp-split-')), 'split.conf');
    const split = new NginxSplit(
      { conf, reload: 'true', stable: '10.0.0.1:80', canary: '10.0.0.2:80' },
      { kind: 'header', name: 'X-User-Id' },
    );
    await split.setWeight(30);
    const text = readFileSync(conf, 'utf8');
    expect(text).toContain(
      'map $http_x_user_id $glidepath_key { "" $remote_addr; default $http_x_user_id; }',
    );
    expect(text).toContain(
      'split_clients "$glidepath_key" $glidepath_upstream {\n  30.00% 10.0.0.2:80;\n  * 10.0.0.1:80;\n}',
    );
    await split.setWeight(0);
    expect(readFileSync(conf, 'utf8')).toMatch(/\{\n {2}\* 10\.0\.0\.1:80;\n\}/);
    await split.setWeight(100);
    expect(readFileSync(conf, 'utf8')).toMatch(/\{\n {2}\* 10\.0\.0\.2:80;\n\}/);
  });
});
