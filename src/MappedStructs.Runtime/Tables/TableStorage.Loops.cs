using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>What the tables' enumerators and the access advice need from the storage, kept apart from the count protocol.</summary>
internal sealed unsafe partial class TableStorage
{
    /// <summary>
    /// The first byte of record <paramref name="index"/> at <paramref name="stride"/> bytes a record, or
    /// <see cref="System.ObjectDisposedException"/> when the storage is disposed (Dispose sets the records' address to
    /// null). One plain load and a test: in a loop that does nothing but read, the JIT may keep the address in a register,
    /// while a loop that can dispose the table (it makes a call) reads it on every record.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref byte LiveRecordStart(long index, int stride)
    {
        byte* records = _records;
        if (records == null)
        {
            ThrowDisposed();
        }

        return ref *(records + (index * stride));
    }

    /// <summary>
    /// The published count, as <see cref="RefreshKnownCount"/> reads it, for the start of a loop: the common case (a live
    /// storage serving the live count, all of it mapped) is inlined with no call, and everything else (disposal, a remap
    /// to follow a writer, the committed count of a file whose writer died) goes to <see cref="RefreshKnownCount"/>.
    /// A call there would be made between the caller's <c>double sum = 0;</c> and its loop, and no SysV register keeps a
    /// <c>double</c> across a call, so the JIT kept such a sum on the stack for the whole loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long CountForLoop()
    {
        // _base is null once disposed; a storage serving the committed count (_trustLiveCount 0) takes the slow path.
        byte* header = _base;
        if (header != null && Volatile.Read(ref _trustLiveCount) != 0)
        {
            long count = Volatile.Read(ref Unsafe.AsRef<long>(header + TableFormat.CountOffset));
            if ((ulong)count <= (ulong)Volatile.Read(ref _mappedCapacity))
            {
                Volatile.Write(ref _knownCount, count);
                return count;
            }
        }

        return RefreshKnownCount();
    }

    /// <summary>Advises the kernel about the bytes of records [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>).</summary>
    public void AdviseRecords(long start, long count, MapAdvice advice)
    {
        (long offset, long length) = RecordExtent(start, count);
        _file.Advise(offset, length, advice);
    }

    /// <summary>Faults in the bytes of records [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>).</summary>
    public void PrefaultRecords(long start, long count, bool forWrite)
    {
        (long offset, long length) = RecordExtent(start, count);
        _file.Prefault(offset, length, forWrite);
    }

    /// <summary>The file range of mapped records, checked against what this storage maps (the published ones and the room after them).</summary>
    private (long Offset, long Length) RecordExtent(long start, long count)
    {
        ThrowIfDisposed();
        RecordSpanBounds.CheckSlice(start, count, MappedCapacity);
        return (RecordsOffset + (start * RecordSize), count * RecordSize);
    }
}
