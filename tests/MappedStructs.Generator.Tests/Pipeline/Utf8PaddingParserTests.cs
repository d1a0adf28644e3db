using System.Linq;
using System.Threading;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>The parser reads <c>[Utf8(n, Padding = c)]</c>: the character as written, NUL without it, unbound when it has no value.</summary>
public class Utf8PaddingParserTests
{
    private const string Source = """
        using MappedStructs;
        namespace Padding;

        [MappedLayout]
        public partial record struct Texts
        {
            [Utf8(8)] public string Plain { get; init; }
            [Utf8(8, Padding = ' ')] public string Spaced { get; init; }
            [Utf8(8, Padding = (char)0xE9)] public string Accented { get; init; }
            [Utf8(8, Padding = Missing.Value)] public string Unbound { get; init; }
        }
        """;

    [Fact]
    public void Each_field_carries_its_padding_and_an_unreadable_one_is_unbound()
    {
        Compilation compilation = GeneratorHarness.Compile("Padding", Source);
        LayoutSpec spec = LayoutSpecParser.Parse(compilation.GetTypeByMetadataName("Padding.Texts")!, CancellationToken.None);
        Assert.Equal(
            new[] { ('\0', (string?)null), (' ', null), ('\u00E9', null), ('\0', "Padding") },
            spec.Fields.Select(field => (field.Utf8Padding, field.Unbound)).ToArray());
    }
}
