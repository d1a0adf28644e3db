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
                Verify.Diagnostic(DiagnosticDescriptors.MisalignedField).WithLocation(0).WithArguments("B", 1, 2, 2),
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
}
