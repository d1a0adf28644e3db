using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace MappedStructs;

/// <summary>
/// A table's heap as one mapping of it sees it: where the values of variable-length fields (<see cref="TextAttribute"/>,
/// <see cref="BlobAttribute"/>, <see cref="VarArrayAttribute"/>) lie, and how many of its bytes are known to be published.
/// Generated views hold the heap they were made with and resolve each <see cref="HeapReference"/> against it with one
/// compare (<see cref="HeapFields"/>); a reference past the known length takes an out-of-line path that asks the table for
/// its newest mapping (the heap may have grown, in this or another process) and only then throws
/// <see cref="System.IO.InvalidDataException"/> naming the record and the field.
/// </summary>
/// <remarks>
/// One instance per mapping: its <see cref="_dataStart"/> and <see cref="_mappedLength"/> never change, and the length known
/// to be published only grows, up to <see cref="_mappedLength"/>, so a view that read the known length and then the base can
/// never combine a length of one mapping with the base of another. A table keeps every mapping it replaced alive until it
/// is disposed, as it keeps the record mappings (docs/tables.md, "Variable-length fields").
/// </remarks>
public sealed unsafe class MappedHeap
{
    // First byte of the heap's data (past its header page). Null for Detached, whose lengths are 0.
    internal readonly byte* _dataStart;

    // How many data bytes this mapping covers; fixed for the instance.
    internal readonly long _mappedLength;

    // The published heap length this mapping is known to cover: raised (never lowered, never past _mappedLength) by the
    // table when it appends or refreshes. Read plainly on the hot path: a stale value only sends a read down the slow path.
    internal long _knownLength;

    // The table's heap file behind this mapping; null for Detached.
    internal readonly HeapStore? _store;

    internal MappedHeap(HeapStore? store, byte* dataStart, long mappedLength, long knownLength)
    {
        _store = store;
        _dataStart = dataStart;
        _mappedLength = mappedLength;
        _knownLength = knownLength;
    }

    /// <summary>
    /// The heap of a view made over raw bytes rather than a table's record: it holds no value, so an empty reference reads as
    /// the empty value and any other throws <see cref="NotSupportedException"/> saying to read the record through its table.
    /// </summary>
    public static MappedHeap Detached { get; } = new(null, null, 0, 0);

    /// <summary>Whether this heap belongs to a table (false for <see cref="Detached"/>).</summary>
    public bool IsAttached => _store is not null;

    /// <summary>The heap's published length in bytes as this mapping last knew it (the heap may have grown since).</summary>
    public long Length => Volatile.Read(ref _knownLength);

    /// <summary>Raises the known length to <paramref name="published"/>; the caller has checked it is at most <see cref="_mappedLength"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void RaiseKnownLength(long published)
    {
        long seen = Volatile.Read(ref _knownLength);
        while (published > seen)
        {
            long found = Interlocked.CompareExchange(ref _knownLength, published, seen);
            if (found == seen)
            {
                return;
            }

            seen = found;
        }
    }
}
