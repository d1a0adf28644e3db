"""Turns the raw lines of bench/peers/run.sh into its markdown report, after checking that every contender's sums agree.

usage: report.py RAW_LOG OUT_MD     (exit 1, naming the disagreeing contenders, when any sum differs)
"""

import statistics
import sys
from collections import defaultdict

WORKLOADS = ("scan_price", "scan_quantity", "random_price")
TITLES = {
    "scan_price": "Sequential scan, sum of the double `Price`",
    "scan_quantity": "Sequential scan, sum of the long `Quantity`",
    "random_price": "Random point reads, sum of `Price`",
}
COLUMNS = (  # contender, heading
    ("mappedstructs", "MappedStructs table"),
    ("pointer", "C# raw pointer"),
    ("c", "C `-O2`"),
    ("rust", "Rust memmap2 + zerocopy"),
    ("numpy", "numpy vectorized"),
    ("python-loop", "Python loop over numpy.memmap (scaled)"),
    ("viewaccessor", "MemoryMappedViewAccessor"),
)
TARGETS = (  # contender, the most MappedStructs / contender may be, what the issue asks
    ("c", 1.10, "within 1.10x of C"),
    ("rust", 1.10, "within 1.10x of Rust"),
    ("numpy", 1.00, "ahead of numpy"),
    ("python-loop", 1.00, "ahead of the Python loop"),
    ("viewaccessor", 1.00, "ahead of MemoryMappedViewAccessor"),
)


def fail(message):
    print(f"report.py: {message}", file=sys.stderr)
    sys.exit(1)


def parse(path):
    facts, times, sums, touches, mappings, keeper = {}, defaultdict(list), defaultdict(set), defaultdict(set), defaultdict(list), []
    scaled = {}
    with open(path) as raw:
        for line in raw:
            words = line.split()
            if not words:
                continue
            if words[0] == "round":
                kind, rest = words[2], words[3:]
                if kind == "result":
                    name, workload, _, seconds, total = rest
                    times[(name, workload)].append(float(seconds))
                    sums[workload].add((name, total))
                elif kind == "scaled":
                    name, workload, _, seconds, subset, full = rest
                    times[(name, workload)].append(float(seconds))
                    scaled[workload] = (int(subset), int(full))
                elif kind == "touch":
                    touches[rest[2]].add(rest[0])
                elif kind == "mapping":
                    if rest[1] != "n/a":
                        mappings[rest[0]].append((int(rest[1]), int(rest[2])))
            elif words[0] in ("keeper_before", "keeper_after"):
                keeper.append((int(words[3]), int(words[4])))
            else:
                facts[words[0]] = " ".join(words[1:])
    return facts, times, sums, touches, mappings, keeper, scaled


def check_agreement(sums, touches):
    for workload in WORKLOADS:
        values = {total for _, total in sums[workload]}
        if len(values) != 1:
            detail = "; ".join(f"{name}={total}" for name, total in sorted(sums[workload]))
            fail(f"the contenders' sums of {workload} disagree: {detail}")
    if len(touches) != 1:
        fail(f"the page-touch sums disagree: {dict(touches)}")


def main():
    if len(sys.argv) != 3:
        fail(__doc__)
    facts, times, sums, touches, mappings, keeper, scaled = parse(sys.argv[1])
    check_agreement(sums, touches)
    _, offset, count = facts["table"].split()
    count, lookups = int(count), int(facts["lookups"])
    nbytes = count * 32
    median = {key: statistics.median(values) for key, values in times.items()}
    present = [(name, title) for name, title in COLUMNS if (name, "scan_price") in median]

    def cell(name, workload):
        seconds = median.get((name, workload))
        if seconds is None:
            return "-"
        if workload == "random_price":
            return f"{seconds * 1e9 / lookups:,.1f} ns"
        return f"{seconds * 1e3:,.1f} ms ({nbytes / seconds / 1e9:.1f} GB/s)"

    lines = [f"# MappedStructs against C, Rust, numpy and MemoryMappedViewAccessor ({facts['date']})", ""]
    lines += ["Written by `bench/peers/run.sh`; the method is in [docs/benchmarks.md](../../docs/benchmarks.md#other-ecosystems-benchpeers).", ""]
    lines += ["## Machine and run", "", "| | |", "|---|---|"]
    for key, label in (("command", "command"), ("cpu", "CPU"), ("cores", "cores"), ("kernel", "kernel"), ("memory", "memory"),
                       ("thp", "transparent huge pages"), ("fs", "data file system"), ("toolchains", "toolchains"),
                       ("load_before", "load average before"), ("load_after", "load average after"),
                       ("other_dotnet_before", "other dotnet processes before"), ("other_dotnet_after", "other dotnet processes after"),
                       ("keeper_fill", "keeper: evict and refill"), ("skipped", "contenders skipped")):
        if key in facts:
            lines.append(f"| {label} | {facts[key]} |")
    runs = len(times[("mappedstructs", "scan_price")])
    lines += [f"| data | {count:,} records of 32 bytes ({nbytes / 2**20:,.0f} MiB) at offset {offset}; {lookups:,} random indices |",
              f"| samples | {runs} per contender and workload (rounds x timed passes per process), medians below |", ""]

    lines += ["## Times (medians)", "", "| Workload | " + " | ".join(title for _, title in present) + " |",
              "|---|" + "---|" * len(present)]
    for workload in WORKLOADS:
        lines.append(f"| {TITLES[workload]} | " + " | ".join(cell(name, workload) for name, _ in present) + " |")
    if ("c-bandwidth", "scan_all_words") in median:
        seconds = median[("c-bandwidth", "scan_all_words")]
        lines += ["", f"Bandwidth reference (C `-O3 -march=native`, a uint64 sum of every word of the records): "
                      f"{seconds * 1e3:,.1f} ms ({nbytes / seconds / 1e9:.1f} GB/s)."]
    for workload, (subset, full) in sorted(scaled.items()):
        lines.append(f"The Python loop's {workload} ran over {subset:,} of {full:,} and is scaled by {full / subset:,.1f}; "
                     "its sum was checked against numpy's over the same subset.")

    lines += ["", "## Ratios: MappedStructs time / contender time (below 1: MappedStructs is faster)", "",
              "| Workload | " + " | ".join(title for name, title in present if name != "mappedstructs") + " | bandwidth reference |",
              "|---|" + "---|" * len(present)]
    for workload in WORKLOADS:
        ours = median[("mappedstructs", workload)]
        row = [f"{ours / median[(name, workload)]:.2f}" if (name, workload) in median else "-"
               for name, _ in present if name != "mappedstructs"]
        reference = median.get(("c-bandwidth", "scan_all_words"))
        row.append(f"{ours / reference:.2f}" if reference and workload != "random_price" else "-")
        lines.append(f"| {TITLES[workload]} | " + " | ".join(row) + " |")

    lines += ["", "## The targets of issue 20", "", "| Target | " + " | ".join(TITLES[w] for w in WORKLOADS) + " |",
              "|---|---|---|---|"]
    for name, limit, label in TARGETS:
        if (name, "scan_price") not in median:
            continue
        row = []
        for workload in WORKLOADS:
            ratio = median[("mappedstructs", workload)] / median[(name, workload)]
            row.append(f"{ratio:.2f}: {'met' if ratio <= limit else 'missed'}")
        lines.append(f"| {label} | " + " | ".join(row) + " |")
    lines += ["", "Differences under about 20% are within this VM's noise (docs/benchmarks.md, \"How much to trust a ratio\")."]

    lines += ["", "## Huge pages: each contender's mapping of the table at the end of its run", "",
              "| Contender | FilePmdMapped MiB (min-max over rounds) | Rss MiB (min-max) |", "|---|---|---|"]
    for name in sorted(mappings):
        pmd = [p for p, _ in mappings[name]]
        rss = [r for _, r in mappings[name]]
        lines.append(f"| {name} | {min(pmd) / 1024:,.0f}-{max(pmd) / 1024:,.0f} | {min(rss) / 1024:,.0f}-{max(rss) / 1024:,.0f} |")
    if keeper:
        lines += ["", f"The keeper's mapping before and after every contender's run: FilePmdMapped "
                      f"{min(p for p, _ in keeper) / 1024:,.0f}-{max(p for p, _ in keeper) / 1024:,.0f} MiB, Rss "
                      f"{min(r for _, r in keeper) / 1024:,.0f}-{max(r for _, r in keeper) / 1024:,.0f} MiB "
                      f"({len(keeper)} samples)."]

    lines += ["", "## Sums (every contender, every pass: they agree)", "", "| Workload | Sum |", "|---|---|"]
    for workload in WORKLOADS:
        lines.append(f"| {workload} | {next(iter(sums[workload]))[1]} |")
    with open(sys.argv[2], "w") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
