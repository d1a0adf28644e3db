#!/usr/bin/env bash
# MappedStructs against the other ecosystems, over the SAME table file and the SAME index file, in interleaved rounds:
# the MappedStructs table loops, a C# raw pointer and MemoryMappedViewAccessor (MappedStructs.Peers), C (mmap and a struct
# pointer, gcc -O2; a uint64 sum with -O3 -march=native as the bandwidth reference), Rust (memmap2 + zerocopy, built
# offline from Debian's crate sources) and numpy.memmap (vectorized, and the per-element Python loop on a subset, scaled).
# Workloads: a sequential scan summing the double Price, one summing the long Quantity, random point reads summing Price.
# Every contender prints its sums; the report stops with an error unless all of them agree.
#
#   bench/peers/run.sh                                  1 GiB table (33,554,432 records), 10M random indices, 9 rounds
#   bench/peers/run.sh --bytes 64M --lookups 1M --rounds 2 --reps 1   a smoke run (its timings mean nothing)
# Options: --bytes N[K|M|G] (table size, multiple of 32), --lookups N, --rounds N, --reps N (timed passes per process),
#   --naive N (records/indices of the Python loop), --dir DIR (data and builds; default /tmp/mappedstructs-peers),
#   --out FILE (default bench/results/peers-<UTC date>.md), --allow-missing (skip a contender whose toolchain is missing).
# Prerequisites (installed with apt-get when running as root): gcc, cargo, rustc, librust-memmap2-dev,
# librust-zerocopy-dev, python3-numpy; and the .NET SDK of global.json.
# Run it on a quiet machine: the report records the load average before and after, and other dotnet processes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bytes=1G lookups=10000000 rounds=9 reps=3 naive=262144 workdir=/tmp/mappedstructs-peers out="" allow_missing=0
while [ $# -gt 0 ]; do
  case "$1" in
    --bytes) bytes="$2"; shift 2 ;;
    --lookups) lookups="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --naive) naive="$2"; shift 2 ;;
    --dir) workdir="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --allow-missing) allow_missing=1; shift ;;
    *) echo "run.sh: unknown option '$1' (see the comment at the top of $0)" >&2; exit 2 ;;
  esac
done

to_bytes() {
  local text="${1//_/}" scale=1
  case "$text" in
    *[kK]) scale=1024; text="${text%?}" ;;
    *[mM]) scale=$((1024 * 1024)); text="${text%?}" ;;
    *[gG]) scale=$((1024 * 1024 * 1024)); text="${text%?}" ;;
  esac
  [[ "$text" =~ ^[0-9]+$ ]] || { echo "run.sh: '$1' is not a size" >&2; exit 2; }
  echo $((text * scale))
}
size=$(to_bytes "$bytes")
lookups=$(to_bytes "$lookups")
if [ "$size" -lt 32 ] || [ $((size % 32)) -ne 0 ] || [ "$lookups" -lt 1 ] || [ "$rounds" -lt 1 ] || [ "$reps" -lt 1 ]; then
  echo "run.sh: --bytes must be a positive multiple of 32, --lookups, --rounds and --reps positive" >&2
  exit 2
fi
records=$((size / 32))
[ -n "$out" ] || out="$repo/bench/results/peers-$(date -u +%Y-%m-%d).md"
mkdir -p "$workdir/bin" "$(dirname "$out")"

# ---- prerequisites
python=""
for candidate in ${PEERS_PYTHON:-} /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import numpy' 2>/dev/null; then python="$candidate"; break; fi
done
cargo_bin=/usr/bin/cargo
[ -x "$cargo_bin" ] || cargo_bin="$(command -v cargo || true)"
have_rust_crates() { ls -d /usr/share/cargo/registry/memmap2-* /usr/share/cargo/registry/zerocopy-* >/dev/null 2>&1; }
missing=""
command -v gcc >/dev/null 2>&1 || missing="$missing gcc"
{ [ -n "$cargo_bin" ] && have_rust_crates; } || missing="$missing cargo rustc librust-memmap2-dev librust-zerocopy-dev"
[ -n "$python" ] || missing="$missing python3-numpy"
if [ -n "$missing" ] && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing:$missing (apt-get; log in $workdir/apt.log)"
  # shellcheck disable=SC2086
  { DEBIAN_FRONTEND=noninteractive apt-get install -y $missing \
      || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y $missing; }; } >"$workdir/apt.log" 2>&1 \
    || echo "apt-get could not install everything: see $workdir/apt.log"
  [ -n "$python" ] || { /usr/bin/python3 -c 'import numpy' 2>/dev/null && python=/usr/bin/python3; } || true
  [ -x /usr/bin/cargo ] && cargo_bin=/usr/bin/cargo
fi
contenders="mappedstructs pointer viewaccessor"
skipped=""
use_or_skip() { # name, available?, why
  if [ "$2" = 1 ]; then contenders="$contenders $1"; return; fi
  if [ "$allow_missing" = 1 ]; then skipped="$skipped $1"; echo "== skipping $1: $3"; return; fi
  echo "run.sh: $1 needs $3 (apt-get install it, or pass --allow-missing to skip it)" >&2
  exit 1
}
command -v gcc >/dev/null 2>&1 && c_ok=1 || c_ok=0
use_or_skip c "$c_ok" gcc
use_or_skip c-bandwidth "$c_ok" gcc
{ [ -n "$cargo_bin" ] && have_rust_crates; } && rust_ok=1 || rust_ok=0
use_or_skip rust "$rust_ok" "cargo, rustc, librust-memmap2-dev and librust-zerocopy-dev"
[ -n "$python" ] && numpy_ok=1 || numpy_ok=0
use_or_skip numpy "$numpy_ok" python3-numpy

# ---- builds
echo "== building"
dotnet build "$here/MappedStructs.Peers/MappedStructs.Peers.csproj" -c Release -warnaserror -v quiet -nologo >"$workdir/dotnet-build.log" 2>&1 \
  || { cat "$workdir/dotnet-build.log" >&2; exit 1; }
peers="$here/MappedStructs.Peers/bin/Release/net10.0/MappedStructs.Peers"
if [ "$c_ok" = 1 ]; then
  gcc -O2 -Wall -Wextra -Werror -o "$workdir/bin/peer-c" "$here/c/peer.c"
  gcc -O3 -march=native -Wall -Wextra -Werror -o "$workdir/bin/bandwidth-c" "$here/c/bandwidth.c"
fi
if [ "$rust_ok" = 1 ]; then
  # A private CARGO_HOME, so that a user's ~/.cargo configuration cannot point the build at crates.io.
  (cd "$here/rust" && CARGO_HOME="$workdir/cargo-home" CARGO_TARGET_DIR="$workdir/rust-target" "$cargo_bin" build --release --offline -q)
fi

# ---- data: reused when it has the asked size (the content is a pure function of the index and the seed)
table="$workdir/table-$records.tbl" indices="$workdir/indices-$records-$lookups.bin"
warm_table="$workdir/warmup.tbl" warm_indices="$workdir/warmup-indices.bin"
if [ ! -f "$table" ] || [ ! -f "$indices" ] || [ "$("$peers" info --table "$table" 2>/dev/null | cut -d' ' -f2)" != "$records" ] \
   || [ "$(stat -c %s "$indices")" != $((lookups * 8)) ]; then
  echo "== writing $records records and $lookups indices to $workdir"
  rm -f "$workdir"/table-*.tbl "$workdir"/indices-*.bin
  "$peers" create --table "$table" --indices "$indices" --records "$records" --lookups "$lookups"
fi
[ -f "$warm_table" ] || "$peers" create --table "$warm_table" --indices "$warm_indices" --records 65536 --lookups 65536
read -r records_offset count < <("$peers" info --table "$table")

# ---- the keeper holds the table mapped (and first refills the page cache in 2 MiB folios) until this script ends
keeper_log="$workdir/keeper.log"
"$peers" keep --table "$table" --parent $$ >"$keeper_log" 2>&1 &
keeper_pid=$!
trap 'kill "$keeper_pid" 2>/dev/null || true' EXIT
for _ in $(seq 600); do grep -q '^keeper ready' "$keeper_log" && break; kill -0 "$keeper_pid" 2>/dev/null || break; sleep 0.5; done
grep -q '^keeper ready' "$keeper_log" || { echo "run.sh: the keeper did not start:" >&2; cat "$keeper_log" >&2; exit 1; }
table_path="$(realpath "$table")"
keeper_state() { # FilePmdMapped and Rss (KiB) of the keeper's mapping of the table, now
  awk -v path="$table_path" '
    /^[0-9a-f]+-[0-9a-f]+ / { mine = ($NF == path) ; next }
    mine && $1 == "FilePmdMapped:" { pmd += $2 }
    mine && $1 == "Rss:" { rss += $2 }
    END { printf "%d %d", pmd, rss }' "/proc/$keeper_pid/smaps"
}
other_dotnet() { ps -eo args | grep -E 'dotnet|csc|VBCSCompiler' | grep -v -E 'grep|MappedStructs.Peers' | wc -l; }

raw="$workdir/raw.log"
{
  echo "date $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo "command bench/peers/run.sh --bytes $size --lookups $lookups --rounds $rounds --reps $reps --naive $naive"
  echo "cpu $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "cores $(nproc) online, $(lscpu | sed -n 's/^Core(s) per socket: *//p' | head -1) per socket, $(lscpu | sed -n 's/^Thread(s) per core: *//p' | head -1) thread(s) per core"
  echo "kernel $(uname -r)"
  echo "memory $(free -g | awk '/Mem:/ {print $2 " GiB total, " $7 " GiB available"}')"
  echo "thp $(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null || echo n/a)"
  echo "fs $(df -T "$workdir" | awk 'NR==2 {print $2}')"
  echo "toolchains .NET $(dotnet --version); $(gcc --version | head -1); $([ "$rust_ok" = 1 ] && "$cargo_bin" --version); $([ "$rust_ok" = 1 ] && rustc --version 2>/dev/null | head -1); numpy $([ -n "$python" ] && "$python" -c 'import numpy; print(numpy.__version__)')"
  echo "table $table_path $records_offset $count"
  echo "lookups $lookups"
  echo "skipped ${skipped:- none}"
  echo "load_before $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "other_dotnet_before $(other_dotnet)"
  sed -n 's/^keeper ready /keeper_fill /p' "$keeper_log"
} >"$raw"

# ---- interleaved rounds: every contender once per round, the order rotated each round
read -r -a order <<<"$contenders"
for round in $(seq 1 "$rounds"); do
  for k in "${!order[@]}"; do
    name="${order[$(((k + round - 1) % ${#order[@]}))]}"
    echo "== round $round/$rounds: $name"
    echo "keeper_before $round $name $(keeper_state)" >>"$raw"
    case "$name" in
      mappedstructs | pointer | viewaccessor)
        cmd=("$peers" run --contender "$name" --table "$table" --indices "$indices" --warmup-table "$warm_table" --warmup-indices "$warm_indices" --reps "$reps") ;;
      c) cmd=("$workdir/bin/peer-c" "$table" "$indices" "$records_offset" "$count" "$reps") ;;
      c-bandwidth) cmd=("$workdir/bin/bandwidth-c" "$table" "$records_offset" "$count" "$reps") ;;
      rust) cmd=("$workdir/rust-target/release/peer" "$table" "$indices" "$records_offset" "$count" "$reps") ;;
      numpy) cmd=("$python" "$here/python/peer.py" "$table" "$indices" "$records_offset" "$count" "$reps" "$naive") ;;
    esac
    if ! "${cmd[@]}" >"$workdir/last.out" 2>&1; then
      echo "run.sh: $name failed:" >&2; cat "$workdir/last.out" >&2; exit 1
    fi
    sed "s/^/round $round /" "$workdir/last.out" >>"$raw"
    echo "keeper_after $round $name $(keeper_state)" >>"$raw"
  done
done
{
  echo "load_after $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "other_dotnet_after $(other_dotnet)"
} >>"$raw"

"${python:-python3}" "$here/report.py" "$raw" "$out"
cp "$raw" "${out%.md}.raw.log"
echo "== all sums agree; report in $out (raw lines in ${out%.md}.raw.log)"
