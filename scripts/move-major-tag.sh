#!/usr/bin/env bash
# Moves the major tag (v1) to a release tag (v1.x.y) and pushes it, so `uses: …@v1` gets the
# release. Run by .github/workflows/release.yml after the release's checks pass; tested by
# test/meta/release.test.ts against a scratch repository.
#   TAG     the release tag just pushed (vMAJOR.MINOR.PATCH)
#   REMOTE  where to push (default origin)
# The major tag only moves forward: a patch to an older line (v1.2.5 after v1.3.0) is released
# but leaves v1 where it is. Values come from the environment, never from the workflow's text.
set -euo pipefail
remote="${REMOTE:-origin}"
if [[ ! "${TAG:-}" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "::error::TAG is '${TAG:-}', not a release tag: expected vMAJOR.MINOR.PATCH such as v1.4.2"
  exit 1
fi
major="v${BASH_REMATCH[1]}"
commit="$(git rev-parse "refs/tags/${TAG}^{commit}")"
newest="$(git tag --list "${major}.*" | grep -E "^${major}\.[0-9]+\.[0-9]+$" | sort -V | tail -n 1)"
if [[ "$newest" != "$TAG" ]]; then
  echo "${major} stays at ${newest}: ${TAG} is not the newest ${major}.x.y release"
  exit 0
fi
git tag --force "$major" "$commit" >/dev/null
git push --force "$remote" "refs/tags/${major}"
echo "${major} now points to ${TAG} (${commit})"
