namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>The layouts and the entries the shipped-layout tests start from.</summary>
internal static class ShippedSources
{
    /// <summary>Version 1 of Sample.Trade as MappedLayouts.Shipped.txt records it.</summary>
    internal const string TradeVersion1 = """
        layout Sample.Trade version=1 size=24 endian=Little
              0     8 Scalar     int64          Id since=1 deprecated=0
              8     8 Scalar     float64        Price since=1 deprecated=0
             16     4 Scalar     int32          Quantity since=1 deprecated=0
             20     4 Scalar     uint32         Flags since=1 deprecated=0

        """;

    /// <summary>Version 2 of Sample.Trade: version 1 and a VenueId after its end.</summary>
    internal const string TradeVersion2 = """
        layout Sample.Trade version=2 size=32 endian=Little
              0     8 Scalar     int64          Id since=1 deprecated=0
              8     8 Scalar     float64        Price since=1 deprecated=0
             16     4 Scalar     int32          Quantity since=1 deprecated=0
             20     4 Scalar     uint32         Flags since=1 deprecated=0
             24     8 Scalar     int64          VenueId since=2 deprecated=0

        """;

    /// <summary>Version 2 of Sample.Trade declared with <c>[Field(24, Since = 2, Default = 5)]</c> on VenueId.</summary>
    internal static readonly string TradeVersion2VenueDefault5 = TradeVersion2.Replace("VenueId since=2 deprecated=0", "VenueId since=2 deprecated=0 default=5");

    /// <summary>A Sample.Trade declaration: <paramref name="attribute"/> is the [MappedLayout] argument list, <paramref name="fields"/> its body.</summary>
    internal static string Trade(string attribute, string fields) => $$"""
        using MappedStructs;

        namespace Sample;

        [MappedLayout({{attribute}})]
        public partial record struct Trade
        {
        {{fields}}
        }
        """;

    /// <summary>The fields of version 1, as declared.</summary>
    internal const string Version1Fields = """
            [Field(0)] public long Id { get; init; }
            [Field(8)] public double Price { get; init; }
            [Field(16)] public int Quantity { get; init; }
            [Field(20)] public uint Flags { get; init; }
        """;
}
