using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// Record spans over a table file of another layout version (docs/versioning.md), whose records lie at the file's stride
/// rather than at the layout's size. A span keeps two lengths: its record count, and the count its one per-record bounds
/// check compares against, which is the record count for records at the layout's size and 0 for records at another
/// stride. An index of such a span therefore always fails that check and goes here, where it is checked against the record
/// count and addressed at the span's stride; a span at the layout's size makes exactly the check and the address
/// computation (a JIT-constant multiply) it made before spans knew strides.
/// </summary>
internal static class RecordSpanStride
{
    /// <summary>The count a span's per-record check compares against: all records at the layout's size, none at another stride.</summary>
    public static long CheckedLength(long length, int stride, int layoutSize) => stride == layoutSize ? length : 0;

    /// <summary>Record <paramref name="index"/> of a span at another stride, after checking it against the span's <paramref name="length"/>.</summary>
    /// <remarks>Inlined, not called: a call in the loop would make the JIT keep a loop's floating-point sum in memory, since no XMM register survives a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte Record(ref byte start, long index, long length, int stride)
    {
        RecordSpanBounds.CheckIndex(index, length);
        return ref RecordSpanBounds.Record(ref start, index, stride);
    }

    /// <summary>The current record of an enumerator of a span at another stride, after checking that it is on a record (inlined, as <see cref="Record"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte Current(ref byte start, long index, long length, int stride)
    {
        RecordSpanBounds.CheckOnRecord(index, length);
        return ref RecordSpanBounds.Record(ref start, index, stride);
    }
}

/// <summary>
/// The length of the record views a span gives for <typeparamref name="T"/>: the layout's size as a JIT constant for a
/// layout whose fields are all in its first version (its views need whole records, so a span at a shorter stride is refused
/// when made; see <see cref="TableSpans"/>), the span's record length for a layout with fields added since, whose views read
/// the fields a shorter record lacks as their defaults.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
internal static class RecordViewLength<T> where T : struct, IMappedLayout<T>
{
    /// <summary>Whether the views of <typeparamref name="T"/> accept records shorter than its size: it has fields added after version 1.</summary>
    public static readonly bool AcceptsShorterRecords = HasAddedFields();

    /// <summary>The length to view a record of <paramref name="recordLength"/> bytes with.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(int recordLength) => AcceptsShorterRecords ? recordLength : LayoutSize<T>.Value;

    private static bool HasAddedFields()
    {
        foreach (LayoutField field in T.Layout.Fields)
        {
            if (field.Since > 1)
            {
                return true;
            }
        }

        return false;
    }
}
