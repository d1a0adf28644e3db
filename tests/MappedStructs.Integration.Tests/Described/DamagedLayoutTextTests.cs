using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using System.Text;
using MappedStructs.Integration.Tests.Tables;
using MappedStructs.TestSupport;

namespace MappedStructs.Integration.Tests.Described;

/// <summary>
/// Layout texts forged into a valid header (its checksum fixed up, so that only the text's own rules can refuse it): each rule
/// of the strict parse refuses its damage as <see cref="TableFileProblem.InvalidHeaderField"/> naming the line.
/// </summary>
public sealed class DamagedLayoutTextTests : IDisposable
{
    // {N} is the layout's name, {F} its fingerprint's 16 hex digits.
    private const string RealFirstLine = "layout {N} size=40 align=8 endian=Big fingerprint=0x{F}";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_generated_text_forged_back_unchanged_opens()
    {
        using var table = DescribedTable.Open(Forge(LayoutInfo.Of<BigMixed>().Describe()));

        Assert.Equal(LayoutInfo.Of<BigMixed>().Describe(), table.Layout.Describe());
        Assert.Equal(-4, table.GetInt32(0, "Delta"));
    }

    [Fact]
    public void A_consistent_text_of_other_fields_is_served_as_it_says()
    {
        using var table = DescribedTable.Open(Forge(Expand(RealFirstLine) + "\n      0     4 Scalar     int32 High\n      4     4 Scalar     uint32 Low\n     39     1 Bits       bits[7:1] of uint8 Last\n"));

        Assert.Equal(3, table.Layout.Fields.Count);
        Assert.Equal(0, table.GetInt32(0, "High"));
        Assert.Equal(1u, table.GetUInt64(0, "Low"));
        Assert.False(table.GetBoolean(0, "Last"));
    }

    [Theory]
    [InlineData("table {N} size=40 align=8 endian=Big fingerprint=0x{F}", "first line is not")]
    [InlineData("layout {N} size=40 align=8 endian=Big", "first line is not")]
    [InlineData("layout {N} size=40 align=8 endian=Big fingerprint=0x{F} extra", "first line is not")]
    [InlineData("layout {N} length=40 align=8 endian=Big fingerprint=0x{F}", "should start with 'size='")]
    [InlineData("layout {N} size=4x0 align=8 endian=Big fingerprint=0x{F}", "is not a number")]
    [InlineData("layout {N} size=-40 align=8 endian=Big fingerprint=0x{F}", "is not a number")]
    [InlineData("layout {N} size=99999999999 align=8 endian=Big fingerprint=0x{F}", "is not a number")]
    [InlineData("layout {N} size=48 align=8 endian=Big fingerprint=0x{F}", "differs from the header's record size 40")]
    [InlineData("layout {N} size=40 align=3 endian=Big fingerprint=0x{F}", "a power of two")]
    [InlineData("layout {N} size=40 align=0 endian=Big fingerprint=0x{F}", "a power of two")]
    [InlineData("layout {N} size=40 align=8 endian=Middle fingerprint=0x{F}", "neither Little nor Big")]
    [InlineData("layout {N} size=40 align=8 endian=Big fingerprint=0x123", "16 hexadecimal digits")]
    [InlineData("layout {N} size=40 align=8 endian=Big fingerprint=0xGGGGGGGGGGGGGGGG", "16 hexadecimal digits")]
    [InlineData("layout {N} size=40 align=8 endian=Big fingerprint={F}", "16 hexadecimal digits")]
    public void A_damaged_first_line_is_refused_naming_line_1(string firstLine, string problem)
    {
        AssertRefused(Expand(firstLine) + "\n      0     8 Scalar     int64          Id\n", 1, problem);
    }

    [Fact]
    public void A_text_whose_fingerprint_differs_from_the_headers_is_refused()
    {
        string fingerprint = LayoutInfo.Of<BigMixed>().Fingerprint.ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
        string other = (LayoutInfo.Of<BigMixed>().Fingerprint ^ 1).ToString("X16", System.Globalization.CultureInfo.InvariantCulture);
        string text = LayoutInfo.Of<BigMixed>().Describe().Replace(fingerprint, other, StringComparison.Ordinal);

        AssertRefused(text, 1, $"fingerprint 0x{other} differs from the header's 0x{fingerprint}");
    }

    [Fact]
    public void A_text_without_its_final_line_break_is_refused()
    {
        AssertRefused(LayoutInfo.Of<BigMixed>().Describe().TrimEnd('\n'), 1, "does not end with a line break");
        AssertRefused(string.Empty, 1, "does not end with a line break");
    }

    [Theory]
    [InlineData("0 8 Scalar Id", "a field line is")]
    [InlineData("x 8 Scalar int64 Id", "'x' is not a number")]
    [InlineData("-1 8 Scalar int64 Id", "'-1' is not a number")]
    [InlineData("+0 8 Scalar int64 Id", "'+0' is not a number")]
    [InlineData("0 0 Scalar int64 Id", "do not lie within the 40-byte record")]
    [InlineData("36 8 Scalar int64 Id", "do not lie within the 40-byte record")]
    [InlineData("2147483647 8 Scalar int64 Id", "do not lie within the 40-byte record")]
    [InlineData("0 2147483647 Scalar int64 Id", "do not lie within the 40-byte record")]
    [InlineData("0 8 Vector int64 Id", "'Vector' is not a field kind")]
    [InlineData("0 8 scalar int64 Id", "'scalar' is not a field kind")]
    [InlineData("0 8 Scalar int65 Id", "'int65' is not a 8-byte scalar")]
    [InlineData("0 4 Scalar int64 Id", "'int64' is not a 4-byte scalar")]
    [InlineData("0 8 Scalar Inner Id", "'Inner' is not a 8-byte scalar")]
    [InlineData("0 8 Atomic float64 Id", "atomic integer")]
    [InlineData("0 2 Atomic int16 Id", "atomic integer")]
    [InlineData("0 8 Utf8 utf8[6] Id", "is not utf8[8]")]
    [InlineData("0 8 Utf8 utf8[8]/padded-0x20 Id", "is not utf8[8]")]
    [InlineData("0 8 Utf8 utf8[8]/padded-0x80 Id", "is not utf8[8]")]
    [InlineData("0 8 Utf8 utf8[8]/tab-padded Id", "is not utf8[8]")]
    [InlineData("0 8 Utf8 int64 Id", "is not utf8[8]")]
    [InlineData("0 8 FixedArray int16[0] Id", "with a positive count")]
    [InlineData("0 8 FixedArray int16 Id", "with a positive count")]
    [InlineData("0 8 FixedArray [4] Id", "with a positive count")]
    [InlineData("0 8 FixedArray int16[3] Id", "3 elements of int16 are 6 bytes, not 8")]
    [InlineData("0 9 FixedArray Corner[2] Id", "do not divide into 2 elements")]
    [InlineData("0 8 FixedArray Corner[x] Id", "'x' is not a number")]
    [InlineData("0 8 Nested int64 Id", "is not the name of a nested layout")]
    [InlineData("0 8 Nested Corner[1] Id", "is not the name of a nested layout")]
    [InlineData("0 8 Nested @Corner Id", "'@Corner' is not the name of a nested layout")]
    [InlineData("0 8 Nested @ Id", "'@' is not the name of a nested layout")]
    [InlineData("0 16 FixedArray @Corner[2] Id", "'@Corner' is not the name of a nested layout")]
    [InlineData("0 1 Bits bits[4:8] of uint8 Id", "shift + width <= 8")]
    [InlineData("0 1 Bits bits[0:0] of uint8 Id", "1 <= width")]
    [InlineData("0 2 Bits bits[0:4] of uint8 Id", "is not 'bits[<shift>:<width>] of uint16'")]
    [InlineData("0 3 Bits bits[0:4] of uint24 Id", "of 1, 2, 4 or 8")]
    [InlineData("0 1 Bits bits[a:4] of uint8 Id", "'a' is not a number")]
    [InlineData("0 1 Bits bits[0:4] uint8 Id", "is not 'bits[<shift>:<width>] of uint8'")]
    [InlineData("0 1 Bits int8 Id", "is not 'bits[<shift>:<width>] of uint8'")]
    [InlineData("0 8 Text blob Id", "a Text field is 'text' in 8 bytes")]
    [InlineData("0 4 Text text Id", "a Text field is 'text' in 8 bytes")]
    [InlineData("0 8 Blob text Id", "a Blob field is 'blob' in 8 bytes")]
    [InlineData("0 8 VarArray int32 Id", "a VarArray field is '<scalar>[] of a scalar that can be a span'")]
    [InlineData("0 8 VarArray bool[] Id", "a VarArray field is '<scalar>[] of a scalar that can be a span'")]
    [InlineData("0 8 VarArray Corner[] Id", "a VarArray field is '<scalar>[] of a scalar that can be a span'")]
    [InlineData("0\t8 Scalar int64 Id", "control character U+0009")]
    [InlineData("0 8 Scalar int64 Id\r", "control character U+000D")]
    public void A_damaged_field_line_is_refused_naming_its_line(string fieldLine, string problem)
    {
        AssertRefused(Expand(RealFirstLine) + "\n" + fieldLine + "\n", 2, problem);
    }

    /// <summary>
    /// A variable-length field's line names its kind and type (<c>text</c>, <c>blob</c>, <c>int32[]</c>); a described table
    /// reads the record's 8-byte heap reference as the raw uint64 word, in the layout's byte order.
    /// </summary>
    [Fact]
    public void Variable_length_field_lines_open_and_read_their_raw_reference()
    {
        using var table = DescribedTable.Open(Forge(Expand(RealFirstLine) + "\n      0     8 Text       text           Message\n      8     8 Blob       blob           Payload\n     16     8 VarArray   int32[]        Tags\n"));

        Assert.Equal([FieldKind.Text, FieldKind.Blob, FieldKind.VarArray], table.Layout.Fields.Select(field => field.Kind));
        Assert.Equal(1UL, table.GetUInt64(0, "Message"));
        Assert.Equal(FieldValueType.UInt64, table.FieldTypes[2].ValueType);
    }

    [Fact]
    public void A_field_name_used_twice_is_refused()
    {
        AssertRefused(Expand(RealFirstLine) + "\n0 8 Scalar int64 Id\n8 8 Scalar int64 Id\n", 3, "field name 'Id' is already used on line 2");
    }

    [Fact]
    public void Fields_out_of_offset_order_are_refused()
    {
        AssertRefused(Expand(RealFirstLine) + "\n8 8 Scalar int64 Price\n0 8 Scalar int64 Id\n", 3, "offset 0 is below the previous field's 8");
    }

    [Fact]
    public void An_empty_field_line_is_refused()
    {
        AssertRefused(Expand(RealFirstLine) + "\n0 8 Scalar int64 Id\n\n", 3, "a field line is");
    }

    private static string Expand(string line) => line
        .Replace("{N}", LayoutInfo.Of<BigMixed>().Name, StringComparison.Ordinal)
        .Replace("{F}", LayoutInfo.Of<BigMixed>().Fingerprint.ToString("X16", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private void AssertRefused(string text, int line, string problem)
    {
        string path = Forge(text);

        InvalidTableFileException error = Assert.Throws<InvalidTableFileException>(() => DescribedTable.Open(path));

        Assert.Equal(TableFileProblem.InvalidHeaderField, error.Problem);
        Assert.Equal(path, error.FilePath);
        Assert.Contains($"layout text line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    // A valid BigMixed table of one record whose header holds text in place of the generated layout text.
    private string Forge(string text)
    {
        string path = _dir.File($"forged-{Guid.NewGuid():N}.tbl");
        using (var table = MappedTable<BigMixed>.Create(path, 1))
        {
            table.Append(new BigMixed { Id = 1, Quantity = 0, Delta = -4, Tag = "x", Levels = [1, 2, 3] });
        }

        byte[] file = File.ReadAllBytes(path);
        int headerSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(TableFileBytes.HeaderSize));
        Span<byte> textArea = file.AsSpan(TableFileBytes.Text, headerSize - TableFileBytes.Text - 1024);
        textArea.Clear();
        int length = Encoding.UTF8.GetBytes(text, textArea);
        TableFileBytes.SetUInt32(file, TableFileBytes.TextLength, (uint)length);
        File.WriteAllBytes(path, file);
        return path;
    }
}
