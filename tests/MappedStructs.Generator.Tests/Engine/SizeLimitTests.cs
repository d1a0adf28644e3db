using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// A record is addressed with int offsets: sizes and offsets that do not fit are a LayoutTooLarge violation with the
/// numbers, never an OverflowException and never a wrapped size.
/// </summary>
public class SizeLimitTests
{
    private static readonly LayoutSpec s_point = Spec("Point", [
        F("A", ScalarType.Int64), F("B", ScalarType.Int64), F("C", ScalarType.Int64), F("D", ScalarType.Int64),
        F("E", ScalarType.Int64), F("F", ScalarType.Int64), F("G", ScalarType.Int64)]);

    [Fact]
    public void A_fixed_array_past_the_limit_names_its_length_and_element_size()
    {
        ResolvedLayout layout = Resolve(Spec("Huge", [Arr("Samples", ScalarType.Int16, 1_100_000_000)]));

        LayoutViolation tooLarge = Assert.Single(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal((0, "Samples", 2, 1_100_000_000, 2_200_000_000L), (tooLarge.FieldIndex, tooLarge.FieldName, tooLarge.Size, tooLarge.Count, tooLarge.Extent));
        Assert.False(layout.IsValidForGeneration);
    }

    [Fact]
    public void An_array_of_nested_layouts_past_the_limit_is_reported()
    {
        ResolvedLayout layout = Resolve(Spec("Many", [NestArr("Points", s_point, 40_000_000)]), s_point);

        LayoutViolation tooLarge = Assert.Single(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal((56, 40_000_000, 2_240_000_000L), (tooLarge.Size, tooLarge.Count, tooLarge.Extent));
    }

    [Fact]
    public void A_far_field_is_refused_instead_of_wrapping_the_size()
    {
        ResolvedLayout layout = Resolve(Spec("FarField", [Nest("Where", s_point, 2_147_483_640)]), s_point);

        LayoutViolation tooLarge = Assert.Single(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal((0, 56, 2_147_483_696L), (tooLarge.FieldIndex, tooLarge.Size, tooLarge.Extent));
        Assert.False(layout.IsValidForGeneration);
        Assert.True(layout.Size >= 0);
    }

    [Fact]
    public void A_field_ending_exactly_at_the_limit_fits()
    {
        ResolvedLayout layout = Resolve(Spec("Edge", [F("Last", ScalarType.Byte, int.MaxValue - 1)]));

        Assert.Empty(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal(int.MaxValue, layout.Size);
        Assert.True(layout.IsValidForGeneration);
    }

    [Fact]
    public void Sequential_fields_that_together_pass_the_limit_are_refused()
    {
        ResolvedLayout layout = Resolve(Spec("Pair", [Arr("A", ScalarType.Byte, int.MaxValue), F("B", ScalarType.Int32)]));

        LayoutViolation tooLarge = Assert.Single(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal((1, "B", 4, (long)int.MaxValue + 1 + 4), (tooLarge.FieldIndex, tooLarge.FieldName, tooLarge.Size, tooLarge.Extent));
    }

    [Fact]
    public void Rounding_the_fields_end_up_to_the_alignment_past_the_limit_is_refused()
    {
        ResolvedLayout layout = Resolve(Spec("Rounded", [F("A", ScalarType.Int64, 0), Arr("Tail", ScalarType.Byte, 2_147_483_639, 8)]));

        LayoutViolation tooLarge = Assert.Single(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal((-1, int.MaxValue, 8, "", 2_147_483_648L), (tooLarge.FieldIndex, tooLarge.Size, tooLarge.Alignment, tooLarge.Detail, tooLarge.Extent));
    }

    [Fact]
    public void A_declared_size_that_cannot_be_rounded_to_the_alignment_is_refused_not_suggested()
    {
        ResolvedLayout layout = Resolve(Spec("Declared", [F("A", ScalarType.Int64)], size: int.MaxValue));

        LayoutViolation tooLarge = Assert.Single(layout.Of(ViolationKind.LayoutTooLarge));
        Assert.Equal(("Size", 2_147_483_648L), (tooLarge.Detail, tooLarge.Extent));
        Assert.Empty(layout.Of(ViolationKind.SizeNotMultipleOfAlignment));
    }

    [Fact]
    public void A_nesting_chain_deeper_than_the_limit_is_invalid_without_exhausting_the_stack()
    {
        var chain = new LayoutSpec[1000];
        chain[^1] = Spec("C999", [F("X", ScalarType.Int32)]);
        for (int i = chain.Length - 2; i >= 0; i--)
        {
            chain[i] = Spec("C" + i, [Nest("Next", chain[i + 1])]);
        }

        ResolvedLayout layout = Resolve(chain[0], chain);

        Assert.False(layout.IsValidForGeneration);
        Assert.NotEmpty(layout.Of(ViolationKind.NestedLayoutInvalid));
    }
}
