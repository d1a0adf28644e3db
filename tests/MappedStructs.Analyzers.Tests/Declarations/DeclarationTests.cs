using System.Threading.Tasks;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis.Testing;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>For each declaration diagnostic: a declaration that fires it at the exact span, and a near miss that does not.</summary>
public sealed class DeclarationTests
{
    private static string Layout(string attribute, string header, string body) => $$"""
        using System;
        using MappedStructs;

        [{{attribute}}]
        {{header}}
        {
        {{body}}
        }
        """;

    private static string Partial(string body, string attribute = "MappedLayout", string name = "T")
        => Layout(attribute, $"public partial record struct {name}", body);

    private static DiagnosticResult At(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int location, params object[] arguments)
        => Verify.Diagnostic(descriptor).WithLocation(location).WithArguments(arguments);

    // MAPS0001
    [Fact]
    public async Task Not_partial_is_reported_on_the_type_name()
        => await Verify.VerifyAsync(Layout("MappedLayout", "public record struct {|#0:T|}", "public long A { get; init; }"),
            At(DiagnosticDescriptors.NotPartialStruct, 0, "T", "not partial"));

    [Fact]
    public async Task Ref_struct_is_reported_on_the_type_name()
        => await Verify.VerifyAsync(Layout("MappedLayout", "public ref partial struct {|#0:T|}", "public long A { get; init; }"),
            At(DiagnosticDescriptors.NotPartialStruct, 0, "T", "a ref struct"));

    [Fact]
    public async Task Partial_struct_and_partial_record_struct_are_not_reported()
    {
        await Verify.VerifyAsync(Partial("public long A { get; init; }"));
        await Verify.VerifyAsync(Layout("MappedLayout", "public partial struct S", "public long A { get; set; }"));
    }

    // MAPS0002
    [Fact]
    public async Task Unsupported_field_type_names_the_supported_ones()
        => await Verify.VerifyAsync(Partial("public decimal {|#0:Price|} { get; init; }"),
            At(DiagnosticDescriptors.UnsupportedFieldType, 0, "Price", "decimal", TypeCatalogue.SupportedTypesText));

    [Fact]
    public async Task Every_catalogue_scalar_is_supported()
        => await Verify.VerifyAsync(Partial("""
                public Int128 A { get; init; }
                public UInt128 B { get; init; }
                public Guid C { get; init; }
                public long D { get; init; }
                public ulong E { get; init; }
                public double F { get; init; }
                public DateTime G { get; init; }
                public TimeSpan H { get; init; }
                public int I { get; init; }
                public uint J { get; init; }
                public float K { get; init; }
                public DayOfWeek S { get; init; }
                public short L { get; init; }
                public ushort M { get; init; }
                public char N { get; init; }
                public Half O { get; init; }
                public byte P { get; init; }
                public sbyte Q { get; init; }
                public bool R { get; init; }
                [Utf8(4)] public string U { get; init; }
                [FixedArray(9)] public byte[] V { get; init; }
            """));

    // MAPS0003
    [Fact]
    public async Task Overlapping_fields_name_both_ranges()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                [Field(4)] public int {|#0:B|} { get; init; }
            """),
            At(DiagnosticDescriptors.OverlappingFields, 0, "B", 4, 4, "A", 0, 8));

    [Fact]
    public async Task Adjacent_fields_do_not_overlap()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                [Field(8)] public long B { get; init; }
            """));

    // MAPS0004
    [Fact]
    public async Task Field_past_the_declared_size_is_reported_on_the_field()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                [Field(8)] public long {|#0:B|} { get; init; }
            """, "MappedLayout(Size = 8)"),
            At(DiagnosticDescriptors.FieldPastSize, 0, "B", 8, 8, 16, 8));

    [Fact]
    public async Task Field_ending_exactly_at_the_size_is_not_reported()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                [Field(8)] public long B { get; init; }
            """, "MappedLayout(Size = 16)"));

    // MAPS0005
    [Fact]
    public async Task Sequential_size_too_small_is_reported_on_the_size_argument()
        => await Verify.VerifyAsync(Partial("""
                public long A { get; init; }
                public long B { get; init; }
            """, "MappedLayout(Size = {|#0:8|})"),
            At(DiagnosticDescriptors.SizeTooSmall, 0, "T", 8, 16));

    [Fact]
    public async Task Sequential_size_that_fits_is_not_reported()
        => await Verify.VerifyAsync(Partial("""
                public long A { get; init; }
                public long B { get; init; }
            """, "MappedLayout(Size = 16)"));

    // MAPS0006, MAPS0007
    [Fact]
    public async Task Misaligned_field_is_a_warning_on_the_offset()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public int A { get; init; }
                [Field({|#0:4|})] public long B { get; init; }
                [Field(12)] public int C { get; init; }
            """),
            At(DiagnosticDescriptors.MisalignedField, 0, "B", 4, 8, 16));

    [Fact]
    public async Task Misaligned_atomic_field_is_an_error_on_the_offset()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public int A { get; init; }
                [Field({|#0:4|}), Atomic] public long B { get; init; }
                [Field(12)] public int C { get; init; }
            """),
            At(DiagnosticDescriptors.MisalignedAtomicField, 0, "B", 4, 8, 16));

    [Fact]
    public async Task Aligned_fields_and_atomics_are_not_reported()
        => await Verify.VerifyAsync(Partial("""
                [Field(0), Atomic] public long B { get; init; }
                [Field(8)] public int A { get; init; }
                [Field(12), Atomic] public int C { get; init; }
            """));

    // MAPS0008
    [Fact]
    public async Task Size_not_a_multiple_of_the_alignment_is_a_warning_on_the_size()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                [Field(8)] public int B { get; init; }
            """, "MappedLayout(Size = {|#0:12|})"),
            At(DiagnosticDescriptors.SizeNotMultipleOfAlignment, 0, "T", 12, 8, 16));

    [Fact]
    public async Task Size_that_is_a_multiple_of_the_alignment_is_not_reported()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                [Field(8)] public int B { get; init; }
                [Field(12)] public int C { get; init; }
            """, "MappedLayout(Size = 16)"));

    // MAPS0009, MAPS0010
    [Fact]
    public async Task Padding_between_fields_is_hidden_on_the_next_field()
        => await Verify.VerifyAsync(Partial("""
                public byte A { get; init; }
                public long {|#0:B|} { get; init; }
            """),
            At(DiagnosticDescriptors.PaddingBetweenFields, 0, 7, "B", 1, 7));

    [Fact]
    public async Task Padding_at_the_end_is_hidden_on_the_type_name()
        => await Verify.VerifyAsync(Layout("MappedLayout", "public partial record struct {|#0:T|}", """
                public long B { get; init; }
                public byte A { get; init; }
            """),
            At(DiagnosticDescriptors.PaddingAtEnd, 0, 7, "T", 9, 15, 16));

    [Fact]
    public async Task Dense_layout_has_no_padding()
        => await Verify.VerifyAsync(Partial("""
                public long B { get; init; }
                public int C { get; init; }
                public short D { get; init; }
                public byte E { get; init; }
                public byte F { get; init; }
            """));

    // MAPS0011
    [Fact]
    public async Task Mixed_offsets_are_reported_on_the_field_without_one()
        => await Verify.VerifyAsync(Partial("""
                [Field(0)] public long A { get; init; }
                public long {|#0:B|} { get; init; }
            """),
            At(DiagnosticDescriptors.MixedOffsets, 0, "B", "T"));

    // MAPS0012
    [Fact]
    public async Task Non_positive_lengths_are_reported_on_the_argument()
        => await Verify.VerifyAsync(Partial("""
                [Utf8({|#0:0|})] public string S { get; init; }
                [FixedArray({|#1:-2|})] public int[] X { get; init; }
            """),
            At(DiagnosticDescriptors.LengthNotPositiveConstant, 0, "Utf8", "S", 0),
            At(DiagnosticDescriptors.LengthNotPositiveConstant, 1, "FixedArray", "X", -2));

    [Fact]
    public async Task Positive_lengths_are_not_reported()
        => await Verify.VerifyAsync(Partial("""
                [FixedArray(2)] public int[] X { get; init; }
                [Utf8(8)] public string S { get; init; }
            """));

    // MAPS0013, MAPS0014
    [Fact]
    public async Task Utf8_and_FixedArray_on_the_wrong_types_are_reported_on_the_attribute()
        => await Verify.VerifyAsync(Partial("""
                [{|#0:Utf8(8)|}] public long L { get; init; }
                [{|#1:FixedArray(4)|}] public long X { get; init; }
            """),
            At(DiagnosticDescriptors.Utf8OnNonString, 0, "L", "long"),
            At(DiagnosticDescriptors.FixedArrayOnNonArray, 1, "X", "long"));

    // MAPS0015
    [Fact]
    public async Task Atomic_on_a_short_is_reported_on_the_attribute()
        => await Verify.VerifyAsync(Partial("""
                [{|#0:Atomic|}] public short X { get; init; }
                public short Y { get; init; }
            """),
            At(DiagnosticDescriptors.AtomicUnsupported, 0, "X", "short"));

    // MAPS0016
    [Fact]
    public async Task A_layout_containing_itself_through_an_array_is_reported()
        => await Verify.VerifyAsync(Partial("""
                public long A { get; init; }
                [FixedArray(2)] public T[] {|#0:Children|} { get; init; }
            """),
            At(DiagnosticDescriptors.RecursiveLayout, 0, "Children", "T", "T -> T"));

    [Fact]
    public async Task Nesting_another_valid_layout_is_not_reported()
        => await Verify.VerifyAsync(Partial("""
                public long A { get; init; }
                public Inner I { get; init; }
                [FixedArray(2)] public Inner[] More { get; init; }
            """) + """

            [MappedLayout]
            public partial record struct Inner
            {
                public long X { get; init; }
            }
            """);

    // MAPS0017
    [Fact]
    public async Task Member_named_like_a_generated_member_is_reported_on_it()
        => await Verify.VerifyAsync(Partial("""
                public long A { get; init; }
                public static int {|#0:Size|} => 8;
                public long {|#1:From|} { get; init; }
            """),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 1, "From", "From", "From_"),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 0, "Size", "Size", "Size_"));

    [Fact]
    public async Task Members_with_other_names_are_not_reported()
        => await Verify.VerifyAsync(Partial("""
                public long A { get; init; }
                public static int Sizes => 8;
                public long Fromage { get; init; }
            """));

    [Fact]
    public async Task A_field_whose_escaped_name_is_taken_too_is_told_the_name_after_both()
        => await Verify.VerifyAsync(Partial("""
                public ulong {|#0:Size|} { get; init; }
                public ulong Size_ { get; init; }
                public ulong {|#1:Offsets|} { get; init; }
                [Utf8(4)] public string Tag { get; init; }
                public int {|#2:TagBytes|} { get; init; }
            """),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 0, "Size", "Size", "Size__"),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 1, "Offsets", "Offsets", "Offsets_"),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 2, "TagBytes", "TagBytes", "TagBytes_"));

    [Fact]
    public async Task A_layout_type_named_like_a_generated_member_is_reported_on_its_name()
        => await Verify.VerifyAsync(Partial("public long A { get; init; }", name: "{|#0:Offsets|}"),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 0, "Offsets", "Offsets", "Offsets_"));

    [Fact]
    public async Task A_field_typed_as_a_layout_named_like_a_view_is_reported_on_the_field()
        => await Verify.VerifyAsync(Partial("""
                public Ref {|#0:Inner|} { get; init; }
                public Ref Again { get; init; }
                [FixedArray(2)] public ReadOnlyRef[] {|#1:More|} { get; init; }
            """) + """

            [MappedLayout]
            public partial record struct {|#2:Ref|} { public long X { get; init; } }

            [MappedLayout]
            public partial record struct {|#3:ReadOnlyRef|} { public int Y { get; init; } }
            """,
            At(DiagnosticDescriptors.GeneratedMemberCollision, 0, "Ref", "Ref", "Ref_"),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 1, "ReadOnlyRef", "ReadOnlyRef", "ReadOnlyRef_"),
            // A layout named like its own view: the existing rule for the type's own name.
            At(DiagnosticDescriptors.GeneratedMemberCollision, 2, "Ref", "Ref", "Ref_"),
            At(DiagnosticDescriptors.GeneratedMemberCollision, 3, "ReadOnlyRef", "ReadOnlyRef", "ReadOnlyRef_"));

    [Fact]
    public async Task A_field_type_named_like_a_generated_member_that_is_no_type_is_not_reported()
        => await Verify.VerifyAsync(Partial("""
                public Size Kind { get; init; }
                public Layout Shape { get; init; }
            """) + """

            public enum Size : byte { Small, Large }

            public enum Layout : byte { Flat, Nested }
            """);

    [Fact]
    public async Task Names_that_only_resemble_generated_ones_are_not_reported()
        => await Verify.VerifyAsync(Partial("""
                public long Sized { get; init; }
                public long size { get; init; }
                public long from { get; init; }
                public long Size_ { get; init; }
            """));

    // MAPS0018
    [Fact]
    public async Task Out_of_range_arguments_are_reported_on_the_argument()
        => await Verify.VerifyAsync(Partial("""
                [Field({|#2:-8|})] public long A { get; init; }
            """, "MappedLayout(Size = {|#0:-1|}, Pack = {|#1:3|})"),
            At(DiagnosticDescriptors.InvalidLayoutArgument, 0, "Size", -1, "it must be 0 (computed from the fields) or positive"),
            At(DiagnosticDescriptors.InvalidLayoutArgument, 1, "Pack", 3, "it must be 0 (natural alignment), 1, 2, 4, 8, 16, 32, 64 or 128"),
            At(DiagnosticDescriptors.InvalidLayoutArgument, 2, "The offset of 'A'", -8, "offsets cannot be negative"));

    [Fact]
    public async Task A_padding_that_is_not_ASCII_is_reported_on_the_padding_argument()
        => await Verify.VerifyAsync(Partial("""
                [Utf8(8, Padding = {|#0:'\u00E9'|})] public string Name { get; init; }
                [Utf8(8, Padding = {|#1:(char)0x80|})] public string Code { get; init; }
            """),
            At(DiagnosticDescriptors.InvalidLayoutArgument, 0, "The Padding of 'Name'", "U+00E9", "it must be an ASCII character (U+0000 to U+007F), one byte of UTF-8"),
            At(DiagnosticDescriptors.InvalidLayoutArgument, 1, "The Padding of 'Code'", "U+0080", "it must be an ASCII character (U+0000 to U+007F), one byte of UTF-8"));

    [Fact]
    public async Task ASCII_paddings_up_to_U007F_are_not_reported()
        => await Verify.VerifyAsync(Partial("""
                [Utf8(8, Padding = ' ')] public string Name { get; init; }
                [Utf8(8, Padding = '\u007F')] public string Code { get; init; }
                [Utf8(8, Padding = '\0')] public string Tag { get; init; }
            """));

    [Fact]
    public async Task Valid_pack_is_not_reported()
        => await Verify.VerifyAsync(Partial("""
                public byte A { get; init; }
                public int B { get; init; }
                public byte C { get; init; }
            """, "MappedLayout(Pack = 1)"));

    // MAPS0019
    [Fact]
    public async Task Layout_inside_a_non_partial_class_is_reported()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            public class Outer
            {
                [MappedLayout]
                public partial record struct {|#0:Inner|}
                {
                    public long A { get; init; }
                }
            }
            """,
            At(DiagnosticDescriptors.ContainingTypeNotPartial, 0, "Inner", "Outer"));

    [Fact]
    public async Task Layout_inside_a_partial_class_is_not_reported()
        => await Verify.VerifyAsync("""
            using MappedStructs;

            public partial class Outer
            {
                [MappedLayout]
                public partial record struct Inner
                {
                    public long A { get; init; }
                }
            }
            """);

    // MAPS0020
    [Fact]
    public async Task Generic_layout_is_reported()
        => await Verify.VerifyAsync(Layout("MappedLayout", "public partial record struct {|#0:G|}<TValue>", "public long A { get; init; }"),
            At(DiagnosticDescriptors.GenericLayout, 0, "G"));

    // MAPS0021
    [Fact]
    public async Task Layout_without_fields_is_reported()
        => await Verify.VerifyAsync(Layout("MappedLayout", "public partial record struct {|#0:E|}", "public static int Count => 0;"),
            At(DiagnosticDescriptors.NoFields, 0, "E"));

    // MAPS0022
    [Fact]
    public async Task Get_only_field_is_reported()
        => await Verify.VerifyAsync(Partial("""
                public long {|#0:A|} { get; }
                public long B { get; set; }
            """),
            At(DiagnosticDescriptors.FieldNotSettable, 0, "A"));

    // MAPS0023
    [Fact]
    public async Task String_and_array_without_length_are_reported()
        => await Verify.VerifyAsync(Partial("""
                public string {|#0:S|} { get; init; }
                public int[] {|#1:X|} { get; init; }
            """),
            At(DiagnosticDescriptors.LengthMissing, 0, "S", "string", "Utf8"),
            At(DiagnosticDescriptors.LengthMissing, 1, "X", "int[]", "FixedArray"));

    // MAPS0024
    [Fact]
    public async Task Nesting_an_invalid_layout_is_reported_on_the_field()
        => await Verify.VerifyAsync(Partial("""
                public Inner {|#0:I|} { get; init; }
            """) + """

            [MappedLayout]
            public partial record struct Inner
            {
                public decimal {|#1:D|} { get; init; }
            }
            """,
            At(DiagnosticDescriptors.NestedLayoutInvalid, 0, "I", "Inner"),
            At(DiagnosticDescriptors.UnsupportedFieldType, 1, "D", "decimal", TypeCatalogue.SupportedTypesText));

    [Fact]
    public async Task Types_without_the_attribute_are_not_analyzed()
        => await Verify.VerifyAsync("""
            public record struct Plain
            {
                public decimal D { get; init; }
                public string S { get; init; }
            }
            """);
}
