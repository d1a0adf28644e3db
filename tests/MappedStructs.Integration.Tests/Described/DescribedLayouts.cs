using System;

namespace MappedStructs.Integration.Tests.Described;

/// <summary>Every scalar of the type catalogue, largest first so that no padding falls between them.</summary>
[MappedLayout]
public partial record struct AllScalars
{
    public Int128 Huge { get; init; }

    public UInt128 UHuge { get; init; }

    public Guid Id { get; init; }

    public long Signed64 { get; init; }

    public ulong Unsigned64 { get; init; }

    public double Ratio { get; init; }

    public DateTime When { get; init; }

    public TimeSpan Elapsed { get; init; }

    public int Signed32 { get; init; }

    public uint Unsigned32 { get; init; }

    public float Weight { get; init; }

    public short Signed16 { get; init; }

    public ushort Unsigned16 { get; init; }

    public char Letter { get; init; }

    public Half Half { get; init; }

    public bool Flag { get; init; }

    public byte Byte { get; init; }

    public sbyte SByte { get; init; }

    public byte Spare { get; init; }
}

/// <summary>UTF-8 fields with each padding rule: NUL, space and another ASCII character.</summary>
[MappedLayout]
public partial record struct Texts
{
    [Utf8(12)]
    public string Name { get; init; }

    [Utf8(8, Padding = ' ')]
    public string Code { get; init; }

    [Utf8(4, Padding = '*')]
    public string Note { get; init; }
}

/// <summary>A big-endian record with 24-bit integers, a space-padded text and an array of scalars.</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct BigMixed
{
    public long Id { get; init; }

    public double Price { get; init; }

    public int Quantity { get; init; }

    [Int24]
    public int Delta { get; init; }

    [UInt24]
    public uint Length { get; init; }

    public ushort Port { get; init; }

    [Utf8(6, Padding = ' ')]
    public string Tag { get; init; }

    [FixedArray(3)]
    public short[] Levels { get; init; }
}

/// <summary>Bit fields in big-endian containers of one and two bytes (an IPv4 header's start).</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct PacketStart
{
    [Field(0), Bits(4, 4)]
    public byte Version { get; init; }

    [Field(0), Bits(0, 4)]
    public byte HeaderLength { get; init; }

    [Field(1), Bits(0, 1)]
    public bool Congested { get; init; }

    [Field(2), Bits(13, 3)]
    public ushort Flags { get; init; }

    [Field(2), Bits(0, 13)]
    public ushort FragmentOffset { get; init; }
}

/// <summary>Bit fields in a little-endian four-byte container, one of them signed.</summary>
[MappedLayout]
public partial record struct PackedBits
{
    [Field(0), Bits(0, 4, Container = typeof(uint))]
    public sbyte Delta { get; init; }

    [Field(0), Bits(4, 28)]
    public uint Rest { get; init; }
}

/// <summary>A nested layout.</summary>
[MappedLayout]
public partial record struct Corner
{
    public float X { get; init; }

    public float Y { get; init; }
}

/// <summary>A nested layout, an array of them, an array of scalars and an atomic counter.</summary>
[MappedLayout]
public partial record struct Shape
{
    public Corner Origin { get; init; }

    [FixedArray(3)]
    public Corner[] Corners { get; init; }

    [FixedArray(4)]
    public int[] Counts { get; init; }

    [Atomic]
    public long Version { get; init; }
}
