using System;
using System.Linq;
using MappedStructs.TestSupport;
using MappedStructs.Tool.Tests.Layouts;

namespace MappedStructs.Tool.Tests;

/// <summary>The renderings of a layout (C, numpy, Arrow, C#), the parsed field types they rest on, and the checked span exports read.</summary>
public sealed class LayoutRenderingTests : IDisposable
{
    private readonly TempDirectory _dir = new("mappedstructs-tool-");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_CSharp_declaration_of_a_layout_is_the_one_that_describes_the_same_layout()
    {
        Assert.Equal(
            """
            using MappedStructs;

            namespace MappedStructs.Tool.Tests.Layouts;

            [MappedLayout(Size = 32)]
            public partial record struct Trade
            {
                [Field(0)] public long Id { get; init; }
                [Field(8)] public double Price { get; init; }
                [Field(16)] public int Quantity { get; init; }
                [Field(20)] public byte Side { get; init; }
                [Field(21), Utf8(11)] public string Symbol { get; init; }
            }

            """.ReplaceLineEndings("\n"),
            LayoutRendering.CSharpDeclaration(LayoutInfo.Of<Trade>()));
    }

    [Fact]
    public void The_CSharp_declaration_of_every_field_kind_carries_the_attributes_each_needs()
    {
        string declaration = LayoutRendering.CSharpDeclaration(LayoutInfo.Of<WideBig>());

        Assert.StartsWith("using System;\nusing MappedStructs;\n", declaration, StringComparison.Ordinal);
        Assert.Contains("Endian = Endianness.Big", declaration, StringComparison.Ordinal);
        Assert.Contains("Int24] public int I24", declaration, StringComparison.Ordinal);
        Assert.Contains("UInt24] public uint U24", declaration, StringComparison.Ordinal);
        Assert.Contains("Utf8(8, Padding = ' ')] public string Code", declaration, StringComparison.Ordinal);
        Assert.Contains("Bits(2, 5, Container = typeof(ushort))] public byte Level", declaration, StringComparison.Ordinal);
        Assert.Contains("FixedArray(3)] public int[] Values", declaration, StringComparison.Ordinal);
        Assert.Contains("public Int128 I128", declaration, StringComparison.Ordinal);
        Assert.Contains("public Half Small", declaration, StringComparison.Ordinal);
        Assert.Contains("// InnerBig: a nested layout", declaration, StringComparison.Ordinal);
    }

    [Fact]
    public void The_C_header_asserts_every_member_and_the_size_and_notes_the_byte_order()
    {
        string little = LayoutRendering.CHeader(LayoutInfo.Of<Wide>());
        string big = LayoutRendering.CHeader(LayoutInfo.Of<WideBig>());

        Assert.Equal(LayoutInfo.Of<Wide>().Fields.Count, little.Split('\n').Count(l => l.StartsWith("_Static_assert(offsetof", StringComparison.Ordinal)));
        Assert.Contains("#pragma pack(push, 1)", little, StringComparison.Ordinal);
        Assert.Contains("little-endian", little, StringComparison.Ordinal);
        Assert.DoesNotContain("big-endian", little, StringComparison.Ordinal);
        Assert.Contains("int64_t I64; /* int64, big-endian */", big, StringComparison.Ordinal);
        Assert.Contains("uint8_t U8; /* uint8 */", big, StringComparison.Ordinal);
        Assert.Contains("#define WIDE_LEVEL(record)", little, StringComparison.Ordinal);
        Assert.Contains("char Code[8]; /* utf8[8]/space-padded, UTF-8, padded with spaces */", little, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_that_are_keywords_in_the_target_language_are_escaped()
    {
        var layout = new LayoutInfo("Ns.struct", 8, 4, Endianness.Little, 1, [new LayoutField("int", 0, 4, FieldKind.Scalar, "int32"), new LayoutField("class", 4, 4, FieldKind.Scalar, "float32")]);

        Assert.Contains("struct struct_", LayoutRendering.CHeader(layout), StringComparison.Ordinal);
        Assert.Contains("int32_t int_;", LayoutRendering.CHeader(layout), StringComparison.Ordinal);
        Assert.Contains("public int @int { get; init; }", LayoutRendering.CSharpDeclaration(layout), StringComparison.Ordinal);
        Assert.Contains("public float @class { get; init; }", LayoutRendering.CSharpDeclaration(layout), StringComparison.Ordinal);
        Assert.Contains("'names': ['int', 'class']", LayoutRendering.NumpyDtype(layout), StringComparison.Ordinal);
    }

    [Fact]
    public void Padding_between_and_after_fields_becomes_named_byte_arrays()
    {
        var layout = new LayoutInfo("Gappy", 16, 4, Endianness.Little, 1, [new LayoutField("A", 0, 1, FieldKind.Scalar, "uint8"), new LayoutField("B", 4, 4, FieldKind.Scalar, "int32")]);

        string header = LayoutRendering.CHeader(layout);

        Assert.Contains("uint8_t _pad1[3];", header, StringComparison.Ordinal);
        Assert.Contains("uint8_t _pad8[8];", header, StringComparison.Ordinal);
        Assert.Contains("'itemsize': 16", LayoutRendering.NumpyDtype(layout), StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_table_the_generator_would_not_write_is_refused_naming_the_layout()
    {
        var unknownType = new LayoutInfo("Bad", 8, 8, Endianness.Little, 1, [new LayoutField("X", 0, 8, FieldKind.Scalar, "decimal64")]);
        var outside = new LayoutInfo("Bad", 8, 8, Endianness.Little, 1, [new LayoutField("X", 4, 8, FieldKind.Scalar, "int64")]);

        foreach (LayoutInfo layout in new[] { unknownType, outside })
        {
            foreach (Func<LayoutInfo, string> render in new Func<LayoutInfo, string>[] { LayoutRendering.CHeader, LayoutRendering.NumpyDtype, LayoutRendering.ArrowSchema, LayoutRendering.CSharpDeclaration })
            {
                ArgumentException e = Assert.Throws<ArgumentException>(() => render(layout));
                Assert.Contains("The layout Bad cannot be rendered", e.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Field_types_say_what_each_type_name_means()
    {
        using var table = DescribedTable.Open(TestTables.WriteWide(_dir.File("wide.tbl"), 1, bigEndian: false));
        var types = table.FieldTypes.ToDictionary(t => t.Field.Name);

        Assert.Equal(LayoutRendering.FieldTypes(table.Layout).Select(t => t.Field), table.FieldTypes.Select(t => t.Field));
        Assert.Equal((FieldValueType.Int32, true, 3, 4), (types["Values"].ValueType, types["Values"].IsArray, types["Values"].ElementCount, types["Values"].ElementSize));
        Assert.Equal((FieldValueType.Nested, true, 2, 8), (types["Pair"].ValueType, types["Pair"].IsArray, types["Pair"].ElementCount, types["Pair"].ElementSize));
        Assert.Equal((FieldValueType.Bits, 2, 5, 2), (types["Level"].ValueType, types["Level"].BitShift, types["Level"].BitWidth, types["Level"].ElementSize));
        Assert.Equal((FieldValueType.Utf8, ' '), (types["Code"].ValueType, types["Code"].Utf8Padding));
        Assert.Equal((FieldValueType.Utf8, '\0'), (types["Name"].ValueType, types["Name"].Utf8Padding));
        Assert.Equal(FieldValueType.UInt8, types["Side"].ValueType);
        Assert.Equal(FieldValueType.UInt24, types["U24"].ValueType);
        Assert.Equal(2u, table.FormatVersion);
        Assert.Equal(4096, table.RecordsOffset);
        Assert.Equal(new System.IO.FileInfo(table.Path).Length, table.FileLength);
    }

    [Fact]
    public void Record_bytes_are_the_published_records_and_a_range_past_them_is_refused()
    {
        using var table = DescribedTable.Open(TestTables.WriteTrades(_dir.File("trades.tbl"), 10));

        ReadOnlySpan<byte> all = table.GetRecordBytes(0, 10);
        ReadOnlySpan<byte> last = table.GetRecordBytes(9, 1);

        Assert.Equal(320, all.Length);
        Assert.True(last.SequenceEqual(all[288..]));
        Assert.Equal(27L, BitConverter.ToInt64(last[..8]));
        Assert.Equal(0, table.GetRecordBytes(10, 0).Length);
        foreach ((long first, int count) in new[] { (0L, 11), (10L, 1), (-1L, 1), (0L, -1), (11L, 0) })
        {
            ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => table.GetRecordBytes(first, count).Length);
            Assert.Contains("trades.tbl", e.Message, StringComparison.Ordinal);
        }

        table.Dispose();
        Assert.Throws<ObjectDisposedException>(() => table.GetRecordBytes(0, 1).Length);
    }
}
