using System.Linq;
using MappedStructs.Layout;
using static MappedStructs.Generator.Tests.Engine.Specs;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>
/// [Text], [Blob] and [VarArray]: an 8-byte, 8-aligned heap reference in the record, their own kinds and catalogue names
/// (so the fingerprint tells them from each other and from inline fields), and the declarations the engine refuses.
/// </summary>
public class VariableLengthEngineTests
{
    private static FieldSpec Text(string name, int? offset = null) =>
        new(name, FieldType.ForString(), offset, VariableLength: VariableLengthAttribute.Text);

    private static FieldSpec Blob(string name, int? offset = null) =>
        new(name, FieldType.ForByteMemory("ReadOnlyMemory<byte>"), offset, VariableLength: VariableLengthAttribute.Blob);

    private static FieldSpec VarArray(string name, ScalarType element, int? offset = null) =>
        new(name, FieldType.ForArray(FieldType.ForScalar(element)), offset, VariableLength: VariableLengthAttribute.VarArray);

    private static LayoutSpec LogEntry() => Spec("LogEntry", [
        F("Timestamp", ScalarType.Int64), F("Level", ScalarType.Int32), Text("Message"), Blob("Payload"), VarArray("Tags", ScalarType.Int32)]);

    [Fact]
    public void A_variable_length_field_is_an_8_byte_reference_at_8_byte_alignment()
    {
        ResolvedLayout layout = Resolve(LogEntry());

        Assert.True(layout.IsValidForGeneration);
        Assert.Equal([0, 8, 16, 24, 32], layout.Fields.Select(f => f.Offset));
        Assert.Equal([8, 4, 8, 8, 8], layout.Fields.Select(f => f.Size));
        Assert.Equal(40, layout.Size);
        Assert.Equal(8, layout.Alignment);
        Assert.True(layout.HasVariableLengthFields);
        Assert.False(Resolve(Spec("Plain", [F("A", ScalarType.Int64)])).HasVariableLengthFields);
    }

    [Fact]
    public void Kinds_and_catalogue_names_are_text_blob_and_the_element_with_brackets()
    {
        ResolvedLayout layout = Resolve(LogEntry());
        Assert.Equal(
            [ResolvedFieldKind.Text, ResolvedFieldKind.Blob, ResolvedFieldKind.VarArray],
            layout.Fields.Skip(2).Select(f => f.Kind));
        Assert.Equal(["text", "blob", "int32[]"], layout.Fields.Skip(2).Select(f => f.CatalogueName));
        Assert.Equal("float64[]", Resolve(Spec("S", [VarArray("D", ScalarType.Double)])).Fields[0].CatalogueName);
    }

    [Fact]
    public void A_byte_array_can_be_a_blob()
    {
        var raw = new FieldSpec("Raw", FieldType.ForArray(FieldType.ForScalar(ScalarType.Byte)), VariableLength: VariableLengthAttribute.Blob);
        ResolvedField field = Resolve(Spec("S", [raw])).Fields[0];
        Assert.Equal((ResolvedFieldKind.Blob, 8), (field.Kind, field.Size));
    }

    [Fact]
    public void The_fingerprint_tells_text_blob_and_arrays_apart_and_from_a_uint64()
    {
        ulong Of(FieldSpec field) => Resolve(Spec("S", [field with { Name = "X" }])).Fingerprint;
        ulong[] prints =
        [
            Of(Text("X")), Of(Blob("X")), Of(VarArray("X", ScalarType.Int32)), Of(VarArray("X", ScalarType.UInt32)), Of(F("X", ScalarType.UInt64)),
        ];
        Assert.Equal(prints.Length, prints.Distinct().Count());
    }

    [Fact]
    public void Pack_does_not_lower_a_reference_alignment_which_an_atomic_store_needs()
    {
        ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Byte), Text("B"), F("C", ScalarType.Int32)], pack: 1));
        Assert.True(layout.IsValidForGeneration);
        Assert.Equal([0, 8, 16], layout.Fields.Select(f => f.Offset));
        Assert.Equal(8, layout.Fields[1].Alignment);
        Assert.Equal(1, layout.Fields[2].Alignment);
        Assert.Equal(8, layout.AtomicAlignment);
        Assert.Equal(24, layout.Size);
    }

    [Fact]
    public void A_reference_at_an_explicit_offset_not_a_multiple_of_8_is_an_error_even_with_pack()
    {
        foreach (int pack in new[] { 0, 1, 4 })
        {
            ResolvedLayout layout = Resolve(Spec("S", [F("A", ScalarType.Int32, 0), Blob("B", 4), F("C", ScalarType.Int32, 12)], pack: pack));
            LayoutViolation violation = Assert.Single(layout.Violations, v => v.Kind == ViolationKind.MisalignedHeapReference);
            Assert.Equal(("B", 4, 8), (violation.FieldName, violation.Offset, violation.Alignment));
            Assert.False(layout.IsValidForGeneration);
        }

        ResolvedLayout aligned = Resolve(Spec("S", [F("A", ScalarType.Int32, 0), Blob("B", 8)], pack: 4));
        Assert.DoesNotContain(aligned.Violations, v => v.Kind is ViolationKind.MisalignedHeapReference or ViolationKind.MisalignedField);
        Assert.True(aligned.IsValidForGeneration);
    }

    [Fact]
    public void A_variable_length_field_may_be_added_in_a_later_version_but_takes_no_default_nor_deprecation()
    {
        LayoutSpec Versioned(FieldSpec added) => Spec("S", [F("A", ScalarType.Int64), added]) with { Version = 2 };

        foreach (FieldSpec added in new[] { Text("M") with { Since = 2 }, Blob("P") with { Since = 2 }, VarArray("T", ScalarType.Int32) with { Since = 2 } })
        {
            ResolvedLayout layout = Resolve(Versioned(added));
            Assert.True(layout.IsValidForGeneration, string.Join("; ", layout.Violations.Select(v => v.Kind)));
            Assert.Equal(8, layout.Fields[1].Offset);
        }

        Assert.Contains(Resolve(Versioned(Text("M") with { Since = 1, Deprecated = 2 })).Violations, v => v.Kind == ViolationKind.VersionedFieldUnsupported);
    }

    [Fact]
    public void A_layout_with_a_variable_length_field_cannot_be_nested_nor_a_fixed_array_element()
    {
        LayoutSpec inner = Spec("Inner", [F("Id", ScalarType.Int64), Text("Label")]);
        LayoutViolation nested = Assert.Single(Resolve(Spec("Outer", [Nest("Customer", inner)]), inner).Of(ViolationKind.VariableLengthLayoutNested));
        Assert.Equal(("Customer", "Inner"), (nested.FieldName, nested.Detail));
        LayoutViolation element = Assert.Single(Resolve(Spec("Outer", [NestArr("Customers", inner, 2)]), inner).Of(ViolationKind.VariableLengthLayoutNested));
        Assert.Equal("Customers", element.FieldName);
    }

    [Fact]
    public void A_nested_layout_without_variable_length_fields_is_still_fine()
    {
        LayoutSpec inner = Spec("Inner", [F("Id", ScalarType.Int64)]);
        Assert.True(Resolve(Spec("Outer", [Nest("Customer", inner), Text("Note")]), inner).IsValidForGeneration);
    }

    [Theory]
    [InlineData(1, "Blob")]
    [InlineData(2, "Text")]
    [InlineData(3, "Text")]
    public void Each_attribute_refuses_the_other_types(int attributeValue, string typeOfOther)
    {
        var attribute = (VariableLengthAttribute)attributeValue;
        FieldType type = typeOfOther == "Blob" ? FieldType.ForByteMemory("ReadOnlyMemory<byte>") : FieldType.ForString();
        LayoutViolation violation = Assert.Single(Resolve(Spec("S", [new FieldSpec("X", type, VariableLength: attribute)])).Of(ViolationKind.VariableLengthOnWrongType));
        Assert.Equal(attribute.ToString(), violation.Detail);
    }

    [Fact]
    public void A_blob_of_an_int_array_is_the_wrong_type()
    {
        var ints = new FieldSpec("X", FieldType.ForArray(FieldType.ForScalar(ScalarType.Int32)), VariableLength: VariableLengthAttribute.Blob);
        Assert.Single(Resolve(Spec("S", [ints])).Of(ViolationKind.VariableLengthOnWrongType));
    }

    [Theory]
    [InlineData("bool")]
    [InlineData("guid")]
    [InlineData("datetime")]
    [InlineData("timespan")]
    [InlineData("int24")]
    public void A_VarArray_of_an_element_that_cannot_be_a_span_is_refused(string catalogueName)
    {
        ScalarType element = TypeCatalogue.All.Concat(TypeCatalogue.AttributeSelected).Single(row => row.CatalogueName == catalogueName).Type;
        LayoutViolation violation = Assert.Single(Resolve(Spec("S", [VarArray("X", element)])).Of(ViolationKind.VarArrayElementUnsupported));
        Assert.Equal("X", violation.FieldName);
    }

    [Fact]
    public void A_VarArray_of_strings_or_layouts_is_refused()
    {
        var strings = new FieldSpec("X", FieldType.ForArray(FieldType.ForString()), VariableLength: VariableLengthAttribute.VarArray);
        Assert.Equal("string", Assert.Single(Resolve(Spec("S", [strings])).Of(ViolationKind.VarArrayElementUnsupported)).Detail);
    }

    [Fact]
    public void Every_scalar_that_can_be_a_span_can_be_a_VarArray_element()
    {
        Assert.All(
            TypeCatalogue.All.Where(row => row.CanBeSpan),
            row => Assert.True(Resolve(Spec("S", [VarArray("X", row.Type)])).IsValidForGeneration, row.CatalogueName));
    }

    [Fact]
    public void A_variable_length_attribute_with_a_storage_attribute_conflicts()
    {
        string[] Conflicts(FieldSpec field) => Resolve(Spec("S", [field])).Of(ViolationKind.VariableLengthAttributeConflict).Select(v => v.Detail).ToArray();
        Assert.Equal(["Utf8"], Conflicts(Text("X") with { Utf8Length = 8 }));
        Assert.Equal(["FixedArray"], Conflicts(VarArray("X", ScalarType.Int32) with { FixedArrayLength = 2 }));
        Assert.Equal(["Atomic"], Conflicts(Text("X") with { IsAtomic = true }));
        Assert.Equal(["Bits"], Conflicts(Text("X") with { BitShift = 0, BitWidth = 3 }));
        Assert.Equal(["Text, Blob and VarArray"], Conflicts(Text("X") with { VariableLength = VariableLengthAttribute.Several }));
    }

    [Fact]
    public void The_views_name_the_reference_and_reserve_the_text_bytes_but_no_element_views()
    {
        GeneratedMemberNames names = Resolve(LogEntry()).Names;
        Assert.Equal(["", "", "MessageReference", "PayloadReference", "TagsReference"], Enumerable.Range(0, 5).Select(i => names.Field(i).Reference));
        Assert.Equal("MessageBytes", names.Field(2).Bytes);
        Assert.Equal((string.Empty, string.Empty), (names.Field(4).ArrayView, names.Field(4).ReadOnlyArrayView));
    }

    [Fact]
    public void A_field_named_like_the_reference_moves_it()
    {
        ResolvedLayout layout = Resolve(Spec("S", [Text("Message"), F("MessageReference", ScalarType.Int64)]));
        Assert.Equal("MessageReference_", layout.Names.Field(0).Reference);
        Assert.Single(layout.Of(ViolationKind.GeneratedNameCollision));
    }
}
