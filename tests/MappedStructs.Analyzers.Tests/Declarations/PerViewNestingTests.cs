using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// MAPS0031: a fixed-order layout nesting a layout whose byte order is chosen per view, reported on the nesting field
/// (alone or as a fixed-array element), and the nestings that are fine.
/// </summary>
public sealed class PerViewNestingTests
{
    private const string PerViewInner = """

        [MappedLayout(Endian = Endianness.PerView)]
        public partial record struct Inner
        {
            public int X { get; init; }
        }
        """;

    private static string Outer(string endian, string body) => $$"""
        using System;
        using MappedStructs;

        [MappedLayout{{endian}}]
        public partial record struct Outer
        {
        {{body}}
        }
        """ + PerViewInner;

    private static DiagnosticResult At(int location, string field, string outer = "Outer")
        => Verify.Diagnostic(DiagnosticDescriptors.PerViewLayoutInFixedOrder).WithLocation(location).WithArguments(field, "Inner", outer);

    [Fact]
    public async Task A_little_endian_layout_nesting_a_per_view_one_is_reported_on_the_field()
        => await Verify.VerifyAsync(
            Outer(string.Empty, """
                public int Id { get; init; }
                public Inner {|#0:Header|} { get; init; }
            """),
            At(0, "Header"));

    [Fact]
    public async Task A_big_endian_layout_nesting_per_view_elements_is_reported_on_the_array()
        => await Verify.VerifyAsync(
            Outer("(Endian = Endianness.Big)", """
                [FixedArray(2)] public Inner[] {|#0:Items|} { get; init; }
            """),
            At(0, "Items"));

    [Fact]
    public async Task A_per_view_layout_nesting_a_per_view_one_is_not_reported()
        => await Verify.VerifyAsync(Outer("(Endian = Endianness.PerView)", """
                public Inner Header { get; init; }
                [FixedArray(2)] public Inner[] Items { get; init; }
            """));

    [Fact]
    public async Task A_per_view_layout_nesting_a_fixed_order_one_is_not_reported()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            [MappedLayout(Endian = Endianness.Big)]
            public partial record struct Magic
            {
                public uint Value { get; init; }
            }

            [MappedLayout(Endian = Endianness.PerView)]
            public partial record struct Outer
            {
                public Magic Magic { get; init; }
                public uint Entry { get; init; }
            }
            """);
}
