#!/usr/bin/env bash
# Runs the whole benchmark suite (1 GiB record file, about 30 minutes on 2 cores) and rewrites the results section of
# docs/benchmarks.md: machine notes, every BenchmarkDotNet table, and the per-benchmark mapping log. Then runs the point
# reads again with the DisassemblyDiagnoser and keeps the JIT output in bench/results/.
#   bench/run-all.sh                 everything
#   bench/run-all.sh --no-disasm     skip the disassembly pass
#   BENCH_FILTERS='*Scan* *PointRead*' bench/run-all.sh   a subset (the doc then holds only that subset's tables)
# The filters run one after another (records and samples first, then the compile-time benchmarks), each a BenchmarkDotNet run.
# Run it on a quiet machine: the notes record the load average before and after, and any other dotnet build running.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=bench/MappedStructs.Benchmarks
artifacts=bench/BenchmarkDotNet.Artifacts
notes="$artifacts/machine.txt"
filters="${BENCH_FILTERS:-*Workloads* *Compile*}"
workdir="${MAPPEDSTRUCTS_BENCH_DIR:-/tmp/mappedstructs-bench}"
disasm=1
[ "${1:-}" = "--no-disasm" ] && disasm=0

rm -rf "$artifacts" "$workdir/mapping-stats"
mkdir -p "$artifacts" bench/results
dotnet build "$project" -c Release -warnaserror

other_builds() {
  # dotnet processes that are not this run's (compilers, test hosts, other builds): a busy machine makes numbers noisy.
  ps -eo pid,etime,args | grep -E 'dotnet|csc|VBCSCompiler' | grep -v -E 'grep|MappedStructs.Benchmarks' | wc -l
}

{
  echo "date (UTC):        $(date -u '+%Y-%m-%d %H:%M')"
  echo "command:           bench/run-all.sh $* (BENCH_FILTERS='$filters')"
  echo "nproc:             $(nproc)"
  echo "cpu:               $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "kernel:            $(uname -r)"
  echo "memory:            $(free -g | awk '/Mem:/ {print $2 " GiB total, " $7 " GiB available"}')"
  echo "transparent huge pages: $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo n/a)"
  echo "data file fs:      $(df -T "${MAPPEDSTRUCTS_BENCH_DIR:-/tmp}" | awk 'NR==2 {print $2}')"
  echo "load before:       $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "other dotnet processes before: $(other_builds)"
} > "$notes"

set -f   # the filters are BenchmarkDotNet patterns, not file globs
for filter in $filters; do
  dotnet run -c Release --no-build --project "$project" -- --filter "$filter" --artifacts "$artifacts" | tee -a "$artifacts/run.log"
done
set +f

{
  # The host evicts each data file and reads it back in 2 MiB folios once per BenchmarkDotNet run (DataFiles.EnsureAll).
  grep -h '^// MappedStructs cache fill: ' "$artifacts/run.log" | sed 's|^// MappedStructs cache fill: |cache fill (host):  |' || true
  echo "load after:        $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "other dotnet processes after: $(other_builds)"
} >> "$notes"

dotnet run -c Release --no-build --project "$project" -- --render-docs "$artifacts" docs/benchmarks.md "$notes"

if [ "$disasm" = 1 ]; then
  dotnet run -c Release --no-build --project "$project" -- --disasm --filter '*PointReadBenchmarks*' '*ScanBenchmarks.RawPointer' '*ScanBenchmarks.Generated*' \
    --artifacts "$artifacts/disasm" | tee "$artifacts/disasm.log"
  cp "$artifacts"/disasm/results/*-asm.md bench/results/ 2>/dev/null || echo "no disassembly exported"
fi
echo "docs/benchmarks.md updated; JIT output in bench/results/"
