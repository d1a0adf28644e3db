using System.Collections.Generic;
using MappedStructs.Layout;
using static MappedStructs.Generator.Emitting.LayoutEmitter;
using static MappedStructs.Generator.Emitting.Names;

namespace MappedStructs.Generator.Emitting.Fields;

/// <summary>
/// A <c>[Bits(shift, width)]</c> field: a property that loads its container in the layout's byte order and extracts its
/// bits; the setter checks the value fits, then reads, modifies and writes back only its bits.
/// </summary>
internal sealed class BitFieldEmitter : FieldEmitter
{
    public override void WriteViewMembers(ViewContext view, ResolvedField field)
    {
        string start = view.Start(field);
        string offset = view.OffsetOf(field);
        FieldType container = Container(field);
        string read = ScalarCode.Read(container, view.Order, view.OrderFlag, start, offset);
        string shift = Text(field.Spec.BitShift ?? 0);
        string width = Text(field.Spec.BitWidth ?? 0);
        string inserted = $"{BitFields}.Set({read}, {shift}, {width}, {Checked(view.Layout, field, "value")})";
        string? setter = view.Writable ? ScalarCode.Write(container, view.Order, view.OrderFlag, start, offset, $"({ScalarCode.ValueType(container)}){inserted}", ViewContext.FieldDisplayName(view.Layout, field)) : null;

        bool canThrow = view.Writable && field.Spec.Type.Scalar != ScalarType.Bool;
        view.Writer.Line(ViewContext.Summary(field) + (canThrow ? "; the setter throws <c>ArgumentOutOfRangeException</c> when the value does not fit in " + width + " bits.</summary>" : ".</summary>"));
        Members.Property(view.Writer, ViewMembers(view.Layout, field, view.Writable)[0].Signature, Extract(field, read, shift, width), setter);
    }

    public override IReadOnlyList<ViewMember> ViewMembers(ResolvedLayout layout, ResolvedField field, bool writable) =>
        [new ViewMember(ScalarCode.ValueType(field.Spec.Type), field.Name, writable)];

    public override string? StoreCheck(ResolvedLayout layout, ResolvedField field) =>
        field.Spec.Type.Scalar == ScalarType.Bool ? null : Checked(layout, field, "value." + Id(field.Name)) + ";";

    /// <summary>The container as the unsigned scalar of its width, which the byte-order helpers read and write.</summary>
    private static FieldType Container(ResolvedField field) => FieldType.ForScalar(field.Size switch
    {
        1 => ScalarType.Byte,
        2 => ScalarType.UInt16,
        4 => ScalarType.UInt32,
        _ => ScalarType.UInt64,
    });

    private static string Extract(ResolvedField field, string container, string shift, string width)
    {
        FieldType type = field.Spec.Type;
        if (type.Scalar == ScalarType.Bool)
        {
            return $"{BitFields}.Get({container}, {shift}, {width}) != 0";
        }

        string method = BitFieldRules.IsSigned(type) ? "GetSigned" : "Get";
        return $"({ScalarCode.ValueType(type)}){BitFields}.{method}({container}, {shift}, {width})";
    }

    /// <summary>The bits of <paramref name="value"/> as a <c>ulong</c>, checked to fit the width (a bool always does).</summary>
    private static string Checked(ResolvedLayout layout, ResolvedField field, string value)
    {
        FieldType type = field.Spec.Type;
        if (type.Scalar == ScalarType.Bool)
        {
            return $"({value} ? 1UL : 0UL)";
        }

        string width = Text(field.Spec.BitWidth ?? 0);
        string name = ViewContext.FieldDisplayName(layout, field);
        return BitFieldRules.IsSigned(type)
            ? $"{BitFields}.CheckSigned((long){value}, {width}, {name})"
            : $"{BitFields}.Check((ulong){value}, {width}, {name})";
    }
}
