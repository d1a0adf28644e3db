using System;

namespace MappedStructs;

/// <summary>
/// The one way a table is rewritten into a new file (TrimExcess, Upgrade, Compact; docs/tables.md, "Replacing a table"
/// and "Compaction"): the copy is built in a temporary file beside the table, with a new heap
/// <c>&lt;table&gt;.&lt;new id&gt;.heap</c> when the layout has variable-length fields; both are flushed; the temporary
/// file is renamed over the table (<see cref="AtomicFileReplacement"/>), the single commit point; then the old heap is
/// deleted. A crash before the rename leaves the old table and its heap whole (the new heap is an orphan); after it, the new
/// table and its heap, durable (the old heap is the orphan). Orphans are removed by the next compaction (<see cref="OrphanHeaps"/>).
/// </summary>
internal static class TableRewrite
{
    /// <summary>
    /// Opens the table a static rewrite (Upgrade, Compact) replaces, ReadWrite with its layout bound; on Windows throws
    /// <see cref="PlatformNotSupportedException"/> saying it cannot be <paramref name="done"/> ("upgraded", "compacted").
    /// </summary>
    public static TableStorage OpenSource(string path, LayoutInfo layout, int layoutSize, string done)
    {
        if (OperatingSystem.IsWindows())
        {
            // The rename is what keeps readers of the old files safe, and Windows refuses it while any process maps the file.
            throw new PlatformNotSupportedException($"The table '{path}' cannot be {done} on Windows: Windows refuses to rename over a mapped file.");
        }

        var source = TableStorage.Open(path, MapAccess.ReadWrite, layout);
        try
        {
            source.BindLayout(layoutSize, layout.Name);
            return source;
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Replaces <paramref name="source"/>'s file with a table of <paramref name="layout"/> holding <paramref name="count"/>
    /// records that <paramref name="fill"/> writes into the copy (records and, through the copy's heap, their values).
    /// The caller holds <paramref name="source"/>'s writer lock, so no append to the old file is lost to the rename. Returns
    /// the new heap's length (0 without a heap).
    /// </summary>
    public static long Replace(TableStorage source, LayoutInfo layout, long count, Action<TableStorage> fill)
    {
        long heapLength = 0;
        AtomicFileReplacement.Replace(
            source.Path,
            replacement =>
            {
                using var copy = TableStorage.Create(replacement, layout, count, heapBeside: source.Path);
                try
                {
                    // As the new file's appender, its Flush commits the heap and then the count: a file no writer holds
                    // opens with its committed count, and every committed reference names committed heap bytes.
                    copy.EnsureAppender();
                    fill(copy);
                    copy.PublishCount(count);
                    copy.Flush();
                    heapLength = copy.HeapLength;
                    return copy.HeapStore?.Path ?? string.Empty;
                }
                catch
                {
                    // The new heap is named after the table, not the temporary file: the replacement's cleanup misses it.
                    if (copy.HeapStore is { } heap)
                    {
                        copy.Dispose();
                        OrphanHeaps.DeleteQuietly(heap.Path);
                    }

                    throw;
                }
            },
            discard: static newHeap =>
            {
                // A failed rename leaves the old table at the path: the new heap, named after it, is garbage.
                if (newHeap.Length > 0)
                {
                    OrphanHeaps.DeleteQuietly(newHeap);
                }
            });
        if (source.HeapStore is { } old)
        {
            // After the commit point: the path names the new table, whose heap is durable; the old one is garbage. Readers
            // that map it keep its pages until they unmap it; an open that read the old header retries (TableStorage.Open).
            OrphanHeaps.DeleteQuietly(old.Path);
        }

        return heapLength;
    }
}
