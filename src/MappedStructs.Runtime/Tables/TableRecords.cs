using System;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// A typed table's record at a checked index, for both table types: at the layout's size as a JIT constant for a file of
/// the layout's own version, at the file's stride and <see cref="TableStorage.TypedRecordLength"/> for a file of another.
/// For a layout without added fields both are viewed at the layout's size as a JIT constant (<see cref="TableRecordLength{T}"/>),
/// so that the two paths do not meet in a record length the generated view compares on every record.
/// </summary>
internal static class TableRecords
{
    public static ReadOnlyMappedRecord<T> ReadOnly<T>(TableStorage storage, long checkedIndex) where T : struct, IMappedLayout<T> =>
        HeapLayout<T>.HasVariableLengthFields
            ? new ReadOnlyMappedRecord<T>(ref storage.RecordStart(checkedIndex, storage.RecordSize), storage.TypedRecordLength, storage.Heap)
            : storage.HasOtherStride
            ? new ReadOnlyMappedRecord<T>(ref storage.RecordStart(checkedIndex, storage.RecordSize), RecordViewLength<T>.Of(TableRecordLength<T>.Checked(storage)))
            : new ReadOnlyMappedRecord<T>(ref storage.RecordStart(checkedIndex, LayoutSize<T>.Value));

    /// <summary>A record of the table copied out whole (<paramref name="record"/> is one stride long, a sort's pivot), viewed as the table views its records.</summary>
    public static ReadOnlyMappedRecord<T> Copied<T>(TableStorage storage, ReadOnlySpan<byte> record) where T : struct, IMappedLayout<T> =>
        new(ref MemoryMarshal.GetReference(record[..storage.TypedRecordLength]), storage.TypedRecordLength, HeapLayout<T>.HasVariableLengthFields ? storage.Heap : null);
}
