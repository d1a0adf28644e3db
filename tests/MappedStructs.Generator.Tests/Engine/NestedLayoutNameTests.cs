using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// A nested layout's name in the field table cannot be taken for a scalar's: one named like a scalar is written with '@'
/// before it, every other as it is, and the fingerprint does not depend on how the name is written.
/// </summary>
public sealed class NestedLayoutNameTests
{
    [Fact]
    public void A_nested_layout_named_like_a_scalar_is_escaped_in_the_field_table_and_keeps_its_fingerprint()
    {
        LayoutSpec scalarNamed = Spec("int64", [F("High", ScalarType.Int32), F("Low", ScalarType.Int32)]);
        LayoutSpec plainNamed = Spec("Pair", [F("High", ScalarType.Int32), F("Low", ScalarType.Int32)]);

        ResolvedLayout escaped = Resolve(Spec("Outer", [Nest("One", scalarNamed), NestArr("Two", scalarNamed, 2)]), scalarNamed);
        ResolvedLayout plain = Resolve(Spec("Outer", [Nest("One", plainNamed), NestArr("Two", plainNamed, 2)]), plainNamed);

        Assert.Equal(["@int64", "@int64[2]"], escaped.Fields.Select(f => f.CatalogueName));
        Assert.Equal(["Pair", "Pair[2]"], plain.Fields.Select(f => f.CatalogueName));
        Assert.Equal(plain.Fingerprint, escaped.Fingerprint);
    }

    [Fact]
    public void Every_scalar_name_is_escaped_and_read_back_and_other_names_are_not()
    {
        foreach (ScalarInfo scalar in TypeCatalogue.All.Concat(TypeCatalogue.AttributeSelected))
        {
            string written = NestedLayoutNames.CatalogueName(scalar.CatalogueName);
            Assert.Equal("@" + scalar.CatalogueName, written);
            Assert.True(NestedLayoutNames.IsCatalogueName(written), written);
            Assert.False(NestedLayoutNames.IsCatalogueName(scalar.CatalogueName), scalar.CatalogueName);
        }

        Assert.Equal("Inner", NestedLayoutNames.CatalogueName("Inner"));
        Assert.True(NestedLayoutNames.IsCatalogueName("Inner"));
        Assert.False(NestedLayoutNames.IsCatalogueName("@Inner"));
        Assert.False(NestedLayoutNames.IsCatalogueName("Inner[2]"));
        Assert.False(NestedLayoutNames.IsCatalogueName(string.Empty));
    }
}
