using System;
using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace MappedStructs;

/// <summary>Compacting a table's heap: a copy holding only the values its records reference (docs/tables.md, "Compaction").</summary>
public sealed partial class MappedTable<T>
{
    /// <summary>
    /// Rewrites the table at <paramref name="path"/> with a heap that holds only the values its records reference, in
    /// record order: a new heap and a copy of the records (their bytes unchanged but for the references) are written beside
    /// it and flushed, then the copy is renamed over the table, the single commit point, and the old heap is deleted. A
    /// crash at any moment leaves either the old table and heap or the new ones, whole. Heap files beside the table that it
    /// does not name (left by an earlier crash) are deleted first. Readers that have the table open keep reading the old
    /// files until they open it again. Returns what it reclaimed.
    /// </summary>
    /// <remarks>
    /// Static, as <see cref="Upgrade"/> is: the rename replaces the file under every table open on it, and a writer that
    /// kept appending to the old file would lose its appends, so compaction takes the writer lock itself and refuses while
    /// any table (in this process or another) holds it. Dispose the writer, compact, and open the table again. The copy is
    /// written even when nothing is garbage, so a compaction always ends with a heap of a new id.
    /// </remarks>
    /// <exception cref="InvalidOperationException"><typeparamref name="T"/> has no variable-length fields, so its table has no heap.</exception>
    /// <exception cref="IOException">A table holds the file's writer lock, or writing the copy failed (the table is left as it was).</exception>
    /// <exception cref="InvalidDataException">A record references bytes past the heap's published length (the table is left as it was).</exception>
    /// <exception cref="PlatformNotSupportedException">On Windows, which cannot rename over a mapped file.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "MappedTable<LogEntry>.Compact(path) names the record type once, where it is needed.")]
    public static TableCompactionResult Compact(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!HeapLayout<T>.HasVariableLengthFields)
        {
            throw new InvalidOperationException($"The table '{path}' has no heap to compact: its layout {T.Layout.Name} has no variable-length fields.");
        }

        LayoutInfo layout = FixedOrderLayout.Of<T>();
        using TableStorage source = TableRewrite.OpenSource(path, layout, LayoutSize<T>.Value, "compacted");

        // A file of another layout version stays that version: its records are copied whole, under its own header's layout.
        LayoutInfo fileLayout = source.Versions.LayoutForCopy(layout, path, "Compact");

        // As the appender, no other table appends while the values are copied (none is lost to the rename), and no other
        // rewrite is between making its heap and renaming its table, so every heap the header does not name is an orphan.
        source.EnsureAppender();
        TableHeapStore heap = source.HeapStore
            ?? throw new InvalidOperationException($"The table '{path}' has no heap to compact: its file was written by a version of {layout.Name} without variable-length fields.");
        int orphans = OrphanHeaps.RemoveBeside(source.Path, heap.TableId);
        OrphanHeaps.RemoveTemporaryFilesBeside(source.Path);
        long count = source.ReadCount();
        long before = heap.PublishedLength;
        long after = TableRewrite.Replace(source, fileLayout, count, copy =>
        {
            source.CopyRecordsTo(copy, count);
            HeapValueRelocation.Relocate(source, copy, fileLayout, count);
        });
        return new TableCompactionResult(count, before, after, orphans);
    }
}
