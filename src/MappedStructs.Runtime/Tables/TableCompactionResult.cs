namespace MappedStructs;

/// <summary>
/// What <see cref="MappedTable{T}.Compact"/> did to a table's heap: the table kept its <see cref="Records"/>, its heap went
/// from <see cref="HeapBytesBefore"/> to <see cref="HeapBytesAfter"/> bytes of values (the live values, each rounded up to a
/// multiple of 8), and <see cref="OrphanHeapsRemoved"/> heap files that no table names (left by a crash) were deleted.
/// </summary>
public sealed class TableCompactionResult
{
    internal TableCompactionResult(long records, long heapBytesBefore, long heapBytesAfter, int orphanHeapsRemoved)
    {
        Records = records;
        HeapBytesBefore = heapBytesBefore;
        HeapBytesAfter = heapBytesAfter;
        OrphanHeapsRemoved = orphanHeapsRemoved;
    }

    /// <summary>The records the table holds, before and after (compaction never changes them or their values).</summary>
    public long Records { get; }

    /// <summary>The heap's published length before compaction: live values and garbage (values replaced by setters).</summary>
    public long HeapBytesBefore { get; }

    /// <summary>The compacted heap's length: only the values the records reference.</summary>
    public long HeapBytesAfter { get; }

    /// <summary>The heap bytes compaction freed: <see cref="HeapBytesBefore"/> minus <see cref="HeapBytesAfter"/>, the garbage.</summary>
    public long ReclaimedBytes => HeapBytesBefore - HeapBytesAfter;

    /// <summary>Heap files beside the table that its header did not name (left by a crash during a rewrite, or by <c>Create</c> over the table), deleted before compacting.</summary>
    public int OrphanHeapsRemoved { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Records} records, heap {HeapBytesBefore} -> {HeapBytesAfter} bytes ({ReclaimedBytes} reclaimed), {OrphanHeapsRemoved} orphan heaps removed";
}
