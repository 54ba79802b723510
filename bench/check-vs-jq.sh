#!/usr/bin/env bash
# Province-scale benchmark: generate 100,000 enterprises / ~1,000,000 events with the demo generator,
# then time `anxin check` against `jq -c .` over the same event files, alternating, in one run.
# Usage: bench/check-vs-jq.sh [STORE_DIR] [RUNS]     (needs jq: apt-get install jq)
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-/tmp/anxin-bench-store}"
runs="${2:-5}"
command -v jq >/dev/null || { echo "jq is missing: apt-get install jq" >&2; exit 1; }

swift build -c release --product anxin
swift build -c release --product anxin-demo
swift build -c release --product anxin-bench

if [ ! -f "$store/campaign.yaml" ]; then
    .build/release/anxin-demo "$store" --enterprises 100000 --events 1000000 --replicas 20 --seed 2024 --force
fi
.build/release/anxin check --data "$store" | tail -1
.build/release/anxin-bench check-vs-jq --data "$store" --anxin .build/release/anxin --runs "$runs"
