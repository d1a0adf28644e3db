using System.Threading.Tasks;
using MappedStructs.Analyzers.Declarations;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>MAPS0025: sizes and offsets past int.MaxValue, reported with the numbers where they are written, never an AD0001.</summary>
public sealed class SizeLimitDeclarationTests
{
    private const string Limit = "2147483647";
    private const string Fix = "make it smaller, or split the record into several layouts";

    private static string Partial(string body, string attribute = "MappedLayout") => $$"""
        using MappedStructs;

        [{{attribute}}]
        public partial record struct {|#9:T|}
        {
        {{body}}
        }
        """;

    private static DiagnosticResult TooLarge(int location, string what, string needed)
        => Verify.Diagnostic(DiagnosticDescriptors.LayoutTooLarge).WithLocation(location).WithArguments(what, needed, Limit, Fix);

    [Fact]
    public async Task A_fixed_array_too_large_is_reported_on_its_length()
        => await Verify.VerifyAsync(
            Partial("[FixedArray({|#0:1100000000|})] public short[] Samples { get; init; }"),
            TooLarge(0, "Field 'Samples' (1100000000 elements of 2 bytes)", "2200000000"));

    [Fact]
    public async Task A_fixed_array_just_inside_the_limit_is_not_reported()
        => await Verify.VerifyAsync(Partial("[FixedArray(1073741823)] public short[] Samples { get; init; }"));

    [Fact]
    public async Task A_field_ending_past_the_limit_is_reported_on_its_offset()
        => await Verify.VerifyAsync(
            Partial("[Field({|#0:2147483640|})] public long Far { get; init; }"),
            TooLarge(0, "Field 'Far' (offset 2147483640, size 8)", "2147483648"));

    [Fact]
    public async Task A_field_ending_at_the_limit_is_not_reported()
        => await Verify.VerifyAsync(Partial("[Field(2147483646)] public byte {|#1:Last|} { get; init; }"),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingBetweenFields).WithLocation(1).WithArguments(2147483646, "Last", 0, 2147483645));

    [Fact]
    public async Task Fields_whose_end_rounds_up_past_the_limit_are_reported_on_the_type()
        => await Verify.VerifyAsync(
            Partial("""
                public long A { get; init; }
                [FixedArray(2147483639)] public byte[] Tail { get; init; }
            """),
            TooLarge(9, "'T' (2147483647 bytes of fields, rounded up to its alignment 8)", "2147483648"));

    [Fact]
    public async Task A_declared_size_that_cannot_be_aligned_is_reported_on_the_size()
        => await Verify.VerifyAsync(
            Partial("public long A { get; init; }", "MappedLayout(Size = {|#0:2147483647|})"),
            TooLarge(0, "'T' (Size = 2147483647, rounded up to its alignment 8)", "2147483648"),
            Verify.Diagnostic(DiagnosticDescriptors.PaddingAtEnd).WithLocation(9).WithArguments(2147483639, "T", 8, 2147483646, 2147483647));

    [Fact]
    public void The_size_a_fix_suggests_never_wraps()
    {
        FieldSpec[] fields =
        [
            new("A", FieldType.ForScalar(ScalarType.Int64), 0),
            new("Tail", FieldType.ForArray(FieldType.ForScalar(ScalarType.Byte)), 8, FixedArrayLength: 2_147_483_639),
        ];
        var spec = new LayoutSpec(
            "T", "", System.Array.Empty<ContainingTypeSpec>().ToEquatableArray(), "public", LayoutTypeKind.RecordStruct, true, false, false,
            8, ByteOrder.Little, 0, fields.ToEquatableArray(), System.Array.Empty<string>().ToEquatableArray());

        ResolvedLayout layout = LayoutEngine.Resolve(spec);

        Assert.Contains(layout.Violations, v => v.Kind == ViolationKind.FieldPastSize);
        Assert.Equal(int.MaxValue, ViolationDiagnostics.SuggestedSize(layout));
    }
}
