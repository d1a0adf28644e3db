using System.Threading;
using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.CodeFixVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer, MappedStructs.CodeFixes.MisalignedOffsetCodeFixProvider>;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

public sealed class MisalignedOffsetCodeFixTests
{
    private static string Layout(string attribute, string fields) => $$"""
        using MappedStructs;

        [{{attribute}}]
        public partial record struct T
        {
        {{fields}}
        }
        """;

    [Fact]
    public async Task Misaligned_atomic_moves_to_the_next_aligned_offset()
        => await Verify.VerifyAsync(
            Layout("MappedLayout(Size = 16)", "    [Field(0)] public int A { get; init; }\n    [Field({|#0:4|}), Atomic] public long B { get; init; }"),
            [
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedAtomicField).WithLocation(0).WithArguments("B", 4, 8, 8),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 12, 15, 16),
            ],
            Layout("MappedLayout(Size = 16)", "    [Field(0)] public int A { get; init; }\n    [Field(8), Atomic] public long B { get; init; }"),
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(7, 36, 7, 37).WithArguments(4, "B", 4, 7)]);

    [Fact]
    public async Task Fix_all_moves_fields_one_after_the_other_so_they_never_share_a_slot()
    {
        // Alone, B would go to 12 and C to 8, where they would overlap; fixed in declaration order, C goes to 16.
        string source = Layout("MappedLayout", """
                [Field(0)] public byte A { get; init; }
                [Field({|#0:1|})] public short B { get; init; }
                [Field({|#1:3|})] public long C { get; init; }
            """);
        string fixedSource = Layout("MappedLayout", """
                [Field(0)] public byte A { get; init; }
                [Field(12)] public short B { get; init; }
                [Field(16)] public long C { get; init; }
            """);
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("B", 1, 2, 12),
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(1).WithArguments("C", 3, 8, 8),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(5, "T", 11, 15, 16),
            ],
            fixedSource,
            remaining:
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(7, 30, 7, 31).WithArguments(11, "B", 1, 11),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(8, 29, 8, 30).WithArguments(2, "C", 14, 15),
            ],
            iterations: 2);
    }

    [Fact]
    public async Task No_fix_when_no_aligned_slot_is_free_inside_the_size()
    {
        string source = Layout("MappedLayout(Size = 16)", """
                [Field(0)] public int A { get; init; }
                [Field({|#0:4|})] public long B { get; init; }
                [Field(12)] public int C { get; init; }
            """);
        await Verify.VerifyAsync(source,
            [Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("B", 4, 8, 8)],
            source);
    }

    [Fact]
    public async Task The_message_names_the_free_offset_the_fix_moves_to()
    {
        // 4, 8, 12 and 16 are aligned for B but taken: the message and the fix both say 20.
        string source = Layout("MappedLayout", """
                [Field(0)] public byte A { get; init; }
                [Field({|#0:1|})] public int B { get; init; }
                [Field(5)] public byte C { get; init; }
                [Field(8)] public long D { get; init; }
                [Field(16)] public int E { get; init; }
            """);
        string fixedSource = Layout("MappedLayout", """
                [Field(0)] public byte A { get; init; }
                [Field(20)] public int B { get; init; }
                [Field(5)] public byte C { get; init; }
                [Field(8)] public long D { get; init; }
                [Field(16)] public int E { get; init; }
            """);
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("B", 1, 4, 20),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(9, 28, 9, 29).WithArguments(2, "D", 6, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            fixedSource,
            remaining:
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(8, 28, 8, 29).WithArguments(4, "C", 1, 4),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(9, 28, 9, 29).WithArguments(2, "D", 6, 7),
            ]);
    }

    [Fact]
    public async Task Fix_all_moves_a_field_blocked_by_another_misaligned_one_once_that_one_moved()
    {
        // B has no free aligned slot while C sits at 13; C moves to 16, and then B fits at 8.
        string source = Layout("MappedLayout(Size = 24)", """
                [Field(0)] public int A { get; init; }
                [Field({|#0:5|})] public long B { get; init; }
                [Field({|#1:13|})] public int C { get; init; }
            """);
        string fixedSource = Layout("MappedLayout(Size = 24)", """
                [Field(0)] public int A { get; init; }
                [Field(8)] public long B { get; init; }
                [Field(16)] public int C { get; init; }
            """);
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("B", 5, 8, 8),
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(1).WithArguments("C", 13, 4, 16),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(7, 28, 7, 29).WithArguments(1, "B", 4, 4),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(7, "T", 17, 23, 24),
            ],
            fixedSource,
            remaining:
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(7, 28, 7, 29).WithArguments(4, "B", 4, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            iterations: 2);
    }

    [Fact]
    public async Task Fix_all_places_the_misaligned_fields_together_when_moving_them_one_after_the_other_cannot()
    {
        // One fix at a time, X takes 22 and then neither Y nor W has room; placed together, all four fit aligned.
        string source = Layout("MappedLayout(Size = 24)", """
                [Field({|#0:1|})] public short X { get; init; }
                [Field({|#1:3|})] public long Y { get; init; }
                [Field(12)] public int Z { get; init; }
                [Field({|#2:17|})] public int W { get; init; }
            """);
        var test = new Verify.Test
        {
            TestCode = source,
            FixedCode = Layout("MappedLayout(Size = 24)", """
                    [Field(22)] public short X { get; init; }
                    [Field(3)] public long Y { get; init; }
                    [Field(12)] public int Z { get; init; }
                    [Field(17)] public int W { get; init; }
                """),
            BatchFixedCode = Layout("MappedLayout(Size = 24)", """
                    [Field(8)] public short X { get; init; }
                    [Field(0)] public long Y { get; init; }
                    [Field(12)] public int Z { get; init; }
                    [Field(16)] public int W { get; init; }
                """),
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        test.ExpectedDiagnostics.AddRange(
        [
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("X", 1, 2, 22),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(1).WithArguments("Y", 3, 8, 8),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(2).WithArguments("W", 17, 4, 20),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(6, 29, 6, 30).WithArguments(1, "X", 0, 0),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(8, 28, 8, 29).WithArguments(1, "Z", 11, 11),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(9, 28, 9, 29).WithArguments(1, "W", 16, 16),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(3, "T", 21, 23, 24),
        ]);
        test.FixedState.ExpectedDiagnostics.AddRange(
        [
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(6, 30, 6, 31).WithArguments(1, "X", 21, 21),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithSpan(7, 12, 7, 13).WithArguments("Y", 3, 8, 8),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(7, 28, 7, 29).WithArguments(3, "Y", 0, 2),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(8, 28, 8, 29).WithArguments(1, "Z", 11, 11),
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithSpan(9, 12, 9, 14).WithArguments("W", 17, 4, 20),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(9, 28, 9, 29).WithArguments(1, "W", 16, 16),
        ]);
        test.BatchFixedState.ExpectedDiagnostics.AddRange(
        [
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(8, 28, 8, 29).WithArguments(2, "Z", 10, 11),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
        ]);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Positional_parameter_offsets_are_moved()
    {
        const string Source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct P([property: Field(0)] int A, [property: Field({|#0:4|})] long B);
            """;
        const string FixedSource = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct P([property: Field(0)] int A, [property: Field(8)] long B);
            """;
        await Verify.VerifyAsync(Source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("B", 4, 8, 8),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "P", 12, 15, 16),
            ],
            FixedSource,
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithSpan(4, 86, 4, 87).WithArguments(4, "B", 4, 7)]);
    }
}
