import { runUserCommandOrFail } from '../runtime/index.js';
import { EmbeddedProvider } from './embedded.js';
import { setFractional } from './flagd.js';
import { AlbProvider, type AlbSettings } from './aws-alb.js';
import { LambdaProvider, type LambdaSettings } from './aws-lambda.js';
import { CloudRunProvider, type CloudRunSettings } from './cloud-run.js';
import { GatewayApiProvider, type GatewayApiSettings } from './gateway-api.js';
import { HaproxyProvider } from './haproxy.js';
import { NginxProvider } from './nginx.js';
import { NginxSplit } from './nginx-split.js';
import { parseSticky } from './split.js';

/**
 * Sets how much live traffic the new version gets. Weight is the canary's share, 0–100.
 * ProviderSettings are plain JSON: the post step rebuilds the provider from saved state.
 */
export interface TrafficProvider {
  readonly name: string;
  setWeight(weight: number): Promise<void>;
  /** Routes requests carrying `name=value` to the canary (null clears it). */
  setMatchHeader?(header: string | null): Promise<void>;
  describe(): string;
  /** Checks the names it was given against the real thing, changing nothing (before any record is written). */
  check?(): Promise<void>;
}

export type ProviderSettings =
  | {
      provider: 'embedded';
      routerUrl: string;
      /** Experiments: split by a hash of this key (split.ts). */
      sticky?: string;
    }
  | {
      provider: 'haproxy';
      socket: string;
      backend: string;
      stableServer: string;
      canaryServer: string;
      /** Experiments: the backend hashes this key (its balance line); weights on the 0–256 scale. */
      sticky?: string;
    }
  | {
      provider: 'nginx';
      conf: string;
      reloadCommand: string;
      stableServer: string;
      canaryServer: string;
      /** Experiments: the include holds a split_clients on this key, not server lines. */
      sticky?: string;
    }
  | {
      provider: 'command';
      command: string;
      stableServer?: string;
      canaryServer?: string;
      /** Experiments: the stickiness key, passed on as GLIDEPATH_STICKY. */
      sticky?: string;
    }
  | { provider: 'flagd'; file: string; flag: string; onVariant: string; offVariant: string }
  | GatewayApiSettings
  | AlbSettings
  | LambdaSettings
  | CloudRunSettings;

export function createProvider(settings: ProviderSettings): TrafficProvider {
  switch (settings.provider) {
    case 'embedded':
      return new EmbeddedProvider(new URL(settings.routerUrl), settings.sticky);
    case 'haproxy':
      return new HaproxyProvider(
        settings.socket,
        settings.backend,
        settings.stableServer,
        settings.canaryServer,
        settings.sticky !== undefined,
      );
    case 'nginx': {
      const at = {
        conf: settings.conf,
        reload: settings.reloadCommand,
        stable: settings.stableServer,
        canary: settings.canaryServer,
      };
      return settings.sticky
        ? new NginxSplit(at, parseSticky(settings.sticky))
        : new NginxProvider(at);
    }
    case 'command':
      return new CommandProvider(
        settings.command,
        settings.stableServer ?? '',
        settings.canaryServer ?? '',
        settings.sticky,
      );
    case 'gateway-api':
      return new GatewayApiProvider(settings);
    case 'aws-alb':
      return new AlbProvider(settings);
    case 'aws-lambda':
      return new LambdaProvider(settings);
    case 'cloud-run':
      return new CloudRunProvider(settings);
    case 'flagd':
      return {
        name: 'flagd',
        describe: () =>
          `flag '${settings.flag}' in ${settings.file} (${settings.onVariant} / ${settings.offVariant})`,
        setWeight: (weight: number) =>
          setFractional(
            settings.file,
            settings.flag,
            settings.onVariant,
            settings.offVariant,
            weight,
          ),
      };
  }
}

/** The user's command, given the weight and both versions in its environment. */
class CommandProvider implements TrafficProvider {
  readonly name = 'command';
  private matchHeader: string | null = null;
  constructor(
    private readonly command: string,
    private readonly stable: string,
    private readonly canary: string,
    private readonly sticky?: string,
  ) {}
  describe(): string {
    return 'your traffic command';
  }
  async setWeight(weight: number): Promise<void> {
    await runUserCommandOrFail(this.command, {
      env: {
        GLIDEPATH_WEIGHT: String(weight),
        GLIDEPATH_STABLE: this.stable,
        GLIDEPATH_CANARY: this.canary,
        GLIDEPATH_MATCH_HEADER: this.matchHeader ?? '',
        ...(this.sticky ? { GLIDEPATH_STICKY: this.sticky } : {}),
      },
      label: "The command in input 'command'",
      timeoutMs: 120_000,
    });
  }
  async setMatchHeader(header: string | null): Promise<void> {
    this.matchHeader = header;
  }
}
