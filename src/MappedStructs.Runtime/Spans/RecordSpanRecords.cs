using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The record a span hands out: with the heap of the table it came from for a layout with variable-length fields, so that
/// their values read through a span as through the table; without it otherwise. The branch is on the JIT constant
/// <see cref="HeapLayout{T}.HasVariableLengthFields"/>, so a span of a fixed layout compiles to the loop it had without heaps.
/// </summary>
internal static class RecordSpanRecords
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static MappedRecord<T> Writable<T>(ref byte record, int recordLength, MappedHeap? heap) where T : struct, IMappedLayout<T> =>
        HeapLayout<T>.HasVariableLengthFields && heap is not null
            ? new MappedRecord<T>(ref record, RecordViewLength<T>.Of(recordLength), readOnly: false, heap)
            : new MappedRecord<T>(ref record, RecordViewLength<T>.Of(recordLength));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlyMappedRecord<T> ReadOnly<T>(ref byte record, int recordLength, MappedHeap? heap) where T : struct, IMappedLayout<T> =>
        HeapLayout<T>.HasVariableLengthFields
            ? new ReadOnlyMappedRecord<T>(ref record, RecordViewLength<T>.Of(recordLength), heap)
            : new ReadOnlyMappedRecord<T>(ref record, RecordViewLength<T>.Of(recordLength));
}
