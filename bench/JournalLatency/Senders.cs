using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using MappedStructs;

namespace JournalLatency;

/// <summary>The sending side, in the coordinating process: the same 40-byte messages at a fixed rate, by each transport.</summary>
internal static class Senders
{
    public static void AppendJournal(JournalAppender appender, long messages, long rate)
    {
        var pacer = new Pacer(rate);
        for (long i = 0; i < messages; i++)
        {
            long due = pacer.WaitFor(i);
            using JournalClaim claim = appender.Claim<Probe>();
            Probe.Ref probe = claim.Record<Probe>();
            probe.Number = i;
            probe.Price = 10_125;
            probe.Quantity = 300;
            probe.Flags = due;
            probe.SentAt = Stopwatch.GetTimestamp();
            claim.Publish();
        }
    }

    /// <summary>Appends in batches of <paramref name="batchSize"/> (one claim and one publication per batch), as fast as it can.</summary>
    public static void AppendJournalBatches(JournalAppender appender, long messages, int batchSize)
    {
        for (long first = 0; first < messages; first += batchSize)
        {
            int count = (int)Math.Min(batchSize, messages - first);
            using JournalBatch batch = appender.ClaimBatch<Probe>(count);
            long sentAt = Stopwatch.GetTimestamp();
            for (int index = 0; index < count; index++)
            {
                Probe.Ref probe = batch.Record<Probe>(index);
                probe.Number = first + index;
                probe.Price = 10_125;
                probe.Quantity = 300;
                probe.SentAt = sentAt;
            }

            batch.Publish();
        }
    }

    public static void WriteStream(Stream stream, long messages, long rate)
    {
        var pacer = new Pacer(rate);
        byte[] message = new byte[40];
        for (long i = 0; i < messages; i++)
        {
            pacer.WaitFor(i);
            BinaryPrimitives.WriteInt64LittleEndian(message.AsSpan(8), i);
            BinaryPrimitives.WriteInt64LittleEndian(message, Stopwatch.GetTimestamp());
            stream.Write(message);
            stream.Flush();
        }
    }
}
