using System;
using System.Collections.Generic;
using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

public class ViolationTests
{
    private static readonly LayoutSpec s_valid = Spec("Ok", [F("A", ScalarType.Int32)]);

    /// <summary>One layout per violation kind that breaks exactly that rule (plus padding, where unavoidable).</summary>
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (ViolationKind kind in s_cases.Keys)
        {
            data.Add(kind.ToString());
        }

        return data;
    }

    private static readonly LayoutSpec s_selfA = Spec("A", [F("X", ScalarType.Int32), new FieldSpec("B", FieldType.ForNested("global::Tests.B", "B"))]);
    private static readonly LayoutSpec s_selfB = Spec("B", [new FieldSpec("A", FieldType.ForNested("global::Tests.A", "A"))]);
    private static readonly LayoutSpec s_badInner = Spec("Bad", [F("X", ScalarType.Int32)], isPartial: false);
    private static readonly LayoutSpec s_textInner = Spec("TextInner", [new FieldSpec("T", FieldType.ForString(), VariableLength: VariableLengthAttribute.Text)]);
    private static readonly LayoutSpec s_perViewInner = Spec("PerViewInner", [F("X", ScalarType.Int32)], endian: ByteOrder.PerView);

    private static readonly Dictionary<ViolationKind, Func<ResolvedLayout>> s_cases = new()
    {
        [ViolationKind.NotAStruct] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)], kind: LayoutTypeKind.RecordClass)),
        [ViolationKind.NotPartial] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)], isPartial: false)),
        [ViolationKind.ContainingTypeNotPartial] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)], containing: [new ContainingTypeSpec("class", "Outer", false)])),
        [ViolationKind.GenericLayout] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)], isGeneric: true)),
        [ViolationKind.NoFields] = () => Resolve(Spec("S", [])),
        [ViolationKind.UnsupportedFieldType] = () => Resolve(Spec("S", [new FieldSpec("D", FieldType.ForUnsupported("decimal", "decimal"))])),
        [ViolationKind.FieldNotSettable] = () => Resolve(Spec("S", [new FieldSpec("A", FieldType.ForScalar(ScalarType.Int32), IsSettable: false)])),
        [ViolationKind.Utf8LengthMissing] = () => Resolve(Spec("S", [Str("Name", null)])),
        [ViolationKind.FixedArrayLengthMissing] = () => Resolve(Spec("S", [Arr("Xs", ScalarType.Int32, null)])),
        [ViolationKind.Utf8OnNonString] = () => Resolve(Spec("S", [new FieldSpec("A", FieldType.ForScalar(ScalarType.Int32), Utf8Length: 4)])),
        [ViolationKind.FixedArrayOnNonArray] = () => Resolve(Spec("S", [new FieldSpec("A", FieldType.ForScalar(ScalarType.Int32), FixedArrayLength: 4)])),
        [ViolationKind.InvalidUtf8Length] = () => Resolve(Spec("S", [Str("Name", 0)])),
        [ViolationKind.InvalidUtf8Padding] = () => Resolve(Spec("S", [Str("Name", 8) with { Utf8Padding = '\u00E9' }])),
        [ViolationKind.InvalidFixedArrayLength] = () => Resolve(Spec("S", [Arr("Xs", ScalarType.Int32, -2)])),
        [ViolationKind.AtomicUnsupportedType] = () => Resolve(Spec("S", [F("A", ScalarType.Int16, atomic: true)])),
        [ViolationKind.MixedExplicitAndImplicitOffsets] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, 0), F("B", ScalarType.Int32)])),
        [ViolationKind.NegativeOffset] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, -4)])),
        [ViolationKind.InvalidSize] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)], size: -1)),
        [ViolationKind.InvalidPack] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)], pack: 3)),
        [ViolationKind.FieldsOverlap] = () => Resolve(Spec("S", [F("A", ScalarType.Int64, 0), F("B", ScalarType.Int32, 4)])),
        [ViolationKind.FieldPastSize] = () => Resolve(Spec("S", [F("A", ScalarType.Int16, 0), F("B", ScalarType.Int16, 2)], size: 2)),
        [ViolationKind.SizeTooSmall] = () => Resolve(Spec("S", [F("A", ScalarType.Int32), F("B", ScalarType.Int32)], size: 4)),
        [ViolationKind.MisalignedField] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, 2), F("B", ScalarType.Int16, 0)], size: 8)),
        [ViolationKind.MisalignedAtomicField] = () => Resolve(Spec("S", [F("A", ScalarType.Int64, 4, atomic: true), F("B", ScalarType.Int32, 0)], size: 16)),
        [ViolationKind.SizeNotMultipleOfAlignment] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, 0), F("B", ScalarType.Byte, 4)], size: 5)),
        [ViolationKind.PaddingBetweenFields] = () => Resolve(Spec("S", [F("A", ScalarType.Byte), F("B", ScalarType.Int32)])),
        [ViolationKind.PaddingAtEnd] = () => Resolve(Spec("S", [F("A", ScalarType.Int32), F("B", ScalarType.Byte)])),
        [ViolationKind.RecursiveLayout] = () => Resolve(s_selfA, s_selfB),
        [ViolationKind.NestedLayoutInvalid] = () => Resolve(Spec("S", [Nest("In", s_badInner)]), s_badInner),
        [ViolationKind.PerViewLayoutInFixedOrder] = () => Resolve(Spec("S", [Nest("In", s_perViewInner)]), s_perViewInner),
        [ViolationKind.GeneratedNameCollision] = () => Resolve(Spec("S", [F("Size", ScalarType.Int32)])),
        [ViolationKind.LayoutTooLarge] = () => Resolve(Spec("S", [Arr("Samples", ScalarType.Int16, 1_100_000_000)])),
        [ViolationKind.UnboundArgument] = () => Resolve(Spec("S", [new FieldSpec("A", FieldType.ForScalar(ScalarType.Int32), Unbound: "Field")])),
        [ViolationKind.BitRangeInvalid] = () => Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 6, 4)])),
        [ViolationKind.BitRangesOverlap] = () => Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 0, 5), Bits("B", ScalarType.Byte, 0, 4, 4)])),
        [ViolationKind.BitContainerConflict] = () => Resolve(Spec("S", [Bits("A", ScalarType.Byte, 0, 0, 4), Bits("B", ScalarType.UInt16, 0, 4, 4)])),
        [ViolationKind.InvalidLayoutVersion] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)]) with { Version = 0 }),
        [ViolationKind.FieldVersionOutOfRange] = () => Resolve(Spec("S", [F("A", ScalarType.Int32) with { Since = 2 }])),
        [ViolationKind.AddedFieldInsideOlderRecord] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, 0), F("B", ScalarType.Int32, 4) with { Since = 2 }, F("C", ScalarType.Int32, 8)]) with { Version = 2 }),
        [ViolationKind.VersionedFieldUnsupported] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, 0), Str("B", 8, 4) with { Since = 2 }]) with { Version = 2 }),
        [ViolationKind.VariableLengthLayoutNested] = () => Resolve(Spec("S", [Nest("I", s_textInner)]), s_textInner),
        [ViolationKind.VariableLengthOnWrongType] = () => Resolve(Spec("S", [F("A", ScalarType.Int32) with { VariableLength = VariableLengthAttribute.Text }])),
        [ViolationKind.VarArrayElementUnsupported] = () => Resolve(Spec("S", [Arr("A", ScalarType.Bool, null) with { VariableLength = VariableLengthAttribute.VarArray }])),
        [ViolationKind.VariableLengthAttributeConflict] = () => Resolve(Spec("S", [Str("A", 8) with { VariableLength = VariableLengthAttribute.Text }])),
        [ViolationKind.MisalignedHeapReference] = () => Resolve(Spec("S", [F("A", ScalarType.Int32, 0), new FieldSpec("B", FieldType.ForString(), 4, VariableLength: VariableLengthAttribute.Text)])),
        [ViolationKind.FileLocalLayout] = () => Resolve(Spec("S", [F("A", ScalarType.Int32)]) with { FileLocalTypeName = "S" }),
    };

    [Fact]
    public void Every_violation_kind_has_a_case()
    {
        Assert.Equal(Enum.GetValues<ViolationKind>().Order(), s_cases.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_reports_its_kind_and_errors_block_generation(string name)
    {
        ViolationKind kind = Enum.Parse<ViolationKind>(name);
        ResolvedLayout layout = s_cases[kind]();

        Assert.Contains(layout.Violations, v => v.Kind == kind);
        IEnumerable<ViolationKind> unexpected = layout.Violations
            .Select(v => v.Kind)
            .Where(k => k != kind && k is not (ViolationKind.PaddingBetweenFields or ViolationKind.PaddingAtEnd));
        Assert.True(
            kind is ViolationKind.RecursiveLayout or ViolationKind.NestedLayoutInvalid || !unexpected.Any(),
            $"{name}: unexpected {string.Join(", ", unexpected)}");
        Assert.Equal(kind.Severity() != ViolationSeverity.Error, layout.IsValidForGeneration);
    }

    [Fact]
    public void A_valid_layout_has_no_violations()
    {
        ResolvedLayout layout = Resolve(s_valid);
        Assert.Empty(layout.Violations);
        Assert.True(layout.IsValidForGeneration);
    }

    [Fact]
    public void Overlap_names_both_fields_and_the_range()
    {
        LayoutViolation overlap = Assert.Single(s_cases[ViolationKind.FieldsOverlap]().Of(ViolationKind.FieldsOverlap));
        Assert.Equal((1, "B", 4, 4, 0, "A"), (overlap.FieldIndex, overlap.FieldName, overlap.Offset, overlap.Size, overlap.OtherFieldIndex, overlap.OtherFieldName));
    }

    [Fact]
    public void Field_past_size_names_the_field_and_the_declared_size()
    {
        LayoutViolation past = Assert.Single(s_cases[ViolationKind.FieldPastSize]().Of(ViolationKind.FieldPastSize));
        Assert.Equal((1, 2, 2, 2), (past.FieldIndex, past.Offset, past.Size, past.ComputedSize));
    }

    [Fact]
    public void Size_too_small_states_declared_and_needed()
    {
        LayoutViolation small = Assert.Single(s_cases[ViolationKind.SizeTooSmall]().Of(ViolationKind.SizeTooSmall));
        Assert.Equal((4, 8), (small.Size, small.ComputedSize));
    }

    [Fact]
    public void Misalignment_states_offset_and_alignment()
    {
        LayoutViolation warning = Assert.Single(s_cases[ViolationKind.MisalignedField]().Of(ViolationKind.MisalignedField));
        Assert.Equal((0, 2, 4, ViolationSeverity.Warning), (warning.FieldIndex, warning.Offset, warning.Alignment, warning.Severity));
        LayoutViolation error = Assert.Single(s_cases[ViolationKind.MisalignedAtomicField]().Of(ViolationKind.MisalignedAtomicField));
        Assert.Equal((0, 4, 8, ViolationSeverity.Error), (error.FieldIndex, error.Offset, error.Alignment, error.Severity));
    }

    [Fact]
    public void Misaligned_field_under_pack_is_not_reported()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Int32, 2), F("B", ScalarType.Int16, 0)], size: 6, pack: 2));
        Assert.Empty(layout.Of(ViolationKind.MisalignedField));
    }

    [Fact]
    public void Size_not_a_multiple_of_alignment_states_both()
    {
        LayoutViolation warning = Assert.Single(s_cases[ViolationKind.SizeNotMultipleOfAlignment]().Of(ViolationKind.SizeNotMultipleOfAlignment));
        Assert.Equal((5, 4, 8), (warning.Size, warning.Alignment, warning.ComputedSize));
    }

    [Fact]
    public void Recursion_is_reported_directly_and_through_nesting()
    {
        LayoutSpec direct = Spec("Self", [F("X", ScalarType.Int32), new FieldSpec("Me", FieldType.ForNested("global::Tests.Self", "Self"))]);
        LayoutViolation self = Assert.Single(Resolve(direct).Of(ViolationKind.RecursiveLayout));
        Assert.Equal("Tests.Self -> Tests.Self", self.Detail);

        LayoutViolation cycle = Assert.Single(Resolve(s_selfA, s_selfB).Of(ViolationKind.RecursiveLayout));
        Assert.Equal((1, "Tests.A -> Tests.B -> Tests.A"), (cycle.FieldIndex, cycle.Detail));

        LayoutSpec arrayOfSelf = Spec("Arr", [new FieldSpec("Kids", FieldType.ForArray(FieldType.ForNested("global::Tests.Arr", "Arr")), FixedArrayLength: 2)]);
        Assert.Single(Resolve(arrayOfSelf).Of(ViolationKind.RecursiveLayout));
    }

    [Fact]
    public void A_cycle_below_a_layout_makes_it_invalid_without_looping()
    {
        LayoutSpec top = Spec("Top", [new FieldSpec("A", FieldType.ForNested("global::Tests.A", "A"))]);
        ResolvedLayout layout = Resolve(top, s_selfA, s_selfB);
        Assert.Single(layout.Of(ViolationKind.NestedLayoutInvalid));
        Assert.False(layout.IsValidForGeneration);
    }

    [Fact]
    public void Unknown_nested_layout_is_reported_as_invalid()
    {
        LayoutViolation missing = Assert.Single(Resolve(Spec("S", [Nest("In", s_valid)])).Of(ViolationKind.NestedLayoutInvalid));
        Assert.Equal("Ok", missing.Detail);
    }

    [Theory]
    [InlineData("Ref")]
    [InlineData("ReadOnlyRef")]
    [InlineData("Layout")]
    [InlineData("Size")]
    [InlineData("Alignment")]
    [InlineData("Fingerprint")]
    [InlineData("LoadFrom")]
    [InlineData("StoreTo")]
    [InlineData("Offsets")]
    [InlineData("From")]
    [InlineData("Load")]
    [InlineData("Store")]
    public void A_field_named_like_a_generated_member_collides(string name)
    {
        LayoutViolation collision = Assert.Single(Resolve(Spec("S", [F(name, ScalarType.Int32)])).Of(ViolationKind.GeneratedNameCollision));
        Assert.Equal((0, name, name), (collision.FieldIndex, collision.FieldName, collision.Detail));
    }

    [Fact]
    public void User_members_and_array_views_collide_but_view_only_names_do_not()
    {
        ResolvedLayout layout = Resolve(Spec("S", [Arr("Samples", ScalarType.Int32, 4)], otherMembers: ["Layout", "SamplesArray", "Load", "Describe"]));
        Assert.Equal(["Layout", "SamplesArray"], layout.Of(ViolationKind.GeneratedNameCollision).Select(v => v.FieldName));
        Assert.All(layout.Of(ViolationKind.GeneratedNameCollision), v => Assert.Equal(-1, v.FieldIndex));
    }

    [Fact]
    public void A_layout_type_named_like_a_generated_nested_type_collides()
    {
        Assert.Single(Resolve(Spec("Offsets", [F("A", ScalarType.Int32)])).Of(ViolationKind.GeneratedNameCollision));
    }

    [Fact]
    public void Atomic_is_allowed_on_four_and_eight_byte_integers_only()
    {
        foreach (ScalarInfo info in TypeCatalogue.All)
        {
            ResolvedLayout layout = Resolve(Spec("S", [F("A", info.Type, atomic: true)]));
            bool expected = info.Type is ScalarType.Int32 or ScalarType.UInt32 or ScalarType.Int64 or ScalarType.UInt64;
            Assert.Equal(expected, layout.IsValidForGeneration);
        }

        LayoutSpec atomicEnum = Spec("S", [new FieldSpec("E", FieldType.ForEnum("global::E", "E", ScalarType.Int32), IsAtomic: true)]);
        Assert.Single(Resolve(atomicEnum).Of(ViolationKind.AtomicUnsupportedType));
    }

    [Fact]
    public void Arrays_of_unsupported_elements_are_unsupported()
    {
        LayoutSpec spec = Spec("S", [new FieldSpec("Names", FieldType.ForArray(FieldType.ForString()), FixedArrayLength: 2)]);
        LayoutViolation violation = Assert.Single(Resolve(spec).Of(ViolationKind.UnsupportedFieldType));
        Assert.Equal("string[]", violation.Detail);
    }

    [Fact]
    public void Later_sequential_fields_are_not_placed_after_an_unsized_field()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Int32), Str("Bad", null), F("C", ScalarType.Int64)]));
        Assert.Equal(["A"], layout.Fields.Select(f => f.Name));
        Assert.Empty(layout.Padding);
    }

    [Fact]
    public void Fields_named_like_per_field_view_members_collide()
    {
        ResolvedLayout layout = Resolve(Spec("S", [
            Str("Symbol", 8), F("SymbolBytes", ScalarType.Int32), F("Version", ScalarType.Int64, atomic: true), F("AddVersion", ScalarType.Int64)]));
        Assert.Equal(["SymbolBytes", "AddVersion"], layout.Of(ViolationKind.GeneratedNameCollision).Select(v => v.FieldName));
    }
}
