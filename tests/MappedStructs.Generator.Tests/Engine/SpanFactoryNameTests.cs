using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>The views' record-span factory (<c>Trade.ReadOnlyRef.Span(view, offset, count)</c>) is a generated name like <c>From</c>.</summary>
public class SpanFactoryNameTests
{
    [Fact]
    public void A_field_named_like_the_span_factory_collides()
    {
        LayoutViolation collision = Assert.Single(Resolve(Spec("S", [F(GeneratedNames.SpanFactory, ScalarType.Int32)])).Of(ViolationKind.GeneratedNameCollision));
        Assert.Equal((0, "Span", "Span"), (collision.FieldIndex, collision.FieldName, collision.Detail));
    }

    [Fact]
    public void A_field_whose_name_only_starts_like_it_does_not()
    {
        Assert.Empty(Resolve(Spec("S", [F("Spans", ScalarType.Int32), F("SpanId", ScalarType.Int64)])).Of(ViolationKind.GeneratedNameCollision));
    }
}
