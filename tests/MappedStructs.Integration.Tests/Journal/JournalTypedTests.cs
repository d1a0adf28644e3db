using System;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Journal;

public sealed class JournalTypedTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_typed_record_is_written_through_its_generated_ref_in_the_claimed_slot_and_read_through_its_readonly_ref_in_place()
    {
        using var journal = MappedJournal.Create(_dir.File("journal"));
        using JournalAppender appender = journal.CreateAppender();
        using JournalTailer tailer = journal.CreateTailer(JournalStart.Oldest);
        Assert.Equal(40, TradePrint.Layout.Size);
        using (JournalClaim claim = appender.Claim<TradePrint>())
        {
            TradePrint.Ref print = claim.Record<TradePrint>();
            print.Sequence = 77;
            print.Symbol = 5;
            print.Quantity = 300;
            print.Price = 101.25;
            print.Notional = 30_375;
            Assert.Equal(0, claim.Publish());
        }

        appender.Append(new TradePrint { Sequence = 78, Symbol = 6, Price = 99.5 });
        appender.Append(new Heartbeat { Nanos = 1 });
        appender.Append("bytes"u8);

        Assert.True(tailer.TryRead(out JournalMessage first));
        Assert.True(first.Is<TradePrint>());
        TradePrint.ReadOnlyRef read = first.Record<TradePrint>();
        Assert.Equal(77, read.Sequence);
        Assert.Equal(300, read.Quantity);
        Assert.Equal(101.25, read.Price);
        Assert.True(tailer.TryRead(out JournalMessage second));
        Assert.Equal(new TradePrint { Sequence = 78, Symbol = 6, Price = 99.5 }, second.Record<TradePrint>().Load());
        Assert.True(tailer.TryRead(out JournalMessage heartbeat));
        Assert.False(heartbeat.Is<TradePrint>());
        try
        {
            _ = heartbeat.Record<TradePrint>();
            Assert.Fail("a heartbeat was read as a trade");
        }
        catch (InvalidOperationException e)
        {
            Assert.Contains("another layout", e.Message, StringComparison.Ordinal);
        }

        Assert.True(tailer.TryRead(out JournalMessage bytes));
        Assert.False(bytes.Is<Heartbeat>());
    }

    [Fact]
    public void A_bytes_claim_cannot_be_written_as_a_record()
    {
        using var journal = MappedJournal.Create(_dir.File("journal"));
        using JournalAppender appender = journal.CreateAppender();
        using JournalClaim claim = appender.Claim(40);
        try
        {
            _ = claim.Record<TradePrint>();
            Assert.Fail("a bytes claim became a record");
        }
        catch (InvalidOperationException e)
        {
            Assert.Contains("Claim<", e.Message, StringComparison.Ordinal);
        }
    }
}
