import { afterAll, describe, expect, it } from 'vitest';
import { serviceSet } from '../../../lab/services.js';
import { runAction } from '../../../lab/runner.js';

const services = serviceSet();
const service = services.start;
afterAll(() => services.close());

describe('health-gate bundle, bad input', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no check at all', {}, /^Input 'url' is empty and there is nothing else to check/],
    [
      'URL without scheme',
      { url: 'example.com/healthz' },
      /^Input 'url' is 'example\.com\/healthz', not an http\(s\) URL/,
    ],
    [
      'duration without unit',
      { url: 'http://127.0.0.1:1/', duration: '30' },
      /^Input 'duration' is '30', not a duration/,
    ],
    [
      'duration like 5 min',
      { url: 'http://127.0.0.1:1/', duration: '5 min' },
      /^Input 'duration' is '5 min', not a duration/,
    ],
    [
      'rate zero',
      { url: 'http://127.0.0.1:1/', rate: '0' },
      /^Input 'rate' is '0': use a number from 0\.1 to 2000/,
    ],
    ['alpha too big', { url: 'http://127.0.0.1:1/', alpha: '0.7' }, /^Input 'alpha' is '0\.7'/],
    [
      'bad status set',
      { url: 'http://127.0.0.1:1/', 'expect-status': '2xx' },
      /^Input 'expect-status' is '2xx'/,
    ],
    [
      'bad boolean',
      { url: 'http://127.0.0.1:1/', 'fail-on-unhealthy': 'yes' },
      /^Input 'fail-on-unhealthy' is 'yes': use true or false$/,
    ],
    [
      'error query without total',
      { 'prometheus-url': 'http://127.0.0.1:9/', 'error-query': 'x' },
      /^Input 'total-query' is missing/,
    ],
    [
      'query without prometheus-url',
      { 'error-query': 'a', 'total-query': 'b' },
      /^Input 'prometheus-url' is required/,
    ],
    [
      'malformed prometheus-url that no query uses',
      { url: 'http://127.0.0.1:1/', 'prometheus-url': 'prom:9090' },
      /^Input 'prometheus-url' is 'prom:9090', not an http\(s\) URL/,
    ],
    [
      'tolerance of 1 (no pass could be shown)',
      { url: 'http://127.0.0.1:1/', tolerance: '1' },
      /^Input 'tolerance' is '1': use a number above 1/,
    ],
    [
      'max-latency-increase without a baseline',
      { url: 'http://127.0.0.1:1/', 'max-latency-increase': '10%' },
      /^Input 'max-latency-increase' needs baseline-url/,
    ],
    [
      'max-latency-increase not a share',
      { url: 'http://127.0.0.1:1/', 'max-latency-increase': 'fast' },
      /^Input 'max-latency-increase' is 'fast'/,
    ],
    ['malformed checks YAML', { checks: '- name: [unclosed' }, /^Input 'checks' is not valid YAML/],
    [
      'unknown key in checks',
      { checks: '- name: a\n  uri: http://x/' },
      /^Input 'checks' has an unknown key 'uri' in checks\[0\]/,
    ],
    [
      'bad regex',
      { url: 'http://127.0.0.1:1/', 'expect-body': '/(unclosed/' },
      /^Input 'expect-body' is not a valid regular expression/,
    ],
    [
      'bad header line',
      { url: 'http://127.0.0.1:1/', headers: 'no colon here' },
      /^Input 'headers' has the line 'no colon here'/,
    ],
    [
      'bad threshold',
      {
        checks:
          '- name: p\n  prometheus-url: http://127.0.0.1:9/\n  query: up\n  threshold: about 3',
      },
      /^Input 'checks' checks\[0\]\.threshold is 'about 3'/,
    ],
  ];
  it.each(cases)('refuses %s with one error and no probe', async (_label, inputs, message) => {
    const svc = await service({});
    const result = await runAction('health-gate', {
      inputs: {
        ...inputs,
        ...(inputs.url ? { url: inputs.url.replace('127.0.0.1:1', `127.0.0.1:${svc.port}`) } : {}),
      },
    });
    expect(result.exitCode).toBe(1);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(message);
    expect(svc.requests).toBe(0);
  });
});
