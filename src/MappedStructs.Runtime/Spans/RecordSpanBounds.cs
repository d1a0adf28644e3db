using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// The index and range arithmetic both record spans share, in 64 bits: a span can cover more than 2^31 records of a
/// table. The two spans stay thin twins because the record type they yield is what makes writes impossible by type.
/// </summary>
internal static class RecordSpanBounds
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckIndex(long index, long length)
    {
        if ((ulong)index >= (ulong)length)
        {
            ThrowIndex(index, length);
        }
    }

    /// <summary>Throws unless an enumerator at <paramref name="index"/> is on a record: after MoveNext returned true.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckOnRecord(long index, long length)
    {
        if ((ulong)index >= (ulong)length)
        {
            ThrowNotOnRecord(index);
        }
    }

    /// <summary>
    /// The first byte of record <paramref name="index"/> of records at <paramref name="stride"/> bytes from
    /// <paramref name="start"/>: the one place a record's address is computed from its index; the caller has checked the index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref byte Record(ref byte start, long index, int stride) => ref Unsafe.Add(ref start, (nint)(index * stride));

    /// <summary>The position <paramref name="index"/> names in a span of <paramref name="length"/> records (<c>^1</c> is the last).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Offset(Index index, long length) => index.IsFromEnd ? length - index.Value : index.Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckSlice(long start, long count, long length)
    {
        if ((ulong)start > (ulong)length || (ulong)count > (ulong)(length - start))
        {
            ThrowSlice(start, count, length);
        }
    }

    /// <summary>The start and count <paramref name="range"/> names in a span of <paramref name="length"/> records, checked.</summary>
    public static (long Start, long Count) Of(Range range, long length)
    {
        long start = Offset(range.Start, length);
        long end = Offset(range.End, length);
        if ((ulong)start > (ulong)length || (ulong)end > (ulong)length || end < start)
        {
            ThrowRange(range, length);
        }

        return (start, end - start);
    }

    /// <summary>
    /// The number of <paramref name="recordSize"/>-byte records that fit in <paramref name="available"/> bytes compared
    /// by division, so that no count, however large, overflows a multiplication.
    /// </summary>
    public static void CheckFits(long count, int recordSize, long available, string layoutName, string what)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"The number of {layoutName} records must not be negative.");
        }

        if (count > available / recordSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                count,
                $"{count} {layoutName} records of {recordSize} bytes need more than the {available} bytes {what} has.");
        }
    }

    // The throw paths always throw and are not NoInlining, so the JIT keeps them out of callers' loops as calls that never return.
    [DoesNotReturn]
    private static void ThrowIndex(long index, long length) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"The index must be at least 0 and less than the span's {length} records.");

    [DoesNotReturn]
    private static void ThrowNotOnRecord(long index) =>
        throw new InvalidOperationException(index < 0 ? "Enumeration has not started: call MoveNext first." : "Enumeration has ended: MoveNext returned false.");

    [DoesNotReturn]
    private static void ThrowSlice(long start, long count, long length) =>
        throw new ArgumentOutOfRangeException(
            start < 0 || start > length ? nameof(start) : "length",
            $"A slice of {count} records at {start} does not lie within the span's {length} records.");

    [DoesNotReturn]
    private static void ThrowRange(Range range, long length) =>
        throw new ArgumentOutOfRangeException(nameof(range), $"The range {range} does not lie within the span's {length} records.");
}
