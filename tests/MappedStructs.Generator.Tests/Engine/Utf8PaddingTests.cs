using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>The engine's rules for <c>[Utf8(n, Padding = c)]</c>: ASCII only, and a catalogue name that tells paddings apart.</summary>
public class Utf8PaddingTests
{
    private static ResolvedLayout Padded(char padding) => Resolve(Spec("S", [Str("Name", 8) with { Utf8Padding = padding }]));

    [Theory]
    [InlineData('\u0080', "U+0080")]
    [InlineData('\u00E9', "U+00E9")]
    [InlineData('\u3000', "U+3000")]
    public void A_padding_past_ASCII_is_an_error_naming_the_character(char padding, string detail)
    {
        ResolvedLayout layout = Padded(padding);
        LayoutViolation violation = Assert.Single(layout.Violations);
        Assert.Equal((ViolationKind.InvalidUtf8Padding, 0, "Name", detail), (violation.Kind, violation.FieldIndex, violation.FieldName, violation.Detail));
        Assert.False(layout.IsValidForGeneration);
    }

    [Theory]
    [InlineData('\0', "utf8[8]")]
    [InlineData(' ', "utf8[8]/space-padded")]
    [InlineData('*', "utf8[8]/padded-0x2A")]
    [InlineData('\u007F', "utf8[8]/padded-0x7F")]
    public void Every_ASCII_padding_is_valid_and_named_in_the_catalogue(char padding, string catalogueName)
    {
        ResolvedLayout layout = Padded(padding);
        Assert.Empty(layout.Violations);
        Assert.Equal(catalogueName, Assert.Single(layout.Fields).CatalogueName);
    }

    [Fact]
    public void The_fingerprint_tells_space_padded_text_from_NUL_padded_text()
    {
        Assert.NotEqual(Padded('\0').Fingerprint, Padded(' ').Fingerprint);
        Assert.NotEqual(Padded(' ').Fingerprint, Padded('*').Fingerprint);
        Assert.Equal(Resolve(Spec("S", [Str("Name", 8)])).Fingerprint, Padded('\0').Fingerprint);
    }
}
