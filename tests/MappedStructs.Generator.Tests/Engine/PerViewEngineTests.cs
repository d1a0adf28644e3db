using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// Layouts whose byte order is chosen per view: they nest per-view and fixed-order layouts alike, while a fixed-order
/// layout has no order to give a per-view one it nests; the resolved field says which nested layouts take the view's order.
/// </summary>
public class PerViewEngineTests
{
    private static readonly LayoutSpec s_perView = Spec("Inner", [F("X", ScalarType.Int32), F("Y", ScalarType.Int16)], endian: ByteOrder.PerView);
    private static readonly LayoutSpec s_big = Spec("BigInner", [F("X", ScalarType.Int32)], endian: ByteOrder.Big);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_fixed_order_layout_cannot_nest_a_per_view_one(bool big)
    {
        ByteOrder order = big ? ByteOrder.Big : ByteOrder.Little;
        ResolvedLayout layout = Resolve(Spec("Outer", [F("A", ScalarType.Int64), Nest("Header", s_perView), NestArr("Items", s_perView, 3)], endian: order), s_perView);
        LayoutViolation[] violations = layout.Of(ViolationKind.PerViewLayoutInFixedOrder);
        Assert.Equal([(1, "Header", "Inner"), (2, "Items", "Inner")], violations.Select(v => (v.FieldIndex, v.FieldName, v.Detail)));
        Assert.False(layout.IsValidForGeneration);
    }

    [Fact]
    public void A_per_view_layout_nests_per_view_and_fixed_order_layouts()
    {
        ResolvedLayout layout = Resolve(Spec("Outer", [Nest("Own", s_perView), Nest("Fixed", s_big), NestArr("Many", s_perView, 2)], endian: ByteOrder.PerView), s_perView, s_big);
        Assert.DoesNotContain(layout.Violations, v => v.Kind.Severity() == ViolationSeverity.Error);
        Assert.True(layout.IsValidForGeneration);
        Assert.Equal([true, false, true], layout.Fields.Select(f => f.NestedPerView));
    }

    [Fact]
    public void A_fixed_order_layout_nesting_a_fixed_order_one_is_not_affected()
    {
        ResolvedLayout layout = Resolve(Spec("Outer", [Nest("Fixed", s_big)]), s_big);
        Assert.Empty(layout.Of(ViolationKind.PerViewLayoutInFixedOrder));
        Assert.False(layout.Fields[0].NestedPerView);
    }

    [Fact]
    public void A_per_view_layout_keeps_the_sizes_and_offsets_of_its_fixed_order_twins()
    {
        FieldSpec[] fields = [F("A", ScalarType.Byte), F("B", ScalarType.Int64), Arr("C", ScalarType.Int16, 3)];
        ResolvedLayout perView = Resolve(Spec("T", fields, endian: ByteOrder.PerView));
        ResolvedLayout little = Resolve(Spec("T", fields));
        Assert.Equal((little.Size, little.Alignment), (perView.Size, perView.Alignment));
        Assert.Equal(little.Fields.Select(f => (f.Offset, f.Size)), perView.Fields.Select(f => (f.Offset, f.Size)));
    }

    [Fact]
    public void The_view_flag_name_is_a_generated_name()
    {
        ResolvedLayout layout = Resolve(Spec("T", [F("_bigEndian", ScalarType.Int32)], endian: ByteOrder.PerView));
        Assert.Single(layout.Of(ViolationKind.GeneratedNameCollision));
    }
}
