#!/bin/sh
# Regenerates the shipped demo store in data/ (320 enterprises of 保定市, frozen at 2024-09-15) with the
# deterministic generator: the same bytes on every machine. Extra arguments go to `swift run`
# (e.g. `scripts/make-demo-data.sh --scratch-path .build-demo`).
# The test "the shipped data/ directory is exactly what the defaults generate" fails until this is rerun
# after a change to the generator, the campaign template, the criteria or the event encoding.
set -eu
cd "$(dirname "$0")/.."
swift run "$@" anxin-demo data --force
