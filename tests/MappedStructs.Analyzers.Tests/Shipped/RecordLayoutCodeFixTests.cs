using System.Threading;
using System.Threading.Tasks;
using MappedStructs.Analyzers.Shipped;
using MappedStructs.CodeFixes.Shipped;
using Microsoft.CodeAnalysis;
using static MappedStructs.Analyzers.Tests.Shipped.ShippedSources;
using FixTest = MappedStructs.Analyzers.Tests.Infrastructure.CodeFixVerifier<MappedStructs.Analyzers.Shipped.ShippedLayoutAnalyzer, MappedStructs.CodeFixes.Shipped.RecordLayoutCodeFixProvider>.Test;
using Verify = MappedStructs.Analyzers.Tests.Shipped.ShippedVerifier;

namespace MappedStructs.Analyzers.Tests.Shipped;

/// <summary>The MAPS0039 fix: the entry lands in the right file, one fix at a time and with Fix All.</summary>
public sealed class RecordLayoutCodeFixTests
{
    private static readonly string s_version2 = Trade("Size = 32, Version = 2", Version1Fields + "\n    [Field(24, Since = 2)] public long VenueId { get; init; }");

    private static readonly string s_quote = """
        using MappedStructs;

        namespace Sample;

        [MappedLayout]
        public partial record struct {|#1:Quote|}
        {
            public long Bid { get; init; }
            public long Ask { get; init; }
        }
        """;

    private const string QuoteVersion1 = """
        layout Sample.Quote version=1 size=16 endian=Little
              0     8 Scalar     int64          Bid since=1 deprecated=0
              8     8 Scalar     int64          Ask since=1 deprecated=0

        """;

    private static string Marked(string source) => source.Replace("public partial record struct Trade", "public partial record struct {|#0:Trade|}");

    // FixedCode is the source unmarked: the fix edits the files alone.
    private static FixTest Test(string source, string key, bool fixedAsMarked = false)
        => new() { TestCode = Marked(source), FixedCode = fixedAsMarked ? Marked(source) : source, CodeActionEquivalenceKey = key };

    [Fact]
    public async Task Recording_as_unshipped_adds_the_entry_to_the_unshipped_file()
    {
        FixTest test = Test(s_version2, RecordLayoutCodeFixProvider.UnshippedKey);
        Verify.AddFiles(test.TestState, Verify.File(TradeVersion1), string.Empty);
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(0, 2));
        Verify.AddFiles(test.FixedState, Verify.File(TradeVersion1), Verify.File(TradeVersion2));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_declared_default_is_recorded_on_its_field_line()
    {
        FixTest test = Test(s_version2.Replace("[Field(24, Since = 2)]", "[Field(24, Since = 2, Default = 5)]"), RecordLayoutCodeFixProvider.UnshippedKey);
        Verify.AddFiles(test.TestState, Verify.File(TradeVersion1), string.Empty);
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(0, 2));
        Verify.AddFiles(test.FixedState, Verify.File(TradeVersion1), Verify.File(TradeVersion2VenueDefault5));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Recording_as_shipped_moves_the_version_out_of_the_unshipped_file()
    {
        FixTest test = Test(s_version2, RecordLayoutCodeFixProvider.ShippedKey);
        Verify.AddFiles(test.TestState, Verify.File(TradeVersion1), Verify.File(QuoteVersion1, TradeVersion2.Replace("VenueId since=2", "Venue since=2")));
        test.TestState.Sources.Add(("Quote.cs", s_quote.Replace("{|#1:Quote|}", "Quote")));
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(0, 2, "differs from its entry in MappedLayouts.Unshipped.txt line 7"));
        test.FixedState.Sources.Add(("Quote.cs", s_quote.Replace("{|#1:Quote|}", "Quote")));
        Verify.AddFiles(test.FixedState, Verify.File(TradeVersion1, TradeVersion2), Verify.File(QuoteVersion1));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_missing_unshipped_file_is_created_beside_the_shipped_one()
    {
        FixTest test = Test(s_version2, RecordLayoutCodeFixProvider.UnshippedKey);
        Verify.AddFiles(test.TestState, Verify.File(TradeVersion1), null);
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(0, 2));
        Verify.AddFiles(test.FixedState, Verify.File(TradeVersion1), Verify.File(TradeVersion2));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Fix_All_records_every_layout_in_one_file()
    {
        FixTest test = Test(Trade("Size = 24", Version1Fields), RecordLayoutCodeFixProvider.ShippedKey);
        test.TestState.Sources.Add(("Quote.cs", s_quote));
        Verify.AddFiles(test.TestState, Verify.File(), null);
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(0, 1).WithSeverity(DiagnosticSeverity.Info));
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(1, 1, name: "Sample.Quote").WithSeverity(DiagnosticSeverity.Info));
        test.FixedState.Sources.Add(("Quote.cs", s_quote.Replace("{|#1:Quote|}", "Quote")));
        Verify.AddFiles(test.FixedState, Verify.File(QuoteVersion1, TradeVersion1), null);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task No_fix_is_offered_while_a_file_cannot_be_read()
    {
        const string Damaged = "#mappedlayouts 1\n\n{|#1:layout Sample.Quote version=x size=16 endian=Little|}\n";
        FixTest test = Test(Trade("Size = 24", Version1Fields), RecordLayoutCodeFixProvider.ShippedKey, fixedAsMarked: true);
        Verify.AddFiles(test.TestState, Damaged, null);
        test.ExpectedDiagnostics.Add(Verify.NotRecorded(0, 1).WithSeverity(DiagnosticSeverity.Info));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.LayoutRecordFileInvalid).WithLocation(1).WithArguments(
            LayoutRecordFiles.ShippedFileName, 3, "a layout line is 'layout <name> version=<n> size=<n> endian=<Little|Big|PerView>'"));
        Verify.AddFiles(test.FixedState, Damaged, null);
        test.FixedState.ExpectedDiagnostics.AddRange(test.ExpectedDiagnostics);
        await test.RunAsync(CancellationToken.None);
    }
}
