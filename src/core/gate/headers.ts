import { ConfigError, core } from '../runtime/index.js';

/** Header names whose values are not secret; every other header value is masked in the log. */
const PLAIN_HEADERS = new Set([
  'accept',
  'content-type',
  'user-agent',
  'host',
  'accept-encoding',
  'cache-control',
]);

/** `Name: value` lines or a YAML map; values of all but plain headers are masked. */
export function readHeaders(raw: unknown, label: string): Record<string, string> {
  if (raw === undefined || raw === null || raw === '') return {};
  let map: Record<string, unknown>;
  if (typeof raw === 'string') {
    map = {};
    const trimmed = raw.trim();
    if (trimmed.startsWith('{')) {
      try {
        map = JSON.parse(trimmed) as Record<string, unknown>;
      } catch {
        throw new ConfigError(
          label.startsWith('checks') ? 'checks' : label,
          `${label} is not a map of header names to values`,
          'write one "Name: value" per line',
        );
      }
    } else {
      for (const line of trimmed.split(/\r?\n/).filter((l) => l.trim())) {
        const colon = line.indexOf(':');
        if (colon < 1)
          throw new ConfigError(
            label.startsWith('checks') ? 'checks' : label,
            `has the line '${line.slice(0, 40)}', which is not 'Name: value'`,
            'write one "Name: value" per line',
          );
        map[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
      }
    }
  } else if (typeof raw === 'object' && !Array.isArray(raw)) {
    map = raw as Record<string, unknown>;
  } else {
    throw new ConfigError(
      'checks',
      `${label} is not a map of header names to values`,
      'write a YAML map, e.g. {Authorization: Bearer …}',
    );
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(map)) {
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name))
      throw new ConfigError(
        label.startsWith('checks') ? 'checks' : label,
        `has an invalid header name '${name}'`,
        'use letters, digits and dashes',
      );
    const text = String(value);
    if (!PLAIN_HEADERS.has(name.toLowerCase())) core.setSecret(text);
    headers[name] = text;
  }
  return headers;
}
