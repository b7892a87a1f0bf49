import { UserError } from '../runtime/index.js';
import { untilNoConflict } from './errors.js';
import type { TrafficProvider } from './providers.js';

// AWS Lambda: an alias's weighted routing between two published versions
// (RoutingConfig.AdditionalVersionWeights), written against the alias's RevisionId.

export interface LambdaSettings {
  provider: 'aws-lambda';
  /** Function name or ARN. */
  function: string;
  alias: string;
  stableVersion: string;
  canaryVersion: string;
  region?: string;
}

interface Alias {
  FunctionVersion?: string;
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
  RevisionId?: string;
}

/** The calls the provider makes: GetAlias, UpdateAlias, GetFunctionConfiguration. */
export interface LambdaApi {
  getAlias(): Promise<Alias>;
  updateAlias(
    alias: Required<Pick<Alias, 'FunctionVersion' | 'RoutingConfig'>> & Alias,
  ): Promise<Alias>;
  hasVersion(version: string): Promise<boolean>;
}

/** The alias for a weight: all on one version at 0 and 100, else the canary's share on the side. */
export function aliasFor(
  weight: number,
  stable: string,
  canary: string,
): Required<Pick<Alias, 'FunctionVersion' | 'RoutingConfig'>> {
  if (weight <= 0)
    return { FunctionVersion: stable, RoutingConfig: { AdditionalVersionWeights: {} } };
  if (weight >= 100)
    return { FunctionVersion: canary, RoutingConfig: { AdditionalVersionWeights: {} } };
  return {
    FunctionVersion: stable,
    RoutingConfig: { AdditionalVersionWeights: { [canary]: Math.round(weight * 1000) / 100_000 } },
  };
}

export class LambdaProvider implements TrafficProvider {
  readonly name = 'aws-lambda';
  private api?: LambdaApi;
  constructor(
    private readonly settings: LambdaSettings,
    api?: LambdaApi,
  ) {
    this.api = api;
  }
  private get what(): string {
    return `Lambda alias ${this.settings.function}:${this.settings.alias}`;
  }
  describe(): string {
    return `${this.what} (versions ${this.settings.stableVersion} / ${this.settings.canaryVersion})`;
  }

  async check(): Promise<void> {
    const api = await this.connect();
    const alias = await api.getAlias();
    const s = this.settings;
    for (const [input, version] of [
      ['stable-server', s.stableVersion],
      ['canary-server', s.canaryVersion],
    ] as const) {
      if (version !== alias.FunctionVersion && !(await api.hasVersion(version)))
        throw new UserError(
          `Input '${input}' is '${version}', but ${s.function} has no published version ${version}: publish it first (aws lambda publish-version) and give its number`,
        );
    }
  }

  async setWeight(weight: number): Promise<void> {
    const api = await this.connect();
    const wanted = aliasFor(weight, this.settings.stableVersion, this.settings.canaryVersion);
    const conflict = (error: unknown) => (error as Error).name === 'PreconditionFailedException';
    await untilNoConflict(this.what, '412 PreconditionFailed', conflict, async () => {
      const alias = await api.getAlias();
      if (
        alias.FunctionVersion === wanted.FunctionVersion &&
        JSON.stringify(alias.RoutingConfig?.AdditionalVersionWeights ?? {}) ===
          JSON.stringify(wanted.RoutingConfig.AdditionalVersionWeights)
      )
        return;
      // RevisionId: Lambda refuses the update (412) if the alias changed since it was read.
      await api.updateAlias({ ...wanted, RevisionId: alias.RevisionId });
    });
  }

  private async connect(): Promise<LambdaApi> {
    if (this.api) return this.api;
    const sdk = await import('@aws-sdk/client-lambda');
    const region = this.settings.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    if (!region)
      throw new UserError(
        "Input 'aws-region' is empty and AWS_REGION is not set: give the function's region, e.g. eu-west-1, or set it with aws-actions/configure-aws-credentials",
      );
    // Credentials from the SDK's standard chain (aws-actions/configure-aws-credentials with OIDC).
    const client = new sdk.LambdaClient({ region, maxAttempts: 5 });
    const at = { FunctionName: this.settings.function, Name: this.settings.alias };
    const call = async <T>(fn: () => Promise<T>): Promise<T> => {
      try {
        return await fn();
      } catch (error) {
        if ((error as Error).name === 'PreconditionFailedException') throw error;
        throw this.explain(error);
      }
    };
    this.api = {
      getAlias: () => call(() => client.send(new sdk.GetAliasCommand(at))),
      updateAlias: (alias) =>
        call(() => client.send(new sdk.UpdateAliasCommand({ ...at, ...alias }))),
      hasVersion: async (version) => {
        try {
          await client.send(
            new sdk.GetFunctionConfigurationCommand({
              FunctionName: at.FunctionName,
              Qualifier: version,
            }),
          );
          return true;
        } catch (error) {
          if ((error as Error).name === 'ResourceNotFoundException') return false;
          throw this.explain(error);
        }
      },
    };
    return this.api;
  }

  private explain(error: unknown): UserError {
    const { name, message } = error as Error;
    if (name === 'ResourceNotFoundException')
      return new UserError(
        `Input 'lambda-alias' or 'lambda-function' is wrong: Lambda has no alias '${this.settings.alias}' of function '${this.settings.function}' (${message})`,
      );
    if (name === 'CredentialsProviderError')
      return new UserError(
        `No AWS credentials for provider aws-lambda: run aws-actions/configure-aws-credentials (OIDC) first (${message})`,
      );
    if (name === 'AccessDeniedException')
      return new UserError(
        `AWS refused ${this.what}: the role needs lambda:GetAlias, lambda:UpdateAlias and lambda:GetFunctionConfiguration (${message})`,
      );
    return new UserError(`Could not change ${this.what}: ${name}: ${message}`);
  }
}
