#!/usr/bin/env bash
# The cold-read suite (issue 18, item 6): builds bench/MappedStructs.ColdReads, runs it, and writes its markdown report to
# bench/results/cold-reads-<UTC date>.md, followed by `dd iflag=direct` over the same file as a second reading of the
# disk's sequential rate. Each timed pass starts from an evicted file after a fixed delay, so a full run (1 GiB,
# 14 methods, 5 trials, 10 s delay) takes about 20 minutes. Run it on a quiet machine: other I/O changes cold timings.
#   bench/MappedStructs.ColdReads/run.sh                                     the full run
#   bench/MappedStructs.ColdReads/run.sh --bytes 64M --random 5000 --trials 1 --delay 1   a smoke run (timings mean nothing)
# Every option is passed to the program (see Program.cs); --out defaults to the results file above.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
out="$repo/bench/results/cold-reads-$(date -u +%Y-%m-%d).md"
dir=/tmp/mappedstructs-cold
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --out) out="${args[$((i + 1))]}" ;;
    --dir) dir="${args[$((i + 1))]}" ;;
  esac
done
[[ " $* " == *" --out "* ]] || args+=(--out "$out")
mkdir -p "$(dirname "$out")"
dotnet build "$here/MappedStructs.ColdReads.csproj" -c Release -warnaserror -v quiet -nologo
"$here/bin/Release/net10.0/MappedStructs.ColdReads" "${args[@]}"
file="$(ls -t "$dir"/cold-*.tbl | head -1)"
if command -v dd >/dev/null 2>&1; then
  rate="$(dd if="$file" of=/dev/null bs=1M iflag=direct 2>&1 | tail -1)"
  printf '\n`dd if=%s of=/dev/null bs=1M iflag=direct`, run after the suite: %s\n' "$file" "$rate" >>"$out"
fi
# A fault with Normal advice reads around its page by the device's readahead size, which explains most random-read results.
source_device="$(df --output=source "$dir" | tail -1)"
name="$(basename "$source_device")"
for ra in "/sys/class/block/$name/queue/read_ahead_kb" "/sys/class/block/$name/../queue/read_ahead_kb"; do
  if [ -f "$ra" ]; then
    printf '\nReadahead of the file'"'"'s device (%s): %s KiB (`read_ahead_kb`): the read-around of each fault with `MapAdvice.Normal`.\n' "$source_device" "$(cat "$ra")" >>"$out"
    break
  fi
done
echo "report in $out"
