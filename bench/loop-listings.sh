#!/usr/bin/env bash
# The JIT's own listings of every loop of TableLoopBenchmarks and TableRandomReadBenchmarks as a program meets them: the
# OSR variant that a first call runs (Tier0, then on-stack replacement inside the loop) and the Tier1 code of a method
# called many times (steady state, what BenchmarkDotNet measures). DOTNET_JitDisasm works on the shipped runtime, so no
# BenchmarkDotNet child build is needed; the data is tiny (1 MiB) because only the code matters here, not the time.
# Writes bench/results/TableLoopBenchmarks-jit-listings.md.
#   bench/loop-listings.sh            every loop
#   LOOPS='TableForeachDouble' bench/loop-listings.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Call counting starts at once instead of after the default 100 ms of quiet: on a loaded machine 3000 calls over 1 MiB
# ended before the delayed Tier1 compile, and the listing had no Tier1 code.
export DOTNET_TC_CallCountingDelayMs=0
export MAPPEDSTRUCTS_BENCH_DATA_BYTES=$((1 << 20)) MAPPEDSTRUCTS_BENCH_DIR="${MAPPEDSTRUCTS_BENCH_DIR:-/tmp/mappedstructs-bench}-listings"
project=bench/MappedStructs.Benchmarks
dotnet build "$project" -c Release -warnaserror >/dev/null
dll="$project/bin/Release/net10.0/MappedStructs.Benchmarks.dll"
loops="${LOOPS:-$(dotnet "$dll" --one-shot-list)}"
out=bench/results/TableLoopBenchmarks-jit-listings.md
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  echo "# JIT listings of the table loops"
  echo
  echo "Written by bench/loop-listings.sh on $(date -u '+%Y-%m-%d %H:%M UTC'), $(dotnet --version) SDK, $(uname -m), $(nproc) CPUs."
  echo "Each loop ran once and then 3000 times in one process (--one-shot LOOP 3000), so both its OSR variant and its Tier1"
  echo "code were compiled. \`[rbp-0x..]\` or \`[rsp+0x..]\` operands inside a loop body are a spilled local."
  for loop in $loops; do
    DOTNET_JitDisasm="$loop" DOTNET_JitStdOutFile="$work/$loop.txt" dotnet "$dll" --one-shot "$loop" 3000 >/dev/null
    for tier in 'Tier1-OSR' 'Tier1'; do
      echo
      echo "## $loop ($tier)"
      echo
      echo '```asm'
      awk -v tier="($tier)" '
        /^; Assembly listing for method/ { p = (index($0, tier) > 0 && substr($0, length($0) - length(tier) + 1) == tier); if (p) seen++ }
        p && seen == 1
      ' "$work/$loop.txt" | grep -v '^$'
      echo '```'
    done
  done
} >"$out"
echo "wrote $out"
