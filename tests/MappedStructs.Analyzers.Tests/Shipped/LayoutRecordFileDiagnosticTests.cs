using System.Threading.Tasks;
using MappedStructs.Analyzers.Shipped;
using static MappedStructs.Analyzers.Tests.Shipped.ShippedSources;
using Verify = MappedStructs.Analyzers.Tests.Shipped.ShippedVerifier;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>MAPS0035: a line of a MappedLayouts file that cannot be read is an error on that line, naming the file and the line.</summary>
public sealed class LayoutRecordFileDiagnosticTests
{
    private const string Shipped = LayoutRecordFiles.ShippedFileName;
    private const string Unshipped = LayoutRecordFiles.UnshippedFileName;

    // No layout: the file's own problems are all these tests expect.
    private const string Source = "namespace Sample;\n\npublic sealed class Plain\n{\n}\n";

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Problem(int markup, string file, int line, string message)
        => Verify.Diagnostic(DiagnosticDescriptors.LayoutRecordFileInvalid).WithLocation(markup).WithArguments(file, line, message);

    [Fact]
    public async Task A_well_formed_file_and_an_empty_one_are_read_without_a_problem()
        => await Verify.VerifyAsync(Source, Verify.File(TradeVersion1), string.Empty);

    [Fact]
    public async Task A_file_without_the_header_is_reported_on_its_first_line()
        => await Verify.VerifyAsync(
            Source,
            "{|#0:layout Sample.Trade version=1 size=24 endian=Little|}\n",
            null,
            Problem(0, Shipped, 1, "the first line must be '#mappedlayouts 1', the format version of the file"));

    [Fact]
    public async Task A_newer_format_version_is_refused_rather_than_guessed()
        => await Verify.VerifyAsync(
            Source,
            "{|#0:#mappedlayouts 2|}\n\n" + TradeVersion1,
            null,
            Problem(0, Shipped, 1, "format version 2 is not one this analyzer reads (it reads 1); update MappedStructs or write '#mappedlayouts 1'"));

    [Theory]
    [InlineData("layout Sample.Trade version=1 size=24", "a layout line is 'layout <name> version=<n> size=<n> endian=<Little|Big|PerView>'")]
    [InlineData("layout Sample.Trade version=0 size=24 endian=Little", "the version must be at least 1")]
    [InlineData("layout Sample.Trade version=1 size=-24 endian=Little", "a layout line is 'layout <name> version=<n> size=<n> endian=<Little|Big|PerView>'")]
    [InlineData("layout Sample.Trade version=1 size=0 endian=Little", "the size must be at least 1")]
    [InlineData("layout Sample.Trade version=1 size=24 endian=Middle", "the byte order 'Middle' is none of Little, Big, PerView")]
    [InlineData("layout Sample..Trade version=1 size=24 endian=Little", "'Sample..Trade' is not a dotted type name (Ns.Outer.Trade)")]
    public async Task A_bad_layout_line_is_reported_on_its_line(string line, string message)
        => await Verify.VerifyAsync(
            Source,
            Verify.File("{|#0:" + line + "|}\n      0     8 Scalar     int64          Id since=1 deprecated=0\n"),
            null,
            Problem(0, Shipped, 3, message));

    [Theory]
    [InlineData("      0     8 Scalar     int64 since=1 deprecated=0", "a field line is '<offset> <size> <kind> <type> <name> since=<n> deprecated=<n>', numbers in digits")]
    [InlineData("      0     8 Scalar     int64          Id since=one", "a field line is '<offset> <size> <kind> <type> <name> since=<n> deprecated=<n>', numbers in digits")]
    [InlineData("      0     8 Scalar     int64          Id deprecated=0 since=1", "'int64 Id' is not a scalar of 8 bytes in the type catalogue")]
    [InlineData("      x     8 Scalar     int64          Id since=1 deprecated=0", "a field line is '<offset> <size> <kind> <type> <name> since=<n> deprecated=<n>', numbers in digits")]
    [InlineData("     20     8 Scalar     int64          Id since=1 deprecated=0", "8 bytes at offset 20 do not lie within the 24-byte record")]
    [InlineData("      0     0 Scalar     int64          Id since=1 deprecated=0", "0 bytes at offset 0 do not lie within the 24-byte record")]
    [InlineData("      0     8 Word       int64          Id since=1 deprecated=0", "'Word' is none of the field kinds Scalar, Utf8, FixedArray, Nested, Atomic, Bits, Text, Blob, VarArray")]
    [InlineData("      0     4 Scalar     int64          Id since=1 deprecated=0", "'int64' is not a scalar of 4 bytes in the type catalogue")]
    [InlineData("      0     8 Scalar     int64          1d since=1 deprecated=0", "'1d' is not a field name")]
    [InlineData("      0     8 Scalar     int64          Id since=2 deprecated=0", "since=2 must lie from 1 to the entry's version 1")]
    [InlineData("      0     8 Scalar     int64          Id since=0 deprecated=0", "since=0 must lie from 1 to the entry's version 1")]
    [InlineData("      0     8 Scalar     int64          Id since=1 deprecated=2", "deprecated=2 must be 0 (in use) or lie from since=1 to the entry's version 1")]
    public async Task A_bad_field_line_is_reported_on_its_line(string line, string message)
        => await Verify.VerifyAsync(
            Source,
            Verify.File("layout Sample.Trade version=1 size=24 endian=Little\n{|#0:" + line + "|}\n"),
            null,
            Problem(0, Shipped, 4, message));

    [Fact]
    public async Task Fields_out_of_offset_order_and_a_repeated_name_are_reported()
        => await Verify.VerifyAsync(
            Source,
            Verify.File("""
                layout Sample.Trade version=1 size=24 endian=Little
                      8     8 Scalar     float64        Price since=1 deprecated=0
                {|#0:      0     8 Scalar     int64          Id since=1 deprecated=0|}

                layout Sample.Quote version=1 size=16 endian=Little
                      0     8 Scalar     int64          Id since=1 deprecated=0
                {|#1:      8     8 Scalar     int64          Id since=1 deprecated=0|}

                """),
            null,
            Problem(0, Shipped, 5, "offset 0 is below the previous field's 8; fields are listed in offset order"),
            Problem(1, Shipped, 9, "field name 'Id' is already used on line 8"));

    [Fact]
    public async Task A_field_line_outside_an_entry_a_stray_line_and_an_entry_without_fields_are_reported()
        => await Verify.VerifyAsync(
            Source,
            Verify.File("{|#0:      0     8 Scalar     int64          Id since=1 deprecated=0|}\n{|#1:Sample.Trade|}\n{|#2:layout Sample.Quote version=1 size=16 endian=Little|}\n"),
            null,
            Problem(0, Shipped, 3, "a field line must follow a 'layout' line (a blank line ends an entry)"),
            Problem(1, Shipped, 4, "the line is neither a 'layout <name> version=<n> size=<n> endian=<Little|Big|PerView>' line nor an indented field line"),
            Problem(2, Shipped, 5, "version 1 of 'Sample.Quote' has no field lines"));

    [Fact]
    public async Task A_tab_is_damage_not_a_separator()
        => await Verify.VerifyAsync(
            Source,
            Verify.File("layout Sample.Trade version=1 size=24 endian=Little\n{|#0:      0     8 Scalar\tint64          Id since=1 deprecated=0|}\n"),
            null,
            Problem(0, Shipped, 4, "the line holds the control character U+0009; fields are separated by spaces"));

    [Fact]
    public async Task A_version_recorded_twice_is_reported_at_the_second_entry()
        => await Verify.VerifyAsync(
            Source,
            Verify.File(TradeVersion1, "{|#0:layout Sample.Trade version=1 size=24 endian=Little|}\n      0     8 Scalar     int64          Id since=1 deprecated=0\n"),
            null,
            Problem(0, Shipped, 9, "version 1 of 'Sample.Trade' is already recorded on line 3"));

    [Fact]
    public async Task A_version_in_both_files_is_reported_in_the_unshipped_one()
        => await Verify.VerifyAsync(
            Source,
            Verify.File(TradeVersion1),
            Verify.File(TradeVersion1.Replace("layout Sample.Trade version=1 size=24 endian=Little", "{|#0:layout Sample.Trade version=1 size=24 endian=Little|}")),
            Problem(0, Unshipped, 3, "version 1 of 'Sample.Trade' is also recorded in MappedLayouts.Shipped.txt line 3; a version is recorded once (a shipped version leaves MappedLayouts.Unshipped.txt)"));

    [Fact]
    public async Task A_file_with_another_name_is_not_read()
    {
        var test = new Infrastructure.AnalyzerVerifier<ShippedLayoutAnalyzer>.Test { TestCode = Source };
        test.TestState.AdditionalFiles.Add(("mappedlayouts.shipped.txt", "not a layouts file\n"));
        test.TestState.AdditionalFiles.Add(("MappedLayouts.Shipped.txt.bak", "not a layouts file\n"));
        await test.RunAsync(System.Threading.CancellationToken.None);
    }
}
