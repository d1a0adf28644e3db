using System.Threading.Tasks;
using Verify = MappedStructs.Analyzers.Tests.Infrastructure.AnalyzerVerifier<MappedStructs.Analyzers.Declarations.DeclarationAnalyzer>;

namespace MappedStructs.Analyzers.Tests.Declarations;

/// <summary>
/// A variable-length field may be added in a later version (an older record reads it as empty), but not deprecated: MAPS0034
/// stays for that, on its [Field] attribute, and for an inline text field added later.
/// </summary>
public sealed class VariableLengthVersionTests
{
    private static string Layout(string body) => $$"""
        using System;
        using MappedStructs;

        [MappedLayout(Version = 2)]
        public partial record struct Memo
        {
        {{body}}
        }
        """;

    [Fact]
    public async Task Text_blob_and_array_fields_added_in_version_two_are_valid()
        => await Verify.VerifyAsync(Layout("""
                [Field(0)] public long Id { get; init; }
                [Field(8, Since = 2), Text] public string Title { get; init; }
                [Field(16, Since = 2), Blob] public byte[] Body { get; init; }
                [Field(24, Since = 2), VarArray] public int[] Tags { get; init; }
            """));

    [Fact]
    public async Task A_deprecated_text_field_is_still_reported_on_its_field_attribute()
        => await Verify.VerifyAsync(
            Layout("""
                [Field(0)] public long Id { get; init; }
                [{|#0:Field(8, Deprecated = 2)|}, Text] public string Title { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VersionedFieldUnsupported).WithLocation(0).WithArguments(
                "Title", "of type 'string' has Since, Deprecated or Default, but only scalar, enum and atomic fields can be absent from a record or deprecated; text, arrays, nested layouts and bit fields have no single value to read instead"));

    [Fact]
    public async Task An_inline_utf8_field_added_later_is_still_reported()
        => await Verify.VerifyAsync(
            Layout("""
                [Field(0)] public long Id { get; init; }
                [{|#0:Field(8, Since = 2)|}, Utf8(8)] public string Title { get; init; }
            """),
            Verify.Diagnostic(DiagnosticDescriptors.VersionedFieldUnsupported).WithLocation(0).WithArguments(
                "Title", "of type 'string' has Since, Deprecated or Default, but only scalar, enum and atomic fields can be absent from a record or deprecated; text, arrays, nested layouts and bit fields have no single value to read instead"));
}
