import { readGateSettings, type GateSettings } from '../../core/gate/index.js';
import type { Inputs } from '../../core/runtime/index.js';

/** health-gate's settings: the shared gate inputs (GATE_INPUTS), all validated before the first probe. */
export function readSettings(inputs: Inputs): GateSettings {
  return readGateSettings(inputs);
}
