import { withJudge, type GateConfig } from './config.js';

/**
 * A rollout that runs one gate per step (canary-step's steps, blue-green's two looks) fails a
 * healthy canary if ANY of those gates raises a false alarm: with α per gate, k analysed steps
 * would risk up to k × α. Each step's gate therefore gets α / k for its fail tests (a union
 * bound: the k chances add up to α for the whole rollout). The pass side keeps α: a false pass
 * at one step only moves to the next step, where the canary is judged again.
 */
export function splitFailAlpha(gate: GateConfig, steps: number): GateConfig {
  if (steps <= 1) return gate;
  return {
    ...gate,
    failSteps: steps,
    checks: gate.checks.map((c) => withJudge(c, (j) => ({ ...j, failShare: 1 / steps }))),
  };
}
