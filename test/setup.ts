import fc from 'fast-check';
import { loadProviders } from '../src/core/gate/providers/registry.js';
import { loadYaml } from '../src/core/runtime/yaml.js';

// In CI (CI=true) every property test runs on one fixed seed, so a run can be reproduced and a
// landing never hinges on the draw; on a developer's machine each run explores new cases, and a
// failure prints its seed and counterexample (that is how `__proto__` as a file-command name was
// found).
if (process.env.CI) fc.configureGlobal({ seed: 20261201 });

// Unit tests call the input readers directly; the entries load the YAML parser and the metric
// providers' settings readers themselves before reading `checks` (bundle tests run the entries and
// prove that).
await Promise.all([loadYaml(), loadProviders()]);
