using System;
using System.Collections.Generic;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Tables;

/// <summary>A trade as a user declares it; the generator emits Trade.Ref, Trade.ReadOnlyRef and the layout metadata.</summary>
[MappedLayout]
public partial record struct Trade
{
    public long Id { get; init; }

    public double Price { get; init; }

    public int Quantity { get; init; }

    [Utf8(16)]
    public string Symbol { get; init; }
}

/// <summary>The next version of <see cref="Trade"/>: one more field, so a different fingerprint.</summary>
[MappedLayout]
public partial record struct TradeV2
{
    public long Id { get; init; }

    public double Price { get; init; }

    public int Quantity { get; init; }

    [Utf8(16)]
    public string Symbol { get; init; }

    public long Venue { get; init; }
}

public sealed class GeneratedLayoutTableTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Generated_views_read_and_write_table_records_in_place()
    {
        using var table = MappedTable<Trade>.Create(_dir.File("trades.tbl"), 2);
        for (long i = 0; i < 5; i++)
        {
            table.Append(new Trade { Id = i * 10, Price = 100 + i, Quantity = (int)i, Symbol = "SYM" + i });
        }

        Trade.Ref third = table[2];
        third.Price = 999.5;
        third.Symbol = "CHANGED";

        Trade.ReadOnlyRef read = table.GetReadOnly(2);
        Assert.Equal(20, read.Id);
        Assert.Equal(999.5, read.Price);
        Assert.Equal("CHANGED", read.Symbol);
        Assert.Equal(new Trade { Id = 20, Price = 999.5, Quantity = 2, Symbol = "CHANGED" }, table[2].Load());

        var symbols = new List<string>();
        foreach (Trade.ReadOnlyRef trade in table)
        {
            symbols.Add(trade.Symbol);
        }

        Assert.Equal(["SYM0", "SYM1", "CHANGED", "SYM3", "SYM4"], symbols);

        foreach (Trade.Ref trade in table.EnumerateWritable())
        {
            trade.Quantity *= 2;
        }

        Assert.Equal(8, ((Trade.ReadOnlyRef)table.GetReadOnly(4)).Quantity);
        Assert.Equal(3, table.BinarySearch(30L, static r => ((Trade.ReadOnlyRef)r).Id));
        Assert.Equal(~4L, table.BinarySearch(35L, static r => ((Trade.ReadOnlyRef)r).Id));
    }

    [Fact]
    public void The_file_describes_the_generated_layout_and_a_changed_layout_is_refused()
    {
        string path = _dir.File("trades.tbl");
        using (var table = MappedTable<Trade>.Create(path, 1))
        {
            table.Append(new Trade { Id = 1, Symbol = "A" });
        }

        LayoutMismatchException e = Assert.Throws<LayoutMismatchException>(() => ReadOnlyMappedTable<TradeV2>.Open(path));

        Assert.Equal(Trade.Layout.Describe(), e.FileLayout);
        Assert.Equal(TradeV2.Layout.Describe(), e.ExpectedLayout);
        Assert.Contains("Venue", e.Message, StringComparison.Ordinal);
        Assert.Contains("Symbol", e.Message, StringComparison.Ordinal);
    }
}
