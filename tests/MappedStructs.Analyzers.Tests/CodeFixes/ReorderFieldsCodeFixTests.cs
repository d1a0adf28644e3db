using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.CodeFixVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer, MappedStructs.CodeFixes.ReorderFieldsCodeFixProvider>;

namespace MappedStructs.Analyzers.Tests.CodeFixes;

public sealed class ReorderFieldsCodeFixTests
{
    [Fact]
    public async Task Fields_are_sorted_by_alignment_keeping_other_members_and_the_order_among_equals()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                public byte A { get; init; }
                public long {|#0:B|} { get; init; }
                public override string ToString() => "T";
                public short C { get; init; }
                public int {|#1:D|} { get; init; }
                public long E { get; init; }
            }
            """;
        string fixedSource = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                public long B { get; init; }
                public long E { get; init; }
                public override string ToString() => "T";
                public int D { get; init; }
                public short C { get; init; }
                public byte A { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "B", 1, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(1).WithArguments(2, "D", 18, 19),
            ],
            fixedSource,
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(1, "T", 23, 23, 24)],
            iterations: 1);
    }

    [Fact]
    public async Task Explicit_layouts_are_not_reordered()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                [Field(0)] public byte A { get; init; }
                [Field(8)] public long {|#0:B|} { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "B", 1, 7)],
            source);
    }

    [Fact]
    public async Task Tail_padding_that_no_order_removes_gets_no_fix()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct {|#0:T|}
            {
                public long A { get; init; }
                public byte B { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithLocation(0).WithArguments(7, "T", 9, 15, 16)],
            source);
    }

    [Fact]
    public async Task Blank_lines_stay_in_place_and_doc_comments_and_attributes_move_with_their_member()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                /// <summary>The kind.</summary>
                public byte Kind { get; init; }

                /// <summary>The time.</summary>
                [System.ComponentModel.Description("ticks")]
                public long {|#0:Time|} { get; init; }   // UTC
                public int Count { get; init; }
            }
            """;
        string fixedSource = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                /// <summary>The time.</summary>
                [System.ComponentModel.Description("ticks")]
                public long Time { get; init; }   // UTC

                public int Count { get; init; }
                /// <summary>The kind.</summary>
                public byte Kind { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "Time", 1, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            fixedSource,
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(3, "T", 13, 15, 16)]);
    }

    [Fact]
    public async Task No_blank_line_after_the_brace_when_the_moved_member_had_one_before_it()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                public byte A { get; init; }

                public long {|#0:B|} { get; init; }
                public int C { get; init; }
            }
            """;
        string fixedSource = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                public long B { get; init; }

                public int C { get; init; }
                public byte A { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "B", 1, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            fixedSource,
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(3, "T", 13, 15, 16)]);
    }

    [Fact]
    public async Task Members_between_preprocessor_directives_are_not_reordered()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                public byte A { get; init; }
            #if DEBUG
                public int Trace { get; init; }
            #endif
                public long {|#0:B|} { get; init; }
                public int C { get; init; }
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "B", 1, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            source);
    }

    [Fact]
    public async Task Members_inside_a_region_are_not_reordered()
    {
        string source = """
            using MappedStructs;

            [MappedLayout]
            public partial record struct T
            {
                public byte A { get; init; }
                #region Times
                public long {|#0:B|} { get; init; }
                public int C { get; init; }
                #endregion
            }
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "B", 1, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(4, 30, 4, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            source);
    }

    [Fact]
    public async Task Directives_around_the_type_do_not_stop_the_reorder()
    {
        string source = """
            using MappedStructs;

            #region Layouts
            [MappedLayout]
            public partial record struct T
            {
                public byte A { get; init; }
                public long {|#0:B|} { get; init; }
                public int C { get; init; }
            }
            #endregion
            """;
        string fixedSource = """
            using MappedStructs;

            #region Layouts
            [MappedLayout]
            public partial record struct T
            {
                public long B { get; init; }
                public int C { get; init; }
                public byte A { get; init; }
            }
            #endregion
            """;
        await Verify.VerifyAsync(source,
            [
                Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(0).WithArguments(7, "B", 1, 7),
                Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(5, 30, 5, 31).WithArguments(4, "T", 20, 23, 24),
            ],
            fixedSource,
            remaining: [Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithSpan(5, 30, 5, 31).WithArguments(3, "T", 13, 15, 16)]);
    }
}
