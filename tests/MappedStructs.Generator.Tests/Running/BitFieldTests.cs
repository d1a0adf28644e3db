using System;
using System.Buffers.Binary;
using CsCheck;
using MappedStructs.Generator.Tests.Infrastructure;

namespace MappedStructs.Generator.Tests.Running;

/// <summary>Compiles an IPv4-style header with bit fields in both byte orders, once for the class.</summary>
public sealed class BitFieldFixture : IDisposable
{
    private const string Source = """
        using System;
        using MappedStructs;

        namespace Packed;

        [Flags]
        public enum Fragment : ushort { None = 0, MoreFragments = 1, DontFragment = 2, Reserved = 4 }

        public enum Mood : sbyte { Low = -2, Even = 0, High = 1 }

        [MappedLayout(Endian = Endianness.Big, Size = 8)]
        public partial record struct BigHeader
        {
            [Field(0), Bits(4, 4)] public byte Version { get; init; }
            [Field(0), Bits(0, 4)] public byte Length { get; init; }
            [Field(1), Bits(7, 1)] public bool Flag { get; init; }
            [Field(1), Bits(0, 7)] public byte Other { get; init; }
            [Field(2), Bits(13, 3)] public Fragment Flags { get; init; }
            [Field(2), Bits(0, 13)] public ushort Offset { get; init; }
            [Field(4), Bits(0, 5, Container = typeof(uint))] public sbyte Small { get; init; }
            [Field(4), Bits(5, 2, Container = typeof(uint))] public Mood Mood { get; init; }
            [Field(4), Bits(7, 25)] public uint Rest { get; init; }
        }

        [MappedLayout(Size = 8)]
        public partial record struct LittleHeader
        {
            [Field(0), Bits(4, 4)] public byte Version { get; init; }
            [Field(0), Bits(0, 4)] public byte Length { get; init; }
            [Field(1), Bits(7, 1)] public bool Flag { get; init; }
            [Field(1), Bits(0, 7)] public byte Other { get; init; }
            [Field(2), Bits(13, 3)] public Fragment Flags { get; init; }
            [Field(2), Bits(0, 13)] public ushort Offset { get; init; }
            [Field(4), Bits(0, 5, Container = typeof(uint))] public sbyte Small { get; init; }
            [Field(4), Bits(5, 2, Container = typeof(uint))] public Mood Mood { get; init; }
            [Field(4), Bits(7, 25)] public uint Rest { get; init; }
        }

        public static class Probe
        {
            public static long[] ReadBig(byte[] b)
            {
                var v = BigHeader.ReadOnlyRef.From(b);
                return [v.Version, v.Length, v.Flag ? 1 : 0, v.Other, (long)v.Flags, v.Offset, v.Small, (long)v.Mood, v.Rest];
            }

            public static long[] ReadLittle(byte[] b)
            {
                var v = LittleHeader.ReadOnlyRef.From(b);
                return [v.Version, v.Length, v.Flag ? 1 : 0, v.Other, (long)v.Flags, v.Offset, v.Small, (long)v.Mood, v.Rest];
            }

            public static void WriteBig(byte[] b, long[] x)
            {
                var v = BigHeader.Ref.From(b);
                v.Version = (byte)x[0]; v.Length = (byte)x[1]; v.Flag = x[2] != 0; v.Other = (byte)x[3]; v.Flags = (Fragment)x[4];
                v.Offset = (ushort)x[5]; v.Small = (sbyte)x[6]; v.Mood = (Mood)x[7]; v.Rest = (uint)x[8];
            }

            public static void WriteLittle(byte[] b, long[] x)
            {
                var v = LittleHeader.Ref.From(b);
                v.Version = (byte)x[0]; v.Length = (byte)x[1]; v.Flag = x[2] != 0; v.Other = (byte)x[3]; v.Flags = (Fragment)x[4];
                v.Offset = (ushort)x[5]; v.Small = (sbyte)x[6]; v.Mood = (Mood)x[7]; v.Rest = (uint)x[8];
            }

            public static void SetBigVersion(byte[] b, int value) => BigHeader.Ref.From(b).Version = (byte)value;
            public static void SetBigSmall(byte[] b, int value) => BigHeader.Ref.From(b).Small = (sbyte)value;
            public static void SetLittleFlags(byte[] b, int value) => LittleHeader.Ref.From(b).Flags = (Fragment)value;

            public static void StoreLoadBig(byte[] from, byte[] to) => BigHeader.Ref.From(to).Store(BigHeader.ReadOnlyRef.From(from).Load());
            public static void StoreLoadLittle(byte[] from, byte[] to) => LittleHeader.Ref.From(to).Store(LittleHeader.ReadOnlyRef.From(from).Load());
            public static void StoreBigVersion(byte[] b, int version) => BigHeader.Ref.From(b).Store(new BigHeader { Version = (byte)version, Offset = 5 });

            public static string Kinds()
            {
                var parts = new System.Collections.Generic.List<string>();
                foreach (LayoutField field in BigHeader.Layout.Fields)
                {
                    parts.Add(field.Name + " " + field.Kind + " " + field.TypeName + " " + field.Offset + " " + field.Size);
                }

                return string.Join(";", parts);
            }
        }
        """;

    public BitFieldFixture() => Assembly = RunnableAssembly.Build("BitFields", Source);

    internal RunnableAssembly Assembly { get; }

    public void Dispose() => Assembly.Dispose();
}

/// <summary>
/// Bit fields against an oracle that packs the same values with BinaryPrimitives and shifts, in both byte orders: reads,
/// writes that touch only their bits, refusal of values that do not fit, sign extension, and Store(Load()) round trips.
/// </summary>
public class BitFieldTests(BitFieldFixture fixture) : IClassFixture<BitFieldFixture>
{
    // Shift and width of each field, in the order the probes list them; containers: byte 0, byte 1, ushort 2, uint 4.
    private static readonly (int Offset, int Size, int Shift, int Width, bool Signed)[] s_fields =
    [
        (0, 1, 4, 4, false), (0, 1, 0, 4, false), (1, 1, 7, 1, false), (1, 1, 0, 7, false),
        (2, 2, 13, 3, false), (2, 2, 0, 13, false), (4, 4, 0, 5, true), (4, 4, 5, 2, true), (4, 4, 7, 25, false),
    ];

    private object? Call(string method, params object?[] arguments) => fixture.Assembly.Call("Packed.Probe", method, arguments);

    private static ulong Container(byte[] bytes, int offset, int size, bool big) => size switch
    {
        1 => bytes[offset],
        2 => big ? BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset)) : BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(offset)),
        _ => big ? BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset)) : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(offset)),
    };

    /// <summary>The oracle: each field's value as the specification defines it, from the raw bytes.</summary>
    private static long[] Expected(byte[] bytes, bool big)
    {
        long[] values = new long[s_fields.Length];
        for (int i = 0; i < s_fields.Length; i++)
        {
            (int offset, int size, int shift, int width, bool signed) = s_fields[i];
            ulong raw = (Container(bytes, offset, size, big) >> shift) & ((1UL << width) - 1);
            values[i] = signed && (raw >> (width - 1)) != 0 ? (long)raw - (1L << width) : (long)raw;
        }

        return values;
    }

    /// <summary>Values that fit each field: 0 to 2^width - 1, or -2^(width-1) to 2^(width-1) - 1 for the signed ones.</summary>
    private static Gen<long[]> FittingValues => Gen.Long[0, long.MaxValue].Array[s_fields.Length].Select(raw =>
    {
        long[] values = new long[s_fields.Length];
        for (int i = 0; i < s_fields.Length; i++)
        {
            (_, _, _, int width, bool signed) = s_fields[i];
            long low = signed ? -(1L << (width - 1)) : 0;
            values[i] = low + (raw[i] % (1L << width));
        }

        return values;
    });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Random_bytes_read_as_the_oracle_unpacks_them(bool big)
    {
        Gen.Byte.Array[8].Sample(bytes =>
            Assert.Equal(Expected(bytes, big), (long[])Call(big ? "ReadBig" : "ReadLittle", bytes)!));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Written_values_read_back_and_the_bytes_are_what_the_oracle_packs(bool big)
    {
        Gen.Select(Gen.Byte.Array[8], FittingValues).Sample((noise, values) =>
        {
            byte[] bytes = (byte[])noise.Clone();
            Call(big ? "WriteBig" : "WriteLittle", bytes, values);
            Assert.Equal(values, (long[])Call(big ? "ReadBig" : "ReadLittle", bytes)!);
            Assert.Equal(values, Expected(bytes, big));

            // Every bit of the record belongs to some field here, so nothing else can have changed; Size 8 has no padding after 8.
            Assert.Equal(8, bytes.Length);
        });
    }

    [Fact]
    public void A_setter_changes_only_its_own_bits()
    {
        byte[] bytes = [0xAB, 0xCD, 0xEF, 0x12, 0x34, 0x56, 0x78, 0x9A];
        Call("SetBigVersion", bytes, 0x6);
        Assert.Equal(new byte[] { 0x6B, 0xCD, 0xEF, 0x12, 0x34, 0x56, 0x78, 0x9A }, bytes);
        Call("SetLittleFlags", bytes, 0x5);

        // Little-endian ushort at 2 is 0x12EF; bits 13..15 become 101: 0xB2EF.
        Assert.Equal(new byte[] { 0x6B, 0xCD, 0xEF, 0xB2, 0x34, 0x56, 0x78, 0x9A }, bytes);
    }

    [Theory]
    [InlineData("SetBigVersion", 16, "BigHeader.Version", "4-bit")]
    [InlineData("SetBigSmall", 16, "BigHeader.Small", "5-bit")]
    [InlineData("SetBigSmall", -17, "BigHeader.Small", "5-bit")]
    [InlineData("SetLittleFlags", 8, "LittleHeader.Flags", "3-bit")]
    public void A_value_that_does_not_fit_throws_and_writes_nothing(string method, int value, string field, string width)
    {
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7, 8];
        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => Call(method, bytes, value));
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
        Assert.Contains(width, error.Message, StringComparison.Ordinal);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, bytes);
    }

    [Theory]
    [InlineData(15, false)]
    [InlineData(-1, false)]
    [InlineData(16, true)]
    public void Values_at_the_edges_of_a_signed_width_fit_and_the_next_do_not(int value, bool throws)
    {
        byte[] bytes = new byte[8];
        if (throws)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Call("SetBigSmall", bytes, value));
            return;
        }

        Call("SetBigSmall", bytes, value);
        Assert.Equal((long)value, ((long[])Call("ReadBig", bytes)!)[6]);
    }

    [Fact]
    public void Store_refuses_a_record_whose_bit_field_does_not_fit_before_writing_anything()
    {
        byte[] bytes = [9, 9, 9, 9, 9, 9, 9, 9];
        Assert.Throws<ArgumentOutOfRangeException>(() => Call("StoreBigVersion", bytes, 16));
        Assert.Equal(new byte[] { 9, 9, 9, 9, 9, 9, 9, 9 }, bytes);
        Call("StoreBigVersion", bytes, 4);
        Assert.Equal(new byte[] { 0x40, 0, 0, 5, 0, 0, 0, 0 }, bytes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Store_of_Load_gives_back_the_bytes_it_read(bool big)
    {
        Gen.Byte.Array[8].Sample(bytes =>
        {
            byte[] copy = new byte[8];
            Call(big ? "StoreLoadBig" : "StoreLoadLittle", bytes, copy);
            Assert.Equal(bytes, copy);
        });
    }

    [Fact]
    public void The_field_table_lists_each_bit_field_with_its_container()
    {
        string kinds = (string)Call("Kinds")!;
        Assert.Contains("Version Bits bits[4:4] of uint8 0 1", kinds, StringComparison.Ordinal);
        Assert.Contains("Flags Bits bits[13:3] of uint16 2 2", kinds, StringComparison.Ordinal);
        Assert.Contains("Small Bits bits[0:5] of uint32 4 4", kinds, StringComparison.Ordinal);
    }
}
