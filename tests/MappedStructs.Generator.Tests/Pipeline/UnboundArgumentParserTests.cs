using System.Linq;
using System.Threading;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>
/// How an argument that does not bind looks to the parser (as to the generator, which never sees generated code): Roslyn
/// gives the attribute no constructor and no constructor arguments, exactly as for a half-typed <c>[Field(</c>, and a named
/// argument an error-kind value. Nothing in the AttributeData tells a generated constant from a typo, so the parser
/// records what did not bind instead of reading a made-up number, and the analyzer looks at the syntax to say which.
/// </summary>
public class UnboundArgumentParserTests
{
    private const string Source = """
        using MappedStructs;
        namespace Unbound;

        [MappedLayout] public partial record struct Other { public long X { get; init; } }

        [MappedLayout(Size = Other.Size, Pack = 4)]
        public partial record struct Uses
        {
            [Field(Other.Offsets.X)] public long A { get; init; }
            [Field(8), FixedArray(Other.Size)] public int[] B { get; init; }
            [Field(16), Utf8(8)] public string C { get; init; }
            [Field(24)] public Missing D { get; init; }
        }
        """;

    private static LayoutSpec Parse(out INamedTypeSymbol type)
    {
        Compilation compilation = GeneratorHarness.Compile("Unbound", Source);
        type = compilation.GetTypeByMetadataName("Unbound.Uses")!;
        return LayoutSpecParser.Parse(type, CancellationToken.None);
    }

    [Fact]
    public void Roslyn_gives_an_unbound_argument_no_readable_value()
    {
        Parse(out INamedTypeSymbol type);
        // A constructor argument that does not bind leaves the attribute without a constructor, as a half-typed one does.
        AttributeData field = type.GetMembers("A").Single().GetAttributes().Single();
        Assert.Null(field.AttributeConstructor);
        Assert.Empty(field.ConstructorArguments);

        // A named argument that does not bind is listed, with an error-kind value.
        AttributeData layout = type.GetAttributes().Single();
        TypedConstant size = layout.NamedArguments.Single(named => named.Key == "Size").Value;
        Assert.Equal((TypedConstantKind.Error, null), (size.Kind, size.Value));
        Assert.Contains(layout.NamedArguments, named => named.Key == "Pack" && named.Value.Value is 4);
    }

    [Fact]
    public void The_parser_records_what_does_not_bind_and_reads_the_rest()
    {
        LayoutSpec spec = Parse(out _);

        Assert.Equal(("Size", 0, 4), (spec.UnboundArgument, spec.Size, spec.Pack));
        Assert.Equal(("Field", (int?)null), (spec.Fields[0].Unbound, spec.Fields[0].ExplicitOffset));
        Assert.Equal(("FixedArray", (int?)8, (int?)null), (spec.Fields[1].Unbound, spec.Fields[1].ExplicitOffset, spec.Fields[1].FixedArrayLength));
        Assert.Null(spec.Fields[2].Unbound);
        Assert.Equal(FieldSpec.UnboundType, spec.Fields[3].Unbound);
    }

    [Fact]
    public void A_layout_with_unbound_parts_is_not_generated_and_reports_only_that()
    {
        LayoutSpec spec = Parse(out _);
        ResolvedLayout layout = LayoutEngine.Resolve(spec);

        Assert.False(layout.IsValidForGeneration);
        Assert.All(layout.Violations.Where(v => v.Severity == ViolationSeverity.Error), v => Assert.Equal(ViolationKind.UnboundArgument, v.Kind));
        Assert.Equal(4, layout.Violations.Count(v => v.Kind == ViolationKind.UnboundArgument));
    }
}
