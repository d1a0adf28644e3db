using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The bytes a table's typed record views span, checked once per loop or per record served at another stride, so that on
/// the paths of a file of the layout's own version the length is the JIT constant <see cref="LayoutSize{T}.Value"/> and the
/// generated view's length check folds away instead of comparing a loop-invariant length on every record.
/// </summary>
/// <typeparam name="T">The layout.</typeparam>
internal static class TableRecordLength<T> where T : struct, IMappedLayout<T>
{
    /// <summary>
    /// The storage's <see cref="TableStorage.TypedRecordLength"/>, after the check record spans make: a layout whose fields
    /// are all of version 1 has views that need whole records, so a file of shorter records is refused (naming the upgrade)
    /// rather than served as records every view of it would refuse. Pass the result through <see cref="RecordViewLength{T}.Of"/>.
    /// </summary>
    /// <remarks>Inlined: a call that returns, made between a caller's <c>double sum = 0;</c> and its loop, would keep the sum on the stack (no SysV register survives a call).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Checked(TableStorage storage)
    {
        int length = storage.TypedRecordLength;
        if (!RecordViewLength<T>.AcceptsShorterRecords && length < LayoutSize<T>.Value)
        {
            TableSpans.ThrowRecordsTooShort<T>(storage);
        }

        return length;
    }
}
