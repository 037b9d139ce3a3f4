#!/usr/bin/env bash
# Side by side: ChainTrace's parser and python3-bitcoinlib on the same three real segwit-era blocks, one core each,
# computing txids and output addresses. Prints both MB/s figures and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-9}
data=${CHAINTRACE_SHARED_DATA:-$(cd .. && pwd)/shared/data}
dotnet build bench/ChainTrace.Benchmarks -c Release -nologo -v q >/dev/null
ours=$(dotnet bench/ChainTrace.Benchmarks/bin/Release/net10.0/ChainTrace.Benchmarks.dll parse --seconds "$seconds" | tee /dev/stderr | awk '/^TOTAL/ {print $2}')
theirs=$(/usr/bin/python3 bench/reference/bitcoinlib_parse.py "$data" --seconds "$seconds" | tee /dev/stderr | awk '/^TOTAL/ {print $2}')
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "ChainTrace %.1f MB/s, python3-bitcoinlib %.2f MB/s: %.0fx\n", a, b, a / b }'
