using System;
using System.Runtime.CompilerServices;

namespace MappedStructs;

/// <summary>
/// A frame claimed by <see cref="JournalAppender.Claim(int)"/> or <see cref="JournalAppender.Claim{T}"/>: write its payload
/// in place, then <see cref="Publish"/>. Tailers see nothing of it before; disposed unpublished, it is abandoned (skipped by
/// tailers, its sequence number given to the next message).
/// </summary>
public readonly ref struct JournalClaim
{
    private readonly JournalAppender _appender;
    private readonly Span<byte> _payload;
    private readonly ulong _fingerprint;

    internal JournalClaim(JournalAppender appender, Span<byte> payload, long sequence, ulong fingerprint)
    {
        _appender = appender;
        _payload = payload;
        _fingerprint = fingerprint;
        Sequence = sequence;
    }

    /// <summary>The sequence number the message gets when published.</summary>
    public long Sequence { get; }

    /// <summary>The payload's bytes in the mapping.</summary>
    public Span<byte> Payload => _payload;

    /// <summary>
    /// The claimed record, for the generated <c>T.Ref</c> (it converts implicitly: <c>Tick.Ref tick = claim.Record&lt;Tick&gt;();</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The claim was made for another layout, or for bytes.</exception>
    public MappedRecord<T> Record<T>()
        where T : struct, IMappedLayout<T>
    {
        if (_fingerprint == 0 || _fingerprint != T.Layout.Fingerprint)
        {
            ThrowNotClaimedFor($"This claim was not made for a {T.Layout.Name} record: claim it with Claim<{T.Layout.Name}>().");
        }

        return new MappedRecord<T>(_payload);
    }

    /// <summary>Out of line, so that a record's access pays a compare, not the message's formatting, when it is right.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowNotClaimedFor(string message) => throw new InvalidOperationException(message);

    /// <summary>Publishes the message (all its bytes become visible to tailers at once) and returns its sequence number.</summary>
    /// <exception cref="InvalidOperationException">The claim was published or abandoned already.</exception>
    public long Publish() => _appender.PublishClaim(Sequence);

    /// <summary>Abandons the claim if it was not published.</summary>
    public void Dispose() => _appender?.AbandonClaim(Sequence);
}
