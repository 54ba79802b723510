#!/usr/bin/env bash
# TUI benchmark: on the province-scale store of bench/check-vs-jq.sh, time anxin's launch to the first complete
# screen, a search keystroke and a page down through tmux, against VisiData loading a CSV export of the same
# roster, in one run. Usage: bench/tui-vs-visidata.sh [STORE_DIR] [RUNS]   (needs tmux and VisiData:
# apt-get install tmux; pip install visidata)
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:-/tmp/anxin-bench-store}"
runs="${2:-3}"
command -v tmux >/dev/null || { echo "tmux is missing: apt-get install tmux" >&2; exit 1; }
command -v vd >/dev/null || { echo "VisiData is missing: pip install visidata" >&2; exit 1; }
swift build -c release --product anxin
swift build -c release --product anxin-demo
swift build -c release --product anxin-bench
if [ ! -f "$store/campaign.yaml" ]; then
    .build/release/anxin-demo "$store" --enterprises 100000 --events 1000000 --replicas 20 --seed 2024 --force
fi
.build/release/anxin-bench tui-vs-visidata --data "$store" --anxin .build/release/anxin --runs "$runs"
