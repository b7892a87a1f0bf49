#!/usr/bin/env bash
# Starts GLIDEPATH_VERSION beside production's stable version, with no traffic yet: canary-step
# then moves traffic to it step by step.
set -euo pipefail
exec node "$(dirname "$0")/ops.mjs" canary
