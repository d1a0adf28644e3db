using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>MAPS0007 says what the misaligned field is: an [Atomic] field, or a nested layout holding [Atomic] fields.</summary>
public sealed class NestedAtomicWordingTests
{
    private const string Counter = """
        [MappedLayout]
        public partial record struct Counter
        {
            [Atomic] public long Hits { get; init; }
        }
        """;

    [Fact]
    public async Task A_misaligned_nested_layout_with_atomics_is_called_a_nested_layout()
        => await Verify.VerifyAsync($$"""
            using MappedStructs;

            [MappedLayout(Size = 16)]
            public partial record struct T
            {
                [Field(0)] public int A { get; init; }
                [Field({|#0:4|})] public Counter C { get; init; }
                [Field(12)] public int B { get; init; }
            }

            {{Counter}}
            """,
            Verify.Diagnostic(DiagnosticDescriptors.MisalignedNestedAtomicField).WithLocation(0).WithArguments("C", 4, 8, 8));

    [Fact]
    public void The_nested_wording_keeps_the_id_and_says_what_the_field_is()
    {
        Assert.Equal(DiagnosticDescriptors.MisalignedAtomicField.Id, DiagnosticDescriptors.MisalignedNestedAtomicField.Id);
        Assert.StartsWith("Field '{0}' (a nested layout with [Atomic] fields)", DiagnosticDescriptors.MisalignedNestedAtomicField.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.StartsWith("[Atomic] field '{0}'", DiagnosticDescriptors.MisalignedAtomicField.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }
}
