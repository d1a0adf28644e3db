using System;
using System.IO;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles the probes for alignment, validate-then-write stores and strict UTF-8 once for the class.</summary>
public sealed class StoreSafetyFixture : IDisposable
{
    private const string Source = """
        using System;
        using MappedStructs;

        namespace Safe;

        [MappedLayout(Size = 48)]
        public partial record struct Trade
        {
            [Field(0)]  public long Id { get; init; }
            [Field(8)]  public int Quantity { get; init; }
            [Field(12), Utf8(8)] public string Symbol { get; init; }
            [Field(20), FixedArray(2)] public short[] Samples { get; init; }
            [Field(24), Atomic] public long Version { get; init; }
            [Field(32), FixedArray(2)] public bool[] Flags { get; init; }
        }

        [MappedLayout]
        public partial record struct Plain
        {
            public long Id { get; init; }
        }

        [MappedLayout]
        public partial record struct Counter
        {
            [Atomic] public int Hits { get; init; }
        }

        [MappedLayout]
        public partial record struct Holder
        {
            public int Code { get; init; }
            public Counter Inner { get; init; }
        }

        [MappedLayout]
        public partial record struct Label
        {
            public int Width { get; init; }
            [Utf8(4)] public string Text { get; init; }
        }

        [MappedLayout]
        public partial record struct Panel
        {
            public long Id { get; init; }
            public Label Title { get; init; }
            [FixedArray(2)] public Label[] Items { get; init; }
        }

        public static class Probe
        {
            public static long TradeIdAt(byte[] b, int offset) => Trade.ReadOnlyRef.From(b.AsSpan(offset)).Id;
            public static long WritableTradeIdAt(byte[] b, int offset) => Trade.Ref.From(b.AsSpan(offset)).Id;
            public static long PlainIdAt(byte[] b, int offset) => Plain.ReadOnlyRef.From(b.AsSpan(offset)).Id;
            public static int HolderCodeAt(byte[] b, int offset) => Holder.ReadOnlyRef.From(b.AsSpan(offset)).Code;

            public static void StoreTrade(byte[] b, long id, string symbol, short[] samples, bool[] flags) =>
                Trade.Ref.From(b).Store(new Trade { Id = id, Quantity = 7, Symbol = symbol, Samples = samples, Version = 9, Flags = flags });

            public static void StoreTradeTo(byte[] b, long id, string symbol, short[] samples) =>
                Trade.StoreTo(new Trade { Id = id, Quantity = 7, Symbol = symbol, Samples = samples, Version = 9, Flags = null! }, b);

            public static void StorePanel(byte[] b, long id, string title, string first, string second, int items) =>
                Panel.Ref.From(b).Store(new Panel
                {
                    Id = id,
                    Title = new Label { Width = 3, Text = title },
                    Items = items == 2
                        ? new[] { new Label { Width = 1, Text = first }, new Label { Width = 2, Text = second } }
                        : new[] { new Label { Width = 1, Text = first } },
                });

            public static string Symbol(byte[] b) => Trade.ReadOnlyRef.From(b).Symbol;
            public static string WritableSymbol(byte[] b) => Trade.Ref.From(b).Symbol;
            public static int SymbolBytesLength(byte[] b) => Trade.ReadOnlyRef.From(b).SymbolBytes.Length;
            public static object LoadTrade(byte[] b) => Trade.LoadFrom(b);
        }
        """;

    public StoreSafetyFixture() => Assembly = RunnableAssembly.Build("StoreSafety", Source);

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// Records with atomics must start aligned (G1); a throwing store writes nothing (G2); invalid UTF-8 read through a view is an error, not U+FFFD (G3).
/// </summary>
public class StoreSafetyTests(StoreSafetyFixture fixture) : IClassFixture<StoreSafetyFixture>
{
    // A byte[]'s elements start 8-byte aligned on 64-bit runtimes (after the method table pointer and the length).
    private static byte[] Buffer() => new byte[64 + 16];

    private object? Call(string method, params object?[] arguments) => fixture.Assembly.Call("Safe.Probe", method, arguments);

    [Theory]
    [InlineData("TradeIdAt", 3, "Safe.Trade", "8", "= 3")]
    [InlineData("WritableTradeIdAt", 4, "Safe.Trade", "8", "= 4")]
    [InlineData("HolderCodeAt", 2, "Safe.Holder", "4", "= 2")]
    public void From_a_misaligned_start_of_a_layout_with_atomics_throws(string method, int offset, string layout, string alignment, string misalignment)
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Call(method, Buffer(), offset));
        Assert.Contains(layout, error.Message, StringComparison.Ordinal);
        Assert.Contains("multiple of " + alignment, error.Message, StringComparison.Ordinal);
        Assert.Contains(misalignment, error.Message, StringComparison.Ordinal);
        Assert.Equal("bytes", error.ParamName);
    }

    [Fact]
    public void From_an_aligned_start_works_and_layouts_without_atomics_accept_any_start()
    {
        byte[] bytes = Buffer();
        bytes[8] = 5;
        Assert.Equal(5L, Call("TradeIdAt", bytes, 8));
        Assert.Equal(0, Call("HolderCodeAt", bytes, 4));
        byte[] plain = Buffer();
        plain[3] = 9;
        Assert.Equal(9L, Call("PlainIdAt", plain, 3));
    }

    [Theory]
    [InlineData("TOOLONGSYM", 2, 2)]
    [InlineData("A\0B", 2, 2)]
    [InlineData("OK", 3, 2)]
    [InlineData("OK", 2, 1)]
    public void A_throwing_Store_leaves_every_byte_of_the_record_unchanged(string symbol, int samples, int flags)
    {
        byte[] bytes = new byte[48];
        Call("StoreTrade", bytes, 1L, "OLD", new short[] { 1, 2 }, new bool[] { true, false });
        byte[] before = (byte[])bytes.Clone();
        Assert.Throws<ArgumentException>(() => Call("StoreTrade", bytes, 2L, symbol, new short[samples], new bool[flags]));
        Assert.Equal(before, bytes);
    }

    [Fact]
    public void A_throwing_StoreTo_leaves_every_byte_unchanged()
    {
        byte[] bytes = new byte[48];
        Call("StoreTradeTo", bytes, 1L, "OLD", new short[] { 1, 2 });
        byte[] before = (byte[])bytes.Clone();
        Assert.Throws<ArgumentException>(() => Call("StoreTradeTo", bytes, 2L, "OLD", new short[] { 1 }));
        Assert.Equal(before, bytes);
    }

    [Theory]
    [InlineData("TOOLONG", "a", "b", 2)] // nested layout's string
    [InlineData("t", "a", "TOOLONG", 2)] // last element of an array of nested layouts
    [InlineData("t", "a", "b", 1)] // array of nested layouts of the wrong length
    public void Nested_layouts_are_validated_before_the_outer_record_is_written(string title, string first, string second, int items)
    {
        byte[] bytes = new byte[64];
        Call("StorePanel", bytes, 1L, "T", "x", "y", 2);
        byte[] before = (byte[])bytes.Clone();
        Assert.Throws<ArgumentException>(() => Call("StorePanel", bytes, 2L, title, first, second, items));
        Assert.Equal(before, bytes);
        Call("StorePanel", bytes, 2L, "abcd", "a", "b", 2);
        Assert.Equal(2, bytes[0]);
    }

    [Fact]
    public void Invalid_UTF8_throws_naming_the_field_and_the_byte_while_the_raw_bytes_stay_readable()
    {
        byte[] bytes = new byte[48];
        Call("StoreTrade", bytes, 1L, "AB", new short[2], new bool[2]);
        bytes[14] = 0xC3; // a lead byte followed by a non-continuation byte
        bytes[15] = (byte)'x';
        foreach (string getter in new[] { "Symbol", "WritableSymbol" })
        {
            InvalidDataException error = Assert.Throws<InvalidDataException>(() => Call(getter, bytes));
            Assert.Contains("Trade.Symbol", error.Message, StringComparison.Ordinal);
            Assert.Contains("byte 2", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(8, Call("SymbolBytesLength", bytes));
        Assert.NotNull(Call("LoadTrade", bytes)); // a record's Load escapes the bytes instead (PaddedTextTests)
        bytes[14] = 0xC3;
        bytes[15] = 0xA9; // é
        Assert.Equal("ABé", Call("Symbol", bytes));
    }
}
