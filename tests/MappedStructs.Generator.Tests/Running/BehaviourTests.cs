using System;
using System.Buffers.Binary;
using System.Threading.Tasks;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles the behaviour probes once for the class.</summary>
public sealed class BehaviourFixture : IDisposable
{
    private const string Source = """
        using System;
        using System.Runtime.CompilerServices;
        using MappedStructs;

        namespace Behave;

        public enum Side : byte { Buy = 1, Sell = 2 }

        [MappedLayout(Size = 64)]
        public partial record struct Trade
        {
            [Field(0)]  public long Id { get; init; }
            [Field(8)]  public double Price { get; init; }
            [Field(16)] public int Quantity { get; init; }
            [Field(20)] public Side Side { get; init; }
            [Field(24), Utf8(16)] public string Symbol { get; init; }
            [Field(40), Atomic] public long Version { get; init; }
            [Field(48), FixedArray(4)] public short[] Samples { get; init; }
            [Field(56), Atomic] public int Readers { get; init; }
            [Field(60), FixedArray(4)] public bool[] Flags { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigCounter
        {
            [Atomic] public long Value { get; init; }
            [Atomic] public uint Small { get; init; }
        }

        [MappedLayout]
        public partial record struct Stamp
        {
            public DateTime When { get; init; }
        }

        public static class Probe
        {
            public static void SetSymbol(byte[] b, string s) { Trade.Ref r = Trade.Ref.From(b); r.Symbol = s; }
            public static string GetSymbol(byte[] b) => Trade.ReadOnlyRef.From(b).Symbol;
            public static long ReadId(byte[] b) => Trade.ReadOnlyRef.From(b).Id;
            public static long WriteId(byte[] b, long id) { Trade.Ref r = Trade.Ref.From(b); r.Id = id; return r.Id; }
            public static short SampleAt(byte[] b, int i) => Trade.ReadOnlyRef.From(b).Samples[i];
            public static void SetSampleThroughSpan(byte[] b, int i, short v) { Trade.Ref r = Trade.Ref.From(b); r.Samples[i] = v; }
            public static bool FlagAt(byte[] b, int i) => Trade.ReadOnlyRef.From(b).Flags[i];
            public static void SetFlag(byte[] b, int i, bool v) { Trade.FlagsArray flags = Trade.Ref.From(b).Flags; flags[i] = v; }
            public static int FlagCount(byte[] b) => Trade.ReadOnlyRef.From(b).Flags.Length;
            public static void Store(byte[] b, short[]? samples, string? symbol) => Trade.StoreTo(new Trade { Samples = samples!, Symbol = symbol!, Flags = null! }, b);
            public static long ExchangeVersion(byte[] b, long v) => Trade.Ref.From(b).ExchangeVersion(v);
            public static long CompareExchangeVersion(byte[] b, long v, long c) => Trade.Ref.From(b).CompareExchangeVersion(v, c);
            public static long AddVersion(byte[] b, long d) => Trade.Ref.From(b).AddVersion(d);
            public static int AddReaders(byte[] b, int d) => Trade.Ref.From(b).AddReaders(d);
            public static long AddBig(byte[] b, long d) => BigCounter.Ref.From(b).AddValue(d);
            public static long ExchangeBig(byte[] b, long v) => BigCounter.Ref.From(b).ExchangeValue(v);
            public static long CompareExchangeBig(byte[] b, long v, long c) => BigCounter.Ref.From(b).CompareExchangeValue(v, c);
            public static uint AddBigSmall(byte[] b, uint d) => BigCounter.Ref.From(b).AddSmall(d);
            public static long ReadBig(byte[] b) => BigCounter.ReadOnlyRef.From(b).Value;
            public static int RefSize() => Unsafe.SizeOf<Trade.Ref>();
            public static int ReadOnlyRefSize() => Unsafe.SizeOf<Trade.ReadOnlyRef>();
            public static long ThroughRecords(byte[] b)
            {
                MappedRecord<Trade> record = new(b);
                Trade.Ref writable = record;
                Trade.ReadOnlyRef readOnly = writable;
                ReadOnlyMappedRecord<Trade> readOnlyRecord = record;
                Trade.ReadOnlyRef fromReadOnlyRecord = readOnlyRecord;
                return readOnly.Id + fromReadOnlyRecord.Id;
            }
            public static DateTime ReadStamp(byte[] b) => Stamp.ReadOnlyRef.From(b).When;
        }
        """;

    public BehaviourFixture() => Assembly = RunnableAssembly.Build("Behaviour", Source);

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();
}

/// <summary>Strings, bounds, arrays, atomics and conversions of generated views, including bad input.</summary>
public class BehaviourTests(BehaviourFixture fixture) : IClassFixture<BehaviourFixture>
{
    private object? Call(string method, params object?[] arguments) => fixture.Assembly.Call("Behave.Probe", method, arguments);

    [Fact]
    public void Utf8_round_trips_multibyte_text_that_fits_exactly()
    {
        byte[] bytes = new byte[64];
        string text = "€€€€€a"; // 5 x 3 bytes + 1 = 16 bytes
        Call("SetSymbol", bytes, text);
        Assert.Equal(text, Call("GetSymbol", bytes));
        Assert.Equal(text, Oracle.ReadUtf8(bytes, 24, 16));
    }

    [Fact]
    public void Utf8_setter_throws_instead_of_truncating_and_leaves_the_field_alone()
    {
        byte[] bytes = new byte[64];
        Call("SetSymbol", bytes, "MSFT");
        ArgumentException tooLong = Assert.Throws<ArgumentException>(() => Call("SetSymbol", bytes, "€€€€€ab"));
        Assert.Contains("16", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("17", tooLong.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Call("SetSymbol", bytes, "A\0B"));
        Assert.Equal("MSFT", Call("GetSymbol", bytes));
    }

    [Fact]
    public void Utf8_shorter_text_clears_the_rest_of_the_field()
    {
        byte[] bytes = new byte[64];
        Call("SetSymbol", bytes, "ABCDEFGHIJKLMNOP");
        Call("SetSymbol", bytes, "XY");
        Assert.Equal("XY", Call("GetSymbol", bytes));
        Assert.All(bytes[26..40], b => Assert.Equal(0, b));
    }

    [Fact]
    public void From_a_buffer_shorter_than_the_layout_throws_naming_both_sizes()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Call("ReadId", new byte[63]));
        Assert.Contains("64", error.Message, StringComparison.Ordinal);
        Assert.Contains("63", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Call("ReadId", new byte[100]));
    }

    [Fact]
    public void Fixed_array_indexes_are_checked()
    {
        byte[] bytes = new byte[64];
        Assert.Throws<IndexOutOfRangeException>(() => Call("SampleAt", bytes, 4));
        Assert.Throws<IndexOutOfRangeException>(() => Call("SampleAt", bytes, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("FlagAt", bytes, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("SetFlag", bytes, -1, true));
        Assert.Equal(4, Call("FlagCount", bytes));
    }

    [Fact]
    public void Span_and_view_arrays_write_the_record_bytes_in_place()
    {
        byte[] bytes = new byte[64];
        Call("SetSampleThroughSpan", bytes, 2, (short)-2);
        Assert.Equal(-2, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(52)));
        Call("SetFlag", bytes, 3, true);
        Assert.Equal(1, bytes[63]);
        Assert.Equal(true, Call("FlagAt", bytes, 3));
        bytes[62] = 7;
        Assert.Equal(true, Call("FlagAt", bytes, 2));
    }

    [Fact]
    public void Store_rejects_arrays_of_the_wrong_length_and_clears_for_null()
    {
        byte[] bytes = new byte[64];
        Assert.Throws<ArgumentException>(() => Call("Store", bytes, new short[] { 1, 2, 3 }, "A"));
        Assert.Throws<ArgumentException>(() => Call("Store", bytes, new short[] { 1, 2, 3, 4, 5 }, "A"));
        Call("Store", bytes, new short[] { 1, 2, 3, 4 }, "A");
        Assert.Equal(4, BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(54)));
        Call("Store", bytes, null, null);
        Assert.All(bytes[48..56], b => Assert.Equal(0, b));
        Assert.Equal(string.Empty, Call("GetSymbol", bytes));
    }

    [Fact]
    public void Little_endian_atomics_exchange_compare_exchange_and_add()
    {
        byte[] bytes = new byte[64];
        Assert.Equal(0L, Call("ExchangeVersion", bytes, 5L));
        Assert.Equal(5L, Call("CompareExchangeVersion", bytes, 9L, 4L));
        Assert.Equal(5L, BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(40)));
        Assert.Equal(5L, Call("CompareExchangeVersion", bytes, 9L, 5L));
        Assert.Equal(10L, Call("AddVersion", bytes, 1L));
        Assert.Equal(10L, BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(40)));
        Assert.Equal(-3, Call("AddReaders", bytes, -3));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(40), long.MaxValue);
        Assert.Equal(long.MinValue, Call("AddVersion", bytes, 1L));
    }

    [Fact]
    public void Big_endian_atomics_keep_the_bytes_in_big_endian_order()
    {
        byte[] bytes = new byte[16];
        Assert.Equal(0L, Call("ExchangeBig", bytes, 0x0102030405060708L));
        Assert.Equal(0x0102030405060708L, BinaryPrimitives.ReadInt64BigEndian(bytes));
        Assert.Equal(0x0102030405060708L, Call("CompareExchangeBig", bytes, 7L, 1L));
        Assert.Equal(0x0102030405060708L, Call("CompareExchangeBig", bytes, 7L, 0x0102030405060708L));
        Assert.Equal(7L, BinaryPrimitives.ReadInt64BigEndian(bytes));
        Assert.Equal(300L, Call("AddBig", bytes, 293L));
        Assert.Equal(300L, BinaryPrimitives.ReadInt64BigEndian(bytes));
        Assert.Equal(300L, Call("ReadBig", bytes));
        Assert.Equal(uint.MaxValue, Call("AddBigSmall", bytes, uint.MaxValue));
        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8)));
    }

    [Theory]
    [InlineData("AddVersion")]
    [InlineData("AddBig")]
    public void Concurrent_adds_lose_no_update(string method)
    {
        byte[] bytes = new byte[64];
        const int Threads = 4;
        const int AddsPerThread = 20_000;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, _ =>
        {
            for (int i = 0; i < AddsPerThread; i++)
            {
                Call(method, bytes, 1L);
            }
        });
        long total = method == "AddBig" ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(40));
        Assert.Equal(Threads * AddsPerThread, total);
    }

    [Fact]
    public void Views_are_one_pointer_wide()
    {
        Assert.Equal(IntPtr.Size, Call("RefSize"));
        Assert.Equal(IntPtr.Size, Call("ReadOnlyRefSize"));
    }

    [Fact]
    public void Views_convert_from_table_records_and_to_read_only()
    {
        byte[] bytes = new byte[64];
        Assert.Equal(21L, Call("WriteId", bytes, 21L));
        Assert.Equal(42L, Call("ThroughRecords", bytes));
    }

    [Fact]
    public void Invalid_tick_counts_throw_instead_of_producing_a_corrupt_DateTime()
    {
        byte[] bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, -1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("ReadStamp", bytes));
        BinaryPrimitives.WriteInt64LittleEndian(bytes, DateTime.MaxValue.Ticks + 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("ReadStamp", bytes));
    }
}
