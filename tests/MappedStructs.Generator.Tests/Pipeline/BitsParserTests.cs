using System.Threading;
using MappedStructs.Generator.Tests.Infrastructure;
using MappedStructs.Layout;
using Microsoft.CodeAnalysis;

namespace MappedStructs.Generator.Tests.Pipeline;

/// <summary>What the parser reads from <c>[Bits(shift, width, Container = typeof(T))]</c>, including containers the catalogue does not know and arguments that do not bind.</summary>
public class BitsParserTests
{
    private const string Source = """
        using MappedStructs;
        namespace BitsParse;

        [MappedLayout]
        public partial record struct Flags
        {
            [Field(0), Bits(4, 4)] public byte A { get; init; }
            [Field(0), Bits(0, 4, Container = typeof(ushort))] public byte B { get; init; }
            [Field(2), Bits(0, 4, Container = typeof(string))] public byte C { get; init; }
            [Field(4), Bits(0, Width)] public byte D { get; init; }
            [Field(5), Bits(0, 1, Container = typeof(Missing))] public bool E { get; init; }
            [Bits(1, 1)] public bool F => true;
        }
        """;

    private static LayoutSpec Parse()
    {
        Compilation compilation = GeneratorHarness.Compile("BitsParse", Source);
        return LayoutSpecParser.Parse(compilation.GetTypeByMetadataName("BitsParse.Flags")!, CancellationToken.None);
    }

    [Fact]
    public void Shift_width_and_container_are_read_and_a_missing_container_is_none()
    {
        LayoutSpec spec = Parse();
        Assert.Equal((4, 4, ScalarType.None, (string?)null), (spec.Fields[0].BitShift, spec.Fields[0].BitWidth, spec.Fields[0].BitContainer, spec.Fields[0].Unbound));
        Assert.Equal(ScalarType.UInt16, spec.Fields[1].BitContainer);
    }

    [Fact]
    public void A_container_outside_the_catalogue_is_marked_invalid_for_the_engine_to_report()
        => Assert.Equal(FieldSpec.InvalidBitContainer, Parse().Fields[2].BitContainer);

    [Fact]
    public void Arguments_that_do_not_bind_leave_the_field_unbound_for_the_compiler_to_report()
    {
        LayoutSpec spec = Parse();
        Assert.Equal("Bits", spec.Fields[3].Unbound);
        Assert.Equal("Bits", spec.Fields[4].Unbound);
    }

    [Fact]
    public void A_computed_property_with_Bits_is_a_field_so_that_its_missing_setter_is_reported()
    {
        LayoutSpec spec = Parse();
        Assert.Equal(6, spec.Fields.Count);
        Assert.False(spec.Fields[5].IsSettable);
    }
}
