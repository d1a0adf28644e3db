using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>24-bit integers: 3 bytes at alignment 1, their own catalogue names, and a fingerprint unlike int32's.</summary>
public class Int24EngineTests
{
    [Fact]
    public void Int24_and_UInt24_take_three_bytes_at_alignment_one()
    {
        ResolvedLayout layout = Resolve(Spec("Handshake", [
            F("Type", ScalarType.Byte), F("Length", ScalarType.UInt24), F("Delta", ScalarType.Int24), Arr("Samples", ScalarType.Int24, 3)]));

        Assert.True(layout.IsValidForGeneration);
        Assert.Equal([0, 1, 4, 7], layout.Fields.Select(f => f.Offset));
        Assert.Equal([1, 3, 3, 9], layout.Fields.Select(f => f.Size));
        Assert.Equal(16, layout.Size);
        Assert.Equal(1, layout.Alignment);
        Assert.Empty(layout.Violations);
    }

    [Fact]
    public void Catalogue_names_are_int24_and_uint24()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Int24), F("B", ScalarType.UInt24), Arr("C", ScalarType.UInt24, 2)]));
        Assert.Equal(["int24", "uint24", "uint24[2]"], layout.Fields.Select(f => f.CatalogueName));
        Assert.Equal(ResolvedFieldKind.Scalar, layout.Fields[0].Kind);
        Assert.Equal(ResolvedFieldKind.FixedArray, layout.Fields[2].Kind);
    }

    [Fact]
    public void The_fingerprint_tells_24_bit_fields_from_32_bit_ones_and_signed_from_unsigned()
    {
        ulong int24 = Resolve(Spec("S", [F("A", ScalarType.Int24, 0)], size: 4)).Fingerprint;
        ulong int32 = Resolve(Spec("S", [F("A", ScalarType.Int32, 0)], size: 4)).Fingerprint;
        ulong uint24 = Resolve(Spec("S", [F("A", ScalarType.UInt24, 0)], size: 4)).Fingerprint;
        Assert.NotEqual(int32, int24);
        Assert.NotEqual(uint24, int24);
    }

    [Fact]
    public void A_24_bit_field_is_never_atomic_nor_a_span()
    {
        Assert.Single(Resolve(Spec("S", [F("A", ScalarType.Int24, atomic: true)])).Of(ViolationKind.AtomicUnsupportedType));
        Assert.All(TypeCatalogue.AttributeSelected, row => Assert.False(row.CanBeSpan || row.CanBeAtomic));
        Assert.Equal(["int", "uint"], TypeCatalogue.AttributeSelected.Select(row => row.CSharpName));
    }

    [Fact]
    public void An_unsupported_24_bit_declaration_is_a_layout_error()
    {
        LayoutSpec spec = Spec("S", [new FieldSpec("A", FieldType.ForUnsupported("long", "[Int24] long"))]);
        LayoutViolation violation = Assert.Single(Resolve(spec).Of(ViolationKind.UnsupportedFieldType));
        Assert.Equal("[Int24] long", violation.Detail);
    }

    [Fact]
    public void The_attributes_narrow_int_and_uint_and_their_arrays_only()
    {
        var @int = FieldType.ForScalar(ScalarType.Int32);
        var @uint = FieldType.ForScalar(ScalarType.UInt32);
        Assert.Equal(ScalarType.Int24, Int24Types.Apply(@int, int24: true, uint24: false).Scalar);
        Assert.Equal(ScalarType.UInt24, Int24Types.Apply(FieldType.ForArray(@uint), int24: false, uint24: true).Element?.Scalar);
        Assert.Same(@int, Int24Types.Apply(@int, int24: false, uint24: false));
        FieldType wrong = Int24Types.Apply(FieldType.ForEnum("global::E", "E", ScalarType.Int32), int24: true, uint24: false);
        Assert.Equal((FieldShape.Unsupported, "[Int24] E"), (wrong.Shape, wrong.DisplayName));
    }
}
