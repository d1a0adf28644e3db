using MappedStructs.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Snapshots;

/// <summary>
/// The generated text for every field kind, both byte orders, explicit and sequential layouts, Pack, nesting, arrays,
/// strings, atomics, the global namespace and a type nested in another type. Each output must also compile without a warning.
/// </summary>
public class SnapshotTests
{
    private static GeneratorRunResult Generate(string source)
    {
        (Compilation output, GeneratorRunResult result) = GeneratorHarness.Run("Snapshots", source);
        Assert.True(GeneratorHarness.Problems(output).Count == 0, GeneratorHarness.Describe(GeneratorHarness.Problems(output)));
        Assert.NotEmpty(result.GeneratedSources);
        return result;
    }

    [Fact]
    public void Trade_explicit_little_endian() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Markets;

        public enum Side : byte { Buy = 1, Sell = 2 }

        [MappedLayout(Size = 48)]
        public partial record struct Trade
        {
            [Field(0)]  public long Id { get; init; }
            [Field(8)]  public double Price { get; init; }
            [Field(16)] public int Quantity { get; init; }
            [Field(20)] public Side Side { get; init; }
            [Field(24), Utf8(16)] public string Symbol { get; init; }
            [Field(40), Atomic] public long Version { get; init; }
        }
        """));

    /// <summary>
    /// Variable-length fields: each is an 8-byte heap reference read in the layout's byte order; Load and Store refuse
    /// them outside a table (no heap), and ToString prints the references.
    /// </summary>
    [Fact]
    public void Log_entry_with_variable_length_fields_little_endian() => Snapshot.Verify(Generate(LogEntry("Little")));

    /// <summary>The same layout big-endian: only the references' byte-order helper differs.</summary>
    [Fact]
    public void Log_entry_with_variable_length_fields_big_endian() => Snapshot.Verify(Generate(LogEntry("Big")));

    private static string LogEntry(string endian) => $$"""
        using System;
        using MappedStructs;

        namespace Logs;

        [MappedLayout(Endian = Endianness.{{endian}})]
        public partial record struct LogEntry
        {
            [Field(0)] public long Timestamp { get; init; }
            [Field(8)] public int Level { get; init; }
            [Field(16), Text] public string Message { get; init; }
            [Field(24), Blob] public ReadOnlyMemory<byte> Payload { get; init; }
            [Field(32), VarArray] public int[] Tags { get; init; }
        }
        """;

    /// <summary>
    /// A layout of version 3: a field added in version 2 with a default, an atomic added in version 3, a deprecated field
    /// and a renamed one. Only the added fields check the view's record length; the deprecated one reads its default and
    /// refuses writes; Store checks added fields before writing and keeps the deprecated field's bytes at its default.
    /// </summary>
    [Fact]
    public void Versioned_trade_with_added_deprecated_and_renamed_fields() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Markets;

        [MappedLayout(Size = 40, Version = 3)]
        public partial record struct Trade
        {
            [Field(0)] public long Id { get; init; }
            [Field(8), FormerName("Px")] public double Price { get; init; }
            [Field(16, Deprecated = 2, Default = -1)] public int Legacy { get; init; }
            [Field(20)] public int Quantity { get; init; }
            [Field(24, Since = 2, Default = 7L)] public long VenueId { get; init; }
            [Field(32, Since = 3), Atomic] public long Sequence { get; init; }
        }
        """));

    /// <summary>
    /// Fields named like generated members (an ELF section header's <c>Size</c> and <c>Offset</c>, a RIFF chunk's
    /// <c>Size</c>, and <c>Load</c>, <c>From</c>, <c>Ref</c>, <c>Layout</c>, a derived <c>TagBytes</c>): each generated member
    /// gets <c>_</c> appended, the <c>IMappedLayout</c> members are implemented explicitly, and references to a nested
    /// layout follow that layout's names.
    /// </summary>
    [Fact]
    public void Fields_named_like_generated_members() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Formats;

        [MappedLayout]
        public partial record struct ChunkHeader
        {
            public uint Id { get; init; }
            public uint Size { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Section
        {
            public uint Name { get; init; }
            public ulong Offset { get; init; }
            public ulong Size { get; init; }
            public int Load { get; init; }
            public int From { get; init; }
            public int Ref { get; init; }
            public int Layout { get; init; }
            [Utf8(4)] public string Tag { get; init; }
            public int TagBytes { get; init; }
            public ChunkHeader Chunk { get; init; }
            [FixedArray(2)] public ChunkHeader[] Chunks { get; init; }
        }
        """));

    /// <summary>Accessors whose bytes can lie 4,096 or more bytes past the view's start check for a default view; the rest do not.</summary>
    [Fact]
    public void Default_view_checks_only_past_the_first_page() => Snapshot.Verify(Generate(Running.FarLayout.Source));

    [Fact]
    public void Every_scalar_big_endian_sequential() => Snapshot.Verify(Generate("""
        using System;
        using MappedStructs;

        namespace Wire;

        public enum Code : short { None = 0, Some = 513 }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Scalars
        {
            public bool Flag { get; init; }
            public byte U8 { get; init; }
            public sbyte I8 { get; init; }
            public short I16 { get; init; }
            public ushort U16 { get; init; }
            public int I32 { get; init; }
            public uint U32 { get; init; }
            public long I64 { get; init; }
            public ulong U64 { get; init; }
            public Int128 I128 { get; init; }
            public UInt128 U128 { get; init; }
            public char Letter { get; init; }
            public Half F16 { get; init; }
            public float F32 { get; init; }
            public double F64 { get; init; }
            public Guid Id { get; init; }
            public DateTime When { get; init; }
            public TimeSpan Elapsed { get; init; }
            public Code Code { get; init; }
        }
        """));

    [Fact]
    public void Sequential_little_endian_with_pack() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Packed;

        [MappedLayout(Pack = 2)]
        public partial struct Header
        {
            public byte Kind { get; set; }
            public int Length { get; set; }
            public long Stamp { get; set; }
            public char Tag { get; set; }
        }
        """));

    [Fact]
    public void Nested_layouts_and_arrays_of_them() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Geometry;

        [MappedLayout]
        public partial record struct Point
        {
            public float X { get; init; }
            public float Y { get; init; }
        }

        [MappedLayout(Size = 40)]
        public partial record struct Polygon
        {
            [Field(0)] public Point Origin { get; init; }
            [Field(8), FixedArray(4)] public Point[] Corners { get; init; }
        }
        """));

    [Fact]
    public void Fixed_arrays_as_spans_and_element_views() => Snapshot.Verify(Generate("""
        using System;
        using MappedStructs;

        namespace Samples;

        [MappedLayout]
        public partial record struct LittleArrays
        {
            [FixedArray(8)] public byte[] Raw { get; init; }
            [FixedArray(4)] public int[] Counts { get; init; }
            [FixedArray(2)] public double[] Levels { get; init; }
            [FixedArray(3)] public bool[] Flags { get; init; }
            [FixedArray(2)] public Guid[] Ids { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigArrays
        {
            [FixedArray(4)] public sbyte[] Small { get; init; }
            [FixedArray(3)] public ushort[] Ports { get; init; }
            [FixedArray(2)] public DateTime[] Times { get; init; }
        }
        """));

    [Fact]
    public void Utf8_strings_in_both_byte_orders() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Text;

        [MappedLayout(Size = 24)]
        public partial record struct Label
        {
            [Field(0), Utf8(20)] public string Name { get; init; }
            [Field(20), Utf8(4)] public string? Code { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigLabel
        {
            public short Length { get; init; }
            [Utf8(6)] public string Name { get; init; }
        }
        """));

    [Fact]
    public void Space_padded_text_in_both_byte_orders() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Archive;

        [MappedLayout]
        public partial record struct TarNumbers
        {
            [Utf8(8, Padding = ' ')] public string Mode { get; init; }
            [Utf8(12, Padding = '*')] public string Note { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigVolume
        {
            public short Number { get; init; }
            [Utf8(6, Padding = ' ')] public string VolumeId { get; init; }
        }
        """));

    [Fact]
    public void Atomics_in_both_byte_orders() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Counters;

        [MappedLayout]
        public partial record struct LittleCounters
        {
            [Atomic] public int Readers { get; init; }
            [Atomic] public uint Flags { get; init; }
            [Atomic] public long Version { get; init; }
            [Atomic] public ulong Total { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigCounters
        {
            [Atomic] public int Readers { get; init; }
            [Atomic] public ulong Total { get; init; }
        }
        """));

    [Fact]
    public void Global_namespace() => Snapshot.Verify(Generate("""
        using MappedStructs;

        [MappedLayout]
        public partial record struct Tick
        {
            public long Time { get; init; }
            public float Value { get; init; }
        }
        """));

    [Fact]
    public void Type_nested_in_other_types() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Outer.Space;

        public static partial class Protocol
        {
            internal partial record Envelope
            {
                [MappedLayout(Size = 8)]
                internal readonly partial record struct Frame
                {
                    [Field(0)] public uint Length { get; init; }
                    [Field(4)] public ushort Kind { get; init; }
                }
            }
        }
        """));

    [Fact]
    public void Positional_record_struct() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Positional;

        [MappedLayout]
        public partial record struct Range([property: Atomic] long Start, long End);
        """));

    [Fact]
    public void Int24_fields_in_both_byte_orders() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Audio;

        [MappedLayout]
        public partial record struct LittleFrame
        {
            [Int24] public int Left { get; init; }
            [UInt24] public uint Length { get; init; }
            [Int24, FixedArray(2)] public int[] Samples { get; init; }
        }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct BigFrame
        {
            [Field(0), UInt24] public uint Length { get; init; }
            [Field(3), Int24] public int Sample { get; init; }
            [Field(6), UInt24, FixedArray(2)] public uint[] Sizes { get; init; }
        }
        """));

    [Fact]
    public void Bit_fields_in_both_byte_orders() => Snapshot.Verify(Generate("""
        using System;
        using MappedStructs;

        namespace Packets;

        [Flags]
        public enum Fragment : ushort { None = 0, MoreFragments = 1, DontFragment = 2 }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Ipv4Start
        {
            [Field(0), Bits(4, 4)] public byte Version { get; init; }
            [Field(0), Bits(0, 4)] public byte HeaderLength { get; init; }
            [Field(1), Bits(0, 1)] public bool Congested { get; init; }
            [Field(2), Bits(13, 3)] public Fragment Flags { get; init; }
            [Field(2), Bits(0, 13)] public ushort FragmentOffset { get; init; }
        }

        [MappedLayout]
        public partial record struct Packed
        {
            [Field(0), Bits(0, 4, Container = typeof(uint))] public sbyte Delta { get; init; }
            [Field(0), Bits(4, 28)] public uint Rest { get; init; }
        }
        """));

    /// <summary>
    /// A layout whose byte order is chosen when a view is made: every field kind through the per-view helpers, element views
    /// for multi-byte arrays, a span for bytes, nested per-view layouts made in the parent's order, a nested fixed-order one in its own.
    /// </summary>
    [Fact]
    public void Per_view_byte_order_every_kind() => Snapshot.Verify(Generate("""
        using System;
        using MappedStructs;

        namespace Formats;

        public enum Kind : ushort { None = 0, Exec = 2 }

        [MappedLayout(Endian = Endianness.Big)]
        public partial record struct Magic
        {
            public uint Value { get; init; }
        }

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Span16
        {
            public ushort Start { get; init; }
            public ushort Length { get; init; }
        }

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Header
        {
            [Field(0)] public Magic Magic { get; init; }
            [Field(4)] public Kind Kind { get; init; }
            [Field(6)] public bool Flag { get; init; }
            [Field(7)] public byte Version { get; init; }
            [Field(8)] public long Entry { get; init; }
            [Field(16)] public double Scale { get; init; }
            [Field(24)] public Guid Id { get; init; }
            [Field(40), Int24] public int Delta { get; init; }
            [Field(43), UInt24] public uint Count { get; init; }
            [Field(46), Bits(0, 4, Container = typeof(ushort))] public byte Low { get; init; }
            [Field(46), Bits(4, 12)] public ushort High { get; init; }
            [Field(48), Atomic] public long Version64 { get; init; }
            [Field(56), FixedArray(4)] public int[] Slots { get; init; }
            [Field(72), FixedArray(8)] public byte[] Pad { get; init; }
            [Field(80), Utf8(8)] public string Name { get; init; }
            [Field(88)] public Span16 Section { get; init; }
            [Field(92), FixedArray(2)] public Span16[] Sections { get; init; }
            [Field(100)] public char Letter { get; init; }
        }
        """));

    /// <summary>
    /// The record extensions follow the layout's accessibility (internal here, none for a private layout), skip a field
    /// named like a record slot's own member (<c>Bytes</c>), and name the receiver so that no field takes its name.
    /// </summary>
    [Fact]
    public void Record_extensions_by_accessibility_and_slot_member_names() => Snapshot.Verify(Generate("""
        using MappedStructs;

        namespace Access;

        public partial class Outer
        {
            [MappedLayout]
            internal partial record struct Packet
            {
                public long Bytes { get; init; }
                public int record { get; init; }
            }
        }

        public partial class Holder
        {
            [MappedLayout]
            private partial record struct Secret
            {
                public long Id { get; init; }
            }
        }
        """));
}
