/** The demo's repository variables: short timings, so gates decide within seconds at 50 probes per second. */
export const DEMO_VARS = {
  GATE_RATE: '50',
  GATE_DURATION: '20s',
  CANARY_STEPS: '10@4s,50@4s,100',
  CANARY_RATE: '50',
  CANARY_MIN_SAMPLES: '60',
};
