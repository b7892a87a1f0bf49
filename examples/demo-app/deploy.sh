#!/usr/bin/env bash
# Makes GLIDEPATH_VERSION the live version of GLIDEPATH_ENVIRONMENT (promotions to dev and
# staging, rollbacks, and finishing a production canary). Values come in the environment only.
set -euo pipefail
exec node "$(dirname "$0")/ops.mjs" live
