using System;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles 24-bit layouts in both byte orders once for the class: a WAV-style sample frame and a TLS-style header.</summary>
public sealed class Int24Fixture : IDisposable
{
    private const string Source = """
        using System;
        using MappedStructs;

        namespace Wide;

        [MappedLayout]
        public partial record struct Frame
        {
            [Int24] public int Left { get; init; }
            [UInt24] public uint Length { get; init; }
            [Int24, FixedArray(2)] public int[] Samples { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Handshake
        {
            public byte Type { get; init; }
            [UInt24] public uint Length { get; init; }
            [Int24] public int Delta { get; init; }
            [UInt24, FixedArray(2)] public uint[] Sizes { get; init; }
        }

        public static class Probe
        {
            public static int Size(string layout) => layout == "Frame" ? Frame.Size : Handshake.Size;
            public static string TypeNames(string layout) => string.Join(",", System.Linq.Enumerable.Select((layout == "Frame" ? Frame.Layout : Handshake.Layout).Fields, f => f.TypeName + "@" + f.Offset + ":" + f.Size));
            public static void SetLeft(byte[] b, int value) { var view = Frame.Ref.From(b); view.Left = value; }
            public static void SetFrameLength(byte[] b, uint value) { var view = Frame.Ref.From(b); view.Length = value; }
            public static void SetSample(byte[] b, int index, int value) { var samples = Frame.Ref.From(b).Samples; samples[index] = value; }
            public static void CopySamples(byte[] b, int[] values) => Frame.Ref.From(b).Samples.CopyFrom(values);
            public static void SetDelta(byte[] b, int value) { var view = Handshake.Ref.From(b); view.Delta = value; }
            public static void SetHandshakeLength(byte[] b, uint value) { var view = Handshake.Ref.From(b); view.Length = value; }
            public static void SetSize(byte[] b, int index, uint value) { var sizes = Handshake.Ref.From(b).Sizes; sizes[index] = value; }
            public static int Left(byte[] b) => Frame.ReadOnlyRef.From(b).Left;
            public static uint FrameLength(byte[] b) => Frame.ReadOnlyRef.From(b).Length;
            public static int Delta(byte[] b) => Handshake.ReadOnlyRef.From(b).Delta;
            public static uint HandshakeLength(byte[] b) => Handshake.ReadOnlyRef.From(b).Length;

            public static void StoreFrame(byte[] b, int left, uint length, int[] samples) =>
                Frame.Ref.From(b).Store(new Frame { Left = left, Length = length, Samples = samples });

            public static void StoreHandshake(byte[] b, uint length, int delta, uint[] sizes) =>
                Handshake.Ref.From(b).Store(new Handshake { Type = 2, Length = length, Delta = delta, Sizes = sizes });

            public static bool FrameRoundTrips(byte[] b)
            {
                Frame loaded = Frame.LoadFrom(b);
                byte[] copy = new byte[b.Length];
                Frame.Ref.From(copy).Store(loaded);
                return copy.AsSpan().SequenceEqual(b);
            }

            public static bool HandshakeRoundTrips(byte[] b)
            {
                Handshake loaded = Handshake.LoadFrom(b);
                byte[] copy = new byte[b.Length];
                Handshake.Ref.From(copy).Store(loaded);
                return copy.AsSpan().SequenceEqual(b);
            }
        }
        """;

    public Int24Fixture() => Assembly = RunnableAssembly.Build("Int24", Source);

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// 24-bit integers against bytes the test spells out: three bytes in the layout's order, sign- or zero-extended on read,
/// and a value outside the 24-bit range refused (ArgumentOutOfRangeException naming the field and the range) with no byte
/// written, by a setter, an element setter, CopyFrom and Store alike.
/// </summary>
public class Int24Tests(Int24Fixture fixture) : IClassFixture<Int24Fixture>
{
    private object? Call(string method, params object?[] arguments) => fixture.Assembly.Call("Wide.Probe", method, arguments);

    [Fact]
    public void Fields_take_three_bytes_with_no_padding()
    {
        Assert.Equal(12, Call("Size", "Frame"));
        Assert.Equal(13, Call("Size", "Handshake"));
    }

    [Fact]
    public void LayoutInfo_names_the_fields_int24_and_uint24()
    {
        Assert.Equal("int24@0:3,uint24@3:3,int24[2]@6:6", Call("TypeNames", "Frame"));
        Assert.Equal("uint8@0:1,uint24@1:3,int24@4:3,uint24[2]@7:6", Call("TypeNames", "Handshake"));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0x7F }, 8_388_607)]
    [InlineData(new byte[] { 0x00, 0x00, 0x80 }, -8_388_608)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF }, -1)]
    [InlineData(new byte[] { 0x56, 0x34, 0x12 }, 0x123456)]
    public void Little_endian_reads_sign_extend(byte[] stored, int expected)
    {
        byte[] bytes = new byte[12];
        stored.CopyTo(bytes, 0);
        Assert.Equal(expected, Call("Left", bytes));
        byte[] written = new byte[12];
        Call("SetLeft", written, expected);
        Assert.Equal(bytes, written);
    }

    [Theory]
    [InlineData(new byte[] { 0x7F, 0xFF, 0xFF }, 8_388_607)]
    [InlineData(new byte[] { 0x80, 0x00, 0x00 }, -8_388_608)]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFE }, -2)]
    [InlineData(new byte[] { 0x12, 0x34, 0x56 }, 0x123456)]
    public void Big_endian_reads_sign_extend(byte[] stored, int expected)
    {
        byte[] bytes = new byte[13];
        stored.CopyTo(bytes, 4);
        Assert.Equal(expected, Call("Delta", bytes));
        byte[] written = new byte[13];
        Call("SetDelta", written, expected);
        Assert.Equal(bytes, written);
    }

    [Fact]
    public void Unsigned_reads_zero_extend_in_both_orders()
    {
        byte[] little = new byte[12];
        little[3] = 0xFF;
        little[4] = 0xFF;
        little[5] = 0xFF;
        Assert.Equal(16_777_215u, Call("FrameLength", little));
        byte[] big = new byte[13];
        big[1] = 0x80;
        big[3] = 0x01;
        Assert.Equal(0x80_0001u, Call("HandshakeLength", big));
    }

    [Theory]
    [InlineData("SetLeft", 8_388_608, "Frame.Left")]
    [InlineData("SetLeft", -8_388_609, "Frame.Left")]
    [InlineData("SetLeft", int.MinValue, "Frame.Left")]
    [InlineData("SetDelta", int.MaxValue, "Handshake.Delta")]
    public void A_signed_value_outside_24_bits_throws_and_writes_nothing(string setter, int value, string field)
    {
        byte[] bytes = Filled(13);
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => Call(setter, bytes, value));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("-8388608 to 8388607", error.Message, StringComparison.Ordinal);
        Assert.Equal(Filled(13), bytes);
    }

    [Theory]
    [InlineData("SetFrameLength", 16_777_216u, "Frame.Length")]
    [InlineData("SetHandshakeLength", uint.MaxValue, "Handshake.Length")]
    public void An_unsigned_value_past_24_bits_throws_and_writes_nothing(string setter, uint value, string field)
    {
        byte[] bytes = Filled(13);
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => Call(setter, bytes, value));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains("0 to 16777215", error.Message, StringComparison.Ordinal);
        Assert.Equal(Filled(13), bytes);
    }

    [Fact]
    public void Elements_are_range_checked_by_the_indexer_and_by_CopyFrom_before_any_write()
    {
        byte[] bytes = Filled(13);
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("SetSample", bytes, 1, 8_388_608));
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("SetSize", bytes, 0, 16_777_216u));
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => Call("CopySamples", bytes, new[] { 1, -8_388_609 }));
        Assert.Contains("Frame.Samples[1]", error.Message, StringComparison.Ordinal);
        Assert.Equal(Filled(13), bytes);
    }

    [Fact]
    public void A_Store_with_any_value_outside_24_bits_throws_before_writing()
    {
        byte[] bytes = Filled(13);
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("StoreFrame", bytes, 1, 2u, new[] { 3, 8_388_608 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("StoreFrame", bytes, 1, 16_777_216u, new[] { 3, 4 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("StoreHandshake", bytes, 1u, 8_388_608, new[] { 1u, 2u }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("StoreHandshake", bytes, 1u, 0, new[] { 16_777_216u, 2u }));
        Assert.Equal(Filled(13), bytes);
    }

    [Fact]
    public void Load_then_Store_gives_back_every_byte_in_both_orders()
    {
        var random = new Random(24);
        for (int i = 0; i < 50; i++)
        {
            byte[] frame = new byte[12];
            byte[] handshake = new byte[13];
            random.NextBytes(frame);
            random.NextBytes(handshake);
            Assert.True((bool)Call("FrameRoundTrips", frame)!);
            Assert.True((bool)Call("HandshakeRoundTrips", handshake)!);
        }
    }

    [Fact]
    public void Any_value_in_range_is_stored_as_the_oracle_writes_it_and_read_back_in_both_orders()
    {
        Gen.Select(Gen.Int[Int24Range.MinInt24, Int24Range.MaxInt24], Gen.UInt[0, Int24Range.MaxUInt24]).Sample(
            (signed, unsigned) =>
            {
                byte[] little = new byte[12];
                Call("SetLeft", little, signed);
                Call("SetFrameLength", little, unsigned);
                byte[] expectedLittle = new byte[12];
                Oracle.Write(expectedLittle, 0, ScalarType.Int24, big: false, signed);
                Oracle.Write(expectedLittle, 3, ScalarType.UInt24, big: false, unsigned);
                Assert.Equal(expectedLittle, little);
                Assert.Equal((signed, unsigned), ((int)Call("Left", little)!, (uint)Call("FrameLength", little)!));

                byte[] big = new byte[13];
                Call("SetHandshakeLength", big, unsigned);
                Call("SetDelta", big, signed);
                byte[] expectedBig = new byte[13];
                Oracle.Write(expectedBig, 1, ScalarType.UInt24, big: true, unsigned);
                Oracle.Write(expectedBig, 4, ScalarType.Int24, big: true, signed);
                Assert.Equal(expectedBig, big);
                Assert.Equal((signed, unsigned), ((int)Call("Delta", big)!, (uint)Call("HandshakeLength", big)!));
            },
            iter: 2000,
            threads: 1);
    }

    private static byte[] Filled(int length)
    {
        byte[] bytes = new byte[length];
        Array.Fill(bytes, (byte)0xA5);
        return bytes;
    }
}
