using System.Linq;
using MappedStructs.Analyzers.Shipped;
using Microsoft.CodeAnalysis.Text;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>The field lines of a MappedLayouts file read as a table header's do.</summary>
public sealed class LayoutRecordParserTests
{
    [Fact]
    public void Versions_left_out_of_a_field_line_read_as_since_1_and_in_use_as_in_a_table_header()
    {
        LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From(
            "#mappedlayouts 1\n\nlayout Sample.Tick version=3 size=16 endian=Big\n      0     8 Scalar     int64          Id\n      8     4 Scalar     int32          Old deprecated=3\n     12     4 Bits       bits[0:4] of uint32 Kind since=2\n"));

        Assert.Empty(read.Problems);
        LayoutRecord tick = Assert.Single(read.Records);
        Assert.Equal(
            [new LayoutRecordField(0, 8, "Scalar", "int64", "Id", 1, 0), new LayoutRecordField(8, 4, "Scalar", "int32", "Old", 1, 3), new LayoutRecordField(12, 4, "Bits", "bits[0:4] of uint32", "Kind", 2, 0)],
            tick.Fields);
        Assert.Equal(("Sample.Tick", 3, 16, "Big", 3), (tick.Name, tick.Version, tick.Size, tick.Endian, tick.Line));
    }

    [Fact]
    public void Variable_length_field_lines_read_with_their_kinds()
    {
        LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From(
            "#mappedlayouts 1\n\nlayout Sample.Log version=1 size=24 endian=Little\n      0     8 Text       text           Message\n      8     8 Blob       blob           Payload\n     16     8 VarArray   int32[]        Tags\n"));

        Assert.Empty(read.Problems);
        Assert.Equal(["Text", "Blob", "VarArray"], Assert.Single(read.Records).Fields.Select(field => field.Kind));
    }

    [Fact]
    public void A_default_runs_to_the_end_of_its_field_line_and_is_written_back_the_same()
    {
        const string Entry = "layout Sample.Tick version=2 size=10 endian=Little\n      0     8 Scalar     int64          Id since=1 deprecated=0\n      8     2 Scalar     char           Mark since=2 deprecated=0 default=' '\n";
        LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From("#mappedlayouts 1\n\n" + Entry));

        Assert.Empty(read.Problems);
        LayoutRecord tick = Assert.Single(read.Records);
        Assert.Equal([null, "' '"], tick.Fields.Select(field => field.Default));
        Assert.Equal("#mappedlayouts 1\n\n" + Entry, LayoutRecordWriter.Write(read.Records));
    }

    [Fact]
    public void A_default_token_without_a_constant_is_a_problem_on_its_line()
    {
        LayoutRecordFile read = LayoutRecordParser.Parse("MappedLayouts.Shipped.txt", isShipped: true, SourceText.From(
            "#mappedlayouts 1\n\nlayout Sample.Tick version=2 size=16 endian=Little\n      0     8 Scalar     int64          Id\n      8     8 Scalar     int64          Venue since=2 default=  \n"));

        LayoutRecordProblem problem = Assert.Single(read.Problems);
        Assert.Equal(5, problem.Line);
        Assert.Contains("'default=' must be followed by", problem.Message, System.StringComparison.Ordinal);
        Assert.Empty(read.Records);
    }
}
