import { clip, ConfigError, type Inputs } from '../runtime/index.js';
import type { AlbSettings } from './aws-alb.js';
import type { LambdaSettings } from './aws-lambda.js';
import type { CloudRunSettings } from './cloud-run.js';
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

const TARGET_GROUP = {
  pattern:
    /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}$/,
  valid:
    'give the target group ARN (arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>)',
};
const LISTENER =
  /^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:listener(?:-rule)?\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]{16}\/[0-9a-f]{16}(?:\/[0-9a-f]{16})?$/;
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;

/** provider aws-alb: a listener rule (or a listener's default action) and its two target groups. */
export function readAlb(inputs: Inputs, need: Need): AlbSettings {
  const listener = need(
    'alb-listener',
    'give the ARN of the listener rule (or of the listener, for its default action) whose forward action holds both target groups',
    {
      pattern: LISTENER,
      valid:
        'give a listener rule ARN (…:listener-rule/app/<lb>/<id>/<id>/<id>) or a listener ARN (…:listener/app/<lb>/<id>/<id>)',
    },
  );
  const region = readRegion(inputs);
  const stableTargetGroup = need(
    'stable-server',
    "give the stable version's target group ARN",
    TARGET_GROUP,
  );
  const canaryTargetGroup = need(
    'canary-server',
    "give the canary's target group ARN",
    TARGET_GROUP,
  );
  if (stableTargetGroup === canaryTargetGroup)
    throw new ConfigError(
      'canary-server',
      'is the same target group as stable-server',
      'give the canary its own target group',
    );
  return { provider: 'aws-alb', listener, stableTargetGroup, canaryTargetGroup, region };
}

function readRegion(inputs: Inputs): string | undefined {
  const region = inputs.string('aws-region');
  if (region !== undefined && !REGION.test(region))
    throw new ConfigError(
      'aws-region',
      `is '${clip(region)}'`,
      'give an AWS region such as eu-west-1',
    );
  return region;
}

const FUNCTION = /^(?:arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,64}$/;
const VERSION = {
  pattern: /^\d{1,10}$/,
  valid: 'give a published version number, e.g. 42 (not $LATEST)',
};

/** provider aws-lambda: a function's alias, routed between two published versions. */
export function readLambda(inputs: Inputs, need: Need): LambdaSettings {
  const fn = need('lambda-function', 'give the function name or ARN', {
    pattern: FUNCTION,
    valid: 'give the function name (letters, digits, - and _) or its ARN, without a qualifier',
  });
  const alias = need('lambda-alias', 'give the alias callers invoke (e.g. live)', {
    pattern: /^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/,
    valid: 'give an alias name (letters, digits, - and _, not only digits)',
  });
  const region = readRegion(inputs);
  const stableVersion = need(
    'stable-server',
    'give the published version the alias serves now',
    VERSION,
  );
  const canaryVersion = need('canary-server', 'give the newly published version', VERSION);
  if (stableVersion === canaryVersion)
    throw new ConfigError(
      'canary-server',
      'is the same version as stable-server',
      'publish the new code as a new version',
    );
  return { provider: 'aws-lambda', function: fn, alias, stableVersion, canaryVersion, region };
}

const RUN_REVISION = {
  pattern: /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/,
  valid: 'give the revision name as gcloud run revisions list shows it, e.g. web-00042-xyz',
};

/** provider cloud-run: a service and two of its revisions. */
export function readCloudRun(inputs: Inputs, need: Need): CloudRunSettings {
  const service = need(
    'cloud-run-service',
    'give the service as projects/<project>/locations/<region>/services/<name>',
    {
      pattern:
        /^projects\/[a-z][-a-z0-9]{4,28}[a-z0-9]\/locations\/[a-z]+-[a-z]+\d\/services\/[a-z](?:[-a-z0-9]{0,47}[a-z0-9])?$/,
      valid:
        'give projects/<project>/locations/<region>/services/<name>, e.g. projects/shop-prod/locations/europe-west1/services/web',
    },
  );
  const endpoint = (inputs.url('cloud-run-endpoint') ?? new URL('https://run.googleapis.com')).href;
  const stableRevision = need('stable-server', 'give the revision serving now', RUN_REVISION);
  const canaryRevision = need('canary-server', 'give the new revision', RUN_REVISION);
  if (stableRevision === canaryRevision)
    throw new ConfigError(
      'canary-server',
      'is the same revision as stable-server',
      'deploy the new version as a new revision (gcloud run deploy --no-traffic)',
    );
  return { provider: 'cloud-run', service, endpoint, stableRevision, canaryRevision };
}
