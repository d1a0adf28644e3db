using System;

namespace MappedStructs.Tool.Tests.Layouts;

/// <summary>Every field kind a layout text can describe, little-endian: what each renderer and export must map.</summary>
[MappedLayout]
public partial record struct Wide
{
    public Int128 I128 { get; init; }
    public UInt128 U128 { get; init; }
    public Guid Id { get; init; }
    public long I64 { get; init; }
    public ulong U64 { get; init; }
    public double F64 { get; init; }
    public DateTime When { get; init; }
    public TimeSpan Elapsed { get; init; }
    public int I32 { get; init; }
    public uint U32 { get; init; }
    public float F32 { get; init; }
    [FixedArray(3)] public int[] Values { get; init; }
    public Inner Point { get; init; }
    [FixedArray(2)] public Inner[] Pair { get; init; }
    public short I16 { get; init; }
    public ushort U16 { get; init; }
    public char Letter { get; init; }
    public Half Small { get; init; }
    [Bits(2, 5, Container = typeof(ushort))] public ushort Level { get; init; }
    [Int24] public int I24 { get; init; }
    [UInt24] public uint U24 { get; init; }
    [Utf8(10)] public string Name { get; init; }
    [Utf8(8, Padding = ' ')] public string Code { get; init; }
    public sbyte I8 { get; init; }
    public byte U8 { get; init; }
    public bool Flag { get; init; }
    public Side Side { get; init; }
}

/// <summary><see cref="Wide"/>'s fields, big-endian.</summary>
[MappedLayout(Endian = Endianness.Big)]
public partial record struct WideBig
{
    public Int128 I128 { get; init; }
    public UInt128 U128 { get; init; }
    public Guid Id { get; init; }
    public long I64 { get; init; }
    public ulong U64 { get; init; }
    public double F64 { get; init; }
    public DateTime When { get; init; }
    public TimeSpan Elapsed { get; init; }
    public int I32 { get; init; }
    public uint U32 { get; init; }
    public float F32 { get; init; }
    [FixedArray(3)] public int[] Values { get; init; }
    public InnerBig Point { get; init; }
    [FixedArray(2)] public InnerBig[] Pair { get; init; }
    public short I16 { get; init; }
    public ushort U16 { get; init; }
    public char Letter { get; init; }
    public Half Small { get; init; }
    [Bits(2, 5, Container = typeof(ushort))] public ushort Level { get; init; }
    [Int24] public int I24 { get; init; }
    [UInt24] public uint U24 { get; init; }
    [Utf8(10)] public string Name { get; init; }
    [Utf8(8, Padding = ' ')] public string Code { get; init; }
    public sbyte I8 { get; init; }
    public byte U8 { get; init; }
    public bool Flag { get; init; }
    public Side Side { get; init; }
}
