import { ConfigError } from '../runtime/index.js';
import type { ProviderSettings } from './providers.js';

// Sticky splits for experiments: every user stays on one version for the whole experiment.

/**
 * How an experiment keeps each user on one version: embedded router, nginx and your command get
 * the key with their settings (`sticky` in ProviderSettings); HAProxy hashes as its backend's
 * `balance` line says (the docs give it); flagd's fractional split is sticky on its targeting key.
 */

/** `cookie:<name>`, `header:<name>`, `address`, or flagd's `targeting-key`. */
export type Sticky =
  { kind: 'cookie' | 'header'; name: string } | { kind: 'address' } | { kind: 'targeting-key' };

export function stickyText(sticky: Sticky): string {
  return 'name' in sticky ? `${sticky.kind}:${sticky.name}` : sticky.kind;
}

/**
 * Reads input `sticky` for the provider: each provider splits by what it can hash. flagd splits
 * on the evaluation's targeting key (the application's user id), nothing else; the others take a
 * cookie, a header or the client address (requests without the cookie or header: by address).
 */
export function readSticky(text: string | undefined, provider: string): Sticky {
  if (provider === 'flagd') {
    if (text === undefined || text === 'targeting-key') return { kind: 'targeting-key' };
    throw new ConfigError(
      'sticky',
      `is '${text}', which provider flagd cannot split by`,
      "flagd's fractional split is sticky on the evaluation's targeting key: leave sticky unset or write targeting-key, and give the user id as the targeting key",
    );
  }
  const value = text ?? 'address';
  if (value === 'address') return { kind: 'address' };
  const m = /^(cookie|header):([A-Za-z0-9_.-]{1,64})$/.exec(value);
  if (!m)
    throw new ConfigError(
      'sticky',
      `is '${value}'${value === 'targeting-key' ? `, which only provider flagd uses (provider is ${provider})` : ''}`,
      'write cookie:<name>, header:<name> or address, e.g. cookie:uid',
    );
  return { kind: m[1] as 'cookie' | 'header', name: m[2] as string };
}

/** Providers that can split by user: the cloud routers split each request anew. */
const STICKY_PROVIDERS = ['embedded', 'haproxy', 'nginx', 'flagd', 'command'];

/**
 * An experiment's provider: its settings with the sticky key (input `sticky`) it splits by, or
 * one error naming `provider` (a router that splits per request) or `sticky` (a key it cannot use).
 */
export function stickyProvider(
  settings: ProviderSettings,
  text: string | undefined,
): { provider: ProviderSettings; sticky: Sticky } {
  switch (settings.provider) {
    case 'flagd':
      return { provider: settings, sticky: readSticky(text, settings.provider) };
    case 'embedded':
    case 'haproxy':
    case 'nginx':
    case 'command': {
      const sticky = readSticky(text, settings.provider);
      return { provider: { ...settings, sticky: stickyText(sticky) }, sticky };
    }
    default:
      throw new ConfigError(
        'provider',
        `is ${settings.provider}, which cannot keep a user on one version (its split is per request)`,
        `an experiment needs a sticky split: use one of ${STICKY_PROVIDERS.join(', ')}`,
      );
  }
}

/** Parses a sticky text written by stickyText (settings saved for the post step). */
export function parseSticky(text: string): Sticky {
  if (text === 'address' || text === 'targeting-key') return { kind: text };
  const [kind, name = ''] = text.split(':');
  return { kind: kind === 'header' ? 'header' : 'cookie', name };
}
