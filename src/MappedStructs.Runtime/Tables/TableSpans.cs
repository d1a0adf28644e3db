namespace MappedStructs;

/// <summary>Record spans over a table's published records, shared by the writable and read-only tables.</summary>
internal static class TableSpans
{
    public static RecordSpan<T> Writable<T>(TableStorage storage, long start, long count) where T : struct, IMappedLayout<T>
    {
        CheckPublished(storage, start, count);
        return new RecordSpan<T>(ref storage.RecordStart(start, LayoutSize<T>.Value), count);
    }

    public static ReadOnlyRecordSpan<T> ReadOnly<T>(TableStorage storage, long start, long count) where T : struct, IMappedLayout<T>
    {
        CheckPublished(storage, start, count);
        return new ReadOnlyRecordSpan<T>(ref storage.RecordStart(start, LayoutSize<T>.Value), count);
    }

    /// <summary>
    /// The one check a table's span needs: its records are published, so the table has mapped them (a reader remaps
    /// before its count grows past its mapping), and the storage is not disposed.
    /// </summary>
    private static void CheckPublished(TableStorage storage, long start, long count)
    {
        storage.RequireLayoutStride("A record span");
        long published = storage.RefreshKnownCount();
        RecordSpanBounds.CheckSlice(start, count, published);
        storage.ThrowIfDisposed();
    }
}
