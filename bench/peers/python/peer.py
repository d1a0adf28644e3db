"""The numpy contender: numpy.memmap with a structured dtype over the table's records.

usage: peer.py TABLE INDICES RECORDS_OFFSET COUNT REPS NAIVE_COUNT

Two styles per workload: "numpy" is vectorized (a field view and .sum(), fancy indexing for the random reads); "python-loop"
is the per-element loop a naive user writes. The loop runs over the first NAIVE_COUNT records (or indices) only, to keep the
time sane; its time is scaled to the full count (and the script's table says so), and its partial sum is checked here
against numpy's sum of the same subset, since it cannot be compared with the other contenders' full sums.
"""

import os
import sys
import time

import numpy as np

TRADE = np.dtype([("id", "<i8"), ("timestamp", "<i8"), ("price", "<f8"), ("quantity", "<i8")])
assert TRADE.itemsize == 32


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def mapping_state(path):
    full = os.path.realpath(path)
    try:
        with open("/proc/self/smaps") as smaps:
            lines = smaps.read().splitlines()
    except OSError:
        return "n/a n/a 0"
    in_file, vmas, pmd, rss = False, 0, 0, 0
    for line in lines:
        first = line.split(" ", 1)[0]
        if "-" in first and not first.endswith(":"):
            in_file = line.endswith(full)
            vmas += in_file
        elif in_file:
            words = line.split()
            if words[0] == "FilePmdMapped:":
                pmd += int(words[1])
            elif words[0] == "Rss:":
                rss += int(words[1])
    return f"{pmd} {rss} {vmas}"


def timed(function):
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def naive_scan(records, field):
    total = 0.0 if field == "price" else 0
    for record in records:
        total += record[field]
    return total


def naive_random(records, indices):
    total = 0.0
    for index in indices:
        total += records[index]["price"]
    return total


def check_subset(name, naive, vectorized):
    if naive != vectorized:
        fail(f"python-loop {name}: the loop's sum {naive} differs from numpy's {vectorized} over the same subset")


def main():
    if len(sys.argv) != 7:
        fail(__doc__)
    path, indices_path = sys.argv[1], sys.argv[2]
    offset, count, reps, naive_count = (int(value) for value in sys.argv[3:7])
    with open(path, "rb") as table:
        table.seek(32)
        header_offset = int.from_bytes(table.read(8), "little")
    if header_offset != offset:
        fail(f"'{path}': header says records start at {header_offset}, the script said {offset}")
    if os.path.getsize(path) < offset + count * TRADE.itemsize:
        fail(f"'{path}' cannot hold {count} records at offset {offset}")
    indices = np.fromfile(indices_path, dtype="<i8")
    if indices.size == 0 or indices.min() < 0 or indices.max() >= count:
        fail(f"'{indices_path}': empty, or an index outside {count} records")
    records = np.memmap(path, dtype=TRADE, mode="r", offset=offset, shape=(count,))

    seconds, touched = timed(lambda: int(records["id"][:: 4096 // TRADE.itemsize].sum()))
    print(f"touch numpy {seconds:.6f} {touched}")
    for rep in range(reps):
        seconds, price = timed(lambda: records["price"].sum())
        print(f"result numpy scan_price {rep} {seconds:.9f} {price:.4f}")
        seconds, quantity = timed(lambda: int(records["quantity"].sum()))
        print(f"result numpy scan_quantity {rep} {seconds:.9f} {quantity}")
        seconds, random = timed(lambda: records["price"][indices].sum())
        print(f"result numpy random_price {rep} {seconds:.9f} {random:.4f}")

    scan_subset = records[: min(naive_count, count)]
    random_subset = indices[: min(naive_count, indices.size)]
    for rep in range(reps):
        for field, workload, full in (("price", "scan_price", count), ("quantity", "scan_quantity", count)):
            seconds, total = timed(lambda: naive_scan(scan_subset, field))
            check_subset(workload, total, scan_subset[field].sum())
            print(f"scaled python-loop {workload} {rep} {seconds * full / len(scan_subset):.9f} {len(scan_subset)} {full}")
        seconds, total = timed(lambda: naive_random(records, random_subset))
        check_subset("random_price", total, records["price"][random_subset].sum())
        print(f"scaled python-loop random_price {rep} {seconds * indices.size / len(random_subset):.9f} {len(random_subset)} {indices.size}")
    print(f"mapping numpy {mapping_state(path)}")


if __name__ == "__main__":
    main()
