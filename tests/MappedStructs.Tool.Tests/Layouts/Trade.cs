namespace MappedStructs.Tool.Tests.Layouts;

/// <summary>A 32-byte trade: the record of the DuckDB, gcc and benchmark proofs.</summary>
[MappedLayout(Size = 32)]
public partial record struct Trade
{
    [Field(0)] public long Id { get; init; }
    [Field(8)] public double Price { get; init; }
    [Field(16)] public int Quantity { get; init; }
    [Field(20)] public Side Side { get; init; }
    [Field(21), Utf8(11)] public string Symbol { get; init; }
}
