import { clip, ConfigError, type Inputs } from '../runtime/index.js';
import { readAlb, readCloudRun, readGatewayApi, readLambda } from './cloud-inputs.js';
import type { PoolSettings } from './pools.js';
import type { ProviderSettings } from './providers.js';

/** Every provider input; canary-step and rollback read them through readProvider. */
export const PROVIDER_INPUTS = [
  'provider',
  'router-url',
  'haproxy-socket',
  'haproxy-backend',
  'stable-server',
  'canary-server',
  'nginx-conf',
  'nginx-reload-command',
  'command',
  'flagd-file',
  'flag',
  'on-variant',
  'off-variant',
  'route',
  'route-namespace',
  'route-rule',
  'alb-listener',
  'aws-region',
  'lambda-function',
  'lambda-alias',
  'cloud-run-service',
  'cloud-run-endpoint',
];

const PROVIDERS = [
  'embedded',
  'haproxy',
  'nginx',
  'command',
  'flagd',
  'gateway-api',
  'aws-alb',
  'aws-lambda',
  'cloud-run',
] as const;
type ProviderName = (typeof PROVIDERS)[number];

function readProviderName(inputs: Inputs): ProviderName {
  return inputs.enum('provider', PROVIDERS, 'embedded') as ProviderName;
}

interface Shape {
  pattern: RegExp;
  valid: string;
}

/** Reads an input the chosen provider cannot do without. */
type Need = (name: string, what: string, shape?: Shape) => string;

/** A getter for inputs the chosen provider cannot do without. */
function needer(inputs: Inputs, provider: ProviderName): Need {
  return (name, what, shape) => {
    const value = inputs.string(name);
    if (!value) throw new ConfigError(name, `is required with provider ${provider}`, what);
    // Values written into HAProxy commands or nginx configuration must not carry more commands or directives.
    if (shape && !shape.pattern.test(value))
      throw new ConfigError(name, `is '${clip(value)}'`, shape.valid);
    return value;
  };
}

const HAPROXY_SHAPE: Shape = {
  pattern: /^[A-Za-z0-9_.:-]{1,128}$/,
  valid: 'use the name as written in haproxy.cfg: letters, digits, _ . : -',
};
const NGINX_SERVER_SHAPE: Shape = {
  pattern: /^(?:unix:\/[A-Za-z0-9_./-]+|\[[0-9A-Fa-f:.]+\]:\d{1,5}|[A-Za-z0-9.-]+:\d{1,5})$/,
  valid: 'give host:port (or unix:/path), e.g. 127.0.0.1:8081',
};

/** nginx's include file (what it is for: `what`) and the command that reloads nginx on it. */
function readNginxFile(
  inputs: Inputs,
  need: Need,
  what: string,
): { provider: 'nginx'; conf: string; reloadCommand: string } {
  return {
    provider: 'nginx',
    conf: need('nginx-conf', what),
    reloadCommand: inputs.string('nginx-reload-command') ?? 'nginx -t && nginx -s reload',
  };
}

/** Reads the provider's inputs; shared with rollback, which restores traffic through the same provider. */
export function readProvider(inputs: Inputs): ProviderSettings {
  const provider = readProviderName(inputs);
  const need = needer(inputs, provider);
  switch (provider) {
    case 'embedded':
      return { provider, routerUrl: (inputs.url('router-url', { required: true }) as URL).href };
    case 'haproxy':
      return {
        provider,
        socket: need(
          'haproxy-socket',
          'give the runtime API socket: a path such as /run/haproxy/admin.sock (stats socket … level admin) or host:port',
        ),
        backend: need('haproxy-backend', 'give the backend that holds both servers', HAPROXY_SHAPE),
        stableServer: need(
          'stable-server',
          "give the stable server's name in that backend",
          HAPROXY_SHAPE,
        ),
        canaryServer: need(
          'canary-server',
          "give the canary server's name in that backend",
          HAPROXY_SHAPE,
        ),
      };
    case 'nginx':
      return {
        ...readNginxFile(
          inputs,
          need,
          'give the path of the upstream include file Glidepath writes (included inside your upstream block)',
        ),
        stableServer: need(
          'stable-server',
          'give the stable server as host:port',
          NGINX_SERVER_SHAPE,
        ),
        canaryServer: need(
          'canary-server',
          'give the canary server as host:port',
          NGINX_SERVER_SHAPE,
        ),
      };
    case 'command':
      return {
        provider,
        command: need('command', 'give a shell command that sets the split from GLIDEPATH_WEIGHT'),
        stableServer: inputs.string('stable-server'),
        canaryServer: inputs.string('canary-server'),
      };
    case 'flagd':
      return {
        provider,
        file: need('flagd-file', 'give the flag-definition file flagd reads (JSON or YAML)'),
        flag: need('flag', 'give the key of the flag whose split is rolled out'),
        onVariant: inputs.string('on-variant') ?? 'on',
        offVariant: inputs.string('off-variant') ?? 'off',
      };
    case 'gateway-api':
      return readGatewayApi(inputs, need);
    case 'aws-alb':
      return readAlb(inputs, need);
    case 'aws-lambda':
      return readLambda(inputs, need);
    case 'cloud-run':
      return readCloudRun(inputs, need);
  }
}

/**
 * Rolling deploys work on a pool of servers: every server of the HAProxy backend, of the nginx
 * include file, or of the embedded router's pool. Providers without servers are refused.
 */
export function readPool(inputs: Inputs): PoolSettings {
  const provider = readProviderName(inputs);
  const need = needer(inputs, provider);
  refuseForRolling(inputs, ['stable-server', 'canary-server'], 'rolls every server of the pool');
  switch (provider) {
    case 'embedded':
      return { provider, routerUrl: (inputs.url('router-url', { required: true }) as URL).href };
    case 'haproxy': {
      const socket = need(
        'haproxy-socket',
        'give the runtime API socket: a path such as /run/haproxy/admin.sock (stats socket … level admin) or host:port',
      );
      const backend = need(
        'haproxy-backend',
        'give the backend whose servers are rolled',
        HAPROXY_SHAPE,
      );
      return { provider, socket, backend };
    }
    case 'nginx':
      return readNginxFile(
        inputs,
        need,
        "give the path of the upstream include file holding the pool's server lines",
      );
    default:
      throw new ConfigError(
        'provider',
        `is ${provider}, which has no pool of servers to roll`,
        'use embedded, haproxy or nginx with strategy rolling',
      );
  }
}

/** Refuses inputs that strategy rolling does not read (it `does` otherwise), so none is silently ignored. */
export function refuseForRolling(inputs: Inputs, names: string[], does: string): void {
  for (const name of names) {
    if (inputs.string(name) !== undefined)
      throw new ConfigError(name, `is not used by strategy rolling, which ${does}`, 'remove it');
  }
}
