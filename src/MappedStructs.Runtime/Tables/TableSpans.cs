using System;
using System.Diagnostics.CodeAnalysis;

namespace MappedStructs;

/// <summary>
/// Record spans over a table's published records, shared by the writable and read-only tables. The records lie at the
/// file's stride and are viewed over <see cref="TableStorage.TypedRecordLength"/> bytes, as the indexers view them: the
/// layout's size for a file of the layout's own version, the file's (SBE's block length) for one of another version.
/// </summary>
internal static class TableSpans
{
    public static RecordSpan<T> Writable<T>(TableStorage storage, long start, long count) where T : struct, IMappedLayout<T>
    {
        CheckPublished<T>(storage, start, count);
        return new RecordSpan<T>(ref storage.RecordStart(start, storage.RecordSize), count, storage.RecordSize, storage.TypedRecordLength, HeapOf<T>(storage));
    }

    public static ReadOnlyRecordSpan<T> ReadOnly<T>(TableStorage storage, long start, long count) where T : struct, IMappedLayout<T>
    {
        CheckPublished<T>(storage, start, count);
        return new ReadOnlyRecordSpan<T>(ref storage.RecordStart(start, storage.RecordSize), count, storage.RecordSize, storage.TypedRecordLength, HeapOf<T>(storage));
    }

    // Only a layout with variable-length fields reads the heap; for the others the JIT drops the load.
    private static MappedHeap? HeapOf<T>(TableStorage storage) where T : struct, IMappedLayout<T> =>
        HeapLayout<T>.HasVariableLengthFields ? storage.Heap : null;

    /// <summary>
    /// The one check a table's span needs: its records are published, so the table has mapped them (a reader remaps
    /// before its count grows past its mapping), the storage is not disposed, and the layout's views can read its records.
    /// </summary>
    private static void CheckPublished<T>(TableStorage storage, long start, long count) where T : struct, IMappedLayout<T>
    {
        long published = storage.CountForLoop();
        RecordSpanBounds.CheckSlice(start, count, published);
        storage.ThrowIfDisposed();
        if (storage.TypedRecordLength < LayoutSize<T>.Value && !RecordViewLength<T>.AcceptsShorterRecords)
        {
            ThrowRecordsTooShort<T>(storage);
        }
    }

    // Only a layout with fields added since version 1 has views that read a shorter record's missing bytes as defaults.
    // Out of line, so that the message is not built in every caller that makes a span.
    [DoesNotReturn]
    internal static void ThrowRecordsTooShort<T>(TableStorage storage) where T : struct, IMappedLayout<T> =>
        throw new NotSupportedException(
            $"'{storage.Path}' holds {storage.RecordSize}-byte records of layout version {storage.Versions.FileVersion}, shorter than the {LayoutSize<T>.Value} bytes of {T.Layout.Name}, which has no fields added since version 1 that could read as their defaults; upgrade the file with MappedTable<T>.Upgrade.");
}
