using System.Collections.Generic;

namespace MappedStructs.Integration.Tests.Journal;

/// <summary>Reads what a tailer has and checks every message against <see cref="JournalPayloads"/>.</summary>
internal static class JournalReading
{
    /// <summary>Every message the tailer can read now, checked to be consecutive and whole; returns their sequence numbers.</summary>
    public static List<long> DrainChecked(JournalTailer tailer, int maxPayload)
    {
        var sequences = new List<long>();
        while (tailer.TryRead(out JournalMessage message))
        {
            Check(message, maxPayload, sequences.Count == 0 ? null : sequences[^1]);
            sequences.Add(message.Sequence);
        }

        return sequences;
    }

    public static void Check(JournalMessage message, int maxPayload, long? previous)
    {
        if (JournalPayloads.Problem(message.Sequence, message.Payload, maxPayload) is { } problem)
        {
            Assert.Fail(problem);
        }

        if (previous is { } before && message.Sequence != before + 1)
        {
            Assert.Fail($"message {message.Sequence} follows {before}");
        }
    }

    public static void AppendChecked(JournalAppender appender, long count, int maxPayload)
    {
        for (long i = 0; i < count; i++)
        {
            using JournalClaim claim = appender.Claim(JournalPayloads.LengthOf(appender.NextSequence, maxPayload));
            JournalPayloads.Fill(claim.Sequence, claim.Payload);
            claim.Publish();
        }
    }
}
