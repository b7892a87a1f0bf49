/** The demo's repository variables: short timings, so gates decide within seconds at 50 probes per second. */
export const DEMO_VARS = {
  GATE_RATE: '50',
  GATE_DURATION: '20s',
  // A step needs about seven one-second looks to show a failure at alpha 0.01 (bounded bets that a
  // clump of errors cannot fool): 10 s per step leaves room for that.
  CANARY_STEPS: '10@10s,50@10s,100',
  CANARY_RATE: '50',
  CANARY_MIN_SAMPLES: '60',
};
