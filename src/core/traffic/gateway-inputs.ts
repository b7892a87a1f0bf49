import { clip, ConfigError, type Inputs } from '../runtime/index.js';
import type { GatewayApiSettings } from './gateway-api.js';

type Need = (name: string, what: string, shape?: { pattern: RegExp; valid: string }) => string;

// Kubernetes names (DNS-1123 subdomain, DNS-1123 label, DNS-1035 label for Services).
const ROUTE = /^[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?$/;
const NAMESPACE = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
const SERVICE = {
  pattern: /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
  valid:
    "give the Service name as written in the rule's backendRefs (lower-case letters, digits, -)",
};
const RULE = /^(?:\d{1,4}|[a-z0-9](?:[-a-z0-9]{0,251}[a-z0-9])?)$/;

/** provider gateway-api: the HTTPRoute, its rule, and the two Services among its backendRefs. */
export function readGatewayApi(inputs: Inputs, need: Need): GatewayApiSettings {
  const route = need('route', 'give the name of the HTTPRoute whose backendRefs carry the split', {
    pattern: ROUTE,
    valid: 'give the HTTPRoute name (lower-case letters, digits, - and .)',
  });
  const namespace = inputs.string('route-namespace') ?? 'default';
  if (!NAMESPACE.test(namespace))
    throw new ConfigError('route-namespace', `is '${clip(namespace)}'`, 'give a namespace name');
  const rule = inputs.string('route-rule') ?? '0';
  if (!RULE.test(rule))
    throw new ConfigError(
      'route-rule',
      `is '${clip(rule)}'`,
      'give the rule index in spec.rules (0, 1, …) or the rule name',
    );
  return {
    provider: 'gateway-api',
    route,
    namespace,
    rule,
    stableBackend: need(
      'stable-server',
      "give the stable Service among the rule's backendRefs",
      SERVICE,
    ),
    canaryBackend: need(
      'canary-server',
      "give the canary Service among the rule's backendRefs",
      SERVICE,
    ),
  };
}
