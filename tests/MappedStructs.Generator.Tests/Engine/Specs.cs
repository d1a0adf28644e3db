using System.Linq;
using MappedStructs.Layout;

namespace MappedStructs.Generator.Tests.Engine;

/// <summary>Terse builders for layout specs in engine tests.</summary>
internal static class Specs
{
    public static LayoutSpec Spec(
        string name,
        FieldSpec[] fields,
        int size = 0,
        ByteOrder endian = ByteOrder.Little,
        int pack = 0,
        LayoutTypeKind kind = LayoutTypeKind.RecordStruct,
        bool isPartial = true,
        bool isGeneric = false,
        ContainingTypeSpec[]? containing = null,
        string[]? otherMembers = null,
        string ns = "Tests") =>
        new(
            name,
            ns,
            (containing ?? []).ToEquatableArray(),
            "public",
            kind,
            isPartial,
            false,
            isGeneric,
            size,
            endian,
            pack,
            fields.ToEquatableArray(),
            (otherMembers ?? []).ToEquatableArray());

    public static FieldSpec F(string name, ScalarType type, int? offset = null, bool atomic = false) =>
        new(name, FieldType.ForScalar(type), offset, IsAtomic: atomic);

    public static FieldSpec Str(string name, int? length, int? offset = null) =>
        new(name, FieldType.ForString(), offset, Utf8Length: length);

    public static FieldSpec Arr(string name, ScalarType element, int? length, int? offset = null) =>
        new(name, FieldType.ForArray(FieldType.ForScalar(element)), offset, FixedArrayLength: length);

    public static FieldSpec Nest(string name, LayoutSpec nested, int? offset = null) =>
        new(name, FieldType.ForNested(nested.QualifiedName, nested.Name), offset);

    public static FieldSpec NestArr(string name, LayoutSpec nested, int length, int? offset = null) =>
        new(name, FieldType.ForArray(FieldType.ForNested(nested.QualifiedName, nested.Name)), offset, FixedArrayLength: length);

    public static FieldSpec Bits(string name, ScalarType type, int offset, int shift, int width, ScalarType container = ScalarType.None) =>
        new(name, FieldType.ForScalar(type), offset, BitShift: shift, BitWidth: width, BitContainer: container);

    public static ResolvedLayout Resolve(LayoutSpec spec, params LayoutSpec[] others) =>
        LayoutEngine.Resolve(spec, name => others.Concat([spec]).FirstOrDefault(s => s.QualifiedName == name));

    public static LayoutViolation[] Of(this ResolvedLayout layout, ViolationKind kind) =>
        layout.Violations.Where(v => v.Kind == kind).ToArray();
}
