using System;

namespace MappedStructs;

/// <summary>
/// Consecutive frames claimed by <see cref="JournalAppender.ClaimBatch(int, int)"/> or <see cref="JournalAppender.ClaimBatch{T}"/>:
/// write each payload in place, then <see cref="Publish"/> them all at once (docs/journal.md, "Batches"). Tailers see
/// nothing of the batch before, and all of it after; disposed unpublished, every frame of it is abandoned (skipped by
/// tailers, the sequence numbers given to the next messages), and an appender killed before or while publishing leaves the
/// same for recovery.
/// </summary>
public readonly ref struct JournalBatch
{
    private readonly JournalAppender _appender;
    private readonly Span<byte> _frames;
    private readonly int _stride;
    private readonly int _length;
    private readonly ulong _fingerprint;

    internal JournalBatch(JournalAppender appender, Span<byte> frames, long firstSequence, int count, int length, ulong fingerprint)
    {
        _appender = appender;
        _frames = frames;
        _stride = (int)JournalFormat.Aligned(JournalFormat.FrameHeaderSize + length);
        _length = length;
        _fingerprint = fingerprint;
        FirstSequence = firstSequence;
        Count = count;
    }

    /// <summary>The sequence number of the batch's first message; message <c>i</c> gets <c>FirstSequence + i</c>.</summary>
    public long FirstSequence { get; }

    /// <summary>How many messages the batch holds.</summary>
    public int Count { get; }

    /// <summary>The payload of message <paramref name="index"/> in the mapping.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not between 0 and <see cref="Count"/> − 1.</exception>
    public Span<byte> Payload(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch holds messages 0 to {Count - 1}.");
        }

        return _frames.Slice((index * _stride) + JournalFormat.FrameHeaderSize, _length);
    }

    /// <summary>Message <paramref name="index"/> as a record, for the generated <c>T.Ref</c> (it converts implicitly).</summary>
    /// <exception cref="InvalidOperationException">The batch was claimed for another layout, or for bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not between 0 and <see cref="Count"/> − 1.</exception>
    public MappedRecord<T> Record<T>(int index)
        where T : struct, IMappedLayout<T>
    {
        if (_fingerprint == 0 || _fingerprint != T.Layout.Fingerprint)
        {
            JournalClaim.ThrowNotClaimedFor($"This batch was not claimed for {T.Layout.Name} records: claim it with ClaimBatch<{T.Layout.Name}>(count).");
        }

        return new MappedRecord<T>(Payload(index));
    }

    /// <summary>Publishes every message of the batch at once and returns the first one's sequence number.</summary>
    /// <exception cref="InvalidOperationException">The batch was published or abandoned already.</exception>
    public long Publish() => _appender.PublishClaim(FirstSequence);

    /// <summary>Abandons the batch if it was not published.</summary>
    public void Dispose() => _appender?.AbandonClaim(FirstSequence);
}
