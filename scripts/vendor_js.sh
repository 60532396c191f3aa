#!/usr/bin/env bash
# Re-fetch the vendored JavaScript from the npm registry at the pinned versions, check each
# package's tarball against the SHA-256 recorded here, and copy the built files with their
# licences. Not run by `make test`: the files are committed, so the page and its tests stay
# offline. Bump a version: change it here with the new tarball's digest, run, commit.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fetch() {  # name version sha256
  (cd "$work" && npm pack --silent "$1@$2" >/dev/null)
  echo "$3  $work/$1-$2.tgz" | sha256sum --check --quiet
  mkdir -p "$work/$1" && tar xzf "$work/$1-$2.tgz" -C "$work/$1"
}

fetch d3-array 3.2.5 90139c20a9a7678badb0ddeb9aafd504c935dc24f5a53c3e61ccf866e4479572
fetch d3-time 3.1.1 1a81858956c04d88f06aca5afacc099d241828887d5a52fb4a69db285fdfe394
fetch axe-core 4.14.1 e6b0ce02b84d892e2e33e403485e7f3d6c29e2be6df65daf44d89ba564139745

static=service/static/vendor
cp "$work/d3-array/package/dist/d3-array.min.js" "$static/"
cp "$work/d3-array/package/LICENSE" "$static/LICENSE-d3-array"
cp "$work/d3-time/package/dist/d3-time.min.js" "$static/"
cp "$work/d3-time/package/LICENSE" "$static/LICENSE-d3-time"
browser=tests/browser/vendor
cp "$work/axe-core/package/axe.min.js" "$browser/"
cp "$work/axe-core/package/LICENSE" "$browser/LICENSE-axe-core"
cp "$work/axe-core/package/LICENSE-3RD-PARTY.txt" "$browser/LICENSE-axe-core-3RD-PARTY.txt"
sha256sum "$static"/*.js "$browser"/*.js
