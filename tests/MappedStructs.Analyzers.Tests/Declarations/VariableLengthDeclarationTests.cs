using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// MAPS0040 to MAPS0042: variable-length fields ([Text], [Blob], [VarArray]) nested in another layout, on a property they
/// cannot store or combined with another storage attribute, and [VarArray]s of elements that cannot be spans; with the
/// declarations next to each that are fine.
/// </summary>
public sealed class VariableLengthDeclarationTests
{
    private const string Tagged = """

        [MappedLayout]
        public partial record struct Tagged
        {
            public long Id { get; init; }
            [Text] public string Label { get; init; }
        }
        """;

    private static string Layout(string body) => $$"""
        using System;
        using MappedStructs;

        public enum Colour { Red, Green }

        [MappedLayout]
        public partial record struct Entry
        {
        {{body}}
        }
        """ + Tagged;

    private static DiagnosticResult Invalid(int location, string field, string reason)
        => Verify.Diagnostic(DiagnosticDescriptors.VariableLengthFieldInvalid).WithLocation(location).WithArguments(field, reason);

    [Fact]
    public async Task Every_variable_length_kind_on_its_types_is_valid()
        => await Verify.VerifyAsync(Layout("""
                public long Timestamp { get; init; }
                [Text] public string Message { get; init; }
                [Blob] public ReadOnlyMemory<byte> Payload { get; init; }
                [Blob] public byte[] Raw { get; init; }
                [VarArray] public int[] Tags { get; init; }
                [VarArray] public double[] Samples { get; init; }
                [VarArray] public Colour[] Colours { get; init; }
            """));

    [Fact]
    public async Task A_nested_layout_with_a_text_field_is_reported_on_the_nesting_field()
        => await Verify.VerifyAsync(
            Layout("""
                public long Id { get; init; }
                public Tagged {|#0:Customer|} { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VariableLengthLayoutNested).WithLocation(0).WithArguments("Customer", "nests", "Tagged"));

    [Fact]
    public async Task A_fixed_array_of_a_layout_with_a_text_field_is_reported_on_the_array()
        => await Verify.VerifyAsync(
            Layout("""
                public long Id { get; init; }
                [FixedArray(2)] public Tagged[] {|#0:Customers|} { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VariableLengthLayoutNested).WithLocation(0).WithArguments("Customers", "is a [FixedArray] of", "Tagged"));

    [Fact]
    public async Task Text_on_a_byte_array_is_reported_on_the_attribute()
        => await Verify.VerifyAsync(
            Layout("""
                [{|#0:Text|}] public byte[] Message { get; init; }
            """),
            Invalid(0, "Message", "has [Text] on a property of type 'byte[]'; [Text] stores a string"));

    [Fact]
    public async Task Blob_on_a_memory_of_int_and_VarArray_on_a_string_are_reported()
        => await Verify.VerifyAsync(
            Layout("""
                [{|#0:Blob|}] public ReadOnlyMemory<int> Payload { get; init; }
                [{|#1:VarArray|}] public string Tags { get; init; }
            """),
            Invalid(0, "Payload", "has [Blob] on a property of type 'ReadOnlyMemory<int>'; [Blob] stores a byte[] or a ReadOnlyMemory<byte>"),
            Invalid(1, "Tags", "has [VarArray] on a property of type 'string'; [VarArray] stores an array of a scalar (int[], long[], double[], ...)"));

    [Fact]
    public async Task A_variable_length_attribute_with_a_fixed_length_one_is_reported_on_the_property()
        => await Verify.VerifyAsync(
            Layout("""
                [Text, Utf8(16)] public string {|#0:Message|} { get; init; }
                [VarArray, FixedArray(4)] public int[] {|#1:Tags|} { get; init; }
                [Text, Blob] public string {|#2:Both|} { get; init; }
            """),
            Invalid(0, "Message", "combines a variable-length attribute with [Utf8], so it would be stored two ways; keep one"),
            Invalid(1, "Tags", "combines a variable-length attribute with [FixedArray], so it would be stored two ways; keep one"),
            Invalid(2, "Both", "combines a variable-length attribute with another of Text, Blob and VarArray, so it would be stored two ways; keep one"));

    [Fact]
    public async Task A_VarArray_of_elements_that_cannot_be_spans_is_reported_on_the_attribute()
        => await Verify.VerifyAsync(
            Layout("""
                [{|#0:VarArray|}] public DateTime[] Slots { get; init; }
                [{|#1:VarArray|}] public bool[] Flags { get; init; }
                [{|#2:VarArray|}] public string[] Names { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VarArrayElementUnsupported).WithLocation(0).WithArguments("Slots", "DateTime"),
            Verify.Diagnostic(DiagnosticDescriptors.VarArrayElementUnsupported).WithLocation(1).WithArguments("Flags", "bool"),
            Verify.Diagnostic(DiagnosticDescriptors.VarArrayElementUnsupported).WithLocation(2).WithArguments("Names", "string"));

    [Fact]
    public async Task A_string_without_Text_still_needs_a_Utf8_length()
        => await Verify.VerifyAsync(
            Layout("""
                public string {|#0:Message|} { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.LengthMissing).WithLocation(0).WithArguments("Message", "string", "Utf8"));

    [Fact]
    public async Task A_ReadOnlyMemory_without_Blob_is_an_unsupported_type()
        => await Verify.VerifyAsync(
            Layout("""
                public ReadOnlyMemory<byte> {|#0:Payload|} { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.UnsupportedFieldType).WithLocation(0).WithArguments("Payload", "ReadOnlyMemory<byte>", MappedStructs.Layout.TypeCatalogue.SupportedTypesText));
}
