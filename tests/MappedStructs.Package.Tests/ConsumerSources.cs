namespace MappedStructs.Package.Tests;

/// <summary>The programs the consumer projects compile: what a user would write after reading docs/getting-started.md.</summary>
internal static class ConsumerSources
{
    public const string Good = """
        using System.Globalization;
        using Consumer;
        using MappedStructs;

        string path = args[0];
        string[] symbols = ["AAPL", "MSFT", "GOOG"];

        using (MappedFile file = MappedFile.Create(path, 3 * Trade.Size))
        using (MappedView view = file.CreateView())
        {
            for (int i = 0; i < 3; i++)
            {
                Trade.Ref trade = Trade.Ref.From(view, i * (long)Trade.Size);
                trade.Id = i + 1;
                trade.Price = 101.25 * (i + 1);
                trade.Quantity = 7 * (i + 1);
                trade.Side = i % 2 == 0 ? Side.Buy : Side.Sell;
                trade.Symbol = symbols[i];
                trade.Version = i + 1;
            }

            file.Flush();
        }

        using (MappedFile file = MappedFile.Open(path, MapAccess.Read))
        using (MappedView view = file.CreateView())
        {
            for (int i = 0; i < 3; i++)
            {
                Trade.ReadOnlyRef trade = Trade.ReadOnlyRef.From(view, i * (long)Trade.Size);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{trade.Id} {trade.Price} {trade.Quantity} {trade.Side} {trade.Symbol} v{trade.Version}"));
            }
        }

        namespace Consumer
        {
            public enum Side : byte { Buy = 1, Sell = 2 }

            [MappedLayout(Size = 48)]
            public partial record struct Trade
            {
                [Field(0)] public long Id { get; init; }
                [Field(8)] public double Price { get; init; }
                [Field(16)] public int Quantity { get; init; }
                [Field(20)] public Side Side { get; init; }
                [Field(24), Utf8(16)] public string Symbol { get; init; }
                [Field(40), Atomic] public long Version { get; init; }
            }
        }
        """;

    /// <summary>Overlapping fields, and a constant index past a fixed array's end.</summary>
    public const string Bad = """
        using MappedStructs;

        Span<byte> buffer = new byte[Sample.Size];
        Sample.Ref sample = Sample.Ref.From(buffer);
        sample.Values[8] = 1;

        [MappedLayout]
        public partial record struct Sample
        {
            [Field(0), FixedArray(8)] public int[] Values { get; init; }
        }

        [MappedLayout(Size = 16)]
        public partial record struct Overlapping
        {
            [Field(0)] public long A { get; init; }
            [Field(4)] public long B { get; init; }
        }
        """;

    /// <summary>The diagnostics the bad consumer must fail with (overlap; constant index out of range).</summary>
    public static readonly string[] BadIds = ["MAPS0003", "MAPS0101"];
}
