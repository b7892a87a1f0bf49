import {
  environmentRules,
  checkOverrideWindow,
  type ReleaseRules,
  windowGate,
  type WindowOverride,
} from '../../core/pipeline/index.js';
import type { Inputs, RunContext } from '../../core/runtime/index.js';

/** The environment's release windows and freezes, and the override that let this run start. */
export interface WindowSettings {
  rules?: ReleaseRules;
  windowOverride?: WindowOverride;
}

/**
 * Reads the environment's windows and freezes from the config file (when it exists and names
 * the environment) and refuses to start outside them, before any request or traffic change.
 * Without an environment there is nothing to look up; override-window is still checked.
 */
export function readWindow(
  inputs: Inputs,
  ctx: RunContext,
  environment: string | undefined,
): WindowSettings {
  const override = checkOverrideWindow(inputs.string('override-window'));
  const config = inputs.string('config') ?? '.github/glidepath.yml';
  if (!environment) return {};
  const rules = environmentRules(config, ctx.workspace, environment);
  const windowOverride = windowGate(environment, rules, override, ctx.actor);
  return { rules, ...(windowOverride ? { windowOverride } : {}) };
}
