#!/usr/bin/env bash
# What a scan costs the first time: each loop of TableLoopBenchmarks and TableRandomReadBenchmarks called once in a fresh
# process (tiered compilation and on-stack replacement as shipped, no warm-up), RUNS times, interleaved loop by loop;
# prints per loop the median first call, the median steady state (fastest of REPEATS later calls in the same process),
# and their ratio. The table is built once (bench dir, MAPPEDSTRUCTS_BENCH_DATA_BYTES, 1 GiB by default) and prefaulted
# by every process before it times anything. Run it on a quiet machine.
#   bench/one-shot.sh                    every loop, 9 runs, 5 repeats
#   RUNS=15 REPEATS=10 LOOPS='TableForeachDouble RawPointerDouble' bench/one-shot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=bench/MappedStructs.Benchmarks
runs="${RUNS:-9}"
repeats="${REPEATS:-5}"
dotnet build "$project" -c Release -warnaserror >/dev/null
dll="$project/bin/Release/net10.0/MappedStructs.Benchmarks.dll"
loops="${LOOPS:-$(dotnet "$dll" --one-shot-list)}"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

for ((run = 1; run <= runs; run++)); do
  for loop in $loops; do
    dotnet "$dll" --one-shot "$loop" "$repeats" >>"$results"
  done
done

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs"
echo "loop first_ms_median steady_ms_median first/steady checksum"
for loop in $loops; do
  awk -v loop="$loop" '
    $1 == loop { first[n] = $2; steady[n] = $3; sum = $4; n++ }
    function median(a, n,   i, j, t) {
      for (i = 1; i < n; i++) for (j = i; j > 0 && a[j - 1] > a[j]; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
      return n % 2 ? a[int(n / 2)] : (a[n / 2 - 1] + a[n / 2]) / 2
    }
    END { f = median(first, n); s = median(steady, n); printf "%s %.3f %.3f %.2f %s\n", loop, f, s, (s > 0 ? f / s : 0), sum }
  ' "$results"
done
