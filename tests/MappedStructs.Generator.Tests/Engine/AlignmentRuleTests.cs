using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

public class AlignmentRuleTests
{
    [Fact]
    public void Sequential_layout_follows_C_alignment_rules()
    {
        ResolvedLayout layout = Resolve(Spec("S", [
            F("A", ScalarType.Byte), F("B", ScalarType.Int32), F("C", ScalarType.Int16), F("D", ScalarType.Int64)]));

        Assert.Equal([0, 4, 8, 16], layout.Fields.Select(f => f.Offset));
        Assert.Equal(24, layout.Size);
        Assert.Equal(8, layout.Alignment);
        Assert.Equal(24, layout.RequiredSize);
        Assert.Equal([new PaddingGap(1, 3, 1), new PaddingGap(10, 6, 3)], layout.Padding);
        Assert.True(layout.IsValidForGeneration);
        Assert.All(layout.Violations, v => Assert.Equal(ViolationKind.PaddingBetweenFields, v.Kind));
    }

    [Fact]
    public void Computed_size_rounds_up_to_the_alignment_and_reports_trailing_padding()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Int64), F("B", ScalarType.Byte)]));

        Assert.Equal(16, layout.Size);
        Assert.Equal(9, layout.RequiredSize);
        LayoutViolation end = Assert.Single(layout.Violations);
        Assert.Equal(ViolationKind.PaddingAtEnd, end.Kind);
        Assert.Equal((9, 7, 16), (end.Offset, end.Size, end.ComputedSize));
        Assert.Equal(ViolationSeverity.Hidden, end.Severity);
    }

    [Theory]
    [InlineData(1, new[] { 0, 1, 5, 7 }, 15, 1)]
    [InlineData(2, new[] { 0, 2, 6, 8 }, 16, 2)]
    [InlineData(4, new[] { 0, 4, 8, 12 }, 20, 4)]
    [InlineData(8, new[] { 0, 4, 8, 16 }, 24, 8)]
    [InlineData(16, new[] { 0, 4, 8, 16 }, 24, 8)]
    public void Pack_caps_alignment(int pack, int[] offsets, int size, int alignment)
    {
        ResolvedLayout layout = Resolve(Spec("S", [
            F("A", ScalarType.Byte), F("B", ScalarType.Int32), F("C", ScalarType.Int16), F("D", ScalarType.Int64)], pack: pack));

        Assert.Equal(offsets, layout.Fields.Select(f => f.Offset));
        Assert.Equal(size, layout.Size);
        Assert.Equal(alignment, layout.Alignment);
    }

    // PackValues is the one statement of the accepted values: the engine accepts exactly those and rejects every other.
    [Fact]
    public void The_engine_accepts_exactly_the_listed_pack_values()
    {
        for (int pack = -1; pack <= 256; pack++)
        {
            ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Int32)], pack: pack));

            Assert.Equal(!PackValues.All.Contains(pack), layout.Of(ViolationKind.InvalidPack).Length == 1);
        }
    }

    [Fact]
    public void Pack_does_not_cap_an_atomic_field()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Byte), F("V", ScalarType.Int64, atomic: true)], pack: 1));

        Assert.Equal(8, layout.Fields[1].Offset);
        Assert.Equal(8, layout.Alignment);
        Assert.Equal(16, layout.Size);
    }

    [Fact]
    public void Explicit_trade_layout_from_the_issue_is_valid_with_hidden_padding_only()
    {
        ResolvedLayout layout = Resolve(Spec("Trade", [
            F("Id", ScalarType.Int64, 0), F("Price", ScalarType.Double, 8), F("Quantity", ScalarType.Int32, 16),
            new FieldSpec("Side", FieldType.ForEnum("global::Tests.Side", "Side", ScalarType.Byte), 20),
            Str("Symbol", 16, 24), F("Version", ScalarType.Int64, 40, atomic: true)], size: 48));

        Assert.True(layout.IsValidForGeneration);
        Assert.Equal(48, layout.Size);
        Assert.Equal(8, layout.Alignment);
        Assert.Equal(["int64", "float64", "int32", "uint8", "utf8[16]", "int64"], layout.Fields.Select(f => f.CatalogueName));
        Assert.Equal(ResolvedFieldKind.Atomic, layout.Fields[5].Kind);
        Assert.Equal(ResolvedFieldKind.Utf8, layout.Fields[4].Kind);
        LayoutViolation gap = Assert.Single(layout.Violations);
        Assert.Equal((ViolationKind.PaddingBetweenFields, 21, 3, "Symbol"), (gap.Kind, gap.Offset, gap.Size, gap.FieldName));
    }

    [Fact]
    public void Every_catalogue_scalar_is_placed_at_its_natural_alignment()
    {
        foreach (ScalarInfo info in TypeCatalogue.All)
        {
            ResolvedLayout layout = Resolve(Spec("S", [F("Pad", ScalarType.Byte), F("X", info.Type)]));
            Assert.Equal(info.Alignment, layout.Fields[1].Offset);
            Assert.Equal(info.Size, layout.Fields[1].Size);
            Assert.Equal(LayoutEngine.AlignUp(info.Alignment + info.Size, info.Alignment), layout.Size);
        }
    }

    [Fact]
    public void Arrays_strings_and_nested_layouts_take_their_element_alignment()
    {
        LayoutSpec inner = Spec("Inner", [F("A", ScalarType.Int32), F("B", ScalarType.Int16)]);
        ResolvedLayout layout = Resolve(
            Spec("Outer", [
                F("Flag", ScalarType.Bool), Arr("Samples", ScalarType.Int16, 3), Str("Name", 5), Nest("In", inner), NestArr("Ins", inner, 2)]),
            inner);

        Assert.Equal([0, 2, 8, 16, 24], layout.Fields.Select(f => f.Offset));
        Assert.Equal([1, 6, 5, 8, 16], layout.Fields.Select(f => f.Size));
        Assert.Equal(["bool", "int16[3]", "utf8[5]", "Inner", "Inner[2]"], layout.Fields.Select(f => f.CatalogueName));
        Assert.Equal(40, layout.Size);
        Assert.Equal(4, layout.Alignment);
        Assert.True(layout.IsValidForGeneration);
        Assert.NotEqual(0UL, layout.Fields[3].NestedFingerprint);
    }

    [Fact]
    public void Pack_does_not_lower_a_nested_layout_that_holds_an_atomic()
    {
        LayoutSpec counter = Spec("Counter", [F("A", ScalarType.Int32), F("V", ScalarType.Int64, atomic: true)]);
        LayoutSpec plain = Spec("Plain", [F("A", ScalarType.Int32), F("B", ScalarType.Int64)]);
        ResolvedLayout layout = Resolve(
            Spec("Outer", [F("Flag", ScalarType.Byte), Nest("C", counter), NestArr("Cs", counter, 2), Nest("P", plain)], pack: 2),
            counter,
            plain);

        Assert.Equal([0, 8, 24, 56], layout.Fields.Select(f => f.Offset));
        Assert.Equal([0, 8, 8, 0], layout.Fields.Select(f => f.AtomicAlignment));
        Assert.Equal(8, layout.AtomicAlignment);
        Assert.Equal(8, layout.Alignment);
        Assert.True(layout.IsValidForGeneration);
        Assert.Equal(0, Resolve(plain).AtomicAlignment);
    }

    [Fact]
    public void A_nested_atomic_misaligned_by_an_explicit_offset_is_an_error()
    {
        LayoutSpec counter = Spec("Counter", [F("V", ScalarType.Int64, atomic: true)]);
        ResolvedLayout layout = Resolve(Spec("Outer", [F("A", ScalarType.Int32, offset: 0), Nest("C", counter, offset: 4)]), counter);

        Assert.Single(layout.Of(ViolationKind.MisalignedAtomicField));
        Assert.False(layout.IsValidForGeneration);
    }
}
