using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MappedStructs;

/// <summary>
/// Makes record spans over bytes the caller names; called by the generated <c>Trade.Ref.Span</c> and
/// <c>Trade.ReadOnlyRef.Span</c>, which pass the layout's name and the alignment its <see cref="AtomicAttribute"/> fields
/// need (0 when none). Every check a span needs is made here, once: the range, a count that cannot overflow, and the
/// alignment of every record.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RecordSpans
{
    /// <summary>The first <paramref name="count"/> records of <paramref name="bytes"/>, writable.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or the records do not fit.</exception>
    /// <exception cref="ArgumentException">The layout has atomic fields and a record would not be aligned.</exception>
    public static RecordSpan<T> Over<T>(Span<byte> bytes, int count, int atomicAlignment, string layoutName) where T : struct, IMappedLayout<T>
    {
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        Check<T>(ref start, count, bytes.Length, atomicAlignment, layoutName, "the span");
        return new RecordSpan<T>(ref start, count);
    }

    /// <summary>The first <paramref name="count"/> records of <paramref name="bytes"/>, read-only.</summary>
    /// <inheritdoc cref="Over{T}(Span{byte}, int, int, string)" path="/exception"/>
    public static ReadOnlyRecordSpan<T> OverReadOnly<T>(ReadOnlySpan<byte> bytes, int count, int atomicAlignment, string layoutName) where T : struct, IMappedLayout<T>
    {
        ref byte start = ref MemoryMarshal.GetReference(bytes);
        Check<T>(ref start, count, bytes.Length, atomicAlignment, layoutName, "the span");
        return new ReadOnlyRecordSpan<T>(ref start, count);
    }

    /// <summary><paramref name="count"/> records at <paramref name="offset"/> of a writable <paramref name="view"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is not within the view, <paramref name="count"/> is negative, or the records do not fit.</exception>
    /// <exception cref="ArgumentException">The layout has atomic fields and a record would not be aligned.</exception>
    /// <exception cref="InvalidOperationException">The view is read-only.</exception>
    /// <exception cref="ObjectDisposedException">The view has been disposed.</exception>
    public static RecordSpan<T> Over<T>(MappedView view, long offset, long count, int atomicAlignment, string layoutName) where T : struct, IMappedLayout<T>
    {
        ArgumentNullException.ThrowIfNull(view);
        ref byte start = ref view.GetReference();
        return new RecordSpan<T>(ref At<T>(view, ref start, offset, count, atomicAlignment, layoutName), count);
    }

    /// <summary><paramref name="count"/> records at <paramref name="offset"/> of <paramref name="view"/>, read-only.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The offset is not within the view, <paramref name="count"/> is negative, or the records do not fit.</exception>
    /// <exception cref="ArgumentException">The layout has atomic fields and a record would not be aligned.</exception>
    /// <exception cref="ObjectDisposedException">The view has been disposed.</exception>
    public static ReadOnlyRecordSpan<T> OverReadOnly<T>(MappedView view, long offset, long count, int atomicAlignment, string layoutName) where T : struct, IMappedLayout<T>
    {
        ArgumentNullException.ThrowIfNull(view);

        // Read-only by type: the span only ever yields ReadOnlyMappedRecord<T>.
        ref byte start = ref Unsafe.AsRef(in view.GetReadOnlyReference());
        return new ReadOnlyRecordSpan<T>(ref At<T>(view, ref start, offset, count, atomicAlignment, layoutName), count);
    }

    private static ref byte At<T>(MappedView view, ref byte viewStart, long offset, long count, int atomicAlignment, string layoutName)
        where T : struct, IMappedLayout<T>
    {
        string what = "this view of " + MappingErrors.Describe(view.File.Path);
        if ((ulong)offset > (ulong)view.Length)
        {
            throw MappingErrors.OutOfRange(offset, 0, view.Length, what);
        }

        ref byte start = ref Unsafe.Add(ref viewStart, (nint)offset);
        Check<T>(ref start, count, view.Length - offset, atomicAlignment, layoutName, what + " after offset " + offset);
        return ref start;
    }

    private static void Check<T>(ref byte start, long count, long available, int atomicAlignment, string layoutName, string what)
        where T : struct, IMappedLayout<T>
    {
        int size = LayoutSize<T>.Value;
        RecordSpanBounds.CheckFits(count, size, available, layoutName, what);
        if (atomicAlignment <= 1 || count == 0)
        {
            return;
        }

        // The first record aligned and a stride that keeps alignment make every record aligned: one check for the span.
        GeneratedLayoutSupport.CheckAligned(ref start, atomicAlignment, layoutName, "offset");
        if (count > 1 && size % atomicAlignment != 0)
        {
            throw new ArgumentException(
                $"A {layoutName} record has [Atomic] fields that need {atomicAlignment}-byte alignment, but its {size}-byte stride leaves the second record misaligned; view one record at a time.",
                nameof(count));
        }
    }
}
