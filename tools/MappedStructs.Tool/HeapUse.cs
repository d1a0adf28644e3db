namespace MappedStructs.Tool;

/// <summary>
/// How much of a table's heap its records reference, by one scan of every variable-length reference: the rest of the
/// published length is garbage (values replaced by a setter, or appended by a writer that crashed before publishing the
/// record), what compaction would reclaim. Each value counts with the padding that aligns the next one
/// (<see cref="HeapReference.OffsetUnit"/>), as the heap lays values out; a value two records share counts twice.
/// </summary>
internal readonly record struct HeapUse(long PublishedBytes, long Values, long ReferencedBytes, long BadReferences)
{
    /// <summary>The published bytes no valid reference covers.</summary>
    public long GarbageBytes => System.Math.Max(0, PublishedBytes - ReferencedBytes);

    /// <summary>The garbage as a percentage of the published length (0 for an empty heap).</summary>
    public double GarbagePercent => PublishedBytes == 0 ? 0 : 100.0 * GarbageBytes / PublishedBytes;

    public static HeapUse Scan(DescribedTable table)
    {
        long published = table.HeapLength;
        long values = 0;
        long referenced = 0;
        long bad = 0;
        long count = table.Count;
        for (long row = 0; row < count; row++)
        {
            for (int f = 0; f < table.FieldTypes.Count; f++)
            {
                if (!table.FieldTypes[f].IsVariableLength)
                {
                    continue;
                }

                HeapReference reference = table.GetHeapReference(row, f);
                if (reference.IsEmpty)
                {
                    continue;
                }

                if (reference.End > published)
                {
                    bad++;
                    continue;
                }

                values++;
                referenced += (reference.Length + HeapReference.OffsetUnit - 1) / HeapReference.OffsetUnit * HeapReference.OffsetUnit;
            }
        }

        return new HeapUse(published, values, referenced, bad);
    }
}
