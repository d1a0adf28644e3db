using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>How the engine sizes bit fields, shares their containers, and what it refuses (MAPS0027, MAPS0028, MAPS0029).</summary>
public class BitFieldRuleTests
{
    [Fact]
    public void Bit_fields_at_one_offset_share_a_container_sized_by_the_property_type()
    {
        ResolvedLayout layout = Resolve(Spec("Ip", [
            Bits("Version", ScalarType.Byte, 0, 4, 4),
            Bits("Length", ScalarType.Byte, 0, 0, 4),
            Bits("Flags", ScalarType.UInt16, 2, 13, 3),
            Bits("Offset", ScalarType.UInt16, 2, 0, 13)]));

        // Byte 1 is padding (hidden), as it would be between two scalars.
        Assert.Equal(new[] { ViolationKind.PaddingBetweenFields }, layout.Violations.Select(v => v.Kind).Distinct().ToArray());
        Assert.Equal(4, layout.Size);
        Assert.Equal(
            new[] { ("Version", 0, 1, "bits[4:4] of uint8"), ("Length", 0, 1, "bits[0:4] of uint8"), ("Flags", 2, 2, "bits[13:3] of uint16"), ("Offset", 2, 2, "bits[0:13] of uint16") },
            layout.Fields.Select(f => (f.Name, f.Offset, f.Size, f.CatalogueName)).ToArray());
        Assert.All(layout.Fields, f => Assert.Equal(ResolvedFieldKind.Bits, f.Kind));
    }

    [Fact]
    public void An_explicit_container_sets_the_width_and_a_signed_one_means_the_unsigned_of_its_width()
    {
        ResolvedLayout layout = Resolve(Spec("S", [Bits("Flag", ScalarType.Bool, 0, 31, 1, ScalarType.Int32), Bits("Low", ScalarType.Byte, 0, 0, 8, ScalarType.UInt32)]));
        Assert.Empty(layout.Violations);
        Assert.Equal(("bits[31:1] of uint32", 4, 4), (layout.Fields[0].CatalogueName, layout.Fields[0].Size, layout.Fields[0].Alignment));
    }

    [Fact]
    public void A_bit_container_overlapping_another_field_is_an_ordinary_overlap()
    {
        ResolvedLayout layout = Resolve(Spec("S", [Bits("Flags", ScalarType.UInt16, 0, 0, 4), F("Code", ScalarType.Byte, 1)]));
        LayoutViolation overlap = Assert.Single(layout.Of(ViolationKind.FieldsOverlap));
        Assert.Equal(("Code", "Flags"), (overlap.FieldName, overlap.OtherFieldName));
    }

    [Fact]
    public void Bit_fields_in_one_container_are_not_field_overlaps()
    {
        ResolvedLayout layout = Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 0, 5), Bits("B", ScalarType.Byte, 0, 4, 4)]));
        Assert.Empty(layout.Of(ViolationKind.FieldsOverlap));
        LayoutViolation overlap = Assert.Single(layout.Of(ViolationKind.BitRangesOverlap));
        Assert.Equal((1, "B", 4, 4, 0, "A"), (overlap.FieldIndex, overlap.FieldName, overlap.Offset, overlap.Size, overlap.OtherFieldIndex, overlap.OtherFieldName));
    }

    [Fact]
    public void Adjacent_bit_ranges_do_not_overlap()
    {
        ResolvedLayout layout = Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 0, 4), Bits("B", ScalarType.Byte, 0, 4, 4)]));
        Assert.Empty(layout.Violations);
    }

    [Fact]
    public void Containers_of_different_widths_at_one_offset_conflict()
    {
        LayoutViolation conflict = Assert.Single(
            Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 0, 4), Bits("B", ScalarType.UInt16, 0, 4, 4)])).Of(ViolationKind.BitContainerConflict));
        Assert.Equal(("B", 2, "A", 1), (conflict.FieldName, conflict.Size, conflict.OtherFieldName, conflict.ComputedSize));
    }

    [Theory]
    [InlineData("Byte", 6, 4, "None", "container", 8)]
    [InlineData("Byte", 0, 8, "None", "", 0)]
    [InlineData("Byte", 0, 0, "None", "width", 0)]
    [InlineData("Byte", -1, 2, "None", "shift", 0)]
    [InlineData("Byte", 0, 9, "UInt16", "type", 8)]
    [InlineData("Bool", 0, 2, "None", "type", 1)]
    [InlineData("Bool", 0, 1, "None", "", 0)]
    [InlineData("Double", 0, 4, "UInt64", "type", 0)]
    [InlineData("UInt16", 0, 4, "Double", "containertype", 0)]
    [InlineData("UInt64", 60, 4, "None", "", 0)]
    [InlineData("UInt64", 61, 4, "None", "container", 64)]
    public void A_bit_range_that_cannot_be_stored_is_refused_and_the_edge_that_can_is_not(
        string type, int shift, int width, string container, string why, int bits)
    {
        ResolvedLayout layout = Resolve(Spec("S", [Bits("A", System.Enum.Parse<ScalarType>(type), 0, shift, width, System.Enum.Parse<ScalarType>(container))]));
        if (why.Length == 0)
        {
            Assert.Empty(layout.Violations);
            return;
        }

        LayoutViolation invalid = Assert.Single(layout.Violations);
        Assert.Equal((ViolationKind.BitRangeInvalid, why, shift, width, bits), (invalid.Kind, invalid.Detail, invalid.Offset, invalid.Size, invalid.ComputedSize));
        Assert.False(layout.IsValidForGeneration);
    }

    [Fact]
    public void An_atomic_bit_field_is_refused()
    {
        ResolvedLayout layout = Resolve(Spec("S", [new FieldSpec("A", FieldType.ForScalar(ScalarType.UInt32), 0, IsAtomic: true, BitShift: 0, BitWidth: 4)]));
        Assert.Equal("atomic", Assert.Single(layout.Of(ViolationKind.BitRangeInvalid)).Detail);
    }

    [Fact]
    public void The_bit_range_is_part_of_the_fingerprint()
    {
        ulong a = Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 0, 4)])).Fingerprint;
        ulong b = Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 4, 4)])).Fingerprint;
        Assert.NotEqual(a, b);
    }
}
