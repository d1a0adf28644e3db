using System.Collections.Generic;

namespace MappedStructs;

/// <summary>The records of a table as copies, for LINQ and other <see cref="IEnumerable{T}"/> consumers.</summary>
internal static class TableValues
{
    /// <summary>
    /// Each enumeration takes the published count when it starts (at the first <c>MoveNext</c>) and yields a copy of
    /// each record below it, in order.
    /// </summary>
    public static IEnumerable<T> Copies<T>(TableStorage storage)
        where T : struct, IMappedLayout<T>
    {
        long count = storage.RefreshKnownCount();
        for (long i = 0; i < count; i++)
        {
            // The consumer runs between records and may dispose the table.
            storage.ThrowIfDisposed();
            yield return HeapLayout<T>.HasVariableLengthFields ? T.LoadFrom(storage.RecordBytes(i), storage.Heap) : T.LoadFrom(storage.RecordBytes(i));
        }
    }
}
