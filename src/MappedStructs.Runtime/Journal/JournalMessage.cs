using System;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// One message read by a <see cref="JournalTailer"/>, in place in the mapping (no copy). Valid until the tailer's next
/// call; its bytes stay mapped until the tailer has moved two cycle files further or is disposed on the reading thread,
/// and a Dispose from another thread waits for the reading thread's next call (docs/journal.md, "Lifetimes").
/// </summary>
public readonly ref struct JournalMessage
{
    private readonly ReadOnlySpan<byte> _payload;
    private readonly ulong _fingerprint;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal JournalMessage(ReadOnlySpan<byte> payload, long sequence, long timestampTicks, ulong fingerprint)
    {
        _payload = payload;
        _fingerprint = fingerprint;
        Sequence = sequence;
        Timestamp = new DateTime(timestampTicks, DateTimeKind.Utc);
    }

    /// <summary>The message's sequence number: consecutive from the journal's first message.</summary>
    public long Sequence { get; }

    /// <summary>When the appender claimed the message (UTC).</summary>
    public DateTime Timestamp { get; }

    /// <summary>The payload's bytes.</summary>
    public ReadOnlySpan<byte> Payload => _payload;

    /// <summary>Whether the message is a typed record of layout <typeparamref name="T"/>.</summary>
    public bool Is<T>()
        where T : struct, IMappedLayout<T>
        => _fingerprint != 0 && _fingerprint == T.Layout.Fingerprint && _payload.Length == T.Layout.Size;

    /// <summary>The message as a <typeparamref name="T"/> record in place, for the generated <c>T.ReadOnlyRef</c> (it converts implicitly).</summary>
    /// <exception cref="InvalidOperationException">The message is not a <typeparamref name="T"/> record (another layout, or bytes).</exception>
    public ReadOnlyMappedRecord<T> Record<T>()
        where T : struct, IMappedLayout<T>
    {
        if (!Is<T>())
        {
            ThrowNotA(T.Layout.Name);
        }

        return new ReadOnlyMappedRecord<T>(_payload);
    }

    // Out of line, so that the check a read pays per message is a compare, not the message's formatting.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowNotA(string layout) =>
        throw new InvalidOperationException($"Message {Sequence} is not a {layout} record (it was appended as {(_fingerprint == 0 ? "bytes" : "another layout")}, {_payload.Length} bytes).");
}
